// Multi-class averaged perceptron over hashed features: the learner behind
// acta's part-of-speech tagger, chunker and named-entity recogniser.
#ifndef ACTA_TAGGER_PERCEPTRON_H_
#define ACTA_TAGGER_PERCEPTRON_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "acta/status.h"

namespace acta {

// Open-addressing map from 64-bit feature keys to dense row numbers.
// Lookups never allocate; thread-safe for concurrent readers.
class FeatureIndex {
 public:
  static constexpr uint32_t kMissing = 0xffffffffu;

  // Returns the row of `key`, or kMissing.
  uint32_t Find(uint64_t key) const {
    if (keys_.empty()) return kMissing;
    uint64_t k = key == 0 ? 1 : key;
    size_t mask = keys_.size() - 1;
    for (size_t i = k & mask;; i = (i + 1) & mask) {
      if (keys_[i] == k) return rows_[i];
      if (keys_[i] == 0) return kMissing;
    }
  }
  // Returns the row of `key`, adding it as row size() if absent.
  uint32_t Insert(uint64_t key);
  size_t size() const { return size_; }

  void Serialize(std::string* out) const;
  // Reads what Serialize wrote from the front of `*in`, advancing it.
  Status Deserialize(std::string_view* in);

 private:
  void Grow();
  std::vector<uint64_t> keys_;  // 0 = empty slot; a key of 0 is stored as 1
  std::vector<uint32_t> rows_;
  size_t size_ = 0;
};

// A trained, immutable model: one row of class weights per known feature.
class PerceptronModel {
 public:
  PerceptronModel() = default;
  PerceptronModel(std::vector<std::string> labels, FeatureIndex index, std::vector<float> weights);

  size_t num_classes() const { return labels_.size(); }
  const std::vector<std::string>& labels() const { return labels_; }
  size_t num_features() const { return index_.size(); }

  // Adds the weights of `features` to `scores` (num_classes() floats).
  void AddScores(const uint64_t* features, size_t n, float* scores) const {
    const size_t k = labels_.size();
    for (size_t i = 0; i < n; ++i) {
      uint32_t row = index_.Find(features[i]);
      if (row == FeatureIndex::kMissing) continue;
      const float* w = &weights_[size_t{row} * k];
      for (size_t c = 0; c < k; ++c) scores[c] += w[c];
    }
  }

  // Binary form: magic, labels, index, weights. Stable across platforms of the
  // same endianness (little-endian, as every platform acta targets).
  void Serialize(std::string* out) const;
  static Result<PerceptronModel> Deserialize(std::string_view* in);

 private:
  std::vector<std::string> labels_;
  FeatureIndex index_;
  std::vector<float> weights_;  // row-major, num_features x num_classes
};

// Trains a PerceptronModel; averaging uses the "w - u/c" form so updates are O(1)
// per feature and class. Not thread-safe.
class PerceptronTrainer {
 public:
  explicit PerceptronTrainer(std::vector<std::string> labels);

  size_t num_classes() const { return labels_.size(); }
  // Scores with the current (not averaged) weights.
  void AddScores(const uint64_t* features, size_t n, float* scores) const;
  // One perceptron step: moves weight from `guess` to `truth` for each feature.
  void Update(const uint64_t* features, size_t n, int truth, int guess);
  // Counts one training example (call once per example, updated or not).
  void Tick() { ++examples_; }
  // The averaged model; features whose averaged weights are all below
  // `prune_below` in magnitude are dropped.
  PerceptronModel Average(float prune_below = 0.0f) const;

 private:
  std::vector<std::string> labels_;
  FeatureIndex index_;
  std::vector<float> weights_;
  std::vector<double> accum_;       // sum of example_count * update
  std::vector<uint64_t> row_keys_;  // feature key of each row, in insertion order
  int64_t examples_ = 1;
};

// argmax over scores[0..n); ties go to the lowest index.
inline int ArgMax(const float* scores, size_t n) {
  int best = 0;
  for (size_t i = 1; i < n; ++i) {
    if (scores[i] > scores[best]) best = static_cast<int>(i);
  }
  return best;
}

}  // namespace acta

#endif  // ACTA_TAGGER_PERCEPTRON_H_
