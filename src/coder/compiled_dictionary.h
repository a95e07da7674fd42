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

// A filter of the words a sentence has or a pattern needs: a bit for each
// word's first two letters and one for its first three. A sentence lacking
// one of a pattern's bits cannot match it.
struct WordFilter {
  uint64_t two = 0, three = 0;
  // A word of the sentence.
  void AddTextWord(std::string_view word);
  // A literal word of a pattern, which matches text words that begin with it
  // (or, for a verb, with all of it but a final E or Y).
  void AddPatternWord(std::string_view word);
  bool Lacks(const WordFilter& need) const {
    return ((need.two & ~two) | (need.three & ~three)) != 0;
  }
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
  // Filters of the literal words each pattern of verb `entry` needs, in
  // PatternOrder(entry)'s order.
  const std::vector<WordFilter>& PatternFilters(uint32_t entry) const {
    return pattern_filter_[pattern_entry_[entry]];
  }

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

  // A phrase that can start at a word, with what a cheap check needs: the
  // second word when it must follow the first directly.
  struct Candidate {
    PhraseRef ref;
    const dict::PhraseWord* second = nullptr;
  };
  // Phrases whose first word ends at a trie node: those whose second word
  // must follow directly, sorted by that word (a text word's prefixes are
  // found by binary search), and the rest, tried one by one.
  struct CandidateSet {
    std::vector<Candidate> by_second;
    std::vector<Candidate> others;
    uint32_t second_lengths = 0;  // bit n: some second word has n letters (31: 31 or more)
    uint64_t second_starts = 0;   // a bit per second word's first two letters
  };
  struct NodePhrases {
    std::vector<Candidate> all;
    // The same split by first word: stems match any longer text word; whole
    // words only one longer by a regular ending (at most kMaxEnding letters).
    CandidateSet stems, whole;
  };
  // First words in a character trie: walking a text word's letters visits
  // every dictionary word that is a prefix of it, in one pass. Nodes are
  // small and their edges contiguous, since most of a walk passes nodes where
  // no word ends.
  struct TrieNode {
    uint32_t edges = 0;       // its first edge in edge_chars_ / edge_nodes_
    uint32_t edge_count = 0;  // edges are sorted by character
    int32_t phrases = -1;     // into node_phrases_; -1 when no first word ends here
  };
  // The trie while phrases are added.
  struct BuildNode {
    std::vector<std::pair<char, uint32_t>> children;  // sorted by char
    std::vector<Candidate> candidates;
  };
  void Index(const dict::Phrase& p, PhraseRef ref, std::vector<BuildNode>* trie);
  void Freeze(std::vector<BuildNode> trie);
  // The child of `node` by `ch`, or 0 (the root is nobody's child).
  uint32_t Child(uint32_t node, char ch) const;
  void TryCandidates(const CandidateSet& set, const std::vector<CoderWord>& words, uint32_t at,
                     uint32_t limit, std::vector<PhraseMatch>* out) const;
  const NodePhrases* FindPhrases(std::string_view word) const;
  void TryCandidate(const Candidate& c, const std::vector<CoderWord>& words, uint32_t at,
                    uint32_t limit, std::vector<PhraseMatch>* out) const;

  dict::Dictionary dict_;
  std::vector<TrieNode> trie_;
  std::vector<char> edge_chars_;
  std::vector<uint32_t> edge_nodes_;
  std::vector<NodePhrases> node_phrases_;
  std::vector<Candidate> leading_special_;  // phrases starting with a synset or alternatives
  std::vector<std::vector<uint32_t>> pattern_order_;
  std::vector<uint32_t> pattern_entry_;
  std::vector<std::vector<WordFilter>> pattern_filter_;
  // A synonym set with its phrases by first word (sorted), so that only the
  // phrases whose first word begins a text word are tried; phrases starting
  // with a set or alternatives are always tried.
  struct SynsetIndex {
    const dict::Synset* set = nullptr;
    std::vector<std::pair<std::string_view, uint32_t>> by_first;
    std::vector<uint32_t> special;
    uint32_t first_lengths = 0;  // bit n: some first word has n letters (31: 31 or more)
  };
  const SynsetIndex* FindSynset(std::string_view name) const;
  // Matches the first phrase of synonym set `s` (in the set's order) that
  // matches at word i.
  bool MatchSynset(const SynsetIndex& s, const std::vector<CoderWord>& words, uint32_t i,
                   uint32_t limit, uint32_t* next, uint32_t* chars) const;
  std::unordered_map<std::string_view, SynsetIndex> synsets_;  // by name
};

// TABARI's pattern length: letters and digits of the literal words, counting
// only the longest alternative of a set.
uint32_t PatternLength(const dict::Phrase& p);

}  // namespace acta::coder

#endif  // ACTA_CODER_COMPILED_DICTIONARY_H_
