#include "tagger/sequence_model.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "tagger/hash.h"

namespace acta {
namespace {

TrainingSentence Sentence(const std::vector<std::string>& forms,
                          const std::vector<uint16_t>& gold) {
  TrainingSentence t;
  for (const std::string& f : forms) {
    WordFeatures w;
    ComputeWordFeatures(f, &w);
    t.words.push_back(w);
  }
  t.gold = gold;
  return t;
}

// An entity model taught that the lower-case word "zed" is a person: scored,
// it says so; told which label is "O", it leaves words of lower-case letters
// after an O unscored, and labels them O.
TEST(SequenceModelTest, LowerCaseWordsAfterOutsideAreNotScored) {
  const std::vector<std::string> labels = {"O", "U-PER"};
  std::vector<TrainingSentence> data;
  for (int i = 0; i < 20; ++i) {
    data.push_back(Sentence({"they", "met", "zed", "today"}, {0, 0, 1, 0}));
    data.push_back(Sentence({"they", "met", "Ann", "today"}, {0, 0, 1, 0}));
  }
  TrainingOptions options;
  options.epochs = 5;
  const SequenceModel model = TrainSequenceModel(ModelKind::kEntity, labels, data, options);
  const TrainingSentence probe = Sentence({"they", "met", "zed", "today"}, {0, 0, 0, 0});
  const SentenceInput in = probe.Input();
  uint16_t ids[4];
  uint64_t hashes[4];

  model.Tag(in, ids, hashes);
  EXPECT_EQ(ids[2], 1);
  EXPECT_EQ(hashes[2], HashBytes("U-PER"));

  model.Tag(in, ids, hashes, model.LabelId("O"));
  EXPECT_EQ(ids[0], 0);
  EXPECT_EQ(ids[2], 0);
  EXPECT_EQ(hashes[2], HashBytes("O"));

  // A capitalised word is still scored.
  const TrainingSentence named = Sentence({"they", "met", "Ann", "today"}, {0, 0, 0, 0});
  model.Tag(named.Input(), ids, hashes, model.LabelId("O"));
  EXPECT_EQ(ids[2], 1);
}

}  // namespace
}  // namespace acta
