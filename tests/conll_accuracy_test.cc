// The shipped models on the CoNLL-2003 test set, scored as conlleval does.
// Floors are the figures measured when the models were last trained (see
// docs/models.md); a change that lowers them fails here.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "acta/training.h"

namespace acta {
namespace {

TEST(ConllAccuracyTest, ShippedModelsOnTestSet) {
  const std::string path = std::string(ACTA_SHARED_DIR) + "/corpora/conll2003/test.txt";
  if (!std::filesystem::exists(path)) {
    GTEST_SKIP() << path << " not found: accuracy not checked";
  }
  Result<ConllEvaluation> e = EvaluateConllFile(path, AnalyzerOptions{});
  ASSERT_TRUE(e.ok()) << e.status().ToString();
  EXPECT_EQ(e->sentences, 3453u);
  EXPECT_EQ(e->tokens, 46435u);
  EXPECT_GE(e->pos_accuracy, 0.960);
  EXPECT_GE(e->chunk.f1, 0.920);
  EXPECT_GE(e->entity.f1, 0.895);
  EXPECT_EQ(e->entity.gold, 5648u);  // conlleval's count of gold entities
}

// With the file's own POS tags the chunker and entity recogniser are scored
// apart from the tagger's errors: the chunks gain about two points.
TEST(ConllAccuracyTest, GivenPosTagsFeedTheChunker) {
  const std::string path = std::string(ACTA_SHARED_DIR) + "/corpora/conll2003/test.txt";
  if (!std::filesystem::exists(path)) {
    GTEST_SKIP() << path << " not found: accuracy not checked";
  }
  Result<ConllEvaluation> tagged = EvaluateConllFile(path, AnalyzerOptions{});
  Result<ConllEvaluation> given =
      EvaluateConllFile(path, AnalyzerOptions{}, nullptr, ConllPos::kGiven);
  ASSERT_TRUE(tagged.ok()) << tagged.status().ToString();
  ASSERT_TRUE(given.ok()) << given.status().ToString();
  EXPECT_EQ(given->pos_accuracy, 1.0);
  EXPECT_TRUE(given->pos_confusions.empty());
  EXPECT_GE(given->chunk.f1, 0.940);
  EXPECT_GT(given->chunk.f1, tagged->chunk.f1 + 0.015);
  EXPECT_EQ(given->entity.gold, tagged->entity.gold);
}

TEST(ConllAccuracyTest, GivenPosTagTheModelLacksIsAnError) {
  const std::string path =
      (std::filesystem::temp_directory_path() / "acta_conll_given_pos_test.txt").string();
  std::ofstream(path) << "Rain NN B-NP O\nfell ZZZ B-VP O\n\n";
  Result<ConllEvaluation> given =
      EvaluateConllFile(path, AnalyzerOptions{}, nullptr, ConllPos::kGiven);
  Result<ConllEvaluation> tagged = EvaluateConllFile(path, AnalyzerOptions{});
  std::filesystem::remove(path);
  ASSERT_FALSE(given.ok());
  EXPECT_EQ(given.status().code(), Status::Code::kInvalidArgument);
  EXPECT_NE(given.status().message().find("'ZZZ'"), std::string::npos) << given.status().message();
  ASSERT_TRUE(tagged.ok()) << tagged.status().ToString();  // tagging ignores the column
  EXPECT_EQ(tagged->tokens, 2u);
}

}  // namespace
}  // namespace acta
