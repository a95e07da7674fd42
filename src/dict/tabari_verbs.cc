#include <algorithm>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "dict/phrase_parser.h"
#include "dict/tabari_loader.h"
#include "dict/tabari_text.h"

namespace acta::dict {
namespace tabari_internal {
namespace {

// Collects the names of the synonym sets a phrase refers to.
void SynsetRefs(const Phrase& phrase, std::vector<std::string>* names) {
  for (const PhraseWord& w : phrase) {
    if (w.kind == PhraseWord::Kind::kSynset) names->push_back(w.text);
    for (const Phrase& alt : w.alternatives) SynsetRefs(alt, names);
  }
}

// "---", "###" and "+++" with any blanks removed, or nullopt.
std::optional<std::string> SpecialCode(std::string_view inside) {
  std::string compact;
  for (char c : inside) {
    if (!IsBlank(c)) compact.push_back(c);
  }
  if (compact == "---" || compact == "###" || compact == "+++") return compact;
  return std::nullopt;
}

Result<std::string> VerbCode(std::string_view inside) {
  if (std::optional<std::string> special = SpecialCode(inside)) return *special;
  std::string_view code = Trim(inside);
  if (code.empty()) return Status::InvalidArgument("empty code block");
  for (char c : code) {
    bool ok = IsDigit(c) || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == ':' ||
              c == '?' || c == '!';
    if (!ok) {
      return Status::InvalidArgument("event code '" + std::string(code) +
                                     "' has characters other than letters, digits, ':', '?', '!'");
    }
  }
  return std::string(code);
}

// Verbs: synonym sets, <TIME> entries, verb roots with forms and patterns.
class VerbLoader : public FileLoader {
 public:
  VerbLoader(std::string_view contents, std::string_view name, Dictionary* dict)
      : FileLoader(contents, name, dict) {
    for (size_t i = 0; i < dict->verbs.size(); ++i) {
      root_keys_.emplace(PhraseKey(dict->verbs[i].root_text), i);
    }
    for (size_t i = 0; i < dict->synsets.size(); ++i)
      synset_index_.emplace(dict->synsets[i].name, i);
  }

  void Run() {
    ForEachLine(
        [this](std::string_view line, uint32_t number, bool) { HandleLine(Trim(line), number); });
    FlushSynset();
    if (section_ != Section::kNone) Warn(section_line_, "section has no closing tag", false);
  }

 private:
  enum class Section { kNone, kSynsets, kTime, kAttrib };
  static constexpr size_t kNone = static_cast<size_t>(-1);

  void HandleLine(std::string_view line, uint32_t number) {
    if (line[0] == '<') {
      HandleTag(line, number);
      return;
    }
    if (section_ == Section::kAttrib) return;
    Commented c = SplitComment(line);
    if (c.body.empty()) return;
    std::string_view body = c.body;
    if (section_ == Section::kTime) {
      HandleTime(body, number);
      return;
    }
    if (body[0] == '&') {
      StartSynset(body, number);
      return;
    }
    if (body[0] == '+' && (synset_ != kNone || synset_dead_)) {
      if (synset_dead_) {
        Skip(number, "member of a synonym set that was dropped");
      } else {
        AddSynsetMember(body.substr(1), number);
      }
      return;
    }
    FlushSynset();
    if (StartsWith(body, "---")) {
      StartBlock(body, number);
      return;
    }
    if (body[0] == '-') {
      AddPattern(body.substr(1), c.comment, number);
      return;
    }
    if (body[0] == '{') {
      AddForms(body, number);
      return;
    }
    if (body.find('*') != std::string_view::npos) {
      Warn(number, "pattern line without '-'; read as a pattern", true);
      AddPattern(body, c.comment, number);
      return;
    }
    if (body[0] == '+') body.remove_prefix(1);  // PETRARCH-1 multi-word verb
    AddRoot(body, c.comment, number);
  }

  void HandleTag(std::string_view tag, uint32_t number) {
    std::string t = Upper(tag);
    if (section_ == Section::kAttrib && t != "</ATTRIB>" && t != "</ATTRIBUTION>") return;
    FlushSynset();
    if (t == "<SYNSETS>" || t == "<SYNSET>") {
      OpenSection(Section::kSynsets, number);
    } else if (t == "<TIME>") {
      OpenSection(Section::kTime, number);
      time_root_.reset();
    } else if (t == "<ATTRIB>" || t == "<ATTRIBUTION>") {
      OpenSection(Section::kAttrib, number);
      Warn(number, "attribution section is not supported; its entries are ignored", false);
    } else if (t == "</SYNSETS>" || t == "</SYNSET>" || t == "</TIME>" || t == "</ATTRIB>" ||
               t == "</ATTRIBUTION>") {
      Section closing = t[2] == 'S'   ? Section::kSynsets
                        : t[2] == 'T' ? Section::kTime
                                      : Section::kAttrib;
      if (section_ != closing) Warn(number, "closing tag " + t + " without its opening tag", false);
      section_ = Section::kNone;
    } else {
      Skip(number, "unknown tag '" + std::string(tag) + "' ignored");
    }
  }

  void OpenSection(Section s, uint32_t number) {
    if (section_ != Section::kNone) Warn(number, "section opened inside another section", false);
    section_ = s;
    section_line_ = number;
  }

  void StartSynset(std::string_view body, uint32_t number) {
    FlushSynset();
    std::string_view name = Trim(body.substr(1));
    while (!name.empty() && (name.back() == '_' || IsBlank(name.back()))) name.remove_suffix(1);
    std::string upper = Upper(name);
    bool valid = !upper.empty() && std::all_of(upper.begin(), upper.end(), [](char ch) {
      return IsDigit(ch) || (ch >= 'A' && ch <= 'Z');
    });
    if (!valid) {
      Skip(number, "synonym set name '" + std::string(body) + "' is not letters and digits");
      synset_ = kNone;
      synset_dead_ = true;
      return;
    }
    synset_dead_ = false;
    auto it = synset_index_.find(upper);
    if (it != synset_index_.end()) {
      Duplicate(number,
                "synonym set &" + upper + " already defined at " +
                    Where(dict_->synsets[it->second].where) + "; members added to it",
                /*kept=*/true);
      synset_ = it->second;
      synset_new_ = false;
      return;
    }
    Synset s;
    s.name = upper;
    s.where = Here(number);
    synset_ = dict_->synsets.size();
    synset_new_ = true;
    synset_index_.emplace(upper, synset_);
    dict_->synsets.push_back(std::move(s));
    ++dict_->counts.synsets;
  }

  void AddSynsetMember(std::string_view text, uint32_t number) {
    std::vector<std::string> notes;
    Result<Phrase> phrase = ParseTabariPhrase(text, PhraseContext::kSynsetMember, &notes);
    WarnNotes(number, text, &notes);
    if (!phrase.ok()) {
      Skip(number, "synonym '" + std::string(text) + "': " + phrase.status().message());
      return;
    }
    Synset& set = dict_->synsets[synset_];
    if (std::string problem = SynsetProblem(*phrase, set.name); !problem.empty()) {
      Skip(number, std::move(problem));
      return;
    }
    if (!KeySet(&member_keys_, synset_, set.texts).insert(PhraseKey(text)).second) {
      Duplicate(number,
                "duplicate member '" + std::string(text) + "' of &" + set.name + " dropped");
      ++dict_->counts.skipped;
      return;
    }
    set.phrases.push_back(std::move(*phrase));
    set.texts.emplace_back(text);
  }

  void FlushSynset() {
    if (synset_ != kNone && synset_new_ && dict_->synsets[synset_].phrases.empty()) {
      Warn(dict_->synsets[synset_].where.line,
           "synonym set &" + dict_->synsets[synset_].name + " has no members", false);
    }
    synset_ = kNone;
    synset_dead_ = false;
  }

  // True when every synonym set the phrase names is defined (and is not `self`).
  // The keys of `texts`, the phrases already stored under `index`, made on first use.
  static std::unordered_set<std::string>& KeySet(
      std::unordered_map<size_t, std::unordered_set<std::string>>* sets, size_t index,
      const std::vector<std::string>& texts) {
    auto [it, inserted] = sets->try_emplace(index);
    if (inserted) {
      for (const std::string& t : texts) it->second.insert(PhraseKey(t));
    }
    return it->second;
  }

  // Empty when every synonym set the phrase names is defined (and is not
  // `self`); otherwise what is wrong.
  std::string SynsetProblem(const Phrase& phrase, std::string_view self = {}) const {
    std::vector<std::string> names;
    SynsetRefs(phrase, &names);
    for (const std::string& n : names) {
      if (n == self) return "synonym set &" + n + " refers to itself";
      if (synset_index_.find(n) == synset_index_.end()) return "undefined synonym set &" + n;
    }
    return {};
  }

  void StartBlock(std::string_view body, uint32_t number) {
    while (!body.empty() && (body.front() == '-' || IsBlank(body.front()))) body.remove_prefix(1);
    while (!body.empty() && (body.back() == '-' || IsBlank(body.back()))) body.remove_suffix(1);
    EntryText e = SplitEntry(body);
    block_ = std::string(e.phrase);
    block_code_.clear();
    block_first_ = kNone;
    verb_ = kNone;
    root_dead_ = false;
    if (!e.blocks.empty()) {
      Result<std::string> code = VerbCode(e.blocks[0]);
      if (code.ok()) {
        block_code_ = std::move(*code);
      } else {
        Warn(number, "block code dropped: " + code.status().message(), false);
      }
    }
  }

  // Splits "SAY {SAYS SAID}" into the root text and the forms inside braces.
  static void SplitInlineForms(std::string_view phrase, std::string_view* root,
                               std::string_view* forms) {
    size_t open = phrase.find('{');
    *root = phrase;
    *forms = {};
    if (open == std::string_view::npos || phrase.find('|') != std::string_view::npos) return;
    *root = Trim(phrase.substr(0, open));
    *forms = phrase.substr(open);
  }

  void AddRoot(std::string_view body, std::string_view comment, uint32_t number) {
    verb_ = kNone;
    root_dead_ = true;
    EntryText e = SplitEntry(body);
    std::string_view root_text, forms;
    SplitInlineForms(e.phrase, &root_text, &forms);
    if (root_text.empty()) {
      Skip(number, "verb line has no verb");
      return;
    }
    std::string code;
    if (forms.empty() && !e.junk.empty() && e.junk[0] == '{') {
      forms = e.junk;  // PETRARCH-1 "SNUB [112] {SNUBS SNUBBING SNUBBED}"
    } else if (!e.junk.empty()) {
      Warn(number, "text outside code blocks ignored: '" + e.junk + "'", true);
    }
    if (e.unclosed) Warn(number, "'[' without ']'; the rest of the line is ignored", true);
    if (e.blocks.size() > 1) Warn(number, "verb has more than one code block; first kept", true);
    if (!e.blocks.empty()) {
      Result<std::string> c = VerbCode(e.blocks[0]);
      if (!c.ok()) {
        Skip(number, "verb '" + std::string(root_text) + "': " + c.status().message());
        return;
      }
      code = std::move(*c);
    }
    std::vector<std::string> notes;
    Result<Phrase> root = ParseTabariPhrase(root_text, PhraseContext::kVerb, &notes);
    WarnNotes(number, root_text, &notes);
    if (!root.ok()) {
      Skip(number, "verb '" + std::string(root_text) + "': " + root.status().message());
      return;
    }
    root_dead_ = false;
    auto it = root_keys_.find(PhraseKey(root_text));
    if (it != root_keys_.end()) {
      VerbEntry& first = dict_->verbs[it->second];
      std::string message = "duplicate verb '" + std::string(root_text) + "' (first at " +
                            Where(first.where) + "); its forms and patterns join the first";
      if (!code.empty() && code != first.code) message += ", its code [" + code + "] is ignored";
      Duplicate(number, std::move(message), /*kept=*/true);
      verb_ = it->second;
    } else {
      VerbEntry v;
      v.root = std::move(*root);
      v.root_text = std::string(root_text);
      v.code = code.empty() && !block_.empty() ? block_code_ : code;
      v.block = block_;
      v.comment = std::string(comment);
      v.where = Here(number);
      verb_ = dict_->verbs.size();
      root_keys_.emplace(PhraseKey(root_text), verb_);
      dict_->verbs.push_back(std::move(v));
      ++dict_->counts.verbs;
    }
    if (!block_.empty() && block_first_ == kNone) block_first_ = verb_;
    if (!forms.empty()) AddForms(forms, number);
  }

  void AddForms(std::string_view text, uint32_t number) {
    if (verb_ == kNone) {
      Skip(number, root_dead_ ? "verb forms of a verb that was dropped"
                              : "verb forms with no verb before them");
      return;
    }
    std::string_view inside = text.substr(1);
    size_t close = inside.find('}');
    if (close == std::string_view::npos) {
      Warn(number, "'{' without '}'; forms read to the end of the line", true);
    } else {
      if (!Trim(inside.substr(close + 1)).empty()) {
        Warn(number, "text after '}' ignored", true);
      }
      inside = inside.substr(0, close);
    }
    VerbEntry& v = dict_->verbs[verb_];
    size_t added = 0;
    size_t pos = 0;
    while (pos < inside.size()) {
      while (pos < inside.size() && IsBlank(inside[pos])) ++pos;
      size_t start = pos;
      while (pos < inside.size() && !IsBlank(inside[pos])) ++pos;
      if (pos == start) break;
      std::string_view form = inside.substr(start, pos - start);
      if (form[0] == '+') form.remove_prefix(1);  // PETRARCH-1 multi-word form
      std::vector<std::string> notes;
      Result<Phrase> phrase = ParseTabariPhrase(form, PhraseContext::kVerb, &notes);
      WarnNotes(number, form, &notes);
      if (!phrase.ok() || form.empty()) {
        Skip(number, "verb form '" + std::string(form) +
                         "': " + (phrase.ok() ? std::string("empty") : phrase.status().message()));
        continue;
      }
      if (!KeySet(&form_keys_, verb_, v.form_texts).insert(PhraseKey(form)).second) continue;
      v.forms.push_back(std::move(*phrase));
      v.form_texts.emplace_back(form);
      ++added;
    }
    if (added == 0 && Trim(inside).empty()) Warn(number, "no verb forms inside '{ }'", false);
  }

  void AddPattern(std::string_view text, std::string_view comment, uint32_t number) {
    size_t target = !block_.empty() && block_first_ != kNone ? block_first_ : verb_;
    if (target == kNone) {
      Skip(number,
           root_dead_ ? "pattern of a verb that was dropped" : "pattern with no verb before it");
      return;
    }
    Result<VerbPattern> pattern = ParsePattern(text, comment, number);
    if (!pattern.ok()) {
      Skip(number, pattern.status().message());
      return;
    }
    VerbEntry& v = dict_->verbs[target];
    std::unordered_set<std::string>& keys = pattern_keys_[target];
    if (keys.empty()) {
      for (const VerbPattern& p : v.patterns) keys.insert(PhraseKey(p.text));
    }
    if (!keys.insert(PhraseKey(pattern->text)).second) {
      Duplicate(number,
                "duplicate pattern '" + pattern->text + "' of verb '" + v.root_text + "' dropped");
      ++dict_->counts.skipped;
      return;
    }
    v.patterns.push_back(std::move(*pattern));
    ++dict_->counts.verb_patterns;
  }

  // Parses "- pattern [code]" without the '-'; errors carry the whole message.
  Result<VerbPattern> ParsePattern(std::string_view text, std::string_view comment,
                                   uint32_t number) {
    EntryText e = SplitEntry(text);
    std::string written(e.phrase);
    std::string repaired;
    if (RepairBrackets(e.phrase, &repaired)) {
      Warn(number, "misplaced ']' in '" + written + "' repaired", true);
      e.phrase = repaired;
    }
    if (e.blocks.empty()) {
      return Status::InvalidArgument("pattern '" + written + "' has no code");
    }
    if (e.blocks.size() > 1) Warn(number, "pattern has more than one code block; first kept", true);
    if (!e.junk.empty()) Warn(number, "text outside code blocks ignored: '" + e.junk + "'", true);
    Result<std::string> code = VerbCode(e.blocks[0]);
    if (!code.ok())
      return Status::InvalidArgument("pattern '" + written + "': " + code.status().message());
    std::vector<std::string> notes;
    Result<Phrase> phrase = ParseTabariPhrase(e.phrase, PhraseContext::kPattern, &notes);
    WarnNotes(number, e.phrase, &notes);
    if (!phrase.ok()) {
      return Status::InvalidArgument("pattern '" + written + "': " + phrase.status().message());
    }
    if (std::string problem = SynsetProblem(*phrase); !problem.empty()) {
      return Status::InvalidArgument(std::move(problem));
    }
    VerbPattern p;
    p.phrase = std::move(*phrase);
    p.text = std::move(written);
    p.code = std::move(*code);
    p.comment = std::string(comment);
    p.where = Here(number);
    return p;
  }

  Result<std::string> TimeCode(std::string_view inside, uint32_t number) {
    if (std::optional<std::string> special = SpecialCode(inside)) return *special;
    std::string_view code = Trim(inside);
    size_t i = !code.empty() && (code[0] == '+' || code[0] == '-') ? 1 : 0;
    if (i == code.size() || !std::all_of(code.begin() + i, code.end(), IsDigit)) {
      return Status::InvalidArgument("time shift '" + std::string(code) +
                                     "' is not a signed number of days");
    }
    std::string_view digits = code.substr(i);
    while (digits.size() > 1 && digits[0] == '0') digits.remove_prefix(1);
    if (digits.size() > 4 || std::stoi(std::string(digits)) > 8192) {
      Warn(number, "time shift " + std::string(code) + " is more than 8192 days; set to 0", true);
      return std::string("0");
    }
    return std::string(code);
  }

  void HandleTime(std::string_view body, uint32_t number) {
    bool is_pattern = body[0] == '-';
    EntryText e = SplitEntry(is_pattern ? body.substr(1) : body);
    if (!e.junk.empty()) Warn(number, "text outside code blocks ignored: '" + e.junk + "'", true);
    std::string code;
    if (!e.blocks.empty()) {
      Result<std::string> c = TimeCode(e.blocks[0], number);
      if (!c.ok()) {
        Skip(number, c.status().message());
        if (!is_pattern) time_root_.reset();
        return;
      }
      code = std::move(*c);
    }
    std::vector<std::string> notes;
    Result<Phrase> phrase = ParseTabariPhrase(
        e.phrase, is_pattern ? PhraseContext::kPattern : PhraseContext::kVerb, &notes);
    WarnNotes(number, e.phrase, &notes);
    if (!phrase.ok()) {
      Skip(number, "time phrase '" + std::string(e.phrase) + "': " + phrase.status().message());
      if (!is_pattern) time_root_.reset();
      return;
    }
    TimeShift shift;
    shift.text = std::string(e.phrase);
    shift.code = code;
    shift.where = Here(number);
    if (!is_pattern) {
      time_root_ = *phrase;
      shift.phrase = std::move(*phrase);
    } else {
      if (!time_root_) {
        Skip(number, "time pattern with no time phrase before it");
        return;
      }
      // The root stands where the pattern has '*'.
      for (PhraseWord& w : *phrase) {
        if (w.kind != PhraseWord::Kind::kVerb) {
          shift.phrase.push_back(std::move(w));
          continue;
        }
        for (const PhraseWord& r : *time_root_) shift.phrase.push_back(r);
        shift.phrase.back().adjacent_next = w.adjacent_next;
      }
    }
    if (code.empty()) {
      if (is_pattern) Skip(number, "time pattern '" + shift.text + "' has no code");
      return;
    }
    dict_->time_shifts.push_back(std::move(shift));
    ++dict_->counts.time_shifts;
  }

  Section section_ = Section::kNone;
  uint32_t section_line_ = 0;
  size_t synset_ = kNone;
  bool synset_new_ = false;
  bool synset_dead_ = false;
  size_t verb_ = kNone;
  bool root_dead_ = false;
  std::string block_, block_code_;
  size_t block_first_ = kNone;
  std::optional<Phrase> time_root_;
  std::unordered_map<std::string, size_t> root_keys_;
  std::unordered_map<std::string, size_t> synset_index_;
  std::unordered_map<size_t, std::unordered_set<std::string>> pattern_keys_;
  std::unordered_map<size_t, std::unordered_set<std::string>> form_keys_;
  std::unordered_map<size_t, std::unordered_set<std::string>> member_keys_;
};

}  // namespace
}  // namespace tabari_internal

void LoadVerbsFromBuffer(std::string_view contents, std::string_view name, Dictionary* dict) {
  tabari_internal::VerbLoader(contents, name, dict).Run();
}

}  // namespace acta::dict
