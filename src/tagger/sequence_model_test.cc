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

// Words seen often enough with one label form the model's lexicon; it labels
// them without scoring, and it survives serialisation.
TEST(SequenceModelTest, LexiconWordsTakeTheirOneLabel) {
  const std::vector<std::string> labels = {"NN", "VB", "DT"};
  std::vector<TrainingSentence> data;
  for (int i = 0; i < 3; ++i) {
    data.push_back(Sentence({"the", "dogs", "run"}, {2, 0, 1}));
    data.push_back(Sentence({"the", "run", "ended"}, {2, 0, 1}));
  }
  data.push_back(Sentence({"the", "cat"}, {2, 0}));
  TrainingOptions options;
  options.epochs = 3;
  options.lexicon_min = 3;
  const SequenceModel model = TrainSequenceModel(ModelKind::kPos, labels, data, options);
  auto hash = [](const char* form) {
    WordFeatures w;
    ComputeWordFeatures(form, &w);
    return w.word;
  };
  // "the" (7 times, DT), "dogs" and "ended" (3 times each); "run" has two
  // labels, "cat" is seen once.
  EXPECT_EQ(model.lexicon_size(), 3u);
  EXPECT_EQ(model.LexiconLabel(hash("the")), 2);
  EXPECT_EQ(model.LexiconLabel(hash("dogs")), 0);
  EXPECT_EQ(model.LexiconLabel(hash("run")), -1);
  EXPECT_EQ(model.LexiconLabel(hash("cat")), -1);

  // Tag follows the lexicon even where the weights say otherwise.
  SequenceModel forced = model;
  forced.SetLexicon({{hash("run"), 2}});
  const TrainingSentence probe = Sentence({"dogs", "run"}, {0, 0});
  uint16_t ids[2];
  uint64_t hashes[2];
  model.Tag(probe.Input(), ids, hashes);
  EXPECT_EQ(ids[1], 1);
  forced.Tag(probe.Input(), ids, hashes);
  EXPECT_EQ(ids[1], 2);
  EXPECT_EQ(hashes[1], HashBytes("DT"));

  std::string bytes;
  model.Serialize(&bytes);
  Result<SequenceModel> back = SequenceModel::Deserialize(bytes);
  ASSERT_TRUE(back.ok()) << back.status().ToString();
  EXPECT_EQ(back->lexicon_size(), 3u);
  EXPECT_EQ(back->LexiconLabel(hash("the")), 2);
  std::string again;
  back->Serialize(&again);
  EXPECT_EQ(again, bytes);

  // A damaged lexicon is rejected: cut short, or a label the model lacks.
  EXPECT_FALSE(
      SequenceModel::Deserialize(std::string_view(bytes).substr(0, bytes.size() - 1)).ok());
  std::string bad = bytes;
  bad[bad.size() - 2] = 9;  // the last entry's label
  EXPECT_FALSE(SequenceModel::Deserialize(bad).ok());
}

}  // namespace
}  // namespace acta
