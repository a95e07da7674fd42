// Gazetteer lists for named-entity features: which tokens of a sentence lie in
// a known country, city, organisation, person name... The lists are plain text
// in data/lexicon/, one entry per line in CoNLL tokenisation.
#ifndef ACTA_LEXICON_LEXICON_H_
#define ACTA_LEXICON_LEXICON_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "acta/status.h"

namespace acta {

// Immutable after Load; Match may be called from many threads at once.
class Lexicon {
 public:
  static constexpr int kMaxLists = 32;

  // Loads every "*.txt" file of `dir` as one list named by the file stem; lists
  // are numbered in sorted file-name order. File format: UTF-8, one entry per
  // line, tokens separated by single spaces; lines starting with '#' and blank
  // lines are ignored. Errors: NotFound when `dir` cannot be listed or holds no
  // list, InvalidArgument for more than kMaxLists lists, IoError for an
  // unreadable file, Corrupt "file:line: message" for a malformed line (bad
  // UTF-8, control characters, leading, trailing or double spaces, an entry
  // repeated within its list).
  static Result<std::shared_ptr<const Lexicon>> Load(const std::string& dir);

  // Bits of a token's match mask for list `list`: the token begins a match, or
  // continues one.
  static constexpr uint64_t BeginBit(int list) { return uint64_t{1} << (2 * list); }
  static constexpr uint64_t InsideBit(int list) { return uint64_t{1} << (2 * list + 1); }

  // List names (file stems) in bit order.
  const std::vector<std::string>& ListNames() const { return names_; }
  // The index of list `name`, or -1.
  int ListIndex(std::string_view name) const;
  // Number of distinct entries of list `list`.
  size_t EntryCount(int list) const { return entry_counts_[list]; }

  // Replaces *out by one mask per token. For each list separately, matches are
  // chosen leftmost first and longest at each start, without overlap; the
  // first token of a match gets BeginBit(list), the others InsideBit(list).
  // An entry matches tokens spelled exactly as written, or, when every token
  // of the span has no lower-case letter ("JAPAN", "NEW YORK"), tokens equal
  // to the entry's upper-cased spelling.
  void Match(const std::vector<std::string_view>& tokens, std::vector<uint64_t>* out) const;

  ~Lexicon();

 private:
  class Trie;
  Lexicon();

  Status LoadList(const std::string& path, int list);

  std::vector<std::string> names_;
  std::vector<size_t> entry_counts_;
  std::unique_ptr<Trie> exact_;   // entries as written
  std::unique_ptr<Trie> folded_;  // entries upper-cased
};

}  // namespace acta

#endif  // ACTA_LEXICON_LEXICON_H_
