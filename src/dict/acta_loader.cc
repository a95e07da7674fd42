#include "dict/acta_loader.h"

#include <algorithm>
#include <array>
#include <filesystem>
#include <map>
#include <set>
#include <utility>
#include <vector>

#include "coder/coder_words.h"
#include "common/file.h"
#include "dict/petrarch_ini.h"
#include "dict/phrase_parser.h"

namespace acta::dict {
namespace {

constexpr std::array<std::string_view, 14> kKeys = {
    "names",    "adjectives", "metonyms", "code",    "role",     "sector", "country",
    "wikidata", "source",     "forms",    "pattern", "position", "short",  "places"};

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) {
    s.remove_prefix(1);
  }
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) {
    s.remove_suffix(1);
  }
  return s;
}

std::vector<std::string_view> SplitList(std::string_view value) {
  std::vector<std::string_view> out;
  size_t start = 0;
  while (start <= value.size()) {
    size_t semi = value.find(';', start);
    if (semi == std::string_view::npos) semi = value.size();
    const std::string_view item = Trim(value.substr(start, semi - start));
    if (!item.empty()) out.push_back(item);
    start = semi + 1;
  }
  return out;
}

// A name cut into the coder's words, each whole unless written with a
// trailing '*'. Empty when nothing is left of it.
Phrase NamePhrase(std::string_view name) {
  Phrase p;
  size_t i = 0;
  while (i < name.size()) {
    while (i < name.size() && (name[i] == ' ' || name[i] == '\t')) ++i;
    size_t j = i;
    while (j < name.size() && name[j] != ' ' && name[j] != '\t') ++j;
    std::string_view token = name.substr(i, j - i);
    i = j;
    const bool stem = token.ends_with('*');
    if (stem) token.remove_suffix(1);
    coder::CoderWords words = coder::SplitCoderWords(token, coder::WordStyle::kTreebank);
    for (size_t k = 0; k < words.words.size(); ++k) {
      PhraseWord w;
      w.text = std::move(words.words[k].text);
      w.stem = stem && k + 1 == words.words.size();
      p.push_back(std::move(w));
    }
  }
  for (size_t k = 0; k + 1 < p.size(); ++k) p[k].adjacent_next = true;
  return p;
}

bool IsCode(std::string_view code) {
  if (code == "---") return true;
  if (code.empty() || code.size() % 3 != 0) return false;
  return std::all_of(code.begin(), code.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

bool IsEventCode(std::string_view code) {
  if (code == "---" || code == "###") return true;
  if (code.size() < 2 || code.size() > 4) return false;
  return std::all_of(code.begin(), code.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// A pattern's code: an event code, or "A:B" (A from source to target and B
// back, as PETRARCH writes reciprocal events).
bool IsPatternCode(std::string_view code) {
  const size_t colon = code.find(':');
  if (colon == std::string_view::npos) return IsEventCode(code);
  return IsEventCode(code.substr(0, colon)) && IsEventCode(code.substr(colon + 1));
}

// One entry while its attribute lines are read.
struct Pending {
  std::string kind, name;
  uint32_t line = 0;
  std::vector<std::pair<std::string, uint32_t>> names, adjectives, metonyms, places, forms;
  std::vector<DatedCode> codes;
  std::vector<VerbPattern> patterns;
  std::string event_code;           // verbs
  bool prefix = false;              // agents
  std::vector<std::string> shorts;  // people: "short:" as written
  bool short_given = false;
  std::string country;  // "country:", for a person's elite code
};

// Name particles that belong to a surname ("bin Laden", "de Klerk").
bool IsParticle(std::string_view w) {
  static constexpr std::array<std::string_view, 16> kParticles = {
      "bin", "ibn", "bint", "de",  "da", "di", "do", "dos",
      "van", "von", "der",  "den", "la", "le", "al", "abu"};
  return std::find(kParticles.begin(), kParticles.end(), w) != kParticles.end();
}

bool IsGenerationSuffix(std::string_view w) {
  static constexpr std::array<std::string_view, 5> kSuffixes = {"Jr.", "Jr", "Sr.", "Sr", "Junior"};
  return std::find(kSuffixes.begin(), kSuffixes.end(), w) != kSuffixes.end();
}

// A regnal number ("Juan Carlos I", "Abdullah II"): a monarch, whom news
// never calls by the name before it.
bool IsRegnalNumber(std::string_view w) {
  return !w.empty() && w.find_first_not_of("IVX") == std::string_view::npos;
}

// The short names news uses for a person named `full`: the surname with its
// particles ("Tony Blair" -> "Blair", "Osama bin Laden" -> "bin Laden"), and
// without an Arabic article too ("Bashar al-Assad" -> "al-Assad", "Assad").
// None for one-word names and for monarchs (a regnal number, or "of").
std::vector<std::string> DerivedShortNames(std::string_view full) {
  std::vector<std::string_view> words;
  for (size_t i = 0; i < full.size();) {
    while (i < full.size() && full[i] == ' ') ++i;
    size_t j = i;
    while (j < full.size() && full[j] != ' ') ++j;
    if (j > i) words.push_back(full.substr(i, j - i));
    i = j;
  }
  while (!words.empty() && IsGenerationSuffix(words.back())) words.pop_back();
  if (words.size() < 2 || IsRegnalNumber(words.back()) ||
      std::find(words.begin(), words.end(), "of") != words.end())
    return {};
  size_t first = words.size() - 1;
  while (first > 1 && IsParticle(words[first - 1])) --first;
  std::string surname;
  for (size_t k = first; k < words.size(); ++k)
    surname += (k > first ? " " : "") + std::string(words[k]);
  std::vector<std::string> out = {surname};
  for (std::string_view article : {"al-", "Al-", "el-", "El-", "as-", "ash-", "ad-"}) {
    if (first + 1 == words.size() && surname.starts_with(article) &&
        surname.size() >= article.size() + 3)
      out.push_back(surname.substr(article.size()));
  }
  return out;
}

// Surnames that are also common words, months or days: alone they are not
// the person ("Brown", "May", "Rice"); after a title they are ("Mr Brown").
bool IsCommonWordName(std::string_view name) {
  static constexpr std::array<std::string_view, 118> kCommon = {
      "Ali", "Bar", "Bird", "Bishop", "Bridges", "Brown", "Burns", "Cam", "Cannon", "Champagne",
      "Christian", "Cook", "Cooper", "Doe", "Downer", "Drew", "English", "Fall", "Friday",
      "Gallant", "Gang", "Gates", "Green", "Gross", "Hen", "Hill", "Horn", "Hunt", "Islam", "Key",
      "King", "Lake", "Little", "Major", "Mason", "May", "March", "Mock", "Note", "Pace", "Parts",
      "Pen", "Power", "Price", "Rage", "Ray", "Rice", "Ridge", "Rim", "Said", "Shaker", "Skate",
      "Slim", "So", "Sol", "Son", "Song", "Sun", "Top", "Straw", "Struck", "Tanner", "Vital", "Wee",
      "Win", "Wine", "Young", "Villa", "Lasso", "Mufti", "Sultan", "Shah", "Pasha", "Khan",
      "Hussein", "Mohammed", "Muhammad", "Ibrahim", "Musa", "Salah", "Malik", "Ba", "Ho", "La",
      "Il", "Sen", "Sing", "Short", "Field", "Long", "White", "Black", "Gray", "Grey", "Bolton",
      "Clark",
      // Given names that end many Arabic and Muslim names ("Kamal Hassan Ali").
      "Ahmed", "Ahmad", "Hassan", "Hasan", "Abdullah", "Omar", "Umar", "Mahmoud", "Khalid", "Saleh",
      "Salih", "Yusuf", "Youssef", "Osman", "Othman", "Hamid", "Karim", "Rahman", "Aziz", "Mustafa",
      "Mohamed", "Ismail"};
  return std::find(kCommon.begin(), kCommon.end(), name) != kCommon.end();
}

class FileLoader {
 public:
  FileLoader(std::string_view contents, const std::string& name, Dictionary* dict)
      : text_(contents), name_(name), dict_(dict) {
    file_ = static_cast<uint32_t>(dict->files.size());
    dict->files.push_back(name);
    dict->flavor = Dictionary::Flavor::kActa;
    for (const auto& part : std::filesystem::path(name))
      if (part == "people") people_ = true;
  }

  void Run() {
    uint32_t line_no = 0;
    size_t pos = 0;
    while (pos < text_.size()) {
      size_t nl = text_.find('\n', pos);
      if (nl == std::string_view::npos) nl = text_.size();
      Line(text_.substr(pos, nl - pos), ++line_no);
      pos = nl + 1;
    }
    Flush();
  }

 private:
  void Warn(uint32_t line, std::string message) {
    dict_->warnings.push_back(LoadWarning{name_, line, std::move(message), false});
  }

  void Line(std::string_view raw, uint32_t n) {
    std::string_view line = raw;
    if (const size_t hash = line.find(" # "); hash != std::string_view::npos) {
      line = line.substr(0, hash);
    }
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    const std::string_view trimmed = Trim(line);
    const bool indented = !line.empty() && (line[0] == ' ' || line[0] == '\t');
    if (trimmed.empty() || trimmed[0] == '#') {
      if (!indented && !trimmed.empty()) Flush();  // a comment at column 0 ends the entry
      return;
    }
    if (!indented) {
      Flush();
      const size_t space = trimmed.find(' ');
      const std::string_view kind = trimmed.substr(0, space);
      if (space == std::string_view::npos ||
          (kind != "actor" && kind != "agent" && kind != "verb")) {
        Warn(n, "an entry starts with 'actor NAME', 'agent CODE' or 'verb NAME'");
        skipping_ = true;
        return;
      }
      skipping_ = false;
      entry_ = Pending{};
      entry_.kind = std::string(kind);
      entry_.name = std::string(Trim(trimmed.substr(space + 1)));
      entry_.line = n;
      open_ = true;
      return;
    }
    if (!open_) {
      if (!skipping_) Warn(n, "attribute outside an entry");
      return;
    }
    const size_t colon = trimmed.find(':');
    const std::string_view key = colon == std::string_view::npos ? "" : trimmed.substr(0, colon);
    if (std::find(kKeys.begin(), kKeys.end(), key) == kKeys.end()) {
      Warn(n,
           "unknown attribute line (want one of names, adjectives, metonyms, code, role, "
           "sector, country, wikidata, source, forms, pattern, position, short, places)");
      return;
    }
    const std::string_view value = Trim(trimmed.substr(colon + 1));
    if (value.empty()) {
      Warn(n, std::string(key) + ": empty value");
      return;
    }
    Attribute(key, value, n);
  }

  void Attribute(std::string_view key, std::string_view value, uint32_t n) {
    auto add_all = [&](std::vector<std::pair<std::string, uint32_t>>* to) {
      for (std::string_view item : SplitList(value)) to->emplace_back(std::string(item), n);
    };
    if (key == "names") {
      add_all(&entry_.names);
    } else if (key == "adjectives") {
      add_all(&entry_.adjectives);
    } else if (key == "metonyms") {
      add_all(&entry_.metonyms);
    } else if (key == "places") {
      add_all(&entry_.places);
    } else if (key == "forms") {
      add_all(&entry_.forms);
    } else if (key == "code") {
      Code(value, n);
    } else if (key == "role") {
      Role(value, n);
    } else if (key == "pattern") {
      Pattern(value, n);
    } else if (key == "short") {
      entry_.short_given = true;
      if (value != "none")
        for (std::string_view item : SplitList(value)) entry_.shorts.emplace_back(item);
    } else if (key == "country") {
      if (!IsCode(value) || value.size() != 3) return Warn(n, "country: want an ISO-3 code");
      entry_.country = std::string(value);
    } else if (key == "position") {
      if (value == "prefix" || value == "suffix") {
        entry_.prefix = value == "prefix";
      } else {
        Warn(n, "position: want prefix or suffix");
      }
    }
    // sector, wikidata and source are documentation for people and lint.
  }

  void Code(std::string_view value, uint32_t n) {
    const std::string code(value);
    if (entry_.kind == "verb") {
      if (!IsPatternCode(code)) return Warn(n, "code: '" + code + "' is not an event code");
      entry_.event_code = code;
      return;
    }
    if (!IsCode(code)) return Warn(n, "code: '" + code + "' is not made of 3-letter blocks");
    entry_.codes.push_back(DatedCode{code, std::nullopt, std::nullopt});
  }

  void Role(std::string_view value, uint32_t n) {
    const size_t space = value.find(' ');
    const std::string code(value.substr(0, space));
    const std::string_view span =
        space == std::string_view::npos ? std::string_view() : Trim(value.substr(space + 1));
    const size_t dots = span.find("..");
    if (!IsCode(code) || dots == std::string_view::npos) {
      return Warn(n, "role: want CODE FROM..UNTIL (either date may be left out)");
    }
    DatedCode c{code, std::nullopt, std::nullopt};
    const std::string_view from = span.substr(0, dots), until = span.substr(dots + 2);
    if (!from.empty() && !(c.from = ParseActaDate(from, false))) {
      return Warn(n, "role: bad date '" + std::string(from) + "'");
    }
    if (!until.empty() && !(c.until = ParseActaDate(until, true))) {
      return Warn(n, "role: bad date '" + std::string(until) + "'");
    }
    if (!c.from && !c.until) return Warn(n, "role: give at least one date (or use code:)");
    if (c.from && c.until && *c.until < *c.from) return Warn(n, "role: ends before it starts");
    entry_.codes.push_back(std::move(c));
  }

  void Pattern(std::string_view value, uint32_t n) {
    const size_t space = value.find(' ');
    const std::string code(value.substr(0, space));
    if (space == std::string_view::npos || !IsPatternCode(code)) {
      return Warn(n, "pattern: want an event code (or CODE:CODE), then the pattern");
    }
    const std::string_view text = Trim(value.substr(space + 1));
    Result<Phrase> p = ParseTabariPhrase(text, PhraseContext::kPattern);
    if (!p.ok()) return Warn(n, "pattern: " + p.status().message());
    VerbPattern pat;
    pat.phrase = std::move(*p);
    pat.text = std::string(text);
    pat.code = code;
    pat.where = SourceRef{file_, n};
    entry_.patterns.push_back(std::move(pat));
  }

  // Phrases of `items`, reported when nothing is left of one.
  std::pair<std::vector<Phrase>, std::vector<std::string>> Phrases(
      const std::vector<std::pair<std::string, uint32_t>>& items) {
    std::pair<std::vector<Phrase>, std::vector<std::string>> out;
    for (const auto& [text, line] : items) {
      Phrase p = NamePhrase(text);
      if (p.empty()) {
        Warn(line, "'" + text + "' has no words to match");
        continue;
      }
      // Spellings that differ only in what the coder ignores ("Brasília",
      // "Brasilia") are one phrase.
      if (std::find(out.first.begin(), out.first.end(), p) != out.first.end()) continue;
      out.first.push_back(std::move(p));
      out.second.push_back(text);
    }
    return out;
  }

  void Flush() {
    if (!open_) return;
    open_ = false;
    const SourceRef where{file_, entry_.line};
    if (entry_.kind == "actor") {
      FlushActor(where);
    } else if (entry_.kind == "agent") {
      FlushAgent(where);
    } else {
      FlushVerb(where);
    }
  }

  void Skip(const std::string& why) {
    Warn(entry_.line, entry_.kind + " " + entry_.name + ": " + why + "; entry skipped");
    ++dict_->counts.skipped;
  }

  void FlushActor(const SourceRef& where) {
    std::vector<std::pair<std::string, uint32_t>> all = entry_.names;
    all.insert(all.end(), entry_.adjectives.begin(), entry_.adjectives.end());
    auto [phrases, texts] = Phrases(all);
    if (phrases.empty() && entry_.metonyms.empty() && entry_.places.empty())
      return Skip("no names");
    // A person on a day none of their roles covers is a former (or future)
    // official: CAMEO's elite, their country plus ELI.
    const bool undated = std::any_of(entry_.codes.begin(), entry_.codes.end(),
                                     [](const DatedCode& c) { return !c.from && !c.until; });
    if (people_ && !undated && !entry_.country.empty())
      entry_.codes.push_back(DatedCode{entry_.country + "ELI", std::nullopt, std::nullopt});
    if (entry_.codes.empty()) return Skip("no code or role");
    if (!phrases.empty()) {
      ActorEntry a;
      a.phrases = std::move(phrases);
      a.texts = std::move(texts);
      a.codes = entry_.codes;
      a.comment = entry_.name;
      a.where = where;
      a.person = people_;
      a.adjectives_from = static_cast<uint32_t>(Phrases(entry_.names).first.size());
      if (entry_.short_given) {
        a.short_names = entry_.shorts;
      } else if (people_) {
        a.short_names = DerivedShortNames(all.front().first);
      }
      ++dict_->counts.actors;
      dict_->counts.actor_phrases += static_cast<uint32_t>(a.phrases.size());
      dict_->actors.push_back(std::move(a));
    }
    AddPlaceEntry(entry_.metonyms, "GOV", " (government)", where);
    AddPlaceEntry(entry_.places, "", " (place)", where);
  }

  // Metonyms (role "GOV") and places (no role): names that code as the
  // entry's codes plus `role` except after IN, AT or NEAR.
  void AddPlaceEntry(const std::vector<std::pair<std::string, uint32_t>>& items,
                     const std::string& role, const char* label, const SourceRef& where) {
    auto [phrases, texts] = Phrases(items);
    if (phrases.empty()) return;
    ActorEntry m;
    m.phrases = std::move(phrases);
    m.texts = std::move(texts);
    for (DatedCode c : entry_.codes) {
      if (!role.empty() && c.code != "---" && !c.code.ends_with(role)) c.code += role;
      m.codes.push_back(std::move(c));
    }
    m.comment = entry_.name + label;
    m.place = true;
    m.where = where;
    ++dict_->counts.actors;
    dict_->counts.actor_phrases += static_cast<uint32_t>(m.phrases.size());
    dict_->actors.push_back(std::move(m));
  }

  void FlushAgent(const SourceRef& where) {
    auto [phrases, texts] = Phrases(entry_.names);
    if (phrases.empty()) return Skip("no names");
    if (!IsCode(entry_.name) || entry_.name == "---")
      return Skip("the agent's code must be 3-letter blocks");
    AgentEntry a;
    a.phrases = std::move(phrases);
    a.texts = std::move(texts);
    a.code = entry_.name;
    a.suffix = !entry_.prefix;
    a.comment = entry_.name;
    a.where = where;
    ++dict_->counts.agents;
    dict_->counts.agent_phrases += static_cast<uint32_t>(a.phrases.size());
    dict_->agents.push_back(std::move(a));
  }

  void FlushVerb(const SourceRef& where) {
    if (entry_.names.empty()) return Skip("no names");
    if (entry_.event_code.empty() && entry_.patterns.empty()) return Skip("no code or pattern");
    // Verb names and forms are written in TABARI's phrase syntax (stems,
    // '_' joins), like the patterns that refer to them.
    std::vector<Phrase> roots, forms;
    std::vector<std::string> root_texts, form_texts;
    auto parse = [this](const std::vector<std::pair<std::string, uint32_t>>& items,
                        std::vector<Phrase>* phrases, std::vector<std::string>* texts) {
      for (const auto& [text, line] : items) {
        std::string upper(text);
        for (char& c : upper) c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
        Result<Phrase> p = ParseTabariPhrase(upper, PhraseContext::kVerb);
        if (!p.ok()) {
          Warn(line, "verb '" + text + "': " + p.status().message());
          continue;
        }
        phrases->push_back(std::move(*p));
        texts->push_back(text);
      }
    };
    parse(entry_.names, &roots, &root_texts);
    parse(entry_.forms, &forms, &form_texts);
    if (roots.empty()) return Skip("no usable names");
    VerbEntry v;
    v.root = roots[0];
    v.root_text = root_texts[0];
    for (size_t k = 1; k < roots.size(); ++k) {
      v.forms.push_back(std::move(roots[k]));
      v.form_texts.push_back(std::move(root_texts[k]));
    }
    for (size_t k = 0; k < forms.size(); ++k) {
      v.forms.push_back(std::move(forms[k]));
      v.form_texts.push_back(std::move(form_texts[k]));
    }
    v.code = entry_.event_code.empty() ? "---" : entry_.event_code;
    v.patterns = std::move(entry_.patterns);
    v.comment = entry_.name;
    v.where = where;
    ++dict_->counts.verbs;
    dict_->counts.verb_patterns += static_cast<uint32_t>(v.patterns.size());
    dict_->verbs.push_back(std::move(v));
  }

  std::string_view text_;
  std::string name_;
  Dictionary* dict_;
  uint32_t file_ = 0;
  Pending entry_;
  bool open_ = false;
  bool skipping_ = false;  // after a bad entry line, until the next entry
  bool people_ = false;    // a file under a directory named "people"
};

}  // namespace

std::optional<Date> ParseActaDate(std::string_view text, bool end) {
  if (text.size() == 10) return Date::ParseIso(text);
  std::string full(text);
  if (text.size() == 4) {
    full += end ? "-12-31" : "-01-01";
    return Date::ParseIso(full);
  }
  if (text.size() != 7) return std::nullopt;
  if (!end) return Date::ParseIso(full + "-01");
  for (const char* last : {"-31", "-30", "-29", "-28"}) {
    std::optional<Date> d = Date::ParseIso(full + last);
    if (d && d->IsValid()) return d;
  }
  return std::nullopt;
}

void LoadActaDictionaryFromBuffer(std::string_view contents, const std::string& name,
                                  Dictionary* dict) {
  FileLoader(contents, name, dict).Run();
}

Result<Dictionary> LoadActaDictionaries(const std::string& path) {
  namespace fs = std::filesystem;
  std::error_code ec;
  std::vector<std::string> files;
  if (fs::is_directory(path, ec)) {
    for (auto it = fs::recursive_directory_iterator(path, ec);
         !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
      if (it->is_regular_file(ec) && it->path().extension() == ".txt") {
        files.push_back(it->path().string());
      }
    }
    std::sort(files.begin(), files.end());
    if (files.empty()) return Status::NotFound(path + ": no *.txt dictionary files");
  } else if (fs::exists(path, ec)) {
    files.push_back(path);
  } else {
    return Status::NotFound(path + ": no such file or directory");
  }
  Dictionary dict;
  dict.flavor = Dictionary::Flavor::kActa;
  // Files are named from the directory's own name down
  // ("dictionaries/people/middle_east_africa.txt"), as messages and
  // `matched` references show them.
  const fs::path base = fs::path(path).lexically_normal().parent_path();
  for (const std::string& f : files) {
    Result<std::string> contents = ReadWholeFile(f);
    if (!contents.ok()) return contents.status();
    std::string name = f;
    if (fs::is_directory(path, ec) && !base.empty())
      name = fs::path(f).lexically_normal().lexically_relative(base).string();
    LoadActaDictionaryFromBuffer(*contents, name, &dict);
  }
  AddShortNames(&dict);
  return dict;
}

void AddShortNames(Dictionary* d) {
  std::set<std::string> taken;
  for (const ActorEntry& a : d->actors)
    for (const Phrase& p : a.phrases) taken.insert(PhraseKey(p));
  for (const AgentEntry& a : d->agents)
    for (const Phrase& p : a.phrases) taken.insert(PhraseKey(p));
  struct Shared {
    std::string text;
    Phrase phrase;
    std::vector<size_t> people;
  };
  std::map<std::string, Shared> by_key;
  for (size_t i = 0; i < d->actors.size(); ++i) {
    for (const std::string& text : d->actors[i].short_names) {
      Phrase p = NamePhrase(text);
      if (p.empty()) continue;
      std::string key = PhraseKey(p);
      if (taken.count(key) != 0) continue;  // a country, group or full name wins
      Shared& s = by_key[key];
      if (s.people.empty()) {
        s.text = text;
        s.phrase = std::move(p);
      }
      if (s.people.empty() || s.people.back() != i) s.people.push_back(i);
    }
  }
  for (auto& [key, s] : by_key) {
    ActorEntry e;
    e.short_name = true;
    e.person = true;
    e.title_only = IsCommonWordName(s.text);
    e.phrases = {std::move(s.phrase)};
    e.texts = {s.text};
    e.where = d->actors[s.people[0]].where;
    e.comment = "short name of";
    // Days when two of its people hold different roles name no one; they
    // come first, as the first code whose dates match is the one used.
    for (size_t x = 0; x < s.people.size(); ++x)
      for (size_t y = x + 1; y < s.people.size(); ++y)
        for (const DatedCode& a : d->actors[s.people[x]].codes)
          for (const DatedCode& b : d->actors[s.people[y]].codes) {
            if (a.code == b.code || (!a.from && !a.until) || (!b.from && !b.until)) continue;
            if (std::optional<DatedCode> both = SharedDays(a, b)) {
              both->code = "---";
              e.codes.push_back(std::move(*both));
            }
          }
    // On days none of them holds a role, the name after a title is their
    // country's elite when they all have the same ("President Bush" in
    // 2000: USAELI); alone it is no one ("Bennett said" in 1987).
    std::optional<std::string> elite;
    for (size_t person : s.people) {
      e.comment += (person == s.people[0] ? " " : "; ") + d->actors[person].comment;
      std::string undated;
      for (const DatedCode& c : d->actors[person].codes) {
        if (c.from || c.until) {
          e.codes.push_back(c);
        } else if (undated.empty()) {
          undated = c.code;
        }
      }
      if (!elite) elite = undated;
      if (*elite != undated) elite = "";
    }
    if (elite && elite->ends_with("ELI")) e.titled_elite = *elite;
    if (e.codes.empty()) continue;
    ++d->counts.short_names;
    d->actors.push_back(std::move(e));
  }
}

}  // namespace acta::dict
