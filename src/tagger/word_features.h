// Per-token properties computed once and shared by the tagger, chunker and
// named-entity recogniser, so that each model only combines hashes.
#ifndef ACTA_TAGGER_WORD_FEATURES_H_
#define ACTA_TAGGER_WORD_FEATURES_H_

#include <cstdint>
#include <string_view>

namespace acta {

enum WordFlag : uint32_t {
  kInitCap = 1u << 0,
  kAllCaps = 1u << 1,
  kHasDigit = 1u << 2,
  kAllDigits = 1u << 3,
  kHasHyphen = 1u << 4,
  kHasPeriod = 1u << 5,
  kPunctOnly = 1u << 6,
  kHasLower = 1u << 7,
  kNonAscii = 1u << 8,
};

struct WordFeatures {
  uint64_t word = 0;        // the form as written
  uint64_t lower = 0;       // ASCII lower-cased form
  uint64_t shape = 0;       // character classes with runs collapsed: "Xx", "d.d", "XX-Xx"
  uint64_t prefix[4] = {};  // first 1..4 bytes of the lower-cased form
  uint64_t suffix[4] = {};  // last 1..4 bytes of the lower-cased form
  uint32_t flags = 0;
  uint32_t length = 0;      // bytes
  bool lower_only = false;  // nothing but the letters a-z: no capital, digit, hyphen
  // Word-cluster path (bits, most significant first) and its length in bits; 0 = unknown.
  uint32_t cluster = 0;
  uint32_t cluster_length = 0;
  // Gazetteer membership: bit 2k = begins a match of list k, bit 2k+1 = continues one.
  uint64_t lexicon = 0;
  // What WordNet says the lower-cased form can be (Lemmatizer::Readings); 0 = nothing.
  uint64_t readings = 0;
  // The Penn Treebank tags the form as written can take (WordTags::Entry); 0 = not listed.
  uint64_t tags = 0;
  uint32_t first_tag = 0;
  // Path of the lower-cased form among the word-embedding clusters and its length in bits; 0 =
  // none.
  uint32_t embedding = 0;
  uint32_t embedding_length = 0;
};

// Fills every field of `out` except cluster, lexicon, readings and tags, which the caller sets.
void ComputeWordFeatures(std::string_view form, WordFeatures* out);

}  // namespace acta

#endif  // ACTA_TAGGER_WORD_FEATURES_H_
