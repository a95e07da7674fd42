#include "tagger/sequence_model.h"

#include <algorithm>
#include <cstring>
#include <random>
#include <unordered_map>

#include "tagger/hash.h"

namespace acta {
namespace {

WordFeatures MakeSentinel(std::string_view name) {
  WordFeatures w;
  ComputeWordFeatures(name, &w);
  return w;
}

const WordFeatures& StartWord() {
  static const WordFeatures w = MakeSentinel("<s>");
  return w;
}
const WordFeatures& EndWord() {
  static const WordFeatures w = MakeSentinel("</s>");
  return w;
}

const uint64_t kStartLabel = HashBytes("<s>");
const uint64_t kEndLabel = HashBytes("</s>");

// Collects features: template id `t` (distinct per model and template) mixed with a value.
class FeatureWriter {
 public:
  FeatureWriter(uint32_t model, uint64_t* out) : model_(uint64_t{model} << 32), out_(out) {}
  void Add(uint32_t t, uint64_t value) {
    if (n_ < kMaxFeatures) out_[n_++] = Combine(model_ | t, value);
  }
  size_t size() const { return n_; }

 private:
  uint64_t model_;
  uint64_t* out_;
  size_t n_ = 0;
};

// The first `bits` of a `length`-bit path, with the length: 0 for no path.
uint64_t PathPrefix(uint32_t path, uint32_t length, uint32_t bits) {
  if (length == 0) return 0;
  uint32_t len = std::min(bits, length);
  return (uint64_t{len} << 32) | (path >> (length - len));
}

uint64_t ClusterPrefix(const WordFeatures& w, uint32_t bits) {
  return PathPrefix(w.cluster, w.cluster_length, bits);
}

uint64_t EmbeddingPrefix(const WordFeatures& w, uint32_t bits) {
  return PathPrefix(w.embedding, w.embedding_length, bits);
}

// The tokens around token `i` of a sentence, with sentinels past its ends.
struct Window {
  const SentenceInput& s;
  size_t i;

  const WordFeatures& Word(long d) const {
    long j = static_cast<long>(i) + d;
    if (j < 0) return StartWord();
    if (j >= static_cast<long>(s.size)) return EndWord();
    return s.words[j];
  }
  // Hash of the POS tag at offset d; 0 when the model gets no tags.
  uint64_t Pos(long d) const {
    long j = static_cast<long>(i) + d;
    if (j < 0) return kStartLabel;
    if (j >= static_cast<long>(s.size)) return kEndLabel;
    return s.pos ? s.pos[j] : 0;
  }
  // Document- or sentence-level context features given by a first pass.
  void AddContext(FeatureWriter& f) const {
    for (size_t k = 0; k < s.context_width; ++k) {
      uint64_t c = s.context[i * s.context_width + k];
      if (c != 0) f.Add(50 + static_cast<uint32_t>(k), c);
    }
  }
};

size_t PosFeatures(const SentenceInput& s, size_t i, const uint64_t* prev, uint64_t* out) {
  const Window win{s, i};
  const WordFeatures& w = s.words[i];
  uint64_t p1 = i >= 1 ? prev[i - 1] : kStartLabel;
  uint64_t p2 = i >= 2 ? prev[i - 2] : kStartLabel;
  FeatureWriter f(static_cast<uint32_t>(ModelKind::kPos), out);
  f.Add(0, 0);
  f.Add(1, w.lower);
  for (uint32_t k = 0; k < 4; ++k) f.Add(3 + k, w.suffix[k]);
  f.Add(10, w.shape);
  f.Add(11, w.flags & (kInitCap | kAllCaps | kHasDigit | kHasHyphen));
  f.Add(12, win.Word(-1).lower);
  f.Add(14, win.Word(1).lower);
  f.Add(19, p1);
  f.Add(21, Combine(p1, p2));
  f.Add(22, Combine(p1, w.lower));
  f.Add(23, Combine(w.lower, win.Word(1).lower));
  f.Add(24, Combine(win.Word(-1).lower, w.lower));
  f.Add(26, Combine(s.all_caps, w.lower));
  // What WordNet says the word can be, alone, with its capitals and after the previous tag.
  f.Add(30, w.readings);
  f.Add(31, Combine(w.readings, w.flags & (kInitCap | kAllCaps)));
  f.Add(32, Combine(p1, w.readings));
  // The tags a tag lexicon gives the word as written (or that it has none),
  // its most frequent one, and the pair with the next word's: the tagger that
  // made CoNLL-2003's tags decided from such a lexicon and the tags to the right.
  f.Add(33, w.tags);
  f.Add(34, w.first_tag);
  f.Add(35, Combine(w.tags, win.Word(1).tags));
  if (w.cluster_length) {
    f.Add(27, ClusterPrefix(w, 6));
    f.Add(28, ClusterPrefix(w, 12));
    f.Add(29, ClusterPrefix(win.Word(1), 6));
  }
  win.AddContext(f);
  return f.size();
}

size_t ChunkFeatures(const SentenceInput& s, size_t i, const uint64_t* prev, uint64_t* out) {
  const Window win{s, i};
  const WordFeatures& w = s.words[i];
  uint64_t c1 = i >= 1 ? prev[i - 1] : kStartLabel;
  uint64_t c2 = i >= 2 ? prev[i - 2] : kStartLabel;
  FeatureWriter f(static_cast<uint32_t>(ModelKind::kChunk), out);
  f.Add(0, 0);
  f.Add(1, w.lower);
  f.Add(2, win.Word(-1).lower);
  f.Add(3, win.Word(1).lower);
  f.Add(4, win.Pos(0));
  f.Add(5, win.Pos(-1));
  f.Add(6, win.Pos(-2));
  f.Add(7, win.Pos(1));
  f.Add(8, win.Pos(2));
  f.Add(9, Combine(win.Pos(-1), win.Pos(0)));
  f.Add(10, Combine(win.Pos(0), win.Pos(1)));
  f.Add(11, Combine(Combine(win.Pos(-2), win.Pos(-1)), win.Pos(0)));
  f.Add(12, Combine(Combine(win.Pos(-1), win.Pos(0)), win.Pos(1)));
  f.Add(13, Combine(Combine(win.Pos(0), win.Pos(1)), win.Pos(2)));
  f.Add(14, c1);
  f.Add(15, Combine(c1, c2));
  f.Add(16, Combine(c1, win.Pos(0)));
  f.Add(17, Combine(c1, w.lower));
  f.Add(18, Combine(w.lower, win.Pos(0)));
  f.Add(19, Combine(Combine(c1, win.Pos(0)), win.Pos(1)));
  f.Add(20, Combine(win.Word(-1).lower, win.Pos(0)));
  f.Add(21, Combine(w.lower, win.Pos(1)));
  f.Add(22, w.suffix[1]);
  win.AddContext(f);
  return f.size();
}

size_t EntityFeatures(const SentenceInput& s, size_t i, const uint64_t* prev, uint64_t* out) {
  const Window win{s, i};
  const WordFeatures& w = s.words[i];
  uint64_t y1 = i >= 1 ? prev[i - 1] : kStartLabel;
  uint64_t y2 = i >= 2 ? prev[i - 2] : kStartLabel;
  FeatureWriter f(static_cast<uint32_t>(ModelKind::kEntity), out);
  f.Add(0, 0);
  f.Add(1, w.word);
  f.Add(2, w.lower);
  f.Add(3, w.shape);
  for (uint32_t k = 0; k < 4; ++k) f.Add(8 + k, w.suffix[k]);
  f.Add(12, w.flags);
  f.Add(13, win.Word(-1).lower);
  f.Add(15, win.Word(1).lower);
  f.Add(17, win.Word(-1).shape);
  f.Add(18, win.Word(1).shape);
  f.Add(19, Combine(Combine(win.Word(-1).shape, w.shape), win.Word(1).shape));
  f.Add(20, win.Pos(0));
  f.Add(21, Combine(win.Pos(-1), win.Pos(0)));
  f.Add(22, Combine(win.Pos(0), win.Pos(1)));
  if (s.chunk) f.Add(23, s.chunk[i]);
  f.Add(24, y1);
  f.Add(25, Combine(y1, y2));
  f.Add(26, Combine(y1, w.word));
  f.Add(27, Combine(y1, w.shape));
  f.Add(30, Combine(s.all_caps, w.shape));
  f.Add(32, Combine(i == 0, w.shape));
  if (w.cluster_length) {
    f.Add(34, ClusterPrefix(w, 4));
    f.Add(35, ClusterPrefix(w, 6));
    f.Add(36, ClusterPrefix(w, 10));
    f.Add(37, ClusterPrefix(w, 20));
  }
  if (win.Word(-1).cluster_length) f.Add(38, ClusterPrefix(win.Word(-1), 6));
  if (win.Word(1).cluster_length) f.Add(39, ClusterPrefix(win.Word(1), 6));
  for (long d = -1; d <= 1; ++d) {
    uint64_t lex = win.Word(d).lexicon;
    for (uint32_t bit = 0; lex != 0 && bit < 64; ++bit, lex >>= 1) {
      if (lex & 1) f.Add(40 + static_cast<uint32_t>(d + 1), bit);
    }
  }
  // The word's class among word embeddings of a large corpus, at three
  // depths, and its neighbours': names the training files never show get the
  // weights of the names like them.
  if (w.embedding_length) {
    f.Add(44, EmbeddingPrefix(w, 4));
    f.Add(45, EmbeddingPrefix(w, 8));
    f.Add(46, EmbeddingPrefix(w, 12));
  }
  f.Add(47, EmbeddingPrefix(win.Word(-1), 8));
  f.Add(48, EmbeddingPrefix(win.Word(1), 8));
  win.AddContext(f);
  return f.size();
}

size_t EntityRefineFeatures(const SentenceInput& s, size_t i, const uint64_t* prev, uint64_t* out) {
  const WordFeatures& w = s.words[i];
  uint64_t y1 = i >= 1 ? prev[i - 1] : kStartLabel;
  uint64_t y2 = i >= 2 ? prev[i - 2] : kStartLabel;
  const uint64_t* ctx = s.context + i * s.context_width;
  FeatureWriter f(static_cast<uint32_t>(ModelKind::kEntityRefine), out);
  f.Add(0, 0);
  f.Add(1, w.lower);
  f.Add(2, w.shape);
  f.Add(3, y1);
  f.Add(4, Combine(y1, y2));
  if (s.context_width > 3) f.Add(5, Combine(y1, ctx[3]));
  Window{s, i}.AddContext(f);
  return f.size();
}

void Shuffle(std::vector<size_t>* order, std::mt19937_64* rng) {
  // Fisher-Yates with our own index draw: std::shuffle's sequence differs between
  // standard libraries, and models must be reproducible everywhere.
  for (size_t i = order->size(); i > 1; --i) {
    size_t j = (*rng)() % i;
    std::swap((*order)[i - 1], (*order)[j]);
  }
}

}  // namespace

size_t ExtractFeatures(ModelKind kind, const SentenceInput& s, size_t i, const uint64_t* prev,
                       uint64_t* out) {
  switch (kind) {
    case ModelKind::kPos:
      return PosFeatures(s, i, prev, out);
    case ModelKind::kChunk:
      return ChunkFeatures(s, i, prev, out);
    case ModelKind::kEntity:
      return EntityFeatures(s, i, prev, out);
    case ModelKind::kEntityRefine:
      return EntityRefineFeatures(s, i, prev, out);
  }
  return 0;
}

SequenceModel::SequenceModel(ModelKind kind, PerceptronModel model)
    : kind_(kind), model_(std::move(model)) {
  for (const std::string& l : model_.labels()) label_hashes_.push_back(HashBytes(l));
}

int SequenceModel::LabelId(std::string_view name) const {
  const auto& labels = model_.labels();
  for (size_t i = 0; i < labels.size(); ++i) {
    if (labels[i] == name) return static_cast<int>(i);
  }
  return -1;
}

void SequenceModel::Tag(const SentenceInput& s, uint16_t* out, uint64_t* out_hashes,
                        int outside) const {
  uint64_t feats[kMaxFeatures];
  float scores[256];
  const size_t k = model_.num_classes();
  for (size_t i = 0; i < s.size; ++i) {
    if (outside >= 0 && (s.words[i].lower_only || (s.words[i].flags & kPunctOnly)) &&
        (i == 0 || out[i - 1] == outside)) {
      out[i] = static_cast<uint16_t>(outside);
      out_hashes[i] = label_hashes_[outside];
      continue;
    }
    if (const int fixed = LexiconLabel(s.words[i].word); fixed >= 0) {
      out[i] = static_cast<uint16_t>(fixed);
      out_hashes[i] = label_hashes_[fixed];
      continue;
    }
    size_t n = ExtractFeatures(kind_, s, i, out_hashes, feats);
    std::fill(scores, scores + k, 0.0f);
    model_.AddScores(feats, n, scores);
    int best = ArgMax(scores, k);
    out[i] = static_cast<uint16_t>(best);
    out_hashes[i] = label_hashes_[best];
  }
}

int SequenceModel::LexiconLabel(uint64_t word) const {
  if (lexicon_labels_.empty()) return -1;
  const uint32_t at = lexicon_index_.Find(word);
  return at == FeatureIndex::kMissing ? -1 : lexicon_labels_[at];
}

void SequenceModel::SetLexicon(std::vector<std::pair<uint64_t, uint16_t>> entries) {
  std::sort(entries.begin(), entries.end());
  lexicon_ = std::move(entries);
  lexicon_index_ = FeatureIndex();
  lexicon_labels_.clear();
  for (const auto& [word, label] : lexicon_) {
    const uint32_t at = lexicon_index_.Insert(word);
    if (at == lexicon_labels_.size()) {
      lexicon_labels_.push_back(label);
    } else {
      lexicon_labels_[at] = label;  // a word given twice: the later label
    }
  }
}

// A model with a lexicon marks its kind with kHasLexicon and appends the
// entries (count, then word hash and label of each) after the weights.
constexpr uint32_t kHasLexicon = 0x100;

void SequenceModel::Serialize(std::string* out) const {
  uint32_t kind = static_cast<uint32_t>(kind_) | (lexicon_.empty() ? 0 : kHasLexicon);
  out->append(reinterpret_cast<const char*>(&kind), sizeof kind);
  model_.Serialize(out);
  if (lexicon_.empty()) return;
  const auto count = static_cast<uint32_t>(lexicon_.size());
  out->append(reinterpret_cast<const char*>(&count), sizeof count);
  for (const auto& [word, label] : lexicon_) {
    out->append(reinterpret_cast<const char*>(&word), sizeof word);
    out->append(reinterpret_cast<const char*>(&label), sizeof label);
  }
}

Result<SequenceModel> SequenceModel::Deserialize(std::string_view data) {
  uint32_t kind = 0;
  if (data.size() < sizeof kind) return Status::Corrupt("empty model");
  std::memcpy(&kind, data.data(), sizeof kind);
  const bool has_lexicon = (kind & kHasLexicon) != 0;
  kind &= ~kHasLexicon;
  if (kind < 1 || kind > 4) return Status::Corrupt("unknown model kind");
  data.remove_prefix(sizeof kind);
  Result<PerceptronModel> model = PerceptronModel::Deserialize(&data);
  if (!model.ok()) return model.status();
  if (model->num_classes() > 256) return Status::Corrupt("too many labels");
  std::vector<std::pair<uint64_t, uint16_t>> lexicon;
  if (has_lexicon) {
    uint32_t count = 0;
    constexpr size_t kEntryBytes = sizeof(uint64_t) + sizeof(uint16_t);
    if (data.size() < sizeof count) return Status::Corrupt("truncated lexicon");
    std::memcpy(&count, data.data(), sizeof count);
    data.remove_prefix(sizeof count);
    if (count == 0 || data.size() != size_t{count} * kEntryBytes) {
      return Status::Corrupt("lexicon does not match its count");
    }
    for (uint32_t e = 0; e < count; ++e) {
      uint64_t word = 0;
      uint16_t label = 0;
      std::memcpy(&word, data.data(), sizeof word);
      std::memcpy(&label, data.data() + sizeof word, sizeof label);
      data.remove_prefix(kEntryBytes);
      if (label >= model->num_classes()) return Status::Corrupt("lexicon label out of range");
      if (!lexicon.empty() && word <= lexicon.back().first) {
        return Status::Corrupt("lexicon not in order");
      }
      lexicon.emplace_back(word, label);
    }
  }
  if (!data.empty()) return Status::Corrupt("trailing bytes after the model");
  SequenceModel m(static_cast<ModelKind>(kind), std::move(model).value());
  m.SetLexicon(std::move(lexicon));
  return m;
}

SentenceInput TrainingSentence::Input() const {
  SentenceInput s;
  s.words = words.data();
  s.pos = pos.empty() ? nullptr : pos.data();
  s.chunk = chunk.empty() ? nullptr : chunk.data();
  s.context = context.empty() ? nullptr : context.data();
  s.context_width = context_width;
  s.size = words.size();
  s.all_caps = all_caps;
  return s;
}

SequenceModel TrainSequenceModel(ModelKind kind, const std::vector<std::string>& labels,
                                 const std::vector<TrainingSentence>& data,
                                 const TrainingOptions& options) {
  PerceptronTrainer trainer(labels);
  std::vector<uint64_t> label_hashes;
  for (const std::string& l : labels) label_hashes.push_back(HashBytes(l));
  std::vector<size_t> order(data.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::mt19937_64 rng(options.seed);
  uint64_t feats[kMaxFeatures];
  std::vector<float> scores(labels.size());
  std::vector<uint64_t> prev;

  // The lexicon: words seen often enough, always with one label. Training
  // still scores and learns them (skipping them there lowered held-out chunk
  // F1 by 0.15-0.19 points); the models it gives label them unscored.
  std::vector<std::pair<uint64_t, uint16_t>> lexicon;
  if (options.lexicon_min > 0) {
    std::unordered_map<uint64_t, std::pair<uint32_t, int>> seen;  // count, label (-1: several)
    for (const TrainingSentence& sent : data) {
      for (size_t i = 0; i < sent.words.size(); ++i) {
        auto [it, fresh] = seen.try_emplace(sent.words[i].word, 0, sent.gold[i]);
        ++it->second.first;
        if (it->second.second != sent.gold[i]) it->second.second = -1;
      }
    }
    for (const auto& [word, stats] : seen) {
      if (stats.second >= 0 && stats.first >= static_cast<uint32_t>(options.lexicon_min))
        lexicon.emplace_back(word, static_cast<uint16_t>(stats.second));
    }
  }

  SequenceModel best;
  double best_score = -1.0;
  for (int epoch = 1; epoch <= options.epochs; ++epoch) {
    Shuffle(&order, &rng);
    for (size_t idx : order) {
      const TrainingSentence& sent = data[idx];
      SentenceInput in = sent.Input();
      prev.assign(in.size, 0);
      for (size_t i = 0; i < in.size; ++i) {
        size_t n = ExtractFeatures(kind, in, i, prev.data(), feats);
        std::fill(scores.begin(), scores.end(), 0.0f);
        trainer.AddScores(feats, n, scores.data());
        int guess = ArgMax(scores.data(), scores.size());
        if (options.max_step > 0.0f) {
          trainer.UpdateToMargin(feats, n, scores.data(), sent.gold[i], options.max_step);
        } else {
          trainer.Update(feats, n, sent.gold[i], guess);
        }
        trainer.Tick();
        prev[i] = label_hashes[guess];
      }
    }
    if (options.evaluate || epoch == options.epochs) {
      SequenceModel model(kind, trainer.Average(options.prune_below));
      model.SetLexicon(lexicon);
      double score = options.evaluate ? options.evaluate(epoch, model) : 0.0;
      if (score > best_score) {
        best_score = score;
        best = std::move(model);
      }
    }
  }
  return best;
}

}  // namespace acta
