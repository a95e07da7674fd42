// Word clusters: each word has a bit-string path in a binary hierarchy of
// clusters (Brown clusters). Words whose paths share a longer prefix occur in
// more similar contexts, so prefixes of several lengths make features at
// several granularities.
//
// Text format, one word a line: path<TAB>word<TAB>count, where path is a
// non-empty string over {0,1}, word is non-empty and holds no tab or newline,
// and count is a decimal integer (how often the word was seen in training).
#ifndef ACTA_CLUSTER_WORD_CLUSTERS_H_
#define ACTA_CLUSTER_WORD_CLUSTERS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "acta/status.h"

namespace acta {

// A path in the hierarchy: `length` bits, the root-most bit in the most
// significant bit of `bits`, unused low bits zero. A path longer than 64 bits
// keeps its first 64. length == 0 means the word has no cluster.
struct ClusterPath {
  uint64_t bits = 0;
  uint8_t length = 0;

  static constexpr int kMaxBits = 64;

  // The first min(k, length) bits; k <= 0 gives the empty path.
  ClusterPath Prefix(int k) const;
  // "0110"; "" for the empty path.
  std::string ToString() const;

  friend bool operator==(const ClusterPath&, const ClusterPath&) = default;
};

struct WordClusterEntry {
  std::string word;
  std::string path;
  uint64_t count = 0;
};

struct WordClusterEntryView {
  std::string_view word;
  std::string_view path;
  uint64_t count = 0;
};

// An immutable word -> path map. Lookup is safe from many threads at once and
// does not allocate. Moves are cheap; views returned by entry() stay valid
// until the object is destroyed or assigned to.
class WordClusters {
 public:
  WordClusters();  // no words

  // Reads a file in the format above. Errors name the file and the line
  // ("clusters.txt:3: ...").
  static Result<WordClusters> Load(const std::string& path);
  // As Load, from text in memory; `source` stands for the file name in errors.
  static Result<WordClusters> Parse(std::string_view text, std::string_view source);
  // Fails on an empty or duplicate word, a word holding a tab, CR or LF, or a
  // path that is empty or not over {0,1}. Entries keep the given order.
  static Result<WordClusters> FromEntries(std::vector<WordClusterEntry> entries);

  // Writes every entry, in order, in the format above. Saving what Load read
  // reproduces the file byte for byte when it used canonical numbers and
  // ended with a newline.
  Status Save(const std::string& path) const;

  // The path of `word`, matched exactly (case and bytes); length 0 if absent.
  ClusterPath Lookup(std::string_view word) const;

  size_t size() const { return entries_.size(); }
  WordClusterEntryView entry(size_t i) const;

 private:
  struct Entry {
    uint32_t word_offset;
    uint32_t word_size;
    uint32_t path_offset;
    uint32_t path_size;
    uint64_t count;
    ClusterPath path;
  };
  // One open-addressing slot: the low 32 bits of the word's hash and
  // entry index + 1 (0 marks an empty slot).
  struct Slot {
    uint32_t hash;
    uint32_t entry;
  };

  // FromEntries; errors locate entries as "source:N" when `source` is not
  // empty, else as "entry N".
  static Result<WordClusters> Build(const std::vector<WordClusterEntryView>& entries,
                                    std::string_view source);

  std::string_view WordOf(const Entry& e) const {
    return {bytes_.data() + e.word_offset, e.word_size};
  }

  std::string bytes_;  // every word and path, back to back
  std::vector<Entry> entries_;
  std::vector<Slot> slots_;  // size a power of two, at most half full
  uint64_t slot_mask_ = 0;
};

}  // namespace acta

#endif  // ACTA_CLUSTER_WORD_CLUSTERS_H_
