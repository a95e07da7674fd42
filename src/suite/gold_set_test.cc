#include "suite/gold_set.h"

#include <gtest/gtest.h>

#include "coder/compiled_dictionary.h"
#include "dict/acta_loader.h"

namespace acta::suite {
namespace {

constexpr char kGold[] =
    "# comment\n"
    "1\t1987-03-01\tIRN\tIRQ\t190\tIran attacked Iraq.\tattack\n"
    "2\t1987-03-01\t-\t-\t-\tIran and Iraq are at war.\tno event\n"
    "1\t1987-03-01\tIRQ\tIRN\t190\tIran attacked Iraq.\tboth ways\n"
    "3\t1987-03-02\tIRN\tIRQ\t042\tIran visited Iraq.\tvisit\n";

TEST(GoldSetTest, ParsesSentencesAndTheirEvents) {
  Result<std::vector<GoldSentence>> g = ParseGoldSet(kGold, "g.tsv");
  ASSERT_TRUE(g.ok()) << g.status().ToString();
  ASSERT_EQ(g->size(), 3u);
  EXPECT_EQ((*g)[0].events.size(), 2u);  // lines 2 and 4
  EXPECT_EQ((*g)[0].line, 2);
  EXPECT_TRUE((*g)[1].events.empty());
  EXPECT_EQ((*g)[2].date.ToString(), "1987-03-02");
}

TEST(GoldSetTest, MalformedLinesNameTheirLine) {
  EXPECT_EQ(ParseGoldSet("1\t1987-03-01\tIRN\n", "g.tsv").status().message(),
            "g.tsv:1: want 7 or 8 tab-separated fields, got 3");
  EXPECT_EQ(
      ParseGoldSet("1\t1987-03-01\tIRN\tIRQ\t190\tS.\tj\tcoref\n", "g.tsv").status().message(),
      "g.tsv:1: needs: want - or coreference, got 'coref'");
  EXPECT_EQ(
      ParseGoldSet("1\t1987-03-01\t-\t-\t-\tS.\tj\tcoreference\n", "g.tsv").status().message(),
      "g.tsv:1: coreference on a line with no event");
  EXPECT_EQ(ParseGoldSet("1\t1987-02-30\tIRN\tIRQ\t190\tS.\tj\n", "g.tsv").status().message(),
            "g.tsv:1: bad date '1987-02-30'");
  EXPECT_EQ(ParseGoldSet("1\t1987-03-01\tIRN\t-\t190\tS.\tj\n", "g.tsv").status().message(),
            "g.tsv:1: '-' in some code columns but not all");
  EXPECT_EQ(
      ParseGoldSet("1\t1987-03-01\tIRN\tIRQ\t190\tS.\tj\n1\t1987-03-01\t-\t-\t-\tS.\tj\n", "g.tsv")
          .status()
          .message(),
      "g.tsv:2: a sentence with events and a no-event line");
}

TEST(GoldSetTest, ScoresExactSets) {
  dict::Dictionary d;
  dict::LoadActaDictionaryFromBuffer(
      "actor Iran\n  names: Iran\n  code: IRN\n"
      "actor Iraq\n  names: Iraq\n  code: IRQ\n"
      "verb ATTACK\n  names: attack\n  code: 190\n",
      "d.txt", &d);
  ASSERT_TRUE(d.warnings.empty());
  auto compiled = coder::CompiledDictionary::Compile(std::move(d));
  const coder::Coder coder(compiled, coder::OptionsFor(compiled->dictionary()));
  Result<std::vector<GoldSentence>> g = ParseGoldSet(kGold, "g.tsv");
  ASSERT_TRUE(g.ok());
  const GoldScore s = ScoreGoldSet(coder, *g);
  // Sentence 1: IRN->IRQ 190 coded, IRQ->IRN missed: fails. Sentence 2: no
  // event, none coded: passes. Sentence 3: no VISIT verb: missed, fails.
  EXPECT_EQ(s.passed, 1);
  EXPECT_EQ(s.failed, 2);
  EXPECT_EQ(s.correct, 1);
  EXPECT_EQ(s.invented, 0);
  EXPECT_EQ(s.missed, 2);
  EXPECT_FALSE(s.outcomes[0].passed);
  EXPECT_TRUE(s.outcomes[1].passed);
}

// A story's sentences are coded in order, each with what the ones before
// named: "the Palestinian group" of the second is the first's Hamas.
TEST(GoldSetTest, CodesWithTheStorySoFarAndCountsCoreference) {
  dict::Dictionary d;
  dict::LoadActaDictionaryFromBuffer(
      "actor Iran\n  names: Iran\n  adjectives: Iranian\n  code: IRN\n"
      "actor Palestine\n  names: Palestine\n  adjectives: Palestinian\n  code: PSE\n"
      "actor Hamas\n  names: Hamas\n  code: PSEREBHMS\n"
      "verb PRAISE\n  names: praise_\n  code: 051\n",
      "d.txt", &d);
  ASSERT_TRUE(d.warnings.empty()) << d.warnings[0].ToString();
  auto compiled = coder::CompiledDictionary::Compile(std::move(d));
  const coder::Coder coder(compiled, coder::OptionsFor(compiled->dictionary()));
  Result<std::vector<GoldSentence>> g = ParseGoldSet(
      "7\t2024-03-26\tIRN\tPSEREBHMS\t051\tIran praised Hamas on Tuesday.\tj\t-\n"
      "7\t2024-03-26\tIRN\tPSEREBHMS\t051\tIran praised the Palestinian group.\tj\tcoreference\n"
      "8\t2024-03-26\tIRN\tPSEREBHMS\t051\tIran praised the Palestinian group.\tj\tcoreference\n",
      "g.tsv");
  ASSERT_TRUE(g.ok()) << g.status().ToString();
  ASSERT_EQ(g->size(), 3u);  // the same text in another story is another sentence
  EXPECT_EQ((*g)[1].needs_coreference.size(), 1u);
  const GoldScore s = ScoreGoldSet(coder, *g);
  // Story 8 never named Hamas: its "Palestinian group" is Palestine.
  EXPECT_EQ(s.passed, 2);
  EXPECT_TRUE(s.outcomes[1].passed);
  EXPECT_FALSE(s.outcomes[2].passed);
  EXPECT_EQ(s.coreference_gold, 2);
  EXPECT_EQ(s.coreference_found, 1);
  EXPECT_EQ(s.referred, 1);
  EXPECT_EQ(s.referred_right, 1);
}

}  // namespace
}  // namespace acta::suite
