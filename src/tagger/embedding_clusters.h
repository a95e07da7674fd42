// Word classes from word embeddings, for the entity recogniser: the vectors of
// the most frequent words of a large corpus, clustered top-down by k-means
// (16 clusters, each split into 16, and those again: a 12-bit path per word).
// Names the training files never show still get the class of names like
// them. The table is a hash table in a file that is mapped into memory, not
// parsed: 200,000 words would otherwise add tens of milliseconds to loading.
#ifndef ACTA_TAGGER_EMBEDDING_CLUSTERS_H_
#define ACTA_TAGGER_EMBEDDING_CLUSTERS_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "acta/status.h"

namespace acta {

class EmbeddingClusters {
 public:
  struct Path {
    uint16_t bits = 0;   // the root-most level in the highest of the `length` low bits
    uint8_t length = 0;  // 0: the word has no class
  };

  // Maps a file TrainEmbeddingClusters wrote. NotFound when it is missing;
  // Corrupt when it is not such a file or is cut short.
  static Result<std::shared_ptr<const EmbeddingClusters>> Load(const std::string& path);
  ~EmbeddingClusters();
  EmbeddingClusters(const EmbeddingClusters&) = delete;
  EmbeddingClusters& operator=(const EmbeddingClusters&) = delete;

  // The class of `word`, matched exactly (the vectors are of lower-cased words).
  Path Lookup(std::string_view word) const;
  size_t size() const { return num_words_; }
  int levels() const { return levels_; }
  int bits_per_level() const { return bits_per_level_; }

 private:
  EmbeddingClusters() = default;

  void* map_ = nullptr;
  size_t map_size_ = 0;
  const uint64_t* keys_ = nullptr;  // word hashes; 0 = empty slot
  const uint16_t* paths_ = nullptr;
  uint64_t mask_ = 0;
  size_t num_words_ = 0;
  int levels_ = 0, bits_per_level_ = 0;
};

}  // namespace acta

#endif  // ACTA_TAGGER_EMBEDDING_CLUSTERS_H_
