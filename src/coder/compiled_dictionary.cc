#include "coder/compiled_dictionary.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace acta::coder {
namespace {

// Words a phrase written with blanks may skip between two of its words
// ("AL GORE" matches Al "The Weasel" Gore). TABARI sets no bound; an unbounded
// skip lets "DURTHANG ORC" swallow a whole clause of real text.
constexpr uint32_t kMaxGap = 4;

constexpr std::array<std::string_view, 3> kNounEndings = {"S", "'S", "'"};
constexpr std::array<std::string_view, 5> kVerbEndings = {"S", "ES", "ED", "EN", "ING"};
// The most letters a whole word's regular ending adds: a doubled consonant
// and -ING ("STOP" / "STOPPING").
constexpr size_t kMaxEnding = 4;

// Bit of a word's first n letters in a 64-bit filter.
uint64_t PrefixBit(std::string_view word, size_t n) {
  uint64_t h = 0;
  for (size_t k = 0; k < n; ++k) h = h * 131 + static_cast<unsigned char>(word[k]);
  return uint64_t{1} << ((h * 0x9E3779B97F4A7C15ull) >> 58);
}

uint32_t CountAlnum(std::string_view s) {
  uint32_t n = 0;
  for (char c : s) n += std::isalnum(static_cast<unsigned char>(c)) ? 1 : 0;
  return n;
}

// The coder's words never hold a hyphen (TABARI reads "al-Qaeda" as AL
// QAEDA), so a dictionary word written with one ("AL-QAEDA", kept whole by
// PETRARCH's files) becomes its parts, each joined to the next.
void SplitHyphens(dict::Phrase* p) {
  dict::Phrase out;
  bool changed = false;
  for (dict::PhraseWord& w : *p) {
    for (dict::Phrase& alt : w.alternatives) SplitHyphens(&alt);
    if (w.kind != dict::PhraseWord::Kind::kWord || w.text.find('-') == std::string::npos) {
      out.push_back(w);
      continue;
    }
    changed = true;
    size_t start = 0;
    std::vector<std::string> parts;
    while (start <= w.text.size()) {
      size_t dash = w.text.find('-', start);
      if (dash == std::string::npos) dash = w.text.size();
      if (dash > start) parts.push_back(w.text.substr(start, dash - start));
      start = dash + 1;
    }
    for (size_t k = 0; k < parts.size(); ++k) {
      dict::PhraseWord part = w;
      part.text = parts[k];
      if (k + 1 < parts.size()) {
        part.stem = false;
        part.adjacent_next = true;
      }
      out.push_back(std::move(part));
    }
  }
  if (changed) *p = std::move(out);
}

}  // namespace

uint32_t PatternLength(const dict::Phrase& p) {
  uint32_t n = 0;
  for (const dict::PhraseWord& w : p) {
    switch (w.kind) {
      case dict::PhraseWord::Kind::kWord:
        n += CountAlnum(w.text);
        break;
      case dict::PhraseWord::Kind::kAlternatives:
      case dict::PhraseWord::Kind::kNounPhrase:
      case dict::PhraseWord::Kind::kPrepPhrase: {
        uint32_t best = 0;
        for (const dict::Phrase& alt : w.alternatives) best = std::max(best, PatternLength(alt));
        n += best;
        break;
      }
      default:
        break;
    }
  }
  return n;
}

bool CompiledDictionary::WordMatches(const dict::PhraseWord& pw, std::string_view w,
                                     Endings endings) {
  if (pw.text.empty()) return false;
  if (!w.starts_with(pw.text)) {
    // Regular verbs drop a final E before -ING ("DEPLORE_" / "DEPLORING") and
    // turn a final Y into -IED / -IES ("DENY_" / "DENIED").
    if (endings != Endings::kVerb || pw.stem || !pw.endings || pw.text.size() < 2) return false;
    const std::string_view base = std::string_view(pw.text).substr(0, pw.text.size() - 1);
    if (!w.starts_with(base)) return false;
    const std::string_view rest = w.substr(base.size());
    if (pw.text.back() == 'E') return rest == "ING";
    if (pw.text.back() == 'Y') return rest == "IED" || rest == "IES";
    return false;
  }
  if (pw.stem || w.size() == pw.text.size()) return true;
  if (endings == Endings::kNone || !pw.endings) return false;
  std::string_view rest = w.substr(pw.text.size());
  if (endings == Endings::kVerb) {
    if (std::find(kVerbEndings.begin(), kVerbEndings.end(), rest) != kVerbEndings.end())
      return true;
    // "DEPLORE_" + D; a doubled final consonant: "STOP_" / "STOPPED", "STOPPING".
    if (pw.text.back() == 'E' && rest == "D") return true;
    return rest.size() >= 3 && rest[0] == pw.text.back() &&
           (rest.substr(1) == "ED" || rest.substr(1) == "ING");
  }
  return std::find(kNounEndings.begin(), kNounEndings.end(), rest) != kNounEndings.end();
}

std::shared_ptr<const CompiledDictionary> CompiledDictionary::Compile(dict::Dictionary d) {
  std::shared_ptr<CompiledDictionary> c(new CompiledDictionary());
  c->dict_ = std::move(d);
  for (dict::ActorEntry& a : c->dict_.actors)
    for (dict::Phrase& p : a.phrases) SplitHyphens(&p);
  for (dict::AgentEntry& a : c->dict_.agents)
    for (dict::Phrase& p : a.phrases) SplitHyphens(&p);
  for (dict::Phrase& p : c->dict_.nouns) SplitHyphens(&p);
  for (dict::Phrase& p : c->dict_.adjectives) SplitHyphens(&p);
  for (dict::DiscardEntry& e : c->dict_.discards) SplitHyphens(&e.phrase);
  for (dict::VerbEntry& v : c->dict_.verbs) {
    SplitHyphens(&v.root);
    for (dict::Phrase& f : v.forms) SplitHyphens(&f);
    for (dict::VerbPattern& pat : v.patterns) SplitHyphens(&pat.phrase);
  }
  for (dict::Synset& syn : c->dict_.synsets)
    for (dict::Phrase& p : syn.phrases) SplitHyphens(&p);
  const dict::Dictionary& dd = c->dict_;
  std::vector<BuildNode> trie(1);
  auto index = [&c, &trie](const dict::Phrase& p, PhraseRef ref) { c->Index(p, ref, &trie); };
  for (uint32_t i = 0; i < dd.actors.size(); ++i)
    for (uint32_t j = 0; j < dd.actors[i].phrases.size(); ++j)
      index(dd.actors[i].phrases[j], {PhraseClass::kActor, i, j});
  for (uint32_t i = 0; i < dd.agents.size(); ++i)
    for (uint32_t j = 0; j < dd.agents[i].phrases.size(); ++j)
      index(dd.agents[i].phrases[j], {PhraseClass::kAgent, i, j});
  for (uint32_t i = 0; i < dd.nouns.size(); ++i) index(dd.nouns[i], {PhraseClass::kNoun, i, 0});
  for (uint32_t i = 0; i < dd.adjectives.size(); ++i)
    index(dd.adjectives[i], {PhraseClass::kAdjective, i, 0});
  for (uint32_t i = 0; i < dd.discards.size(); ++i)
    index(dd.discards[i].phrase, {PhraseClass::kDiscard, i, 0});
  for (uint32_t i = 0; i < dd.time_shifts.size(); ++i)
    index(dd.time_shifts[i].phrase, {PhraseClass::kTime, i, 0});
  c->pattern_order_.resize(dd.verbs.size());
  for (uint32_t i = 0; i < dd.verbs.size(); ++i) {
    const dict::VerbEntry& v = dd.verbs[i];
    index(v.root, {PhraseClass::kVerb, i, 0});
    for (uint32_t j = 0; j < v.forms.size(); ++j) index(v.forms[j], {PhraseClass::kVerb, i, j + 1});
    std::vector<uint32_t>& order = c->pattern_order_[i];
    for (uint32_t k = 0; k < v.patterns.size(); ++k) order.push_back(k);
    std::stable_sort(order.begin(), order.end(), [&v](uint32_t a, uint32_t b) {
      return PatternLength(v.patterns[a].phrase) > PatternLength(v.patterns[b].phrase);
    });
  }
  // Filters in the order patterns are tried, so the loop over them reads one
  // array front to back.
  c->pattern_filter_.resize(dd.verbs.size());
  for (uint32_t i = 0; i < dd.verbs.size(); ++i) {
    for (uint32_t k : c->pattern_order_[i]) {
      WordFilter need;
      for (const dict::PhraseWord& w : dd.verbs[i].patterns[k].phrase)
        if (w.kind == dict::PhraseWord::Kind::kWord) need.AddPatternWord(w.text);
      c->pattern_filter_[i].push_back(need);
    }
  }
  c->pattern_entry_.resize(dd.verbs.size());
  std::unordered_map<std::string, uint32_t> block_patterns;  // block -> entry holding its patterns
  for (uint32_t i = 0; i < dd.verbs.size(); ++i)
    if (!dd.verbs[i].block.empty() && !dd.verbs[i].patterns.empty())
      block_patterns.emplace(dd.verbs[i].block, i);
  for (uint32_t i = 0; i < dd.verbs.size(); ++i) {
    c->pattern_entry_[i] = i;
    if (dd.verbs[i].patterns.empty() && !dd.verbs[i].block.empty()) {
      auto it = block_patterns.find(dd.verbs[i].block);
      if (it != block_patterns.end()) c->pattern_entry_[i] = it->second;
    }
  }
  for (const dict::Synset& set : dd.synsets) {
    SynsetIndex index;
    index.set = &set;
    for (uint32_t m = 0; m < set.phrases.size(); ++m) {
      const dict::Phrase& member = set.phrases[m];
      if (member.empty()) continue;
      if (member[0].kind != dict::PhraseWord::Kind::kWord) {
        index.special.push_back(m);
      } else if (!member[0].text.empty()) {
        index.by_first.emplace_back(member[0].text, m);
        index.first_lengths |= uint32_t{1} << std::min<size_t>(member[0].text.size(), 31);
      }
    }
    std::sort(index.by_first.begin(), index.by_first.end());
    c->synsets_.emplace(set.name, std::move(index));
  }
  c->Freeze(std::move(trie));
  return c;
}

void CompiledDictionary::Freeze(std::vector<BuildNode> trie) {
  trie_.resize(trie.size());
  for (size_t n = 0; n < trie.size(); ++n) {
    BuildNode& b = trie[n];
    TrieNode& node = trie_[n];
    node.edges = static_cast<uint32_t>(edge_chars_.size());
    node.edge_count = static_cast<uint32_t>(b.children.size());
    for (const auto& [ch, child] : b.children) {
      edge_chars_.push_back(ch);
      edge_nodes_.push_back(child);
    }
    if (b.candidates.empty()) continue;
    node.phrases = static_cast<int32_t>(node_phrases_.size());
    NodePhrases& np = node_phrases_.emplace_back();
    np.all = std::move(b.candidates);
    for (const Candidate& cand : np.all) {
      CandidateSet& set = PhraseOf(cand.ref)[0].stem ? np.stems : np.whole;
      // Verbs may change their second word's final E or Y: keep them apart.
      if (cand.second != nullptr && cand.ref.cls != PhraseClass::kVerb)
        set.by_second.push_back(cand);
      else
        set.others.push_back(cand);
    }
    for (CandidateSet* set : {&np.stems, &np.whole}) {
      std::stable_sort(
          set->by_second.begin(), set->by_second.end(),
          [](const Candidate& a, const Candidate& b) { return a.second->text < b.second->text; });
      for (const Candidate& cand : set->by_second) {
        const std::string& second = cand.second->text;
        set->second_lengths |= uint32_t{1} << std::min<size_t>(second.size(), 31);
        if (second.size() >= 2) set->second_starts |= PrefixBit(second, 2);
      }
    }
  }
}

uint32_t CompiledDictionary::Child(uint32_t node, char ch) const {
  const TrieNode& n = trie_[node];
  const char* begin = edge_chars_.data() + n.edges;
  const char* end = begin + n.edge_count;
  const char* it = std::lower_bound(begin, end, ch);
  return it == end || *it != ch ? 0 : edge_nodes_[n.edges + static_cast<size_t>(it - begin)];
}

void CompiledDictionary::Index(const dict::Phrase& p, PhraseRef ref, std::vector<BuildNode>* trie) {
  if (p.empty()) return;
  Candidate c{ref, nullptr};
  if (p.size() > 1 && p[0].adjacent_next && p[1].kind == dict::PhraseWord::Kind::kWord &&
      !p[1].text.empty())
    c.second = &p[1];
  if (p[0].kind == dict::PhraseWord::Kind::kWord) {
    if (p[0].text.empty()) return;
    uint32_t node = 0;
    for (char ch : p[0].text) {
      auto& kids = (*trie)[node].children;
      auto it =
          std::lower_bound(kids.begin(), kids.end(), ch,
                           [](const std::pair<char, uint32_t>& a, char b) { return a.first < b; });
      if (it != kids.end() && it->first == ch) {
        node = it->second;
        continue;
      }
      const auto next = static_cast<uint32_t>(trie->size());
      kids.insert(it, {ch, next});
      trie->emplace_back();  // `kids` is not used again: the vector may move
      node = next;
    }
    (*trie)[node].candidates.push_back(c);
  } else if (p[0].kind == dict::PhraseWord::Kind::kSynset ||
             p[0].kind == dict::PhraseWord::Kind::kAlternatives) {
    leading_special_.push_back(c);
  }
}

void WordFilter::AddTextWord(std::string_view word) {
  if (word.size() >= 2) two |= PrefixBit(word, 2);
  if (word.size() >= 3) three |= PrefixBit(word, 3);
}

void WordFilter::AddPatternWord(std::string_view word) {
  // Words of fewer than two letters say nothing; a verb of three ("SPY")
  // may keep only two of them in the text ("SPIED").
  if (word.size() >= 2) two |= PrefixBit(word, 2);
  if (word.size() >= 4) three |= PrefixBit(word, 3);
}

const CompiledDictionary::NodePhrases* CompiledDictionary::FindPhrases(
    std::string_view word) const {
  uint32_t node = 0;
  for (char ch : word)
    if ((node = Child(node, ch)) == 0) return nullptr;
  const int32_t phrases = trie_[node].phrases;
  return phrases < 0 ? nullptr : &node_phrases_[static_cast<size_t>(phrases)];
}

const dict::Phrase& CompiledDictionary::PhraseOf(const PhraseRef& r) const {
  switch (r.cls) {
    case PhraseClass::kActor:
      return dict_.actors[r.entry].phrases[r.phrase];
    case PhraseClass::kAgent:
      return dict_.agents[r.entry].phrases[r.phrase];
    case PhraseClass::kNoun:
      return dict_.nouns[r.entry];
    case PhraseClass::kAdjective:
      return dict_.adjectives[r.entry];
    case PhraseClass::kTime:
      return dict_.time_shifts[r.entry].phrase;
    case PhraseClass::kDiscard:
      return dict_.discards[r.entry].phrase;
    case PhraseClass::kVerb:
      break;
  }
  const dict::VerbEntry& v = dict_.verbs[r.entry];
  return r.phrase == 0 ? v.root : v.forms[r.phrase - 1];
}

const CompiledDictionary::SynsetIndex* CompiledDictionary::FindSynset(std::string_view name) const {
  auto it = synsets_.find(name);
  return it == synsets_.end() ? nullptr : &it->second;
}

bool CompiledDictionary::MatchElement(const dict::PhraseWord& pw,
                                      const std::vector<CoderWord>& words, uint32_t i,
                                      uint32_t limit, Endings endings, uint32_t* next,
                                      uint32_t* chars) const {
  switch (pw.kind) {
    case dict::PhraseWord::Kind::kWord:
      if (!WordMatches(pw, words[i].text, endings)) return false;
      *next = i + 1;
      *chars = CountAlnum(pw.text);
      return true;
    case dict::PhraseWord::Kind::kSynset:
      if (const SynsetIndex* s = FindSynset(pw.text))
        return MatchSynset(*s, words, i, limit, next, chars);
      return false;
    case dict::PhraseWord::Kind::kAlternatives:
    case dict::PhraseWord::Kind::kNounPhrase:
    case dict::PhraseWord::Kind::kPrepPhrase:
      for (const dict::Phrase& alt : pw.alternatives)
        if (MatchPhrase(alt, words, i, limit, endings, next, chars)) return true;
      return false;
    default:
      return false;  // actor and verb tokens belong to verb patterns only
  }
}

bool CompiledDictionary::MatchSynset(const SynsetIndex& s, const std::vector<CoderWord>& words,
                                     uint32_t i, uint32_t limit, uint32_t* next,
                                     uint32_t* chars) const {
  // The phrases whose first word is a prefix of word i, and those starting
  // with a set or alternatives: the first of them in the set's order that
  // matches wins.
  std::array<uint32_t, 32> tries{};
  size_t n = 0;
  bool overflow = false;
  auto add = [&tries, &n, &overflow](uint32_t m) {
    if (n < tries.size())
      tries[n++] = m;
    else
      overflow = true;
  };
  for (uint32_t m : s.special) add(m);
  const std::string_view w = words[i].text;
  for (size_t len = 1; len <= w.size(); ++len) {
    if ((s.first_lengths & (uint32_t{1} << std::min<size_t>(len, 31))) == 0) continue;
    const std::string_view prefix = w.substr(0, len);
    auto it = std::lower_bound(s.by_first.begin(), s.by_first.end(), prefix,
                               [](const std::pair<std::string_view, uint32_t>& a,
                                  std::string_view b) { return a.first < b; });
    for (; it != s.by_first.end() && it->first == prefix; ++it) add(it->second);
  }
  const std::vector<dict::Phrase>& members = s.set->phrases;
  if (overflow) {  // too many to sort: try every phrase
    for (const dict::Phrase& member : members)
      if (MatchPhrase(member, words, i, limit, Endings::kNone, next, chars)) return true;
    return false;
  }
  std::sort(tries.begin(), tries.begin() + static_cast<std::ptrdiff_t>(n));
  for (size_t k = 0; k < n; ++k)
    if (MatchPhrase(members[tries[k]], words, i, limit, Endings::kNone, next, chars)) return true;
  return false;
}

bool CompiledDictionary::MatchPhrase(const dict::Phrase& p, const std::vector<CoderWord>& words,
                                     uint32_t at, uint32_t limit, Endings endings, uint32_t* end,
                                     uint32_t* chars) const {
  uint32_t pos = at;
  uint32_t matched_chars = 0;
  bool adjacent = true;  // the first element must match at `at`
  for (size_t k = 0; k < p.size(); ++k) {
    const dict::PhraseWord& pw = p[k];
    // Regular endings: on every word of a verb, on the last word of a noun.
    const Endings here = endings == Endings::kVerb ? Endings::kVerb
                         : k + 1 == p.size()       ? endings
                                                   : Endings::kNone;
    bool found = false;
    const uint32_t last_place = std::min(limit, pos + (adjacent ? 1 : kMaxGap + 1));
    for (uint32_t i = pos; i < last_place; ++i) {
      if (words[i].text == ",") break;  // matching never crosses a comma
      uint32_t next = i + 1, got = 0;
      if (MatchElement(pw, words, i, limit, here, &next, &got)) {
        pos = next;
        matched_chars += got;
        found = true;
        break;
      }
      if (adjacent) break;  // no skipping allowed before this element
    }
    if (!found) return false;
    adjacent = pw.adjacent_next;
  }
  *end = pos;
  *chars = matched_chars;
  return true;
}

void CompiledDictionary::TryCandidate(const Candidate& c, const std::vector<CoderWord>& words,
                                      uint32_t at, uint32_t limit,
                                      std::vector<PhraseMatch>* out) const {
  if (c.second != nullptr) {
    // The next word must at least begin like the phrase's second word (a
    // verb's final E or Y may have changed: compare without it).
    if (at + 1 >= limit) return;
    std::string_view need = c.second->text;
    if (c.ref.cls == PhraseClass::kVerb && need.size() > 2 &&
        (need.back() == 'E' || need.back() == 'Y'))
      need.remove_suffix(1);
    if (!std::string_view(words[at + 1].text).starts_with(need)) return;
  }
  uint32_t end = 0, chars = 0;
  const dict::Phrase& p = PhraseOf(c.ref);
  const Endings endings = c.ref.cls == PhraseClass::kVerb ? Endings::kVerb : Endings::kNounLast;
  if (MatchPhrase(p, words, at, limit, endings, &end, &chars)) {
    uint32_t exact = 0;
    for (const dict::PhraseWord& pw : p) exact += pw.stem ? 0 : 1;
    out->push_back(PhraseMatch{c.ref, at, end, chars, exact});
  }
}

void CompiledDictionary::TryCandidates(const CandidateSet& set, const std::vector<CoderWord>& words,
                                       uint32_t at, uint32_t limit,
                                       std::vector<PhraseMatch>* out) const {
  for (const Candidate& c : set.others) TryCandidate(c, words, at, limit, out);
  if (set.by_second.empty() || at + 1 >= limit) return;
  // Candidates whose second word is a prefix of the next text word.
  const std::string_view next = words[at + 1].text;
  if ((set.second_lengths & 2) == 0 &&
      (next.size() < 2 || (set.second_starts & PrefixBit(next, 2)) == 0))
    return;
  auto less = [](const Candidate& c, std::string_view w) { return c.second->text < w; };
  for (size_t len = 1; len <= next.size(); ++len) {
    if ((set.second_lengths & (uint32_t{1} << std::min<size_t>(len, 31))) == 0) continue;
    const std::string_view prefix = next.substr(0, len);
    auto it = std::lower_bound(set.by_second.begin(), set.by_second.end(), prefix, less);
    for (; it != set.by_second.end() && it->second->text == prefix; ++it)
      TryCandidate(*it, words, at, limit, out);
  }
}

void CompiledDictionary::MatchAt(const std::vector<CoderWord>& words, uint32_t at, uint32_t limit,
                                 std::vector<PhraseMatch>* out) const {
  const std::string& w = words[at].text;
  // Every dictionary first word that is a prefix of w, shortest first.
  uint32_t node = 0;
  for (size_t depth = 1; depth <= w.size(); ++depth) {
    if ((node = Child(node, w[depth - 1])) == 0) break;
    const int32_t phrases = trie_[node].phrases;
    if (phrases < 0) continue;
    const NodePhrases& np = node_phrases_[static_cast<size_t>(phrases)];
    TryCandidates(np.stems, words, at, limit, out);
    if (w.size() - depth <= kMaxEnding) TryCandidates(np.whole, words, at, limit, out);
  }
  // Verbs whose final E or Y the text word changed: "DEPLORING" -> "DEPLORE".
  std::string base;
  for (std::string_view suffix : {"ING", "IED", "IES"}) {
    if (w.size() > suffix.size() + 1 && std::string_view(w).ends_with(suffix)) {
      base.assign(w, 0, w.size() - suffix.size());
      base += suffix == "ING" ? 'E' : 'Y';
      const NodePhrases* n = FindPhrases(base);
      if (n == nullptr) continue;
      for (const Candidate& c : n->all)
        if (c.ref.cls == PhraseClass::kVerb) TryCandidate(c, words, at, limit, out);
    }
  }
  for (const Candidate& c : leading_special_) TryCandidate(c, words, at, limit, out);
}

}  // namespace acta::coder
