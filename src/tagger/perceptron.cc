#include "tagger/perceptron.h"

#include <algorithm>
#include <cmath>
#include <cstring>

namespace acta {
namespace {

template <typename T>
void Put(std::string* out, const T& v) {
  out->append(reinterpret_cast<const char*>(&v), sizeof v);
}

template <typename T>
bool Get(std::string_view* in, T* v) {
  if (in->size() < sizeof(T)) return false;
  std::memcpy(v, in->data(), sizeof(T));
  in->remove_prefix(sizeof(T));
  return true;
}

template <typename T>
void PutVector(std::string* out, const std::vector<T>& v) {
  uint64_t n = v.size();
  Put(out, n);
  if (n > 0) out->append(reinterpret_cast<const char*>(v.data()), n * sizeof(T));
}

template <typename T>
bool GetVector(std::string_view* in, std::vector<T>* v) {
  uint64_t n = 0;
  if (!Get(in, &n) || n > in->size() / sizeof(T)) return false;
  v->resize(n);
  if (n > 0) std::memcpy(v->data(), in->data(), n * sizeof(T));  // data() may be null when empty
  in->remove_prefix(n * sizeof(T));
  return true;
}

constexpr char kModelMagic[8] = {'A', 'C', 'T', 'A', 'P', 'C', 'M', '2'};

}  // namespace

uint32_t FeatureIndex::Insert(uint64_t key) {
  if ((size_ + 1) * 10 >= keys_.size() * 7) Grow();
  uint64_t k = key == 0 ? 1 : key;
  size_t mask = keys_.size() - 1;
  for (size_t i = k & mask;; i = (i + 1) & mask) {
    if (keys_[i] == k) return rows_[i];
    if (keys_[i] == 0) {
      keys_[i] = k;
      rows_[i] = static_cast<uint32_t>(size_);
      return static_cast<uint32_t>(size_++);
    }
  }
}

void FeatureIndex::Grow() {
  std::vector<uint64_t> old_keys = std::move(keys_);
  std::vector<uint32_t> old_rows = std::move(rows_);
  size_t cap = old_keys.empty() ? 1024 : old_keys.size() * 2;
  keys_.assign(cap, 0);
  rows_.assign(cap, 0);
  size_t mask = cap - 1;
  for (size_t j = 0; j < old_keys.size(); ++j) {
    if (old_keys[j] == 0) continue;
    size_t i = old_keys[j] & mask;
    while (keys_[i] != 0) i = (i + 1) & mask;
    keys_[i] = old_keys[j];
    rows_[i] = old_rows[j];
  }
}

void FeatureIndex::Serialize(std::string* out) const {
  Put(out, static_cast<uint64_t>(size_));
  PutVector(out, keys_);
  PutVector(out, rows_);
}

Status FeatureIndex::Deserialize(std::string_view* in) {
  uint64_t size = 0;
  if (!Get(in, &size) || !GetVector(in, &keys_) || !GetVector(in, &rows_)) {
    return Status::Corrupt("truncated feature index");
  }
  size_t cap = keys_.size();
  if (cap != rows_.size() || (cap & (cap - 1)) != 0 || size >= cap + (cap == 0)) {
    return Status::Corrupt("malformed feature index");
  }
  size_t used = 0;
  for (size_t i = 0; i < cap; ++i) {
    if (keys_[i] == 0) continue;
    if (rows_[i] >= size) return Status::Corrupt("feature row out of range");
    ++used;
  }
  if (used != size || (cap > 0 && used == cap)) return Status::Corrupt("feature index count");
  size_ = size;
  return Status::Ok();
}

PerceptronModel::PerceptronModel(std::vector<std::string> labels, FeatureIndex index,
                                 const std::vector<float>& weights)
    : labels_(std::move(labels)), index_(std::move(index)) {
  const size_t k = labels_.size();
  row_start_.reserve(index_.size() + 1);
  row_start_.push_back(0);
  for (size_t row = 0; row < index_.size(); ++row) {
    for (size_t c = 0; c < k; ++c) {
      float w = weights[row * k + c];
      if (w == 0.0f) continue;
      classes_.push_back(static_cast<uint8_t>(c));
      weights_.push_back(w);
    }
    row_start_.push_back(static_cast<uint32_t>(weights_.size()));
  }
  BuildLookup();
}

void PerceptronModel::BuildLookup() {
  slots_.clear();
  entries_.clear();
  dense_.clear();
  if (index_.size() == 0) return;
  size_t cap = 1;
  while (cap < index_.size() * 2) cap <<= 1;
  slots_.assign(cap, Slot{0, 0, 0});
  entries_.reserve(weights_.size());
  float peak = 0.0f;
  for (float w : weights_) peak = std::max(peak, std::fabs(w));
  const float scale = peak > 0.0f ? 32767.0f / peak : 1.0f;
  const size_t k = labels_.size();
  const size_t mask = cap - 1;
  for (size_t i = 0; i < index_.keys_.size(); ++i) {
    uint64_t key = index_.keys_[i];
    if (key == 0) continue;
    uint32_t row = index_.rows_[i];
    size_t s = key & mask;
    while (slots_[s].tag != 0) s = (s + 1) & mask;
    Slot& slot = slots_[s];
    slot.tag = static_cast<uint32_t>(key >> 32) | 1u;
    slot.start = static_cast<uint32_t>(entries_.size());
    for (uint32_t j = row_start_[row]; j < row_start_[row + 1]; ++j) {
      long q = std::lround(weights_[j] * scale);
      if (q != 0) entries_.push_back(Entry{static_cast<int16_t>(q), classes_[j]});
    }
    slot.count = static_cast<uint32_t>(entries_.size()) - slot.start;
    if (slot.count >= kDenseFrom) {
      // Same quantised values, so scores are the same as through the entries
      // (sums of integers this small are exact in float, whatever the order).
      size_t base = dense_.size();
      dense_.resize(base + k, 0.0f);
      for (size_t j = slot.start; j < entries_.size(); ++j) {
        dense_[base + entries_[j].cls] = static_cast<float>(entries_[j].weight);
      }
      entries_.resize(slot.start);
      slot.start = static_cast<uint32_t>(base / k);
      slot.count = kDenseRow;
    }
  }
}

void PerceptronModel::Serialize(std::string* out) const {
  out->append(kModelMagic, sizeof kModelMagic);
  Put(out, static_cast<uint32_t>(labels_.size()));
  for (const std::string& l : labels_) {
    Put(out, static_cast<uint32_t>(l.size()));
    out->append(l);
  }
  index_.Serialize(out);
  PutVector(out, row_start_);
  PutVector(out, classes_);
  PutVector(out, weights_);
}

Result<PerceptronModel> PerceptronModel::Deserialize(std::string_view* in) {
  if (in->size() < sizeof kModelMagic || std::memcmp(in->data(), kModelMagic, 8) != 0) {
    return Status::Corrupt("not an acta perceptron model (or an older format)");
  }
  in->remove_prefix(sizeof kModelMagic);
  uint32_t n = 0;
  if (!Get(in, &n) || n == 0 || n > 255) return Status::Corrupt("bad label count");
  PerceptronModel m;
  m.labels_.resize(n);
  for (auto& l : m.labels_) {
    uint32_t len = 0;
    if (!Get(in, &len) || len > in->size()) return Status::Corrupt("truncated labels");
    l.assign(in->data(), len);
    in->remove_prefix(len);
  }
  if (Status s = m.index_.Deserialize(in); !s.ok()) return s;
  if (!GetVector(in, &m.row_start_) || !GetVector(in, &m.classes_) || !GetVector(in, &m.weights_)) {
    return Status::Corrupt("truncated weights");
  }
  // Validate everything AddScores relies on, so a damaged file cannot make it read out of bounds.
  if (m.row_start_.size() != m.index_.size() + 1 || m.row_start_.front() != 0 ||
      m.row_start_.back() != m.weights_.size() || m.classes_.size() != m.weights_.size()) {
    return Status::Corrupt("weights do not match the feature index");
  }
  for (size_t i = 1; i < m.row_start_.size(); ++i) {
    if (m.row_start_[i] < m.row_start_[i - 1]) return Status::Corrupt("unordered rows");
  }
  for (uint8_t c : m.classes_) {
    if (c >= n) return Status::Corrupt("class out of range");
  }
  if (m.weights_.size() >= (1u << 24)) return Status::Corrupt("model too large");
  m.BuildLookup();
  return m;
}

PerceptronTrainer::PerceptronTrainer(std::vector<std::string> labels)
    : labels_(std::move(labels)) {}

void PerceptronTrainer::AddScores(const uint64_t* features, size_t n, float* scores) const {
  const size_t k = labels_.size();
  for (size_t i = 0; i < n; ++i) {
    uint32_t row = index_.Find(features[i]);
    if (row == FeatureIndex::kMissing) continue;
    const float* w = &weights_[size_t{row} * k];
    for (size_t c = 0; c < k; ++c) scores[c] += w[c];
  }
}

void PerceptronTrainer::Update(const uint64_t* features, size_t n, int truth, int guess,
                               float step) {
  if (truth == guess) return;
  const size_t k = labels_.size();
  for (size_t i = 0; i < n; ++i) {
    uint32_t row = index_.Insert(features[i]);
    if (row == row_keys_.size()) row_keys_.push_back(features[i]);
    if (size_t{row} * k >= weights_.size()) {
      weights_.resize((size_t{row} + 1) * k, 0.0f);
      accum_.resize((size_t{row} + 1) * k, 0.0);
    }
    size_t base = size_t{row} * k;
    weights_[base + truth] += step;
    weights_[base + guess] -= step;
    accum_[base + truth] += static_cast<double>(examples_) * step;
    accum_[base + guess] -= static_cast<double>(examples_) * step;
  }
}

float PerceptronTrainer::UpdateToMargin(const uint64_t* features, size_t n, const float* scores,
                                        int truth, float max_step) {
  const int k = static_cast<int>(labels_.size());
  int rival = -1;
  for (int c = 0; c < k; ++c) {
    if (c != truth && (rival < 0 || scores[c] > scores[rival])) rival = c;
  }
  if (rival < 0 || n == 0) return 0.0f;
  float loss = 1.0f - (scores[truth] - scores[rival]);
  if (loss <= 0.0f) return 0.0f;
  // Each feature adds the step to the truth and takes it from the rival, so
  // the margin grows by 2n steps.
  float step = std::min(max_step, loss / (2.0f * static_cast<float>(n)));
  Update(features, n, truth, rival, step);
  return step;
}

PerceptronModel PerceptronTrainer::Average(float prune_below) const {
  const size_t k = labels_.size();
  const double c = static_cast<double>(examples_);
  FeatureIndex index;
  std::vector<float> weights;
  std::vector<float> avg(k);
  // Rows are visited in insertion order, so the same training gives the same file.
  for (size_t row = 0; row < row_keys_.size(); ++row) {
    float peak = 0.0f;
    for (size_t j = 0; j < k; ++j) {
      size_t i = row * k + j;
      avg[j] = static_cast<float>(weights_[i] - accum_[i] / c);
      peak = std::max(peak, std::fabs(avg[j]));
    }
    if (peak <= prune_below) continue;
    index.Insert(row_keys_[row]);
    weights.insert(weights.end(), avg.begin(), avg.end());
  }
  return PerceptronModel(labels_, std::move(index), weights);
}

}  // namespace acta
