#include "dict/tabari_loader.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <optional>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "dict/phrase_parser.h"
#include "dict/tabari_text.h"

namespace acta::dict {
namespace tabari_internal {
namespace {

// Actors and agents: phrase lines, '+' synonyms, indented code lines.
class EntryLoader : public FileLoader {
 public:
  EntryLoader(std::string_view contents, std::string_view name, Dictionary* dict, bool agents)
      : FileLoader(contents, name, dict), agents_(agents) {
    if (agents_) {
      for (const AgentEntry& a : dict->agents) {
        for (const std::string& t : a.texts) keys_.emplace(PhraseKey(t), a.where);
      }
    } else {
      for (const ActorEntry& a : dict->actors) {
        for (const std::string& t : a.texts) keys_.emplace(PhraseKey(t), a.where);
      }
    }
  }

  void Run() {
    ForEachLine([this](std::string_view line, uint32_t number, bool indented) {
      HandleLine(line, number, indented);
    });
    Flush();
    if (section_ != Section::kNone) {
      Warn(section_line_, std::string("<") + SectionName() + "> section has no closing tag", false);
    }
  }

 private:
  enum class Section { kNone, kNoun, kAdjective };

  struct Pending {
    bool open = false;
    bool root_failed = false;
    std::vector<Phrase> phrases;
    std::vector<std::string> texts;
    std::vector<uint32_t> phrase_lines;
    std::vector<DatedCode> codes;  // actors
    std::vector<uint32_t> code_lines;
    std::optional<AgentCode> agent;  // agents
    std::string comment;
    uint32_t line = 0;
  };

  bool HasCode(const Pending& p) const { return agents_ ? p.agent.has_value() : !p.codes.empty(); }
  const char* SectionName() const { return section_ == Section::kNoun ? "NOUN" : "ADJECTIVE"; }
  const char* Kind() const { return agents_ ? "agent" : "actor"; }

  void HandleLine(std::string_view line, uint32_t number, bool indented) {
    std::string_view trimmed = Trim(line);
    if (trimmed[0] == '<') {
      HandleTag(trimmed, number);
      return;
    }
    Commented c = SplitComment(trimmed);
    if (section_ != Section::kNone) {
      AddNoun(c.body, number);
      return;
    }
    if (c.body.empty()) return;
    if (c.body[0] == '[') {
      if (!pending_.open) {
        Skip(number, "code block with no " + std::string(Kind()) + " phrase before it");
        return;
      }
      if (!indented) {
        Warn(number, "code line is not indented; read as codes of the entry above", true);
      }
      AddCodes(SplitEntry(c.body), number);
      return;
    }
    bool synonym = c.body[0] == '+';
    EntryText e = SplitEntry(synonym ? c.body.substr(1) : c.body);
    if (!synonym && pending_.open && !HasCode(pending_) && !after_blank_ &&
        (indented || e.blocks.empty())) {
      // "LEONID_BREZHNEV_" then "LEONID_ILYICH_BREZHNEV" then code lines: the
      // '+' of the second line is missing.
      Warn(number, "phrase line follows an entry that has no code yet; read as its synonym", true);
      synonym = true;
    } else if (indented && !synonym) {
      Warn(number, "indented line holds a phrase; read as a new entry", true);
    }
    if (synonym) {
      if (!pending_.open) {
        Skip(number, "synonym with no " + std::string(Kind()) + " before it");
        return;
      }
      AddPhrase(e.phrase, number, /*root=*/false);
      if (!e.blocks.empty() || e.unclosed || !e.junk.empty()) AddCodes(e, number);
      return;
    }
    Flush();
    pending_.open = true;
    pending_.line = number;
    pending_.comment.assign(c.comment);
    AddPhrase(e.phrase, number, /*root=*/true);
    AddCodes(e, number);
  }

  void HandleTag(std::string_view tag, uint32_t number) {
    std::string t = Upper(tag);
    if (!agents_ && (t == "<NOUN>" || t == "<ADJECTIVE>")) {
      Flush();
      if (section_ != Section::kNone) {
        Warn(number, std::string("<") + SectionName() + "> section has no closing tag", false);
      }
      section_ = t == "<NOUN>" ? Section::kNoun : Section::kAdjective;
      section_line_ = number;
      return;
    }
    if (!agents_ && (t == "</NOUN>" || t == "</ADJECTIVE>")) {
      Section closing = t == "</NOUN>" ? Section::kNoun : Section::kAdjective;
      if (section_ != closing) Warn(number, "closing tag " + t + " without its opening tag", false);
      section_ = Section::kNone;
      return;
    }
    Flush();
    Skip(number, "unknown tag '" + std::string(tag) + "' ignored");
  }

  void AddNoun(std::string_view body, uint32_t number) {
    if (body.empty()) return;
    EntryText e = SplitEntry(body);
    if (!e.blocks.empty()) Warn(number, "code on a noun or adjective ignored", true);
    std::vector<std::string> notes;
    Result<Phrase> phrase = ParseTabariPhrase(e.phrase, PhraseContext::kNoun, &notes);
    WarnNotes(number, e.phrase, &notes);
    if (!phrase.ok()) {
      Skip(number, "'" + std::string(e.phrase) + "': " + phrase.status().message());
      return;
    }
    if (section_ == Section::kNoun) {
      dict_->nouns.push_back(std::move(*phrase));
      ++dict_->counts.nouns;
    } else {
      dict_->adjectives.push_back(std::move(*phrase));
      ++dict_->counts.adjectives;
    }
  }

  void AddPhrase(std::string_view text, uint32_t number, bool root) {
    std::string repaired;
    if (RepairBrackets(text, &repaired)) {
      Warn(number, "misplaced ']' in '" + std::string(text) + "' repaired", true);
      text = repaired;
    }
    if (text.empty()) {
      Skip(number, "empty synonym");
      return;
    }
    std::vector<std::string> notes;
    Result<Phrase> phrase =
        ParseTabariPhrase(text, agents_ ? PhraseContext::kAgent : PhraseContext::kActor, &notes);
    WarnNotes(number, text, &notes);
    if (!phrase.ok()) {
      Skip(number, "'" + std::string(text) + "': " + phrase.status().message());
      if (root) pending_.root_failed = true;
      return;
    }
    pending_.phrases.push_back(std::move(*phrase));
    pending_.texts.emplace_back(text);
    pending_.phrase_lines.push_back(number);
  }

  void AddCodes(const EntryText& e, uint32_t number) {
    if (e.unclosed) Warn(number, "'[' without ']'; the rest of the line is ignored", false);
    if (!e.junk.empty()) Warn(number, "text outside code blocks ignored: '" + e.junk + "'", true);
    std::vector<std::string> notes;
    for (std::string_view inside : e.blocks) {
      std::string what = Bracketed(inside);
      if (agents_) {
        Result<AgentCode> code = ParseAgentCode(inside);
        if (!code.ok()) {
          Warn(number, "code block " + what + " dropped: " + code.status().message(), false);
        } else if (pending_.agent.has_value()) {
          Warn(number, "agent already has a code; " + what + " ignored", true);
        } else {
          pending_.agent = std::move(*code);
        }
        continue;
      }
      Result<std::vector<DatedCode>> codes = ParseCodeBlock(inside, &notes);
      WarnNotes(number, what, &notes);
      if (!codes.ok()) {
        Warn(number, "code block " + what + " dropped: " + codes.status().message(), false);
        continue;
      }
      for (DatedCode& dc : *codes) {
        pending_.codes.push_back(std::move(dc));
        pending_.code_lines.push_back(number);
      }
    }
  }

  static std::string CodeText(const DatedCode& dc) {
    std::string s = "[" + dc.code;
    if (dc.from && dc.until) {
      s += " " + dc.from->ToString() + " to " + dc.until->ToString();
    } else if (dc.from) {
      s += " >" + dc.from->ToString();
    } else if (dc.until) {
      s += " <" + dc.until->ToString();
    }
    return s + "]";
  }

  // Drops repeated codes and moves undated codes after the dated ones.
  void TidyCodes(Pending* p) {
    std::vector<DatedCode> dated, undated;
    std::vector<uint32_t> dated_lines, undated_lines;
    bool misplaced = false;
    std::unordered_set<std::string> seen;
    for (size_t i = 0; i < p->codes.size(); ++i) {
      const DatedCode& dc = p->codes[i];
      if (!seen.insert(CodeText(dc)).second) {
        Warn(p->code_lines[i], "repeated code " + CodeText(dc) + " dropped", true);
        continue;
      }
      bool is_dated = dc.from || dc.until;
      if (is_dated && !undated.empty() && !misplaced) {
        misplaced = true;
        Warn(undated_lines.front(),
             "undated code " + CodeText(undated.front()) +
                 " comes before dated codes; moved after them (TABARI needs the default last)",
             true);
      }
      (is_dated ? dated : undated).push_back(dc);
      (is_dated ? dated_lines : undated_lines).push_back(p->code_lines[i]);
    }
    p->codes = std::move(dated);
    for (DatedCode& dc : undated) p->codes.push_back(std::move(dc));
  }

  void Flush() {
    if (!pending_.open) return;
    Pending p = std::move(pending_);
    pending_ = Pending();
    if (p.phrases.empty()) {
      if (!p.root_failed) Skip(p.line, std::string(Kind()) + " has no phrase");
      return;
    }
    if (!HasCode(p)) {
      Skip(p.line, std::string(Kind()) + " '" + p.texts[0] + "' has no code");
      return;
    }
    if (!agents_) TidyCodes(&p);
    std::vector<Phrase> phrases;
    std::vector<std::string> texts;
    for (size_t i = 0; i < p.phrases.size(); ++i) {
      auto [it, inserted] = keys_.emplace(PhraseKey(p.texts[i]), Here(p.phrase_lines[i]));
      if (!inserted) {
        Duplicate(p.phrase_lines[i], "duplicate " + std::string(Kind()) + " phrase '" + p.texts[i] +
                                         "' (first at " + Where(it->second) + ") dropped");
        continue;
      }
      phrases.push_back(std::move(p.phrases[i]));
      texts.push_back(std::move(p.texts[i]));
    }
    if (phrases.empty()) {
      ++dict_->counts.skipped;
      return;
    }
    if (agents_) {
      AgentEntry a;
      a.phrases = std::move(phrases);
      a.texts = std::move(texts);
      a.code = std::move(p.agent->code);
      a.suffix = p.agent->suffix;
      a.comment = std::move(p.comment);
      a.where = Here(p.line);
      ++dict_->counts.agents;
      dict_->counts.agent_phrases += static_cast<uint32_t>(a.phrases.size());
      dict_->agents.push_back(std::move(a));
    } else {
      ActorEntry a;
      a.phrases = std::move(phrases);
      a.texts = std::move(texts);
      a.codes = std::move(p.codes);
      a.comment = std::move(p.comment);
      a.where = Here(p.line);
      ++dict_->counts.actors;
      dict_->counts.actor_phrases += static_cast<uint32_t>(a.phrases.size());
      dict_->actors.push_back(std::move(a));
    }
  }

  bool agents_;
  Section section_ = Section::kNone;
  uint32_t section_line_ = 0;
  Pending pending_;
  std::unordered_map<std::string, SourceRef> keys_;
};

// Reads a whole file. NotFound when it does not exist, IoError otherwise.
Status ReadFile(const std::string& path, std::string* out) {
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (f == nullptr) {
    int err = errno;
    std::string message = path + ": " + std::strerror(err);
    return err == ENOENT ? Status::NotFound(message) : Status::IoError(message);
  }
  out->clear();
  char buf[1 << 16];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) out->append(buf, n);
  bool failed = std::ferror(f) != 0;
  std::fclose(f);
  if (failed) return Status::IoError(path + ": read failed");
  return Status::Ok();
}

template <typename LoadFromBuffer>
Status LoadFile(const std::string& path, Dictionary* dict, LoadFromBuffer load) {
  std::string contents;
  Status s = ReadFile(path, &contents);
  if (!s.ok()) return s;
  load(contents, path, dict);
  return Status::Ok();
}

}  // namespace
}  // namespace tabari_internal

void LoadActorsFromBuffer(std::string_view contents, std::string_view name, Dictionary* dict) {
  tabari_internal::EntryLoader(contents, name, dict, /*agents=*/false).Run();
}

void LoadAgentsFromBuffer(std::string_view contents, std::string_view name, Dictionary* dict) {
  tabari_internal::EntryLoader(contents, name, dict, /*agents=*/true).Run();
}

Status LoadActorsFile(const std::string& path, Dictionary* dict) {
  return tabari_internal::LoadFile(path, dict, LoadActorsFromBuffer);
}

Status LoadAgentsFile(const std::string& path, Dictionary* dict) {
  return tabari_internal::LoadFile(path, dict, LoadAgentsFromBuffer);
}

Status LoadVerbsFile(const std::string& path, Dictionary* dict) {
  return tabari_internal::LoadFile(path, dict, LoadVerbsFromBuffer);
}

Status LoadOptionsFile(const std::string& path, Dictionary* dict) {
  return tabari_internal::LoadFile(path, dict, LoadOptionsFromBuffer);
}

Result<Dictionary> LoadTabariProject(const std::string& path) {
  using tabari_internal::Trim;
  using tabari_internal::Upper;
  std::string text;
  Status s = tabari_internal::ReadFile(path, &text);
  if (!s.ok()) return s;
  Dictionary dict;
  dict.flavor = Dictionary::Flavor::kTabari;
  CodingOptions& o = dict.options;
  o.code_by_sentence = false;  // TABARI codes by clause unless told otherwise
  o.comma_bmin = 128;
  o.comma_bmax = 0;
  o.comma_min = 2;
  o.comma_max = 10;
  o.comma_emin = 2;
  o.comma_emax = 10;

  std::filesystem::path dir = std::filesystem::path(path).parent_path();
  std::vector<std::string> actors, agents, verbs, options;
  size_t pos = 0;
  uint32_t number = 0;
  while (pos < text.size()) {
    size_t end = text.find('\n', pos);
    if (end == std::string::npos) end = text.size();
    std::string_view line = Trim(std::string_view(text).substr(pos, end - pos));
    pos = end + 1;
    ++number;
    if (line.empty() || line[0] != '<') continue;
    size_t close = line.find('>');
    if (close == std::string_view::npos) continue;
    std::string tag = Upper(Trim(line.substr(1, close - 1)));
    std::string_view value = line.substr(close + 1);
    value = Trim(value.substr(0, value.find('<')));  // "</actorfile> comment" may follow
    std::string kind = tag.substr(0, 2);
    std::vector<std::string>* list = kind == "AC"   ? &actors
                                     : kind == "AG" ? &agents
                                     : kind == "VE" ? &verbs
                                     : kind == "OP" ? &options
                                                    : nullptr;
    if (kind == "IS") {
      dict.warnings.push_back(
          LoadWarning{path, number, "issues files are not read by the dictionary loader", false});
    }
    if (list == nullptr) continue;
    if (value.empty()) {
      dict.warnings.push_back(LoadWarning{path, number, "<" + tag + "> names no file", false});
      continue;
    }
    std::filesystem::path file(value);
    list->push_back(file.is_absolute() ? file.string() : (dir / file).string());
  }
  if (actors.empty())
    dict.warnings.push_back(LoadWarning{path, 0, "project names no actors file", false});
  if (verbs.empty())
    dict.warnings.push_back(LoadWarning{path, 0, "project names no verbs file", false});
  for (const std::string& f : options) {
    if (Status st = LoadOptionsFile(f, &dict); !st.ok()) return st;
  }
  for (const std::string& f : actors) {
    if (Status st = LoadActorsFile(f, &dict); !st.ok()) return st;
  }
  for (const std::string& f : agents) {
    if (Status st = LoadAgentsFile(f, &dict); !st.ok()) return st;
  }
  for (const std::string& f : verbs) {
    if (Status st = LoadVerbsFile(f, &dict); !st.ok()) return st;
  }
  return dict;
}

}  // namespace acta::dict
