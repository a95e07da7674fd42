#include "dict/petrarch2_verbs.h"

#include <unordered_map>
#include <unordered_set>

#include "dict/petrarch_ini.h"

namespace acta::dict {
namespace {

bool IsCodeChar(char c) {
  return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '-' ||
         c == ':';
}

std::string_view StripLeading(std::string_view s, char c) {
  while (!s.empty() && s.front() == c) s.remove_prefix(1);
  return s;
}

std::string_view StripTrailing(std::string_view s, char c) {
  while (!s.empty() && s.back() == c) s.remove_suffix(1);
  return s;
}

// One tokenized pattern element before grouping.
struct Token {
  // kEnd is never produced: it is the "closer" of a whole pattern.
  enum Kind { kText, kOpenPrep, kClosePrep, kOpenNoun, kCloseNoun, kVerb, kEnd } kind = kText;
  std::string text;
  bool glue_before = false;  // '_' joined it to the previous token
};

// Groups deeper than this are refused (PETRARCH-2 itself reads no nesting
// beyond a noun phrase inside a prepositional phrase).
constexpr int kMaxGroupDepth = 4;

// How ParseElements stopped.
enum class Outcome { kClosed, kEnded, kError };

// Reads one file. Holds the state of the block and synset being read.
class Reader {
 public:
  Reader(std::string_view name, Dictionary* dict) : dict_(dict) {
    file_ = AddSourceFile(dict, std::string(name));
  }

  void Read(std::string_view contents);

 private:
  void Warn(uint32_t line, std::string message, bool repaired = false) {
    AddWarning(dict_, file_, line, std::move(message), repaired);
  }
  void Skip(uint32_t line, std::string message) {
    Warn(line, std::move(message));
    ++dict_->counts.skipped;
  }

  void ReadBlockHeader(const DictLine& line);
  void ReadSynsetHeader(const DictLine& line);
  void ReadSynsetMember(const DictLine& line);
  void ReadVerb(const DictLine& line);
  void ReadPattern(const DictLine& line);
  void ReadTransformation(const DictLine& line);
  void DropShadowedVerbs();
  void CheckReferences();

  // Takes the "[...]" code off the end of *text. Returns false when there is
  // none; repairs stray characters inside it.
  bool TakeCode(uint32_t line, std::string_view* text, std::string* code);
  // A verb root or form such as "RE_+ARREST": its words, head marked.
  // False (after a warning) when it cannot be read.
  bool ParseVerbWords(uint32_t line, std::string_view text, Phrase* phrase);
  // Groups tokens [*pos, end) into elements until a closing token.
  // kClosed when `closer` was met, kEnded at the end of the tokens, kError
  // (after a warning) when the pattern cannot be read.
  Outcome ParseElements(uint32_t line, const std::vector<Token>& tokens, size_t* pos,
                        Token::Kind closer, int depth, Phrase* out, int* verbs);

  Dictionary* dict_;
  uint32_t file_ = 0;
  enum class State { kNone, kSynset, kBlock } state_ = State::kNone;
  std::string block_name_, block_code_;
  size_t block_first_verb_ = 0;  // index into dict_->verbs of the block's first entry
  bool block_has_verb_ = false;
  size_t synset_ = 0;
  bool synset_plurals_ = true;
  std::unordered_map<std::string, size_t> synset_index_;
  std::unordered_map<std::string, size_t> verb_index_;  // root key -> dict_->verbs index
  std::vector<size_t> shadowed_;  // dict_->verbs indexes of verbs a later block took over
  size_t first_verb_ = 0, first_synset_ = 0, first_transformation_ = 0;
};

void Reader::Read(std::string_view contents) {
  first_verb_ = dict_->verbs.size();
  first_synset_ = dict_->synsets.size();
  first_transformation_ = dict_->transformations.size();
  for (const DictLine& line : ReadDictLines(contents)) {
    std::string_view text = line.text;
    if (text.substr(0, 3) == "---") {
      ReadBlockHeader(line);
    } else if (text.front() == '-') {
      ReadPattern(line);
    } else if (text.front() == '&') {
      ReadSynsetHeader(line);
    } else if (text.front() == '+' && state_ == State::kSynset) {
      ReadSynsetMember(line);
    } else if (text.front() == '~') {
      ReadTransformation(line);
    } else {
      ReadVerb(line);
    }
  }
  DropShadowedVerbs();
  CheckReferences();
  dict_->flavor = Dictionary::Flavor::kPetrarch2;
}

void Reader::DropShadowedVerbs() {
  if (shadowed_.empty()) return;
  std::vector<VerbEntry>& verbs = dict_->verbs;
  std::vector<bool> drop(verbs.size() - first_verb_, false);
  for (size_t v : shadowed_) drop[v - first_verb_] = true;
  auto dropped = [&](size_t v) { return static_cast<bool>(drop[v - first_verb_]); };
  // A block's patterns stay on its first remaining entry.
  for (size_t v = first_verb_; v < verbs.size(); ++v) {
    if (!dropped(v) || verbs[v].patterns.empty()) continue;
    size_t next = v + 1;
    while (next < verbs.size() && verbs[next].block == verbs[v].block && dropped(next)) ++next;
    if (next < verbs.size() && verbs[next].block == verbs[v].block) {
      verbs[next].patterns = std::move(verbs[v].patterns);
    } else {
      auto n = static_cast<uint32_t>(verbs[v].patterns.size());
      Warn(verbs[v].where.line, "every verb of block " + verbs[v].block +
                                    " moved to a later block; its " + std::to_string(n) +
                                    " patterns are dropped");
      dict_->counts.verb_patterns -= n;
      dict_->counts.skipped += n;
    }
  }
  size_t kept = first_verb_;
  for (size_t v = first_verb_; v < verbs.size(); ++v) {
    if (dropped(v)) continue;
    if (kept != v) verbs[kept] = std::move(verbs[v]);
    ++kept;
  }
  dict_->counts.verbs -= static_cast<uint32_t>(verbs.size() - kept);
  verbs.resize(kept);
}

void Reader::ReadBlockHeader(const DictLine& line) {
  std::string_view text = TrimSpace(StripTrailing(StripLeading(line.text, '-'), '-'));
  std::string code = "---";
  TakeCode(line.number, &text, &code);
  text = TrimSpace(text);
  if (text.empty() || text.find_first_of(" \t") != std::string_view::npos) {
    Skip(line.number, "verb block header needs one name: \"--- NAME [code] ---\"");
    state_ = State::kNone;
    return;
  }
  state_ = State::kBlock;
  block_name_ = UpperCase(text);
  block_code_ = code;
  block_has_verb_ = false;
}

void Reader::ReadSynsetHeader(const DictLine& line) {
  std::string_view name = TrimSpace(std::string_view(line.text).substr(1));
  synset_plurals_ = name.empty() || name.back() != '_';
  name = StripTrailing(name, '_');
  if (name.empty() || name.find_first_of(" \t") != std::string_view::npos) {
    Skip(line.number, "synonym set needs one name: \"&NAME\"");
    state_ = State::kNone;
    return;
  }
  std::string key = UpperCase(name);
  state_ = State::kSynset;
  auto found = synset_index_.find(key);
  if (found != synset_index_.end()) {
    Warn(line.number,
         "synonym set &" + key + " defined again; members added to line " +
             std::to_string(dict_->synsets[found->second].where.line),
         true);
    synset_ = found->second;
    return;
  }
  Synset set;
  set.name = key;
  set.where = {file_, line.number};
  synset_ = dict_->synsets.size();
  synset_index_.emplace(key, synset_);
  dict_->synsets.push_back(std::move(set));
  ++dict_->counts.synsets;
}

void Reader::ReadSynsetMember(const DictLine& line) {
  std::string_view text = TrimSpace(std::string_view(line.text).substr(1));
  bool plural = synset_plurals_ && !text.empty() && text.back() != '_';
  Phrase phrase = ConsecutiveWords(text);
  if (phrase.empty()) {
    Skip(line.number, "empty synonym set member");
    return;
  }
  for (const PhraseWord& w : phrase) {
    if (w.text.find_first_of("&*${}()") != std::string::npos) {
      Skip(line.number, "synonym set member may hold words only: " + std::string(text));
      return;
    }
  }
  Synset& set = dict_->synsets[synset_];
  auto add = [&](Phrase p) {
    std::string key = PhraseKey(p);
    for (const std::string& t : set.texts) {
      if (t == key) return;
    }
    set.texts.push_back(key);
    set.phrases.push_back(std::move(p));
  };
  if (plural) {
    Phrase plural_phrase = phrase;
    plural_phrase.back().text = RegularPlural(plural_phrase.back().text);
    add(std::move(phrase));
    add(std::move(plural_phrase));
  } else {
    add(std::move(phrase));
  }
}

bool Reader::TakeCode(uint32_t line, std::string_view* text, std::string* code) {
  size_t open = text->rfind('[');
  if (open == std::string_view::npos) return false;
  size_t close = text->find(']', open);
  std::string_view inside = text->substr(
      open + 1, close == std::string_view::npos ? std::string_view::npos : close - open - 1);
  std::string_view after =
      close == std::string_view::npos ? std::string_view() : TrimSpace(text->substr(close + 1));
  std::string cleaned;
  for (char c : TrimSpace(inside)) {
    if (IsCodeChar(c)) cleaned += c;
  }
  if (cleaned.empty()) {
    Warn(line, "empty or unreadable code \"[" + std::string(inside) + "]\"; code ignored");
  } else if (close == std::string_view::npos || cleaned != TrimSpace(inside) || !after.empty()) {
    Warn(line, "code \"" + std::string(text->substr(open)) + "\" read as [" + cleaned + "]", true);
  }
  *text = text->substr(0, open);
  if (cleaned.empty()) return false;
  *code = UpperCase(cleaned);
  return true;
}

bool Reader::ParseVerbWords(uint32_t line, std::string_view text, Phrase* phrase) {
  bool guessed = false;
  Result<Phrase> verb = ParsePetrarchVerb(text, &guessed);
  if (!verb.ok()) {
    Warn(line, verb.status().message() + "; skipped");
    return false;
  }
  if (guessed) {
    Warn(line,
         "multi-word verb \"" + std::string(text) + "\" has no '+'; its first word is the verb",
         true);
  }
  *phrase = std::move(verb).value();
  return true;
}

void Reader::ReadVerb(const DictLine& line) {
  if (state_ != State::kBlock) {
    Skip(line.number, "verb outside a \"--- NAME [code] ---\" block");
    return;
  }
  std::string_view text = line.text;
  std::string comment = line.comment;
  size_t semicolon = text.find(';');
  if (semicolon != std::string_view::npos) {
    comment = std::string(TrimSpace(text.substr(semicolon + 1)));
    text = TrimSpace(text.substr(0, semicolon));
  }
  std::string code = block_code_;
  TakeCode(line.number, &text, &code);
  std::string_view forms_text;
  bool braces = false;
  size_t open = text.find('{');
  if (open != std::string_view::npos) {
    braces = true;
    size_t close = text.find('}', open);
    if (close == std::string_view::npos) {
      Warn(line.number, "missing '}' after the verb's forms", true);
      forms_text = text.substr(open + 1);
    } else {
      forms_text = text.substr(open + 1, close - open - 1);
      if (!TrimSpace(text.substr(close + 1)).empty()) {
        Warn(line.number, "text after the verb's forms ignored", true);
      }
    }
    text = text.substr(0, open);
  }
  text = TrimSpace(text);
  if (text.find_first_of(" \t") != std::string_view::npos) {
    Skip(line.number, "verb \"" + std::string(text) + "\" has blanks; join words with '_'");
    return;
  }
  VerbEntry entry;
  if (!ParseVerbWords(line.number, text, &entry.root)) {
    ++dict_->counts.skipped;
    return;
  }
  entry.root_text = PetrarchVerbText(entry.root);
  std::string key = PhraseKey(entry.root);
  std::unordered_set<std::string> seen = {key};
  auto add_form = [&](Phrase form) {
    std::string form_key = PhraseKey(form);
    if (!seen.insert(form_key).second) return;
    entry.form_texts.push_back(PetrarchVerbText(form));
    entry.forms.push_back(std::move(form));
  };
  if (braces) {
    size_t pos = 0;
    while (pos < forms_text.size()) {
      size_t end = forms_text.find_first_of(" \t,", pos);
      if (end == std::string_view::npos) end = forms_text.size();
      std::string_view item = forms_text.substr(pos, end - pos);
      Phrase form;
      if (!item.empty() && ParseVerbWords(line.number, item, &form)) add_form(std::move(form));
      pos = end + 1;
    }
  } else {
    for (Phrase& form : RegularVerbPhrases(entry.root)) add_form(std::move(form));
  }
  entry.code = code;
  entry.block = block_name_;
  entry.comment = comment;
  entry.where = {file_, line.number};

  auto found = verb_index_.find(key);
  if (found != verb_index_.end()) {
    VerbEntry& earlier = dict_->verbs[found->second];
    if (earlier.block == entry.block) {
      // "BRING" then "BRING {BRINGS BRINGING BROUGHT}": one verb with all forms.
      Warn(line.number,
           "verb " + entry.root_text + " already listed at line " +
               std::to_string(earlier.where.line) + "; its forms are merged",
           true);
      std::unordered_set<std::string> have = {PhraseKey(earlier.root)};
      for (const Phrase& f : earlier.forms) have.insert(PhraseKey(f));
      for (size_t i = 0; i < entry.forms.size(); ++i) {
        if (have.insert(PhraseKey(entry.forms[i])).second) {
          earlier.forms.push_back(entry.forms[i]);
          earlier.form_texts.push_back(entry.form_texts[i]);
        }
      }
      return;
    }
    // PETRARCH-2 keeps the later block for the verb.
    Warn(line.number, "verb " + entry.root_text + " was in block " + earlier.block + " at line " +
                          std::to_string(earlier.where.line) + "; block " + entry.block +
                          " replaces it");
    shadowed_.push_back(found->second);
  }
  if (!block_has_verb_) {
    block_has_verb_ = true;
    block_first_verb_ = dict_->verbs.size();
  }
  verb_index_[key] = dict_->verbs.size();
  dict_->verbs.push_back(std::move(entry));
  ++dict_->counts.verbs;
}

std::vector<Token> Tokenize(std::string_view text) {
  std::vector<Token> tokens;
  bool glue = false;  // a '_' was seen since the last token
  size_t i = 0;
  auto push = [&](Token t) {
    t.glue_before = glue;
    glue = false;
    tokens.push_back(std::move(t));
  };
  while (i < text.size()) {
    char c = text[i];
    if (c == ' ' || c == '\t') {
      ++i;
      continue;
    }
    if (c == '_') {
      glue = true;
      ++i;
      continue;
    }
    Token t;
    switch (c) {
      case '(':
        t.kind = Token::kOpenPrep;
        break;
      case ')':
        t.kind = Token::kClosePrep;
        break;
      case '{':
        t.kind = Token::kOpenNoun;
        break;
      case '}':
        t.kind = Token::kCloseNoun;
        break;
      case '*':
        t.kind = Token::kVerb;
        break;
      default:
        break;
    }
    if (t.kind != Token::kText) {
      push(std::move(t));
      ++i;
      continue;
    }
    size_t end = text.find_first_of(" \t_(){}*", i);
    if (end == std::string_view::npos) end = text.size();
    t.text = UpperCase(text.substr(i, end - i));
    push(std::move(t));
    i = end;
  }
  return tokens;
}

Outcome Reader::ParseElements(uint32_t line, const std::vector<Token>& tokens, size_t* pos,
                              Token::Kind closer, int depth, Phrase* out, int* verbs) {
  while (*pos < tokens.size()) {
    const Token& t = tokens[(*pos)++];
    if (t.kind == closer) return Outcome::kClosed;
    PhraseWord element;
    switch (t.kind) {
      case Token::kClosePrep:
      case Token::kCloseNoun:
        Warn(line,
             std::string("unmatched '") + (t.kind == Token::kClosePrep ? ')' : '}') + "' dropped",
             true);
        continue;
      case Token::kOpenPrep:
      case Token::kOpenNoun: {
        bool prep = t.kind == Token::kOpenPrep;
        if (depth >= kMaxGroupDepth) {
          Warn(line, "phrase groups nested too deeply; pattern skipped");
          return Outcome::kError;
        }
        Phrase inner;
        Outcome outcome =
            ParseElements(line, tokens, pos, prep ? Token::kClosePrep : Token::kCloseNoun,
                          depth + 1, &inner, verbs);
        if (outcome == Outcome::kError) return outcome;
        if (outcome == Outcome::kEnded) {
          Warn(line, std::string("missing '") + (prep ? ')' : '}') + "' added at the end", true);
        }
        if (inner.empty()) {
          Warn(line, std::string("empty '") + (prep ? "()" : "{}") + "' group dropped", true);
          continue;
        }
        element.kind = prep ? PhraseWord::Kind::kPrepPhrase : PhraseWord::Kind::kNounPhrase;
        element.alternatives.push_back(std::move(inner));
        break;
      }
      case Token::kVerb:
        element.kind = PhraseWord::Kind::kVerb;
        if (depth > 0) {
          Warn(line, "'*' inside a phrase group; pattern skipped");
          return Outcome::kError;
        }
        ++*verbs;
        break;
      case Token::kEnd:
        break;
      case Token::kText:
        if (t.text == "$") {
          element.kind = PhraseWord::Kind::kSource;
        } else if (t.text == "+") {
          element.kind = PhraseWord::Kind::kTarget;
        } else if (t.text == "%") {
          element.kind = PhraseWord::Kind::kBoth;
        } else if (t.text == "^") {
          element.kind = PhraseWord::Kind::kSkipActor;
        } else if (t.text.front() == '&') {
          element.kind = PhraseWord::Kind::kSynset;
          element.text = t.text.substr(1);
        } else if (t.text.find('/') != std::string::npos) {
          element.kind = PhraseWord::Kind::kAlternatives;
          size_t start = 0;
          while (start <= t.text.size()) {
            size_t slash = t.text.find('/', start);
            if (slash == std::string::npos) slash = t.text.size();
            if (slash > start) {
              PhraseWord word;
              word.text = t.text.substr(start, slash - start);
              word.stem = false;
              word.endings = false;
              element.alternatives.push_back({std::move(word)});
            }
            start = slash + 1;
          }
        } else {
          element.text = t.text;
        }
        if ((element.kind == PhraseWord::Kind::kSynset && element.text.empty()) ||
            (element.kind == PhraseWord::Kind::kAlternatives && element.alternatives.empty())) {
          Warn(line, "malformed word \"" + t.text + "\"; pattern skipped");
          return Outcome::kError;
        }
        break;
    }
    element.stem = false;
    element.endings = false;
    if (t.glue_before && !out->empty()) out->back().adjacent_next = true;
    out->push_back(std::move(element));
  }
  return Outcome::kEnded;
}

void Reader::ReadPattern(const DictLine& line) {
  if (state_ != State::kBlock) {
    Skip(line.number, "pattern outside a \"--- NAME [code] ---\" block");
    return;
  }
  if (!block_has_verb_) {
    Skip(line.number, "pattern before any verb of block " + block_name_);
    return;
  }
  std::string_view text = TrimSpace(std::string_view(line.text).substr(1));
  std::string code;
  if (!TakeCode(line.number, &text, &code)) {
    Skip(line.number, "pattern has no [code]");
    return;
  }
  std::vector<Token> tokens = Tokenize(text);
  size_t pos = 0;
  int verbs = 0;
  VerbPattern pattern;
  if (ParseElements(line.number, tokens, &pos, Token::kEnd, 0, &pattern.phrase, &verbs) ==
      Outcome::kError) {
    ++dict_->counts.skipped;
    return;
  }
  if (verbs != 1) {
    Skip(line.number, verbs == 0 ? "pattern has no '*'" : "pattern has more than one '*'");
    return;
  }
  pattern.text = std::string(TrimSpace(text));
  pattern.code = code;
  pattern.comment = line.comment;
  pattern.where = {file_, line.number};
  dict_->verbs[block_first_verb_].patterns.push_back(std::move(pattern));
  ++dict_->counts.verb_patterns;
}

void Reader::ReadTransformation(const DictLine& line) {
  std::string_view text = TrimSpace(std::string_view(line.text).substr(1));
  size_t eq = text.find('=');
  if (eq == std::string_view::npos) {
    Skip(line.number, "transformation needs '=': \"~ a (b . ATTACK) SAY = a b 112\"");
    return;
  }
  // Left side: EVENT := SOURCE (TARGET | '(' EVENT ')') VERB.
  std::vector<std::string> left;
  {
    std::string spaced;
    for (char c : text.substr(0, eq)) {
      if (c == '(' || c == ')') {
        spaced += ' ';
        spaced += c;
        spaced += ' ';
      } else {
        spaced += c;
      }
    }
    std::string_view rest = spaced;
    while (!(rest = TrimSpace(rest)).empty()) {
      size_t end = rest.find_first_of(" \t");
      left.push_back(UpperCase(rest.substr(0, end)));
      rest = end == std::string_view::npos ? std::string_view() : rest.substr(end);
    }
  }
  std::vector<std::string> right;
  std::string_view rest = text.substr(eq + 1);
  while (!(rest = TrimSpace(rest)).empty()) {
    size_t end = rest.find_first_of(" \t");
    right.push_back(UpperCase(rest.substr(0, end)));
    rest = end == std::string_view::npos ? std::string_view() : rest.substr(end);
  }
  VerbTransformation rule;
  // Actor variables are written in lower case; UpperCase made them upper.
  auto actor = [](const std::string& s) {
    std::string a = s;
    for (char& c : a) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    return a;
  };
  size_t i = 0, depth = 0;
  bool ok = true;
  while (ok) {
    if (i + 1 >= left.size() || left[i] == "(" || left[i] == ")") {
      ok = false;
      break;
    }
    std::string source = actor(left[i++]);
    if (left[i] == "(") {
      ++i;
      ++depth;
      rule.events.push_back({source, ""});
      continue;
    }
    rule.target = actor(left[i++]);
    if (i >= left.size() || left[i] == "(" || left[i] == ")") {
      ok = false;
      break;
    }
    rule.events.push_back({source, left[i++]});
    // Close the groups from the inside out; each ')' is followed by its verb.
    for (size_t e = rule.events.size() - 1; depth > 0; --depth, --e) {
      if (i + 1 >= left.size() || left[i] != ")" || left[i + 1] == "(" || left[i + 1] == ")") {
        ok = false;
        break;
      }
      rule.events[e - 1].second = left[i + 1];
      i += 2;
    }
    break;
  }
  if (!ok || i != left.size() || right.size() != 3) {
    Skip(line.number, "malformed transformation; expected \"~ a (b c VERB) VERB = a b CODE\"");
    return;
  }
  // Stored outermost first: the inner event was pushed last.
  rule.result_source = actor(right[0]);
  rule.result_target = actor(right[1]);
  rule.result_code = right[2];
  rule.text = std::string(text);
  rule.where = {file_, line.number};
  dict_->transformations.push_back(std::move(rule));
  ++dict_->counts.transformations;
}

void Reader::CheckReferences() {
  // Synsets may be defined after their first use; check once all are read.
  auto check = [&](const Phrase& phrase, auto& self) -> std::string {
    for (const PhraseWord& w : phrase) {
      if (w.kind == PhraseWord::Kind::kSynset && synset_index_.count(w.text) == 0) return w.text;
      for (const Phrase& inner : w.alternatives) {
        std::string missing = self(inner, self);
        if (!missing.empty()) return missing;
      }
    }
    return {};
  };
  for (size_t v = first_verb_; v < dict_->verbs.size(); ++v) {
    std::vector<VerbPattern>& patterns = dict_->verbs[v].patterns;
    size_t kept = 0;
    for (size_t p = 0; p < patterns.size(); ++p) {
      std::string missing = check(patterns[p].phrase, check);
      if (!missing.empty()) {
        Warn(patterns[p].where.line,
             "synonym set &" + missing + " is not defined; pattern skipped");
        ++dict_->counts.skipped;
        --dict_->counts.verb_patterns;
        continue;
      }
      if (kept != p) patterns[kept] = std::move(patterns[p]);
      ++kept;
    }
    patterns.resize(kept);
  }
  for (size_t t = first_transformation_; t < dict_->transformations.size(); ++t) {
    const VerbTransformation& rule = dict_->transformations[t];
    for (const auto& [source, verb] : rule.events) {
      size_t pos = 0;
      while (pos <= verb.size()) {
        size_t end = verb.find('_', pos);
        if (end == std::string::npos) end = verb.size();
        std::string part = verb.substr(pos, end - pos);
        if (part != "Q" && verb_index_.count(part) == 0) {
          Warn(rule.where.line, "transformation names " + part + ", which is not a verb here");
        }
        pos = end + 1;
      }
    }
  }
}

}  // namespace

bool LooksLikePetrarch2Verbs(std::string_view contents) {
  for (const DictLine& line : ReadDictLines(contents)) {
    std::string_view text = line.text;
    if (text.front() == '~') return true;
    if (text.front() != '-' || text.substr(0, 3) == "---") continue;
    if (text.find('(') != std::string_view::npos) return true;
    size_t open = text.find('{');
    if (open != std::string_view::npos) {
      size_t close = text.find('}', open);
      std::string_view group =
          text.substr(open, close == std::string_view::npos ? close : close - open);
      if (group.find('|') == std::string_view::npos) return true;
    }
  }
  return false;
}

void LoadPetrarch2VerbsFromBuffer(std::string_view contents, std::string_view name,
                                  Dictionary* dict) {
  Reader reader(name, dict);
  reader.Read(contents);
}

Result<Phrase> ParsePetrarchVerb(std::string_view text, bool* head_guessed) {
  *head_guessed = false;
  Phrase phrase;
  int heads = 0;
  size_t pos = 0;
  while (pos <= text.size()) {
    size_t end = text.find('_', pos);
    if (end == std::string_view::npos) end = text.size();
    std::string_view part = text.substr(pos, end - pos);
    if (!part.empty()) {
      PhraseWord word;
      if (part.front() == '+') {
        word.head = true;
        ++heads;
        part.remove_prefix(1);
      }
      word.text = UpperCase(part);
      word.stem = false;
      word.endings = false;
      word.adjacent_next = true;
      if (word.text.empty() || word.text.find_first_of(" \t+{}()[]*&$%^") != std::string::npos) {
        return Status::InvalidArgument("malformed verb \"" + std::string(text) + "\"");
      }
      phrase.push_back(std::move(word));
    }
    pos = end + 1;
  }
  if (phrase.empty()) return Status::InvalidArgument("empty verb");
  phrase.back().adjacent_next = false;
  if (heads > 1) {
    return Status::InvalidArgument("verb \"" + std::string(text) +
                                   "\" marks more than one word with '+'");
  }
  if (heads == 0) {
    *head_guessed = phrase.size() > 1;
    phrase.front().head = true;
  }
  return phrase;
}

std::vector<Phrase> RegularVerbPhrases(const Phrase& verb) {
  std::vector<Phrase> forms;
  for (size_t i = 0; i < verb.size(); ++i) {
    if (!verb[i].head) continue;
    for (std::string& form : RegularVerbForms(verb[i].text)) {
      Phrase p = verb;
      p[i].text = std::move(form);
      forms.push_back(std::move(p));
    }
  }
  return forms;
}

std::string PetrarchVerbText(const Phrase& verb) {
  std::string text;
  for (const PhraseWord& w : verb) {
    if (!text.empty()) text += '_';
    if (w.head && verb.size() > 1) text += '+';
    text += w.text;
  }
  return text;
}

PairedCode SplitPairedCode(std::string_view code) {
  size_t colon = code.find(':');
  if (colon == std::string_view::npos) return {std::string(code), std::string()};
  return {std::string(code.substr(0, colon)), std::string(code.substr(colon + 1))};
}

}  // namespace acta::dict
