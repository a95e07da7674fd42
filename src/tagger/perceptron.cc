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
  out->append(reinterpret_cast<const char*>(v.data()), n * sizeof(T));
}

template <typename T>
bool GetVector(std::string_view* in, std::vector<T>* v) {
  uint64_t n = 0;
  if (!Get(in, &n) || n > in->size() / sizeof(T)) return false;
  v->resize(n);
  std::memcpy(v->data(), in->data(), n * sizeof(T));
  in->remove_prefix(n * sizeof(T));
  return true;
}

constexpr char kModelMagic[8] = {'A', 'C', 'T', 'A', 'P', 'C', 'M', '1'};

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
                                 std::vector<float> weights)
    : labels_(std::move(labels)), index_(std::move(index)), weights_(std::move(weights)) {}

void PerceptronModel::Serialize(std::string* out) const {
  out->append(kModelMagic, sizeof kModelMagic);
  Put(out, static_cast<uint32_t>(labels_.size()));
  for (const std::string& l : labels_) {
    Put(out, static_cast<uint32_t>(l.size()));
    out->append(l);
  }
  index_.Serialize(out);
  PutVector(out, weights_);
}

Result<PerceptronModel> PerceptronModel::Deserialize(std::string_view* in) {
  if (in->size() < sizeof kModelMagic || std::memcmp(in->data(), kModelMagic, 8) != 0) {
    return Status::Corrupt("not an acta perceptron model");
  }
  in->remove_prefix(sizeof kModelMagic);
  uint32_t n = 0;
  if (!Get(in, &n) || n == 0 || n > 1024) return Status::Corrupt("bad label count");
  std::vector<std::string> labels(n);
  for (auto& l : labels) {
    uint32_t len = 0;
    if (!Get(in, &len) || len > in->size()) return Status::Corrupt("truncated labels");
    l.assign(in->data(), len);
    in->remove_prefix(len);
  }
  FeatureIndex index;
  if (Status s = index.Deserialize(in); !s.ok()) return s;
  std::vector<float> weights;
  if (!GetVector(in, &weights) || weights.size() != index.size() * n) {
    return Status::Corrupt("weights do not match the feature index");
  }
  return PerceptronModel(std::move(labels), std::move(index), std::move(weights));
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

void PerceptronTrainer::Update(const uint64_t* features, size_t n, int truth, int guess) {
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
    weights_[base + truth] += 1.0f;
    weights_[base + guess] -= 1.0f;
    accum_[base + truth] += static_cast<double>(examples_);
    accum_[base + guess] -= static_cast<double>(examples_);
  }
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
  return PerceptronModel(labels_, std::move(index), std::move(weights));
}

}  // namespace acta
