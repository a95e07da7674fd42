#include "sentence/abbreviations.h"

#include <algorithm>
#include <string>
#include <vector>

#include "token/char_class.h"

namespace acta {
namespace {

#include "sentence/abbreviations.inc"

// Capitalised function words that open sentences. A word here after "U.S." or
// "Inc." means a new sentence; none of them plausibly follows a title or an
// initial inside a name. "And" and "To" are left out: in news text they are
// more often a mis-capitalised continuation ("the U.S. And Japan") than a
// sentence opener.
constexpr std::string_view kSentenceStarters[] = {
    "A",       "After", "All",   "Also",    "An",    "As",    "At",    "Because", "Before",
    "Both",    "But",   "By",    "Earlier", "For",   "He",    "Her",   "His",     "How",
    "However", "I",     "If",    "In",      "It",    "Its",   "Last",  "Later",   "Meanwhile",
    "Most",    "Now",   "On",    "Our",     "She",   "Since", "Some",  "That",    "The",
    "Their",   "Then",  "There", "These",   "They",  "This",  "Those", "Though",  "Thus",
    "Under",   "We",    "What",  "When",    "Where", "Which", "While", "Who",     "Why",
    "With",    "Yet",   "You",
};

std::string ToUpperAscii(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return out;
}

class SortedWords {
 public:
  template <size_t N>
  SortedWords(const std::string_view (&words)[N], bool add_upper) {
    Add(words, add_upper);
  }
  template <size_t N, size_t M>
  SortedWords(const std::string_view (&words)[N], const std::string_view (&more)[M],
              bool add_upper) {
    Add(words, add_upper);
    Add(more, add_upper);
  }

  bool Contains(std::string_view w) const {
    auto it = std::lower_bound(words_.begin(), words_.end(), w,
                               [](const std::string& a, std::string_view b) { return a < b; });
    return it != words_.end() && *it == w;
  }

 private:
  template <size_t N>
  void Add(const std::string_view (&words)[N], bool add_upper) {
    for (std::string_view w : words) {
      words_.emplace_back(w);
      if (add_upper) words_.push_back(ToUpperAscii(w));
    }
    std::sort(words_.begin(), words_.end());
    words_.erase(std::unique(words_.begin(), words_.end()), words_.end());
  }

  std::vector<std::string> words_;
};

}  // namespace

bool IsPrefixAbbreviation(std::string_view word) {
  if (word.empty() || word.size() > 8) return false;
  static const SortedWords* const kTable =
      new SortedWords(kPrefixAbbreviations, /*add_upper=*/true);
  return kTable->Contains(word);
}

bool IsListedAbbreviation(std::string_view word) {
  if (word.empty() || word.size() > 8) return false;
  static const SortedWords* const kTable =
      new SortedWords(kPrefixAbbreviations, kOtherAbbreviations, /*add_upper=*/true);
  return kTable->Contains(word);
}

bool IsInitials(std::string_view word) {
  size_t group = 0;  // letters in the current group
  size_t groups = 0;
  for (size_t i = 0; i < word.size();) {
    DecodedChar c = DecodeAt(word, i);
    i += c.len;
    if (c.cp == '.') {
      if (group == 0) return false;
      ++groups;
      group = 0;
    } else if (IsLetter(c.cp)) {
      if (++group > 2) return false;
    } else {
      return false;
    }
  }
  if (group == 0) return false;  // empty, or ends with a period
  ++groups;
  if (groups == 1) return DecodeAt(word, 0).len == word.size();  // a single letter
  return true;
}

bool IsAbbreviation(std::string_view word) {
  return IsListedAbbreviation(word) || IsInitials(word);
}

bool IsSentenceStarter(std::string_view word) {
  if (word.empty() || word.size() > 9) return false;
  static const SortedWords* const kTable = new SortedWords(kSentenceStarters, /*add_upper=*/false);
  return kTable->Contains(word);
}

}  // namespace acta
