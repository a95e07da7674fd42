#include "tagger/evaluate.h"

#include <gtest/gtest.h>

#include "tagger/train.h"

namespace acta {
namespace {

std::vector<std::string_view> Labels(std::initializer_list<const char*> l) {
  return std::vector<std::string_view>(l.begin(), l.end());
}

TEST(ExtractSpansTest, ReadsIob2Iob1AndBilou) {
  struct Case {
    std::vector<std::string_view> labels;
    std::vector<LabeledSpan> spans;
  } cases[] = {
      {Labels({"B-PER", "I-PER", "O", "B-LOC"}), {{0, 2, "PER"}, {3, 4, "LOC"}}},
      // IOB1: I- opens a span after O or another type.
      {Labels({"I-ORG", "I-ORG", "I-LOC", "O"}), {{0, 2, "ORG"}, {2, 3, "LOC"}}},
      // IOB1: B- separates two adjacent spans of one type.
      {Labels({"I-PER", "B-PER", "I-PER"}), {{0, 1, "PER"}, {1, 3, "PER"}}},
      {Labels({"U-LOC", "B-ORG", "I-ORG", "L-ORG", "U-ORG"}),
       {{0, 1, "LOC"}, {1, 4, "ORG"}, {4, 5, "ORG"}}},
      // A stray L- after O still counts, as conlleval counts it.
      {Labels({"O", "L-MISC", "O"}), {{1, 2, "MISC"}}},
      {Labels({"B-NP", "I-NP", "B-VP", "B-PP", "B-NP"}),
       {{0, 2, "NP"}, {2, 3, "VP"}, {3, 4, "PP"}, {4, 5, "NP"}}},
      {Labels({"O", "O"}), {}},
      {Labels({}), {}},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(ExtractSpans(c.labels), c.spans);
  }
}

TEST(SpanScoreTest, CountsExactMatchesOnly) {
  SpanScore s;
  s.Add({{0, 2, "PER"}, {3, 4, "LOC"}}, {{0, 2, "PER"}, {3, 4, "ORG"}, {5, 6, "LOC"}});
  EXPECT_EQ(s.gold, 2u);
  EXPECT_EQ(s.predicted, 3u);
  EXPECT_EQ(s.correct, 1u);
  EXPECT_DOUBLE_EQ(s.Precision(), 1.0 / 3);
  EXPECT_DOUBLE_EQ(s.Recall(), 0.5);
  EXPECT_DOUBLE_EQ(s.F1(), 0.4);
  SpanScore empty;
  EXPECT_EQ(empty.F1(), 0.0);
}

TEST(ToBilouTest, ConvertsIob2) {
  std::vector<std::string> in = {"B-PER", "I-PER", "I-PER", "O",     "B-LOC",
                                 "B-LOC", "I-LOC", "O",     "I-ORG", "B-MISC"};
  std::vector<std::string> want = {"B-PER", "I-PER", "L-PER", "O",     "U-LOC",
                                   "B-LOC", "L-LOC", "O",     "U-ORG", "U-MISC"};
  EXPECT_EQ(ToBilou(in), want);
  // BILOU spans are the IOB2 spans.
  std::vector<std::string_view> a(in.begin(), in.end()), b(want.begin(), want.end());
  EXPECT_EQ(ExtractSpans(a), ExtractSpans(b));
}

}  // namespace
}  // namespace acta
