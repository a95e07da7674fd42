#include "tagger/tagger.h"

#include <algorithm>
#include <array>
#include <atomic>
#include <fstream>
#include <sstream>
#include <unordered_map>

#include "cluster/word_clusters.h"
#include "lemma/lemmatizer.h"
#include "lexicon/lexicon.h"
#include "tagger/embedding_clusters.h"
#include "tagger/hash.h"
#include "tagger/word_tags.h"

namespace acta {
namespace {

// Entity type of an IOB/BILOU label: "B-PER" -> "PER"; "O" -> "".
std::string_view EntityType(std::string_view label) {
  return label.size() > 2 && label[1] == '-' ? label.substr(2) : std::string_view();
}

Result<SequenceModel> LoadModel(const std::string& path, ModelKind kind) {
  std::ifstream f(path, std::ios::binary);
  if (!f) return Status::NotFound("cannot read model " + path);
  std::stringstream buf;
  buf << f.rdbuf();
  std::string data = buf.str();
  Result<SequenceModel> m = SequenceModel::Deserialize(data);
  if (!m.ok()) return Status::Corrupt(path + ": " + m.status().message());
  // A second entity pass may have been trained with every local feature.
  bool full_second_pass = kind == ModelKind::kEntityRefine && m->kind() == ModelKind::kEntity;
  if (m->kind() != kind && !full_second_pass) {
    return Status::Corrupt(path + ": model of the wrong kind");
  }
  return m;
}

}  // namespace

bool MostlyCaps(const WordFeatures* w, size_t n) {
  size_t caps = 0, alpha = 0;
  for (size_t i = 0; i < n; ++i) {
    if (w[i].flags & kPunctOnly) continue;
    if (w[i].flags & (kHasLower | kAllCaps)) ++alpha;
    if (w[i].flags & kAllCaps) ++caps;
  }
  return alpha >= 2 && caps * 10 >= alpha * 8;
}

Featurizer::Featurizer(std::shared_ptr<const WordClusters> clusters,
                       std::shared_ptr<const Lexicon> lexicon,
                       std::shared_ptr<const Lemmatizer> wordnet,
                       std::shared_ptr<const WordTags> word_tags,
                       std::shared_ptr<const EmbeddingClusters> embedding_clusters)
    : clusters_(std::move(clusters)),
      lexicon_(std::move(lexicon)),
      wordnet_(std::move(wordnet)),
      word_tags_(std::move(word_tags)),
      embedding_clusters_(std::move(embedding_clusters)) {
  static std::atomic<uint64_t> next_id{0};
  id_ = ++next_id;
}

void Featurizer::ComputeOne(std::string_view form, WordFeatures* out) const {
  ComputeWordFeatures(form, out);
  out->cluster = out->cluster_length = 0;
  out->lexicon = 0;
  out->readings = 0;
  out->tags = 0;
  out->first_tag = 0;
  out->embedding = out->embedding_length = 0;
  if (word_tags_) {
    const WordTags::Entry e = word_tags_->Lookup(form);
    out->tags = e.tags;
    out->first_tag = e.first;
  }
  char lower_buf[64];
  const bool fits = form.size() <= sizeof lower_buf;
  bool letters = fits;  // only letters, hyphens, apostrophes and periods
  if (fits) {
    for (size_t k = 0; k < form.size(); ++k) {
      char c = form[k];
      lower_buf[k] = c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c;
      char l = lower_buf[k];
      letters &= (l >= 'a' && l <= 'z') || l == '-' || l == '\'' || l == '.';
    }
  }
  std::string_view lower(lower_buf, fits ? form.size() : 0);
  // Numbers and punctuation are not looked up: WordNet has next to none.
  if (wordnet_ && letters) out->readings = wordnet_->Readings(lower);
  if (embedding_clusters_ && fits) {
    const EmbeddingClusters::Path e = embedding_clusters_->Lookup(lower);
    out->embedding = e.bits;
    out->embedding_length = e.length;
  }
  if (!clusters_) return;
  ClusterPath path = clusters_->Lookup(form);
  // Headlines are in capitals and sentences start capitalised: fall back to
  // the lower-case and the capitalised spelling of the word.
  if (path.length == 0 && fits && (out->flags & kInitCap)) {
    path = clusters_->Lookup(lower);
    if (path.length == 0 && (out->flags & kAllCaps)) {
      lower_buf[0] = form[0];
      path = clusters_->Lookup(lower);
    }
  }
  uint32_t len = std::min<uint32_t>(path.length, 32);
  out->cluster_length = len;
  out->cluster = len ? static_cast<uint32_t>(path.bits >> (64 - len)) : 0;
}

void Featurizer::Compute(const std::string_view* forms, size_t n, WordFeatures* out,
                         WordFeatureCache* cache) const {
  if (cache != nullptr && cache->owner_ != id_) {
    cache->owner_ = id_;
    cache->keys_.assign(WordFeatureCache::kSlots, 0);
    cache->words_.resize(WordFeatureCache::kSlots);
  }
  for (size_t i = 0; i < n; ++i) {
    if (cache == nullptr) {
      ComputeOne(forms[i], &out[i]);
      continue;
    }
    uint64_t key = HashBytes(forms[i]) | 1;
    size_t slot = (key >> 7) & (WordFeatureCache::kSlots - 1);
    if (cache->keys_[slot] != key) {
      ComputeOne(forms[i], &cache->words_[slot]);
      cache->keys_[slot] = key;
    }
    out[i] = cache->words_[slot];
  }
  if (lexicon_) {
    thread_local std::vector<std::string_view> tokens;
    thread_local std::vector<uint64_t> masks;
    tokens.assign(forms, forms + n);
    lexicon_->Match(tokens, &masks);
    for (size_t i = 0; i < n; ++i) out[i].lexicon = masks[i];
  }
}

void ComputeEntityContext(const WordFeatures* words, const uint16_t* labels,
                          const SequenceModel& entity_model, size_t n, uint64_t* context) {
  // Map each label to a small type number: 0 for O, 1.. per entity type.
  std::vector<uint8_t> type_of(entity_model.num_labels(), 0);
  std::vector<std::string_view> types;
  for (size_t l = 0; l < entity_model.num_labels(); ++l) {
    std::string_view t = EntityType(entity_model.label(l));
    if (t.empty()) continue;
    size_t k = 0;
    while (k < types.size() && types[k] != t) ++k;
    if (k == types.size()) types.push_back(t);
    type_of[l] = static_cast<uint8_t>(k + 1);
  }
  struct Seen {
    std::array<uint16_t, 8> count{};
    uint32_t first = 0;
  };
  std::unordered_map<uint64_t, Seen> seen;
  auto eligible = [&](size_t i) {
    return (words[i].flags & (kInitCap | kAllCaps)) && !(words[i].flags & kPunctOnly);
  };
  for (size_t i = 0; i < n; ++i) {
    if (!eligible(i)) continue;
    auto [it, inserted] = seen.try_emplace(words[i].lower);
    if (inserted) it->second.first = static_cast<uint32_t>(i);
    uint8_t t = type_of[labels[i]];
    if (t < 8) ++it->second.count[t];
  }
  static const uint64_t kEdge = HashBytes("<s>");
  for (size_t i = 0; i < n; ++i) {
    uint64_t* ctx = context + i * kEntityContextWidth;
    std::fill(ctx, ctx + kEntityContextWidth, 0);
    // The first pass's labels here and next door.
    uint64_t here = entity_model.label_hash(labels[i]);
    uint64_t before = i > 0 ? entity_model.label_hash(labels[i - 1]) : kEdge;
    uint64_t after = i + 1 < n ? entity_model.label_hash(labels[i + 1]) : kEdge;
    ctx[3] = Combine(4, here);
    ctx[4] = Combine(5, Combine(before, here));
    ctx[5] = Combine(6, Combine(here, after));
    if (!eligible(i)) continue;
    const Seen& s = seen.at(words[i].lower);
    std::array<uint16_t, 8> others = s.count;
    uint8_t own = type_of[labels[i]];
    if (own < 8) --others[own];
    int best = -1;
    uint32_t mask = 0, total = 0;
    for (int t = 0; t < 8; ++t) {
      total += others[t];
      if (others[t]) mask |= 1u << t;
      if (others[t] && (best < 0 || others[t] > others[best])) best = t;
    }
    if (total == 0) continue;
    ctx[0] = Combine(1, static_cast<uint64_t>(best));
    ctx[1] = Combine(2, mask);
    if (s.first != i) ctx[2] = Combine(3, type_of[labels[s.first]]);
  }
}

void ComputeTagContext(const WordFeatures* words, const uint64_t* first, size_t n,
                       uint64_t* context) {
  static const uint64_t kEnd = HashBytes("</s>");
  for (size_t i = 0; i < n; ++i) {
    uint64_t next = i + 1 < n ? first[i + 1] : kEnd;
    uint64_t next2 = i + 2 < n ? first[i + 2] : kEnd;
    uint64_t* ctx = context + i * kTagContextWidth;
    ctx[0] = Combine(11, next);
    ctx[1] = Combine(12, Combine(next, next2));
    ctx[2] = Combine(13, Combine(next, words[i].lower));
    ctx[3] = Combine(14, first[i]);
  }
}

Tagger::Tagger(TaggerModels models, Featurizer featurizer)
    : m_(std::move(models)),
      featurizer_(std::move(featurizer)),
      entity_outside_(m_.entity.LabelId("O")),
      entity2_outside_(m_.entity2.LabelId("O")) {}

Result<std::shared_ptr<const Tagger>> Tagger::Load(const std::string& model_dir,
                                                   std::shared_ptr<const Lemmatizer> wordnet) {
  // The manifest names the resources the models were trained with; using
  // others would silently change every feature.
  std::shared_ptr<const WordClusters> clusters;
  std::shared_ptr<const Lexicon> lexicon;
  std::shared_ptr<const WordTags> word_tags;
  std::shared_ptr<const EmbeddingClusters> embedding_clusters;
  bool with_wordnet = false;
  std::ifstream manifest(model_dir + "/" + kTaggerManifest);
  std::string key, value;
  int line = 0;
  while (manifest >> key >> value) {
    ++line;
    std::string path = model_dir + "/" + value;
    if (key == "wordnet") {
      if (!wordnet) {
        return Status::InvalidArgument(model_dir + "/" + kTaggerManifest +
                                       ": the models were trained with WordNet; none was given");
      }
      with_wordnet = true;
    } else if (key == "clusters") {
      Result<WordClusters> c = WordClusters::Load(path);
      if (!c.ok()) return c.status();
      clusters = std::make_shared<const WordClusters>(std::move(c).value());
    } else if (key == "embedding-clusters") {
      Result<std::shared_ptr<const EmbeddingClusters>> c = EmbeddingClusters::Load(path);
      if (!c.ok()) return c.status();
      embedding_clusters = std::move(c).value();
    } else if (key == "lexicon") {
      Result<std::shared_ptr<const Lexicon>> l = Lexicon::Load(path);
      if (!l.ok()) return l.status();
      lexicon = std::move(l).value();
    } else if (key == "word-tags") {
      Result<std::shared_ptr<const WordTags>> t = WordTags::Load(path);
      if (!t.ok()) return t.status();
      word_tags = std::move(t).value();
    } else {
      return Status::Corrupt(model_dir + "/" + kTaggerManifest + ":" + std::to_string(line) +
                             ": unknown resource '" + key + "'");
    }
  }
  TaggerModels m;
  struct Slot {
    const char* file;
    ModelKind kind;
    SequenceModel* model;
    bool* present;  // null: required
  } slots[] = {
      {"pos", ModelKind::kPos, &m.pos, nullptr},
      {"pos2", ModelKind::kPos, &m.pos2, &m.has_pos2},
      {"chunk", ModelKind::kChunk, &m.chunk, nullptr},
      {"chunk2", ModelKind::kChunk, &m.chunk2, &m.has_chunk2},
      {"entity", ModelKind::kEntity, &m.entity, nullptr},
      {"entity2", ModelKind::kEntityRefine, &m.entity2, &m.has_entity2},
  };
  for (const Slot& slot : slots) {
    Result<SequenceModel> r = LoadModel(model_dir + "/" + slot.file + ".model", slot.kind);
    if (r.ok()) {
      *slot.model = std::move(r).value();
      if (slot.present) *slot.present = true;
    } else if (slot.present == nullptr || r.status().code() != Status::Code::kNotFound) {
      return r.status();
    }
  }
  return std::shared_ptr<const Tagger>(std::make_shared<Tagger>(
      std::move(m), Featurizer(std::move(clusters), std::move(lexicon),
                               with_wordnet ? std::move(wordnet) : nullptr, std::move(word_tags),
                               std::move(embedding_clusters))));
}

void Tagger::TagDocument(const std::string_view* forms, const std::vector<uint32_t>& starts,
                         DocumentTags* out, const uint16_t* given_pos) const {
  const size_t n = starts.empty() ? 0 : starts.back();
  const size_t num_sentences = starts.empty() ? 0 : starts.size() - 1;
  out->words.resize(n);
  out->pos_hash.resize(n);
  out->chunk_hash.resize(n);
  out->entity_hash.resize(n);
  out->first_hash.resize(n);
  out->pos.resize(n);
  out->chunk.resize(n);
  out->entity.resize(n);
  out->all_caps.assign(num_sentences, false);
  out->context.resize(n * std::max(kTagContextWidth, kEntityContextWidth));
  auto input = [&](size_t s) {
    SentenceInput in;
    size_t b = starts[s];
    in.words = &out->words[b];
    in.pos = &out->pos_hash[b];
    in.chunk = &out->chunk_hash[b];
    in.size = starts[s + 1] - b;
    in.all_caps = out->all_caps[s];
    return in;
  };
  // Runs `first`, then `second` (if any) with the first pass's labels as context.
  auto two_pass = [&](size_t s, const SequenceModel& first, const SequenceModel* second,
                      uint16_t* ids, uint64_t* hashes) {
    SentenceInput in = input(s);
    if (second == nullptr) {
      first.Tag(in, ids, hashes);
      return;
    }
    uint64_t* first_hash = &out->first_hash[starts[s]];
    first.Tag(in, ids, first_hash);
    uint64_t* ctx = out->context.data();
    ComputeTagContext(in.words, first_hash, in.size, ctx);
    in.context = ctx;
    in.context_width = kTagContextWidth;
    second->Tag(in, ids, hashes);
  };
  for (size_t s = 0; s < num_sentences; ++s) {
    size_t b = starts[s], e = starts[s + 1];
    featurizer_.Compute(forms + b, e - b, &out->words[b], &out->word_features);
    out->all_caps[s] = MostlyCaps(&out->words[b], e - b);
    if (given_pos == nullptr) {
      two_pass(s, m_.pos, m_.has_pos2 ? &m_.pos2 : nullptr, &out->pos[b], &out->pos_hash[b]);
    } else {
      for (size_t k = b; k < e; ++k) {
        out->pos[k] = given_pos[k];
        out->pos_hash[k] = pos().label_hash(given_pos[k]);
      }
    }
    two_pass(s, m_.chunk, m_.has_chunk2 ? &m_.chunk2 : nullptr, &out->chunk[b],
             &out->chunk_hash[b]);
    m_.entity.Tag(input(s), &out->entity[b], &out->entity_hash[b], entity_outside_);
  }
  if (!m_.has_entity2) return;
  out->first_pass = out->entity;
  ComputeEntityContext(out->words.data(), out->first_pass.data(), m_.entity, n,
                       out->context.data());
  for (size_t s = 0; s < num_sentences; ++s) {
    size_t b = starts[s];
    SentenceInput in = input(s);
    in.context = &out->context[b * kEntityContextWidth];
    in.context_width = kEntityContextWidth;
    m_.entity2.Tag(in, &out->entity[b], &out->entity_hash[b], entity2_outside_);
  }
}

}  // namespace acta
