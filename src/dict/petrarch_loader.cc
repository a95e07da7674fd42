#include "dict/petrarch_loader.h"

#include <charconv>
#include <unordered_map>
#include <unordered_set>

#include "common/file.h"
#include "dict/petrarch2_verbs.h"
#include "dict/petrarch_ini.h"
#include "dict/phrase_parser.h"
#include "dict/tabari_loader.h"

namespace acta::dict {
namespace {

// The directory part of `path` with its trailing '/', or "" for a bare name.
std::string DirectoryOf(const std::string& path) {
  size_t slash = path.rfind('/');
  return slash == std::string::npos ? std::string() : path.substr(0, slash + 1);
}

std::string BaseName(const std::string& path) {
  size_t slash = path.rfind('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

std::string Resolve(const std::string& dir, const std::string& name) {
  if (name.empty() || name.front() == '/') return name;
  return dir + name;
}

bool ParseInt(std::string_view text, int* value) {
  int v = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
  if (ec != std::errc() || end != text.data() + text.size()) return false;
  *value = v;
  return true;
}

// `text` without a leading '+' (a synonym mark).
std::string_view StripSign(std::string_view text) {
  if (!text.empty() && text.front() == '+') text.remove_prefix(1);
  return text;
}

bool IsIssueCodeChar(char c) {
  return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_' ||
         c == '-';
}

// Applies one [Options] key to dict->options; false when the value is unusable.
bool ApplyOption(const std::string& key, const std::string& value, CodingOptions* options) {
  if (key == "code_by_sentence") return ParseIniBool(value, &options->code_by_sentence);
  if (key == "require_dyad") return ParseIniBool(value, &options->require_dyad);
  if (key == "new_actor_length") {
    int n = 0;
    if (!ParseInt(value, &n) || n < 0) return false;
    options->new_actor_length = static_cast<uint32_t>(n);
    return true;
  }
  struct {
    const char* key;
    int* field;
  } const commas[] = {{"comma_min", &options->comma_min},   {"comma_max", &options->comma_max},
                      {"comma_bmin", &options->comma_bmin}, {"comma_bmax", &options->comma_bmax},
                      {"comma_emin", &options->comma_emin}, {"comma_emax", &options->comma_emax}};
  for (const auto& comma : commas) {
    if (key == comma.key) {
      int n = 0;
      if (!ParseInt(value, &n) || n < 0) return false;
      *comma.field = n;
      return true;
    }
  }
  return true;  // other options (file lists, output switches) are kept in raw only
}

// Splits "a.txt, b.txt" into trimmed, non-empty names.
std::vector<std::string> SplitList(std::string_view list) {
  std::vector<std::string> names;
  size_t pos = 0;
  while (pos <= list.size()) {
    size_t end = list.find_first_of(",\n", pos);
    if (end == std::string_view::npos) end = list.size();
    std::string_view name = TrimSpace(list.substr(pos, end - pos));
    if (!name.empty()) names.emplace_back(name);
    pos = end + 1;
  }
  return names;
}

using Loader = void (*)(std::string_view, std::string_view, Dictionary*);

Status LoadFile(const std::string& path, const std::string& name, Loader loader, Dictionary* dict) {
  Result<std::string> contents = ReadWholeFile(path);
  if (!contents.ok()) return contents.status();
  loader(*contents, name, dict);
  return Status::Ok();
}

// Loads every file of `files`, resolved in `dir`.
Status LoadNamedFiles(const PetrarchFiles& files, const std::string& dir, Dictionary* dict) {
  Status status =
      LoadFile(Resolve(dir, files.verbs), files.verbs, &LoadPetrarchVerbsFromBuffer, dict);
  if (!status.ok()) return status;
  for (const std::string& actors : files.actors) {
    status = LoadFile(Resolve(dir, actors), actors, &LoadPetrarchActorsFromBuffer, dict);
    if (!status.ok()) return status;
  }
  struct {
    const std::string& name;
    Loader loader;
  } const optional_files[] = {{files.agents, &LoadPetrarchAgentsFromBuffer},
                              {files.discards, &LoadPetrarchDiscardsFromBuffer},
                              {files.issues, &LoadPetrarchIssuesFromBuffer}};
  for (const auto& file : optional_files) {
    if (file.name.empty()) continue;
    status = LoadFile(Resolve(dir, file.name), file.name, file.loader, dict);
    if (!status.ok()) return status;
  }
  return Status::Ok();
}

// The text of the first <tag>...</tag> in `xml` at or after *pos, trimmed;
// advances *pos past it. Nullopt when there is none.
std::optional<std::string_view> NextElement(std::string_view xml, std::string_view tag,
                                            size_t* pos) {
  std::string open = "<";
  open += tag;
  while (true) {
    size_t start = xml.find(open, *pos);
    if (start == std::string_view::npos) return std::nullopt;
    size_t after = start + open.size();
    if (after < xml.size() && xml[after] != '>' && xml[after] != ' ' && xml[after] != '\t') {
      *pos = after;  // a longer tag name ("<Verbfiles")
      continue;
    }
    size_t gt = xml.find('>', after);
    if (gt == std::string_view::npos) return std::nullopt;
    std::string close = "</" + std::string(tag) + ">";
    size_t end = xml.find(close, gt + 1);
    if (end == std::string_view::npos) end = gt + 1;
    *pos = end;
    return TrimSpace(xml.substr(gt + 1, end - gt - 1));
  }
}

// The value of attribute `name` in the start tag beginning at xml[start].
std::string Attribute(std::string_view xml, size_t start, std::string_view name) {
  size_t gt = xml.find('>', start);
  std::string_view tag =
      xml.substr(start, gt == std::string_view::npos ? xml.size() - start : gt - start);
  std::string key = std::string(name) + "=\"";
  size_t at = tag.find(key);
  if (at == std::string_view::npos) return {};
  size_t begin = at + key.size();
  size_t end = tag.find('"', begin);
  if (end == std::string_view::npos) return {};
  return std::string(tag.substr(begin, end - begin));
}

}  // namespace

void ReadPetrarchConfigFromBuffer(std::string_view contents, std::string_view name,
                                  PetrarchFiles* files, Dictionary* dict) {
  uint32_t file = AddSourceFile(dict, std::string(name));
  IniFile ini = IniFile::Parse(contents);
  for (uint32_t line : ini.bad_lines()) {
    AddWarning(dict, file, line, "not a \"[section]\" or \"key = value\" line; ignored");
  }
  auto get = [&](std::string_view key) -> std::string {
    const IniEntry* entry = ini.Find("Dictionaries", key);
    return entry == nullptr ? std::string() : entry->value;
  };
  files->verbs = get("verbfile_name");
  files->actors = SplitList(get("actorfile_list"));
  files->agents = get("agentfile_name");
  files->discards = get("discardfile_name");
  files->issues = get("issuefile_name");

  CodingOptions& options = dict->options;
  options.code_by_sentence = false;  // PETRARCH's default when the key is absent
  options.require_dyad = true;
  for (const IniEntry& entry : ini.entries()) {
    if (entry.section != "Options") continue;
    options.raw.push_back(entry.key + " = " + entry.value);
    if (!ApplyOption(entry.key, entry.value, &options)) {
      AddWarning(dict, file, entry.line,
                 "option " + entry.key + " has an unusable value \"" + entry.value + "\"; ignored");
    }
  }
}

Result<Dictionary> LoadPetrarchConfig(const std::string& ini_path) {
  Result<std::string> contents = ReadWholeFile(ini_path);
  if (!contents.ok()) return contents.status();
  Dictionary dict;
  PetrarchFiles files;
  ReadPetrarchConfigFromBuffer(*contents, BaseName(ini_path), &files, &dict);
  if (files.verbs.empty()) {
    return Status::InvalidArgument(ini_path + ": [Dictionaries] names no verbfile_name");
  }
  Status status = LoadNamedFiles(files, DirectoryOf(ini_path), &dict);
  if (!status.ok()) return status;
  return dict;
}

Result<Dictionary> LoadPetrarchEnvironment(const std::string& unit_test_xml_path) {
  Result<std::string> contents = ReadWholeFile(unit_test_xml_path);
  if (!contents.ok()) return contents.status();
  std::string_view xml = *contents;
  size_t begin = xml.find("<Environment>");
  size_t end = xml.find("</Environment>");
  if (begin == std::string_view::npos || end == std::string_view::npos || end < begin) {
    return Status::InvalidArgument(unit_test_xml_path + ": no <Environment> element");
  }
  std::string_view env = xml.substr(begin, end - begin);
  PetrarchFiles files;
  auto single = [&](std::string_view tag) {
    size_t pos = 0;
    std::optional<std::string_view> text = NextElement(env, tag, &pos);
    return text ? std::string(*text) : std::string();
  };
  files.verbs = single("Verbfile");
  size_t pos = 0;
  while (std::optional<std::string_view> actors = NextElement(env, "Actorfile", &pos)) {
    for (std::string& name : SplitList(*actors)) files.actors.push_back(std::move(name));
  }
  files.agents = single("Agentfile");
  files.discards = single("Discardfile");
  files.issues = single("Issuefile");
  if (files.verbs.empty()) {
    return Status::InvalidArgument(unit_test_xml_path + ": <Environment> names no <Verbfile>");
  }

  Dictionary dict;
  dict.options.code_by_sentence = false;
  dict.options.require_dyad = true;
  uint32_t file = AddSourceFile(&dict, BaseName(unit_test_xml_path));
  for (size_t at = env.find("<Config"); at != std::string_view::npos;
       at = env.find("<Config", at + 1)) {
    std::string option = Attribute(env, at, "option");
    std::string value = Attribute(env, at, "value");
    if (option.empty()) continue;
    dict.options.raw.push_back(option + " = " + value);
    if (!ApplyOption(option, value, &dict.options)) {
      uint32_t line = 1;
      for (size_t i = 0; i < begin + at; ++i) line += xml[i] == '\n';
      AddWarning(&dict, file, line,
                 "option " + option + " has an unusable value \"" + value + "\"; ignored");
    }
  }
  Status status = LoadNamedFiles(files, DirectoryOf(unit_test_xml_path), &dict);
  if (!status.ok()) return status;
  return dict;
}

namespace {

// The part of a raw PETRARCH-1 verb line that names the verb: before any
// forms, code or comment.
std::string_view VerbSpec(std::string_view raw) {
  return TrimSpace(raw.substr(0, raw.find_first_of("{[#;")));
}

// Applies PETRARCH's rules to a PETRARCH-1 verb file read by the TABARI loader:
// whole words; roots re-read from their lines for the '+' that marks the verb
// in a multi-word root; regular forms for roots without "{...}"; synonym set
// members plus their plurals unless the set or the member ends in '_'.
void ApplyPetrarch1Rules(std::string_view contents, size_t first_verb, size_t first_synset,
                         Dictionary* dict) {
  std::vector<std::string_view> lines = SplitLines(contents);
  auto raw_line = [&](uint32_t n) { return n < lines.size() ? lines[n] : std::string_view(); };
  for (size_t v = first_verb; v < dict->verbs.size(); ++v) {
    VerbEntry& entry = dict->verbs[v];
    std::string_view raw = raw_line(entry.where.line);
    bool guessed = false;
    Result<Phrase> root = ParsePetrarchVerb(VerbSpec(raw), &guessed);
    if (root.ok()) {
      entry.root = std::move(root).value();
      entry.root_text = PetrarchVerbText(entry.root);
    } else {
      MakeWholeWords(&entry.root);
    }
    size_t head = 0;
    while (head < entry.root.size() && !entry.root[head].head) ++head;
    for (size_t f = 0; f < entry.forms.size(); ++f) {
      Result<Phrase> form = ParsePetrarchVerb(entry.form_texts[f], &guessed);
      if (!form.ok()) {
        MakeWholeWords(&entry.forms[f]);
        continue;
      }
      if (guessed && form->size() == entry.root.size() && head < form->size()) {
        form->front().head = false;
        (*form)[head].head = true;
      }
      entry.forms[f] = std::move(form).value();
      entry.form_texts[f] = PetrarchVerbText(entry.forms[f]);
    }
    // PETRARCH-1 reads forms only between the verb and its code.
    std::string_view before_code = raw.substr(0, raw.find_first_of("[#;"));
    if (entry.forms.empty() && before_code.find('{') == std::string_view::npos) {
      for (Phrase& form : RegularVerbPhrases(entry.root)) {
        entry.form_texts.push_back(PetrarchVerbText(form));
        entry.forms.push_back(std::move(form));
      }
    }
    for (VerbPattern& pattern : entry.patterns) MakeWholeWords(&pattern.phrase);
  }
  for (size_t s = first_synset; s < dict->synsets.size(); ++s) {
    Synset& set = dict->synsets[s];
    std::string_view header = TrimSpace(raw_line(set.where.line));
    header = TrimSpace(header.substr(0, header.find_first_of("#;")));
    bool set_plurals = header.empty() || header.back() != '_';
    std::vector<Phrase> phrases;
    std::vector<std::string> texts;
    std::unordered_set<std::string> seen;
    auto add = [&](Phrase phrase) {
      std::string key = PhraseKey(phrase);
      if (!seen.insert(key).second) return;
      texts.push_back(std::move(key));
      phrases.push_back(std::move(phrase));
    };
    for (size_t m = 0; m < set.phrases.size(); ++m) {
      const std::string& text = set.texts[m];
      if (text.find_first_of("&$%^*{}") != std::string::npos) {
        Phrase phrase = set.phrases[m];
        MakeWholeWords(&phrase);
        phrases.push_back(std::move(phrase));
        texts.push_back(text);
        continue;
      }
      Phrase phrase = ConsecutiveWords(StripSign(text));
      if (phrase.empty()) continue;
      bool plural = set_plurals && text.back() != '_';
      Phrase plural_phrase = phrase;
      add(std::move(phrase));
      if (plural) {
        plural_phrase.back().text = RegularPlural(plural_phrase.back().text);
        add(std::move(plural_phrase));
      }
    }
    set.phrases = std::move(phrases);
    set.texts = std::move(texts);
  }
}

}  // namespace

void LoadPetrarchVerbsFromBuffer(std::string_view contents, std::string_view name,
                                 Dictionary* dict) {
  if (LooksLikePetrarch2Verbs(contents)) {
    LoadPetrarch2VerbsFromBuffer(contents, name, dict);
    return;
  }
  std::string cleaned = BlankXmlComments(contents);
  size_t first_verb = dict->verbs.size(), first_synset = dict->synsets.size();
  LoadVerbsFromBuffer(cleaned, name, dict);
  ApplyPetrarch1Rules(cleaned, first_verb, first_synset, dict);
  dict->flavor = Dictionary::Flavor::kPetrarch1;
}

void LoadPetrarchActorsFromBuffer(std::string_view contents, std::string_view name,
                                  Dictionary* dict) {
  std::string cleaned = BlankXmlComments(contents);
  // Phrases already loaded, by PETRARCH's key: the first definition wins, as
  // in the TABARI loader.
  std::unordered_map<std::string, SourceRef> owners;
  for (const ActorEntry& actor : dict->actors) {
    for (const Phrase& phrase : actor.phrases) owners.try_emplace(PhraseKey(phrase), actor.where);
  }
  size_t first = dict->actors.size();
  LoadActorsFromBuffer(cleaned, name, dict);
  uint32_t file = static_cast<uint32_t>(dict->files.size() - 1);
  size_t kept = first;
  for (size_t a = first; a < dict->actors.size(); ++a) {
    ActorEntry& actor = dict->actors[a];
    size_t keep = 0;
    for (size_t p = 0; p < actor.phrases.size(); ++p) {
      // PETRARCH reads an actor phrase as consecutive whole words, '_' and
      // blank alike.
      Phrase phrase = ConsecutiveWords(StripSign(actor.texts[p]));
      std::string key = PhraseKey(phrase);
      auto [it, fresh] = owners.try_emplace(key, actor.where);
      if (!fresh || phrase.empty()) {
        if (!phrase.empty()) {
          const SourceRef& at = it->second;
          std::string where = at.file == file
                                  ? "line " + std::to_string(at.line)
                                  : dict->files[at.file] + ":" + std::to_string(at.line);
          AddWarning(dict, file, actor.where.line,
                     "actor phrase " + key + " repeats " + where +
                         " (PETRARCH reads '_' as a "
                         "blank); dropped");
        }
        --dict->counts.actor_phrases;
        continue;
      }
      actor.phrases[keep] = std::move(phrase);
      if (keep != p) actor.texts[keep] = std::move(actor.texts[p]);
      ++keep;
    }
    actor.phrases.resize(keep);
    actor.texts.resize(keep);
    if (keep == 0) {
      --dict->counts.actors;
      ++dict->counts.skipped;
      continue;
    }
    if (kept != a) dict->actors[kept] = std::move(actor);
    ++kept;
  }
  dict->actors.resize(kept);
}

// ---------------------------------------------------------------------------
// Agents

namespace {

struct AgentLineParts {
  std::string_view phrase;  // before '{' or '['
  std::string_view plural;  // inside '{...}'
  bool has_braces = false;
  std::string_view code;  // inside '[...]'
};

}  // namespace

void LoadPetrarchAgentsFromBuffer(std::string_view contents, std::string_view name,
                                  Dictionary* dict) {
  uint32_t file = AddSourceFile(dict, std::string(name));
  auto warn = [&](uint32_t line, std::string message, bool repaired = false) {
    AddWarning(dict, file, line, std::move(message), repaired);
  };
  auto skip = [&](uint32_t line, std::string message) {
    warn(line, std::move(message));
    ++dict->counts.skipped;
  };
  std::unordered_map<std::string, std::vector<std::string>> markers;
  size_t first = dict->agents.size();
  // Per entry from `first`, per phrase: true for a plural the loader made.
  std::vector<std::vector<bool>> generated;

  for (const DictLine& line : ReadDictLines(contents)) {
    std::string_view text = line.text;
    size_t bang = text.find('!');
    size_t eq = text.find('=');
    if (bang != std::string_view::npos && eq != std::string_view::npos && bang < eq) {
      size_t bang2 = text.find('!', bang + 1);
      if (bang2 == std::string_view::npos || bang2 > eq) {
        skip(line.number, "substitution set needs \"!NAME! = A, B\"");
        continue;
      }
      std::vector<std::string>& members =
          markers[UpperCase(text.substr(bang + 1, bang2 - bang - 1))];
      members.clear();
      for (std::string& member : SplitList(text.substr(eq + 1))) {
        members.push_back(UpperCase(member));
      }
      continue;
    }

    size_t open = text.find('[');
    if (open == std::string_view::npos) {
      skip(line.number, "agent has no [code]");
      continue;
    }
    AgentLineParts parts;
    parts.phrase = text.substr(0, open);
    size_t close = text.find(']', open);
    if (close == std::string_view::npos) {
      // "[~ENV}": closed with the wrong bracket.
      std::string_view inside = text.substr(open + 1);
      size_t stop = inside.find_first_of("})");
      parts.code = inside.substr(0, stop);
      warn(line.number, "code \"" + std::string(text.substr(open)) + "\" has no ']'", true);
    } else {
      parts.code = text.substr(open + 1, close - open - 1);
      if (!TrimSpace(text.substr(close + 1)).empty()) {
        warn(line.number, "text after the agent's code ignored", true);
      }
    }
    size_t brace = parts.phrase.find('{');
    if (brace != std::string_view::npos) {
      size_t brace_close = parts.phrase.find('}', brace);
      if (brace_close == std::string_view::npos) {
        skip(line.number, "missing '}' after the plural");
        continue;
      }
      parts.has_braces = true;
      parts.plural = TrimSpace(parts.phrase.substr(brace + 1, brace_close - brace - 1));
      parts.phrase = parts.phrase.substr(0, brace);
    }
    parts.phrase = TrimSpace(parts.phrase);

    Result<AgentCode> code = ParseAgentCode(parts.code);
    if (!code.ok()) {
      skip(line.number, code.status().message());
      continue;
    }
    AgentEntry entry;
    entry.code = code->code;
    entry.suffix = code->suffix;
    entry.comment = line.comment;
    entry.where = {file, line.number};
    auto add = [&](std::string_view phrase_text) {
      Phrase phrase = ConsecutiveWords(phrase_text);
      if (phrase.empty()) return;
      entry.texts.push_back(PhraseKey(phrase));
      entry.phrases.push_back(std::move(phrase));
    };

    bool made_plural = false;
    size_t mark = parts.phrase.find('!');
    if (mark != std::string_view::npos) {
      size_t mark2 = parts.phrase.find('!', mark + 1);
      if (mark2 == std::string_view::npos) {
        skip(line.number, "substitution marker without its closing '!'");
        continue;
      }
      std::string marker = UpperCase(parts.phrase.substr(mark + 1, mark2 - mark - 1));
      auto found = markers.find(marker);
      if (found == markers.end()) {
        skip(line.number, "substitution set !" + marker + "! is not defined");
        continue;
      }
      if (!parts.plural.empty()) {
        warn(line.number, "plural ignored: a substitution set lists every form", true);
      }
      std::string_view before = parts.phrase.substr(0, mark);
      std::string_view after = parts.phrase.substr(mark2 + 1);
      for (const std::string& member : found->second) {
        add(std::string(before) + member + std::string(after));
      }
    } else {
      add(parts.phrase);
      if (parts.has_braces) {
        if (!parts.plural.empty()) add(parts.plural);
      } else if (!entry.phrases.empty() && parts.phrase.back() != '_') {
        made_plural = true;
        Phrase plural = entry.phrases.front();
        plural.back().text = RegularPlural(plural.back().text);
        entry.texts.push_back(PhraseKey(plural));
        entry.phrases.push_back(std::move(plural));
      }
    }
    if (entry.phrases.empty()) {
      skip(line.number, "agent has no words");
      continue;
    }
    generated.emplace_back(entry.phrases.size(), false);
    if (made_plural) generated.back().back() = true;
    dict->agents.push_back(std::move(entry));
  }

  // A phrase given again. Between two phrases written out, or two plurals
  // made by the loader, the later wins as in PETRARCH; a phrase written out
  // wins over a made plural ("DEFENSE_SERVICES [~GOVMIL]" over the plural of
  // "DEFENSE_SERVICE [~MIL]"). Redundant plurals are dropped without a warning.
  struct Owner {
    size_t entry, phrase;
  };
  std::unordered_map<std::string, Owner> owners;
  std::vector<std::vector<bool>> removed;
  for (const std::vector<bool>& flags : generated) removed.emplace_back(flags.size(), false);
  auto code_text = [](const AgentEntry& a) { return a.suffix ? "~" + a.code : a.code + "~"; };
  for (size_t e = first; e < dict->agents.size(); ++e) {
    const AgentEntry& entry = dict->agents[e];
    std::unordered_set<uint32_t> told;  // earlier lines already named in a warning
    for (size_t p = 0; p < entry.phrases.size(); ++p) {
      auto [it, fresh] = owners.try_emplace(entry.texts[p], Owner{e, p});
      if (fresh) continue;
      Owner earlier_at = it->second;
      const AgentEntry& earlier = dict->agents[earlier_at.entry];
      bool same = earlier.code == entry.code && earlier.suffix == entry.suffix;
      bool made = generated[e - first][p];
      bool earlier_made = generated[earlier_at.entry - first][earlier_at.phrase];
      bool later_wins = !same && (made == earlier_made || earlier_made);
      if (later_wins) {
        removed[earlier_at.entry - first][earlier_at.phrase] = true;
        it->second = Owner{e, p};
      } else {
        removed[e - first][p] = true;
      }
      if ((same && (made || earlier_made)) || !told.insert(earlier.where.line).second) continue;
      std::string line_text = std::to_string(earlier.where.line);
      if (same) {
        warn(entry.where.line, entry.texts[p] + " repeats line " + line_text + "; dropped");
      } else if (later_wins) {
        warn(entry.where.line, entry.texts[p] + " was coded [" + code_text(earlier) + "] at line " +
                                   line_text + "; this line's [" + code_text(entry) +
                                   "] replaces it");
      } else {
        warn(entry.where.line, entry.texts[p] + ", the plural made here, keeps [" +
                                   code_text(earlier) + "] from line " + line_text);
      }
    }
  }
  size_t kept = first;
  for (size_t e = first; e < dict->agents.size(); ++e) {
    AgentEntry& entry = dict->agents[e];
    size_t keep = 0;
    for (size_t p = 0; p < entry.phrases.size(); ++p) {
      if (removed[e - first][p]) continue;
      if (keep != p) {
        entry.phrases[keep] = std::move(entry.phrases[p]);
        entry.texts[keep] = std::move(entry.texts[p]);
      }
      ++keep;
    }
    entry.phrases.resize(keep);
    entry.texts.resize(keep);
    if (keep == 0) {
      ++dict->counts.skipped;
      continue;
    }
    dict->counts.agent_phrases += static_cast<uint32_t>(keep);
    if (kept != e) dict->agents[kept] = std::move(entry);
    ++kept;
  }
  dict->agents.resize(kept);
  dict->counts.agents += static_cast<uint32_t>(kept - first);
}

// ---------------------------------------------------------------------------
// Discards

void LoadPetrarchDiscardsFromBuffer(std::string_view contents, std::string_view name,
                                    Dictionary* dict) {
  uint32_t file = AddSourceFile(dict, std::string(name));
  std::unordered_map<std::string, uint32_t> seen;  // "+KEY" or "KEY" -> line
  for (const DictLine& line : ReadDictLines(contents)) {
    DiscardEntry entry;
    std::string_view text = line.text;
    entry.whole_story = text.front() == '+';
    if (entry.whole_story) text.remove_prefix(1);
    entry.phrase = ConsecutiveWords(text);
    if (entry.phrase.empty()) {
      AddWarning(dict, file, line.number, "discard has no words");
      ++dict->counts.skipped;
      continue;
    }
    entry.text = std::string(line.text);
    std::string key = PhraseKey(entry.phrase);
    if (entry.whole_story) key.insert(0, 1, '+');
    auto [it, fresh] = seen.try_emplace(key, line.number);
    if (!fresh) {
      AddWarning(dict, file, line.number,
                 "repeats line " + std::to_string(it->second) + "; dropped");
      ++dict->counts.skipped;
      continue;
    }
    entry.where = {file, line.number};
    dict->discards.push_back(std::move(entry));
    ++dict->counts.discards;
  }
}

// ---------------------------------------------------------------------------
// Issues

namespace {

// True when text[pos] starts a word: at the start or after ' ', '-' or '+'.
bool AtWordStart(std::string_view text, size_t pos) {
  return pos == 0 || text[pos - 1] == ' ' || text[pos - 1] == '-' || text[pos - 1] == '+';
}

// Finds "N:" or "V:" (upper case) at the start of a word.
size_t FindMarker(std::string_view text, char kind) {
  for (size_t pos = text.find(std::string{kind, ':'}); pos != std::string_view::npos;
       pos = text.find(std::string{kind, ':'}, pos + 1)) {
    if (AtWordStart(text, pos)) return pos;
  }
  return std::string_view::npos;
}

// The most forms one issue line may expand to; each '+' doubles them.
constexpr size_t kMaxIssueForms = 64;

// Expands PETRARCH's issue shorthand in upper-case `text` into *forms, at most
// kMaxIssueForms of them. Returns false when some were left out.
bool ExpandIssue(const std::string& text, std::vector<std::string>* forms) {
  if (forms->size() >= kMaxIssueForms) return false;
  size_t plus = text.find('+');
  if (plus != std::string::npos) {
    bool complete = true;
    for (char joint : {' ', '-'}) {
      std::string form = text;
      form[plus] = joint;
      complete = ExpandIssue(form, forms) && complete;
    }
    return complete;
  }
  for (char kind : {'N', 'V'}) {
    size_t at = FindMarker(text, kind);
    if (at == std::string::npos) continue;
    size_t end = text.find_first_of(" -", at + 2);
    if (end == std::string::npos) end = text.size();
    std::string word = text.substr(at + 2, end - at - 2);
    std::vector<std::string> variants = {word};
    if (kind == 'N') {
      variants.push_back(RegularPlural(word));
    } else {
      for (std::string& v : RegularVerbForms(word)) variants.push_back(std::move(v));
    }
    bool complete = true;
    for (const std::string& variant : variants) {
      complete = ExpandIssue(text.substr(0, at) + variant + text.substr(end), forms) && complete;
    }
    return complete;
  }
  forms->push_back(text);
  return true;
}

}  // namespace

void LoadPetrarchIssuesFromBuffer(std::string_view contents, std::string_view name,
                                  Dictionary* dict) {
  uint32_t file = AddSourceFile(dict, std::string(name));
  auto warn = [&](uint32_t line, std::string message, bool repaired = false) {
    AddWarning(dict, file, line, std::move(message), repaired);
  };
  auto skip = [&](uint32_t line, std::string message) {
    warn(line, std::move(message));
    ++dict->counts.skipped;
  };
  std::string category;
  bool in_section = false;
  // Form key ("KEY" for issues, "~KEY"/"~~KEY" for ignores) -> code and line.
  std::unordered_map<std::string, std::pair<std::string, uint32_t>> seen;

  auto add_forms = [&](uint32_t line, std::string_view phrase_text, const std::string& code,
                       IssueEntry::Kind kind) {
    std::vector<std::string> forms;
    if (!ExpandIssue(UpperCase(phrase_text), &forms)) {
      warn(line, "more than " + std::to_string(kMaxIssueForms) + " forms; the rest left out");
    }
    bool added = false;
    for (const std::string& form : forms) {
      IssueEntry entry;
      entry.phrase = ConsecutiveWords(form);
      if (entry.phrase.empty()) continue;
      std::string prefix = kind == IssueEntry::Kind::kIssue            ? ""
                           : kind == IssueEntry::Kind::kIgnoreSentence ? "~"
                                                                       : "~~";
      std::string key = prefix + PhraseKey(entry.phrase);
      auto [it, fresh] = seen.try_emplace(key, code, line);
      if (!fresh) {
        if (it->second.first == code) continue;  // the same form twice: nothing to add
        warn(line, PhraseKey(entry.phrase) + " was coded [" + it->second.first + "] at line " +
                       std::to_string(it->second.second) + "; both are kept");
      }
      entry.text = form;
      entry.code = code;
      entry.kind = kind;
      entry.category = category;
      entry.where = {file, line};
      dict->issues.push_back(std::move(entry));
      ++dict->counts.issues;
      added = true;
    }
    if (!added) skip(line, "issue phrase adds nothing new");
  };

  uint32_t last_line = 0;
  for (const DictLine& line : ReadDictLines(contents)) {
    last_line = line.number;
    std::string text = line.text;
    // "astrovirus\u2020infection": a no-break space that went through Mac Roman.
    constexpr std::string_view kDagger = "\xE2\x80\xA0";
    if (text.find(kDagger) != std::string::npos) {
      std::string spaced;
      size_t from = 0;
      for (size_t at = text.find(kDagger); at != std::string::npos; at = text.find(kDagger, from)) {
        spaced.append(text, from, at - from);
        spaced += ' ';
        from = at + kDagger.size();
      }
      spaced.append(text, from, std::string::npos);
      text = std::move(spaced);
      warn(line.number, "'\u2020' read as a space", true);
    }
    if (text.front() == '<') {
      if (text.rfind("</ISSUE", 0) == 0) {
        if (!in_section) warn(line.number, "</ISSUE> without an open <ISSUE>");
        in_section = false;
        category.clear();
      } else if (text.rfind("<ISSUE", 0) == 0) {
        if (in_section) warn(line.number, "<ISSUE> inside another; the earlier one is closed");
        in_section = true;
        category = Attribute(text, 0, "CATEGORY");
      } else {
        warn(line.number, "unknown tag ignored");
      }
      continue;
    }
    if (text.front() == '~') {
      bool story = text.size() > 1 && text[1] == '~';
      std::string_view phrase = std::string_view(text).substr(story ? 2 : 1);
      add_forms(line.number, TrimSpace(phrase), std::string(),
                story ? IssueEntry::Kind::kIgnoreStory : IssueEntry::Kind::kIgnoreSentence);
      continue;
    }
    // "phrase [CODE]", sometimes two of them on one line or a code repeated.
    std::string_view rest = text;
    std::string last_code;
    bool first = true;
    while (true) {
      size_t open = rest.find('[');
      if (open == std::string_view::npos) {
        if (first) {
          skip(line.number, "issue phrase has no [code]");
        } else if (!TrimSpace(rest).empty()) {
          warn(line.number, "text after the code ignored: \"" + std::string(TrimSpace(rest)) + "\"",
               true);
        }
        break;
      }
      std::string_view phrase = TrimSpace(rest.substr(0, open));
      size_t close = rest.find(']', open);
      std::string_view inside = TrimSpace(rest.substr(
          open + 1, close == std::string_view::npos ? std::string_view::npos : close - open - 1));
      rest = close == std::string_view::npos ? std::string_view() : rest.substr(close + 1);
      std::string code(inside);
      bool valid = !code.empty();
      for (char c : code) valid = valid && IsIssueCodeChar(c);
      if (!valid) {
        skip(line.number, "malformed issue code \"[" + code + "]\"");
        break;
      }
      if (close == std::string_view::npos) warn(line.number, "missing ']' after the code", true);
      if (phrase.empty()) {
        if (first) {
          skip(line.number, "issue code without a phrase");
          break;
        }
        warn(line.number,
             code == last_code ? "code [" + code + "] repeated; ignored"
                               : "second code [" + code + "] ignored",
             true);
        continue;
      }
      if (!first) warn(line.number, "a second entry on the same line", true);
      add_forms(line.number, phrase, code, IssueEntry::Kind::kIssue);
      last_code = code;
      first = false;
    }
  }
  if (in_section) {
    warn(last_line, "<ISSUE> section not closed");
  }
}

// ---------------------------------------------------------------------------
// Files

Status LoadPetrarchVerbsFile(const std::string& path, Dictionary* dict) {
  return LoadFile(path, BaseName(path), &LoadPetrarchVerbsFromBuffer, dict);
}

Status LoadPetrarchActorsFile(const std::string& path, Dictionary* dict) {
  return LoadFile(path, BaseName(path), &LoadPetrarchActorsFromBuffer, dict);
}

Status LoadPetrarchAgentsFile(const std::string& path, Dictionary* dict) {
  return LoadFile(path, BaseName(path), &LoadPetrarchAgentsFromBuffer, dict);
}

Status LoadPetrarchDiscardsFile(const std::string& path, Dictionary* dict) {
  return LoadFile(path, BaseName(path), &LoadPetrarchDiscardsFromBuffer, dict);
}

Status LoadPetrarchIssuesFile(const std::string& path, Dictionary* dict) {
  return LoadFile(path, BaseName(path), &LoadPetrarchIssuesFromBuffer, dict);
}

}  // namespace acta::dict
