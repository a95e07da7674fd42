#include "tagger/perceptron.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "tagger/hash.h"

namespace acta {
namespace {

// A tiny problem: the class is decided by one of three marker features, with a
// shared noise feature that must not matter after training.
PerceptronModel TrainToy() {
  PerceptronTrainer t({"A", "B", "C"});
  const uint64_t noise = HashBytes("noise");
  for (int epoch = 0; epoch < 5; ++epoch) {
    for (int cls = 0; cls < 3; ++cls) {
      uint64_t feats[2] = {HashBytes(std::string(1, static_cast<char>('a' + cls))), noise};
      float scores[3] = {0, 0, 0};
      t.AddScores(feats, 2, scores);
      t.Update(feats, 2, cls, ArgMax(scores, 3));
      t.Tick();
    }
  }
  return t.Average();
}

int Predict(const PerceptronModel& m, char marker) {
  uint64_t feats[2] = {HashBytes(std::string(1, marker)), HashBytes("noise")};
  float scores[3] = {0, 0, 0};
  m.AddScores(feats, 2, scores);
  return ArgMax(scores, 3);
}

TEST(PerceptronTest, LearnsSeparableClasses) {
  PerceptronModel m = TrainToy();
  EXPECT_EQ(m.num_classes(), 3u);
  EXPECT_EQ(Predict(m, 'a'), 0);
  EXPECT_EQ(Predict(m, 'b'), 1);
  EXPECT_EQ(Predict(m, 'c'), 2);
}

TEST(PerceptronTest, PassiveAggressiveStepReachesTheMarginAndNoFurther) {
  PerceptronTrainer t({"A", "B", "C"});
  const uint64_t feats[2] = {HashBytes("x"), HashBytes("y")};
  auto scores = [&] {
    std::vector<float> s(3, 0.0f);
    t.AddScores(feats, 2, s.data());
    return s;
  };
  // From zero weights the loss is 1 and the margin grows by 2n = 4 per unit
  // of step: a step of 0.25 makes B beat A (the first best rival) by exactly 1.
  std::vector<float> s = scores();
  EXPECT_FLOAT_EQ(t.UpdateToMargin(feats, 2, s.data(), 1, 10.0f), 0.25f);
  s = scores();
  EXPECT_FLOAT_EQ(s[1], 0.5f);
  EXPECT_FLOAT_EQ(s[0], -0.5f);
  EXPECT_FLOAT_EQ(s[2], 0.0f);
  // B now leads C, the best rival, by only 0.5: a step of 0.125 closes it.
  EXPECT_FLOAT_EQ(t.UpdateToMargin(feats, 2, s.data(), 1, 10.0f), 0.125f);
  s = scores();
  EXPECT_FLOAT_EQ(s[1] - std::max(s[0], s[2]), 1.0f);
  // A margin of 1 reached: nothing moves.
  EXPECT_EQ(t.UpdateToMargin(feats, 2, s.data(), 1, 10.0f), 0.0f);
  EXPECT_EQ(scores(), s);
  // The cap binds: C trails B by 1, so it needs a step of 0.5, but gets 0.1.
  EXPECT_FLOAT_EQ(t.UpdateToMargin(feats, 2, s.data(), 2, 0.1f), 0.1f);
  std::vector<float> after = scores();
  EXPECT_FLOAT_EQ(after[2] - s[2], 0.2f);
  EXPECT_FLOAT_EQ(s[1] - after[1], 0.2f);
}

TEST(PerceptronTest, SerializationRoundTripScoresIdentically) {
  PerceptronModel m = TrainToy();
  std::string bytes;
  m.Serialize(&bytes);
  std::string_view in = bytes;
  Result<PerceptronModel> back = PerceptronModel::Deserialize(&in);
  ASSERT_TRUE(back.ok()) << back.status().ToString();
  EXPECT_TRUE(in.empty());
  EXPECT_EQ(back->labels(), m.labels());
  for (char c : {'a', 'b', 'c', 'z'}) {
    uint64_t f = HashBytes(std::string(1, c));
    float s1[3] = {0, 0, 0}, s2[3] = {0, 0, 0};
    m.AddScores(&f, 1, s1);
    back->AddScores(&f, 1, s2);
    for (int k = 0; k < 3; ++k) EXPECT_EQ(s1[k], s2[k]) << c;
  }
  std::string again;
  back->Serialize(&again);
  EXPECT_EQ(again, bytes);
}

// Rows of every length, short ones as entries and long ones dense, add up to
// the weights the model was given (in its fixed-point unit).
TEST(PerceptronTest, ScoresRowsOfEveryLength) {
  const size_t k = 12;
  FeatureIndex index;
  std::vector<float> weights;
  std::vector<uint64_t> keys;
  for (size_t row = 0; row < 200; ++row) {
    keys.push_back(HashBytes("feature" + std::to_string(row)));
    ASSERT_EQ(index.Insert(keys.back()), row);
    // Row r has (r % (k + 1)) non-zero classes: 0 to 12, so both the sparse
    // rows and the dense ones (6 classes or more) are read.
    for (size_t c = 0; c < k; ++c) {
      weights.push_back(c < row % (k + 1) ? static_cast<float>((row % 5) + 1) * (c % 2 ? -1 : 1)
                                          : 0.0f);
    }
  }
  PerceptronModel m({"A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L"}, std::move(index),
                    weights);
  // Rows with 6 to 12 classes: 7 in each of the 15 whole cycles of 13 rows.
  EXPECT_EQ(m.num_dense_rows(), 105u);
  const float unit = 32767.0f / 5.0f;  // the largest weight is 5
  for (size_t row = 0; row < 200; ++row) {
    float scores[k] = {};
    m.AddScores(&keys[row], 1, scores);
    for (size_t c = 0; c < k; ++c) {
      EXPECT_NEAR(scores[c] / unit, weights[row * k + c], 1e-3) << "row " << row << " class " << c;
    }
  }
  // All 200 at once: the sums of the columns.
  float all[k] = {};
  m.AddScores(keys.data(), 100, all);
  m.AddScores(keys.data() + 100, 100, all);
  for (size_t c = 0; c < k; ++c) {
    float want = 0;
    for (size_t row = 0; row < 200; ++row) want += weights[row * k + c];
    EXPECT_NEAR(all[c] / unit, want, 0.05) << "class " << c;
  }
  float none[k] = {};
  uint64_t unknown = HashBytes("never seen");
  m.AddScores(&unknown, 1, none);
  for (float v : none) EXPECT_EQ(v, 0.0f);
}

TEST(PerceptronTest, DamagedModelsAreRejectedNotRead) {
  PerceptronModel m = TrainToy();
  std::string bytes;
  m.Serialize(&bytes);
  // Every truncation fails cleanly.
  for (size_t len = 0; len < bytes.size(); ++len) {
    std::string_view in(bytes.data(), len);
    EXPECT_FALSE(PerceptronModel::Deserialize(&in).ok()) << "length " << len;
  }
  // A label count larger than the data holds is caught.
  std::string bad = bytes;
  bad[8] = 'X';  // the label count's low byte, right after the 8-byte magic
  std::string_view in = bad;
  EXPECT_FALSE(PerceptronModel::Deserialize(&in).ok());
}

}  // namespace
}  // namespace acta
