// The shipped models on the CoNLL-2003 test set, scored as conlleval does.
// Floors are the figures measured when the models were last trained (see
// docs/models.md); a change that lowers them fails here.
#include <gtest/gtest.h>

#include <filesystem>

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
  EXPECT_GE(e->entity.f1, 0.8825);
  EXPECT_EQ(e->entity.gold, 5648u);  // conlleval's count of gold entities
}

}  // namespace
}  // namespace acta
