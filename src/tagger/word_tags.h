// The Penn Treebank tags an English word can take, from a tag lexicon (each
// word with its tags, the most frequent first). CoNLL-2003's tags were made by
// a tagger trained on the Penn Treebank: which tags a word could take there
// (and whether it was known at all) decides much of what that tagger did.
#ifndef ACTA_TAGGER_WORD_TAGS_H_
#define ACTA_TAGGER_WORD_TAGS_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "acta/status.h"
#include "tagger/perceptron.h"

namespace acta {

// The tags a lexicon entry may carry, in bit order (bit k = kWordTagNames[k]).
// The order is part of the models' features: append, never reorder.
extern const std::vector<std::string_view> kWordTagNames;

class WordTags {
 public:
  struct Entry {
    uint64_t tags = 0;  // bit k: the word can take kWordTagNames[k]; 0: not in the lexicon
    uint8_t first = 0;  // 1 + index of its most frequent tag; 0: not in the lexicon
  };

  // Loads a file CompileWordTags wrote. NotFound when it is missing; Corrupt
  // ("file:line: ...") for a line that is not "word TAB TAG [TAG ...]" with known tags.
  static Result<std::shared_ptr<const WordTags>> Load(const std::string& path);

  // The entry of `form` exactly as written (case matters: "Cup" and "cup"
  // are different entries, and a word in capitals is usually in none).
  Entry Lookup(std::string_view form) const {
    const uint32_t row = index_.Find(HashKey(form));
    return row == FeatureIndex::kMissing ? Entry{} : entries_[row];
  }
  size_t size() const { return entries_.size(); }

  // Adds or replaces an entry; for tests and the loader.
  void Add(std::string_view word, Entry e);

 private:
  static uint64_t HashKey(std::string_view form);
  FeatureIndex index_;
  std::vector<Entry> entries_;
};

}  // namespace acta

#endif  // ACTA_TAGGER_WORD_TAGS_H_
