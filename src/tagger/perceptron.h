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
  friend class PerceptronModel;
  std::vector<uint64_t> keys_;  // 0 = empty slot; a key of 0 is stored as 1
  std::vector<uint32_t> rows_;
  size_t size_ = 0;
};

// A trained, immutable model: for each known feature, the classes it has a
// non-zero weight for. Rows are sparse because a perceptron only ever moves
// weight between the true class and the one it wrongly predicted.
class PerceptronModel {
 public:
  PerceptronModel() = default;
  // `weights` is dense, row-major, index.size() x labels.size(); zeros are dropped.
  PerceptronModel(std::vector<std::string> labels, FeatureIndex index,
                  const std::vector<float>& weights);

  size_t num_classes() const { return labels_.size(); }
  const std::vector<std::string>& labels() const { return labels_; }
  size_t num_features() const { return index_.size(); }
  size_t num_weights() const { return weights_.size(); }
  // Rows held dense for scoring (see Slot).
  size_t num_dense_rows() const { return labels_.empty() ? 0 : dense_.size() / labels_.size(); }

  // Adds the weights of `features` to `scores` (num_classes() floats), in the
  // model's fixed-point unit: scores compare within one model, not across models.
  // REQUIRES: n <= kMaxBatch.
  static constexpr size_t kMaxBatch = 128;
  void AddScores(const uint64_t* features, size_t n, float* scores) const {
    if (slots_.empty()) return;
    const size_t mask = slots_.size() - 1;
    // The tables are far larger than the caches, so nearly every lookup misses:
    // issue all slot loads first, then all entry loads, so the misses overlap.
    for (size_t i = 0; i < n; ++i) __builtin_prefetch(&slots_[features[i] & mask]);
    const Slot* found[kMaxBatch];
    size_t hits = 0;
    for (size_t i = 0; i < n; ++i) {
      const uint64_t key = features[i];
      const uint32_t tag = static_cast<uint32_t>(key >> 32) | 1u;
      for (size_t s = key & mask;; s = (s + 1) & mask) {
        const Slot& slot = slots_[s];
        if (slot.tag == tag) {
          if (slot.count != kDenseRow) __builtin_prefetch(&entries_[slot.start]);
          found[hits++] = &slot;
          break;
        }
        if (slot.tag == 0) break;
      }
    }
    const size_t k = labels_.size();
    for (size_t h = 0; h < hits; ++h) {
      const Slot& slot = *found[h];
      if (slot.count == kDenseRow) {
        // A row with weights for many classes: one contiguous, vectorisable add.
        const float* d = &dense_[size_t{slot.start} * k];
        for (size_t c = 0; c < k; ++c) scores[c] += d[c];
        continue;
      }
      const Entry* e = &entries_[slot.start];
      for (uint32_t j = 0, end = slot.count; j < end; ++j) {
        scores[e[j].cls] += static_cast<float>(e[j].weight);
      }
    }
  }

  // Binary form: magic, labels, index, rows. Little-endian, as every platform
  // acta targets.
  void Serialize(std::string* out) const;
  static Result<PerceptronModel> Deserialize(std::string_view* in);

 private:
  // Builds slots_/entries_, the layout AddScores reads: one probe sequence in
  // a half-empty table of 8-byte slots, then one contiguous run of entries.
  void BuildLookup();

  struct Slot {
    uint32_t tag;         // high half of the key, low bit forced to 1; 0 = empty
    uint32_t start : 24;  // first entry, or the dense row
    uint32_t count : 8;   // entries in the row (at most one per class), or kDenseRow
  };
  // Rows with weights for at least kDenseFrom classes are kept whole, as
  // floats in dense_: adding them is a few vector instructions instead of a
  // scattered add per class. They are the frequent features (the bias, the
  // previous tags, common words), so the extra bytes stay in the caches.
  // Whole-pipeline speed was about the same from 4 to 8, lower at 2 and 16.
  static constexpr uint32_t kDenseRow = 255;
  static constexpr uint32_t kDenseFrom = 6;
  // Weights are stored as 16-bit fixed point (the largest weight of the model
  // maps to 32767): half the memory of floats, so more of the model stays in
  // the caches; the argmax it feeds is unchanged in all but near-ties.
  struct Entry {
    int16_t weight;
    uint16_t cls;
  };

  std::vector<std::string> labels_;
  FeatureIndex index_;
  std::vector<Slot> slots_;
  std::vector<Entry> entries_;
  std::vector<float> dense_;         // num_classes() floats per dense row
  std::vector<uint32_t> row_start_;  // num_features + 1 offsets into classes_/weights_
  std::vector<uint8_t> classes_;
  std::vector<float> weights_;
};

// Trains a PerceptronModel; averaging uses the "w - u/c" form so updates are O(1)
// per feature and class. Not thread-safe.
class PerceptronTrainer {
 public:
  explicit PerceptronTrainer(std::vector<std::string> labels);

  size_t num_classes() const { return labels_.size(); }
  // Scores with the current (not averaged) weights.
  void AddScores(const uint64_t* features, size_t n, float* scores) const;
  // One perceptron step: moves `step` of weight from `guess` to `truth` for
  // each feature.
  void Update(const uint64_t* features, size_t n, int truth, int guess, float step = 1.0f);
  // One passive-aggressive step (PA-I): unless `truth` already beats every
  // other label by a margin of 1 under `scores` (the current weights' scores
  // of `features`), moves just enough weight from the best other label to
  // `truth` for it to do so, but at most `max_step`. Returns the step taken
  // (0: none).
  float UpdateToMargin(const uint64_t* features, size_t n, const float* scores, int truth,
                       float max_step);
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
