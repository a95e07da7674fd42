// The three trained models run together over a document: part-of-speech tags,
// then chunks, then named entities in two passes (the second sees what the
// first found elsewhere in the same document).
#ifndef ACTA_TAGGER_TAGGER_H_
#define ACTA_TAGGER_TAGGER_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "tagger/sequence_model.h"
#include "tagger/word_features.h"

namespace acta {

class WordClusters;
class Lexicon;
class Lemmatizer;
class WordTags;
class EmbeddingClusters;

// The features of recently seen forms (all but the gazetteer lists, which
// depend on the words around), so that a frequent word is hashed and looked
// up in the word clusters and WordNet once. Direct-mapped, bounded (about
// 8 MB); per thread. News has a long tail of rare forms: 65,536 slots made
// the whole analysis about 7% faster than 8,192 (farm-bench, Reuters).
class WordFeatureCache {
 public:
  static constexpr size_t kSlots = 65536;

 private:
  friend class Featurizer;
  uint64_t owner_ = 0;
  std::vector<uint64_t> keys_;  // 0 = empty
  std::vector<WordFeatures> words_;
};

// Computes WordFeatures for token forms, adding word clusters, gazetteer
// matches, WordNet readings, lexicon tags and word-embedding classes when
// those resources are present.
// Immutable; thread-safe.
class Featurizer {
 public:
  Featurizer(std::shared_ptr<const WordClusters> clusters, std::shared_ptr<const Lexicon> lexicon,
             std::shared_ptr<const Lemmatizer> wordnet = nullptr,
             std::shared_ptr<const WordTags> word_tags = nullptr,
             std::shared_ptr<const EmbeddingClusters> embedding_clusters = nullptr);
  // Features of the tokens of one sentence; with a cache, known forms are copied from it.
  void Compute(const std::string_view* forms, size_t n, WordFeatures* out,
               WordFeatureCache* cache = nullptr) const;

 private:
  // Every feature of `form` but the gazetteer lists.
  void ComputeOne(std::string_view form, WordFeatures* out) const;

  std::shared_ptr<const WordClusters> clusters_;
  std::shared_ptr<const Lexicon> lexicon_;
  std::shared_ptr<const Lemmatizer> wordnet_;
  std::shared_ptr<const WordTags> word_tags_;
  std::shared_ptr<const EmbeddingClusters> embedding_clusters_;
  uint64_t id_ = 0;  // distinct per featurizer, for caches
};

// Whether a sentence is a headline in capitals: at least two words with
// letters, and 80% or more of them all capitals. The tagger and its training
// both decide it here, so that the feature means the same to both.
bool MostlyCaps(const WordFeatures* words, size_t n);

// Number of document-context features per token given to the second entity pass.
constexpr size_t kEntityContextWidth = 6;

// Fills `context` (kEntityContextWidth per token) from first-pass entity labels:
// what the same word was labelled as elsewhere in the document (slots 0-2),
// and the first pass's labels of the token and its neighbours (slots 3-5).
void ComputeEntityContext(const WordFeatures* words, const uint16_t* labels,
                          const SequenceModel& entity_model, size_t n, uint64_t* context);

// Number of context features per token given to second tagging and chunking passes.
constexpr size_t kTagContextWidth = 4;

// Fills `context` (kTagContextWidth per token of one sentence) from a first
// pass's label hashes, so a second pass can see the labels to its right.
void ComputeTagContext(const WordFeatures* words, const uint64_t* first_pass, size_t n,
                       uint64_t* context);

// Scratch and results for one document; reuse across documents to avoid allocation.
struct DocumentTags {
  std::vector<WordFeatures> words;
  std::vector<uint64_t> pos_hash, chunk_hash, entity_hash, context, first_hash;
  std::vector<uint16_t> pos, chunk, entity, first_pass;
  std::vector<bool> all_caps;  // per sentence
  WordFeatureCache word_features;
};

// The trained models. Each second pass is optional: when present it re-labels
// with the first pass's labels of the whole sentence (tags, chunks) or
// document (entities) as extra features.
struct TaggerModels {
  SequenceModel pos, pos2, chunk, chunk2, entity, entity2;
  bool has_pos2 = false, has_chunk2 = false, has_entity2 = false;
};

constexpr const char* kTaggerManifest = "tagger.manifest";

class Tagger {
 public:
  // Loads {pos,chunk,entity}.model and the optional {pos2,chunk2,entity2}.model
  // from `model_dir`, with the word clusters and gazetteer named in its
  // manifest (kTaggerManifest: lines "clusters PATH" / "lexicon PATH" /
  // "word-tags PATH" / "embedding-clusters PATH", paths relative to
  // `model_dir`; NotFound when one is missing). A line "wordnet readings" says the models were
  // trained with WordNet's readings of each word: `wordnet` must then be given.
  static Result<std::shared_ptr<const Tagger>> Load(const std::string& model_dir,
                                                    std::shared_ptr<const Lemmatizer> wordnet);
  Tagger(TaggerModels models, Featurizer featurizer);

  // Tags a document: `forms` holds all its tokens, `sentence_starts` the index
  // of each sentence's first token followed by the token count. Thread-safe.
  // With `given_pos` (one label id of pos() per token) the POS tagger does not
  // run: the chunker and entity recogniser get those tags instead.
  void TagDocument(const std::string_view* forms, const std::vector<uint32_t>& sentence_starts,
                   DocumentTags* out, const uint16_t* given_pos = nullptr) const;

  // The models whose labels TagDocument writes to DocumentTags::pos, chunk, entity.
  const SequenceModel& pos() const { return m_.has_pos2 ? m_.pos2 : m_.pos; }
  const SequenceModel& chunk() const { return m_.has_chunk2 ? m_.chunk2 : m_.chunk; }
  const SequenceModel& entity() const { return m_.has_entity2 ? m_.entity2 : m_.entity; }
  const Featurizer& featurizer() const { return featurizer_; }

 private:
  TaggerModels m_;
  Featurizer featurizer_;
  int entity_outside_ = -1, entity2_outside_ = -1;  // ids of the label "O"
};

}  // namespace acta

#endif  // ACTA_TAGGER_TAGGER_H_
