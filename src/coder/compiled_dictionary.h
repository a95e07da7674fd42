// A Dictionary compiled once for coding: every actor, agent, noun, adjective,
// verb and time phrase indexed by its first word, verb patterns sorted by
// TABARI's length rule, synonym sets by name. Immutable after Compile and
// safe to share across threads.
#ifndef ACTA_CODER_COMPILED_DICTIONARY_H_
#define ACTA_CODER_COMPILED_DICTIONARY_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "coder/coder_words.h"
#include "dict/dictionary.h"

namespace acta::coder {

enum class PhraseClass : uint8_t { kActor, kAgent, kNoun, kAdjective, kVerb, kTime, kDiscard };

// Which regular endings a whole-word dictionary word also matches (TABARI
// 5.2.3): nouns, actors and agents take -S and -'S on their last word; verbs
// and the words of verb patterns take -S, -ED, -ES, -EN and -ING.
enum class Endings : uint8_t { kNone, kNounLast, kVerb };

// One phrase that can start a match: which entry of which class, and which
// of its phrases.
struct PhraseRef {
  PhraseClass cls;
  uint32_t entry;   // index into the Dictionary's vector for `cls`
  uint32_t phrase;  // index into that entry's phrases (verbs: 0 = root, 1.. = forms)
};

// A phrase found in the text: words [begin, end) with `chars` letters matched.
struct PhraseMatch {
  PhraseRef ref{};
  uint32_t begin = 0, end = 0;
  uint32_t chars = 0;
  uint32_t exact = 0;  // words matched whole, for ties
};

class CompiledDictionary {
 public:
  static std::shared_ptr<const CompiledDictionary> Compile(dict::Dictionary dictionary);

  const dict::Dictionary& dictionary() const { return dict_; }
  const dict::Phrase& PhraseOf(const PhraseRef& ref) const;

  // Every phrase of any class that matches the text starting at word `at`,
  // without crossing `limit`.
  void MatchAt(const std::vector<CoderWord>& words, uint32_t at, uint32_t limit,
               std::vector<PhraseMatch>* out) const;

  // Patterns of verb `entry`, longest first (TABARI's order).
  const std::vector<uint32_t>& PatternOrder(uint32_t entry) const {
    return pattern_order_[pattern_entry_[entry]];
  }
  // The verb entry whose patterns `entry` uses: its own, or for a PETRARCH
  // block ("--- CONFISCATE [171] ---" with CONFISCATE and WIRE_+TAP) the
  // block's, which every root of the block shares.
  uint32_t PatternEntry(uint32_t entry) const { return pattern_entry_[entry]; }
  // 64-bit filters of the literal words each pattern of verb `entry` needs,
  // in PatternOrder(entry)'s order: a bit per word's first two letters. A
  // sentence lacking one of a pattern's bits cannot match it.
  const std::vector<uint64_t>& PatternSignatures(uint32_t entry) const {
    return pattern_sig_[pattern_entry_[entry]];
  }
  static uint64_t WordSignature(std::string_view word);
  const dict::Synset* FindSynset(std::string_view name) const;

  // Matches phrase `p` with its first word at `at`; words other than commas
  // may be skipped between elements that are not joined, up to `limit`. Returns false when it
  // does not match; on success sets *end (one past the last word) and *chars.
  bool MatchPhrase(const dict::Phrase& p, const std::vector<CoderWord>& words, uint32_t at,
                   uint32_t limit, Endings endings, uint32_t* end, uint32_t* chars) const;

  // Matches one element (a word, a synonym set or a set of alternatives)
  // starting at word i; sets *next (one past its last word) and *chars.
  bool MatchElement(const dict::PhraseWord& pw, const std::vector<CoderWord>& words, uint32_t i,
                    uint32_t limit, Endings endings, uint32_t* next, uint32_t* chars) const;

  // Whether text word `w` matches dictionary word `pw` (stem, whole word, or
  // whole word plus one of the regular endings `endings` allows).
  static bool WordMatches(const dict::PhraseWord& pw, std::string_view w, Endings endings);

 private:
  CompiledDictionary() = default;
  void Index(const dict::Phrase& p, PhraseRef ref);

  // A phrase that can start at a word, with what a cheap check needs: the
  // second word when it must follow the first directly.
  struct Candidate {
    PhraseRef ref;
    const dict::PhraseWord* second = nullptr;
  };
  // First words in a character trie: walking a text word's letters visits
  // every dictionary word that is a prefix of it, in one pass.
  struct TrieNode {
    std::vector<std::pair<char, uint32_t>> children;  // sorted by char
    std::vector<Candidate> candidates;                // phrases whose first word ends here
    // Of those, the ones whose second word must follow directly, sorted by
    // that word (a text word's prefixes are found by binary search), and the
    // rest, tried one by one.
    std::vector<Candidate> by_second;
    std::vector<Candidate> others;
  };
  void TryNode(const TrieNode& node, const std::vector<CoderWord>& words, uint32_t at,
               uint32_t limit, std::vector<PhraseMatch>* out) const;
  const TrieNode* FindNode(std::string_view word) const;
  void TryCandidate(const Candidate& c, const std::vector<CoderWord>& words, uint32_t at,
                    uint32_t limit, std::vector<PhraseMatch>* out) const;

  dict::Dictionary dict_;
  std::vector<TrieNode> trie_{1};
  std::vector<Candidate> leading_special_;  // phrases starting with a synset or alternatives
  std::vector<std::vector<uint32_t>> pattern_order_;
  std::vector<uint32_t> pattern_entry_;
  std::vector<std::vector<uint64_t>> pattern_sig_;
  std::unordered_map<std::string, uint32_t> synsets_;
};

// TABARI's pattern length: letters and digits of the literal words, counting
// only the longest alternative of a set.
uint32_t PatternLength(const dict::Phrase& p);

}  // namespace acta::coder

#endif  // ACTA_CODER_COMPILED_DICTIONARY_H_
