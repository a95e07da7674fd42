#include "dict/petrarch_ini.h"

#include <unicode/uchar.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>

#include "common/utf8.h"

namespace acta::dict {
namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

char AsciiLower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

bool EqualsIgnoreCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (AsciiLower(a[i]) != AsciiLower(b[i])) return false;
  }
  return true;
}

bool IsVowel(char c) { return c == 'A' || c == 'E' || c == 'I' || c == 'O' || c == 'U'; }

bool EndsWith(std::string_view s, std::string_view tail) {
  return s.size() >= tail.size() && s.substr(s.size() - tail.size()) == tail;
}

// Calls visit(number, line) for each line of `text`, without its '\n' or '\r\n'.
template <typename Visit>
void ForEachLine(std::string_view text, Visit visit) {
  uint32_t number = 0;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(pos, end - pos);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    visit(++number, line);
    pos = end + 1;
  }
}

}  // namespace

IniFile IniFile::Parse(std::string_view text) {
  IniFile ini;
  std::string section;
  bool have_section = false;
  IniEntry* open = nullptr;  // the entry a continuation line would extend
  ForEachLine(text, [&](uint32_t number, std::string_view raw) {
    std::string_view line = TrimSpace(raw);
    if (line.empty()) {
      open = nullptr;
      return;
    }
    if (line.front() == '#' || line.front() == ';') return;
    if (IsSpace(raw.front()) && open != nullptr) {
      if (!open->value.empty()) open->value += '\n';
      open->value += line;
      return;
    }
    open = nullptr;
    if (line.front() == '[') {
      size_t close = line.find(']');
      if (close == std::string_view::npos) {
        ini.bad_lines_.push_back(number);
        return;
      }
      section = std::string(TrimSpace(line.substr(1, close - 1)));
      have_section = true;
      return;
    }
    size_t sep = line.find_first_of("=:");
    if (sep == std::string_view::npos || sep == 0 || !have_section) {
      ini.bad_lines_.push_back(number);
      return;
    }
    IniEntry entry;
    entry.section = section;
    for (char c : TrimSpace(line.substr(0, sep))) entry.key += AsciiLower(c);
    entry.value = std::string(TrimSpace(line.substr(sep + 1)));
    entry.line = number;
    ini.entries_.push_back(std::move(entry));
    open = &ini.entries_.back();
  });
  return ini;
}

const IniEntry* IniFile::Find(std::string_view section, std::string_view key) const {
  for (size_t i = entries_.size(); i-- > 0;) {
    if (entries_[i].section == section && EqualsIgnoreCase(entries_[i].key, key)) {
      return &entries_[i];
    }
  }
  return nullptr;
}

bool ParseIniBool(std::string_view text, bool* value) {
  for (const char* yes : {"1", "yes", "true", "on"}) {
    if (EqualsIgnoreCase(text, yes)) {
      *value = true;
      return true;
    }
  }
  for (const char* no : {"0", "no", "false", "off"}) {
    if (EqualsIgnoreCase(text, no)) {
      *value = false;
      return true;
    }
  }
  return false;
}

std::vector<DictLine> ReadDictLines(std::string_view contents) {
  std::vector<DictLine> lines;
  bool in_comment = false;  // inside "<!--" ... "-->"
  ForEachLine(contents, [&](uint32_t number, std::string_view line) {
    // PETRARCH skips any line that starts with "<!", even "<! -- NOTE -->".
    std::string_view lead = TrimSpace(line);
    if (!in_comment && lead.substr(0, 2) == "<!" && lead.substr(0, 4) != "<!--") return;
    std::string kept;
    std::string_view comment;
    size_t pos = 0;
    while (pos < line.size()) {
      if (in_comment) {
        size_t close = line.find("-->", pos);
        if (close == std::string_view::npos) break;
        in_comment = false;
        pos = close + 3;
        continue;
      }
      size_t open = line.find("<!--", pos);
      size_t hash = line.find('#', pos);
      if (hash != std::string_view::npos && (open == std::string_view::npos || hash < open)) {
        kept.append(line.substr(pos, hash - pos));
        comment = TrimSpace(line.substr(hash + 1));
        break;
      }
      if (open == std::string_view::npos) {
        kept.append(line.substr(pos));
        break;
      }
      kept.append(line.substr(pos, open - pos));
      kept += ' ';
      in_comment = true;
      pos = open + 4;
    }
    std::string_view trimmed = TrimSpace(kept);
    if (!trimmed.empty()) lines.push_back({number, std::string(trimmed), std::string(comment)});
  });
  return lines;
}

std::string BlankXmlComments(std::string_view contents) {
  std::string out(contents);
  size_t pos = 0;
  while ((pos = out.find("<!--", pos)) != std::string::npos) {
    size_t close = out.find("-->", pos + 4);
    size_t end = close == std::string::npos ? out.size() : close + 3;
    for (size_t i = pos; i < end; ++i) {
      if (out[i] != '\n' && out[i] != '\r') out[i] = ' ';
    }
    pos = end;
  }
  // PETRARCH also skips any line that starts with "<!" ("<! -- NOTE -->").
  size_t start = 0;
  while (start < out.size()) {
    size_t end = out.find('\n', start);
    if (end == std::string::npos) end = out.size();
    size_t first = out.find_first_not_of(" \t", start);
    if (first < end && out.compare(first, 2, "<!") == 0) {
      for (size_t i = first; i < end; ++i) {
        if (out[i] != '\r') out[i] = ' ';
      }
    }
    start = end + 1;
  }
  return out;
}

std::vector<std::string_view> SplitLines(std::string_view contents) {
  std::vector<std::string_view> lines(1);
  ForEachLine(contents, [&](uint32_t, std::string_view line) { lines.push_back(line); });
  return lines;
}

void MakeWholeWords(Phrase* phrase) {
  for (PhraseWord& word : *phrase) {
    if (word.kind == PhraseWord::Kind::kWord) {
      word.stem = false;
      word.endings = false;
    }
    for (Phrase& inner : word.alternatives) MakeWholeWords(&inner);
  }
}

std::string_view TrimSpace(std::string_view text) {
  size_t begin = 0, end = text.size();
  while (begin < end && IsSpace(text[begin])) ++begin;
  while (end > begin && IsSpace(text[end - 1])) --end;
  return text.substr(begin, end - begin);
}

std::string UpperCase(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  size_t pos = 0;
  while (pos < text.size()) {
    unsigned char c = static_cast<unsigned char>(text[pos]);
    if (c < 0x80) {
      out += (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : static_cast<char>(c);
      ++pos;
      continue;
    }
    char32_t cp;
    size_t n = DecodeUtf8(text, pos, &cp);
    if (cp == kReplacementChar) {
      out.append(text.substr(pos, n));  // keep ill-formed bytes as they were
    } else {
      AppendUtf8(static_cast<char32_t>(u_toupper(static_cast<UChar32>(cp))), &out);
    }
    pos += n;
  }
  return out;
}

Phrase ConsecutiveWords(std::string_view text) {
  Phrase phrase;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t end = text.find_first_of(" \t_", pos);
    if (end == std::string_view::npos) end = text.size();
    if (end > pos) {
      PhraseWord word;
      word.text = UpperCase(text.substr(pos, end - pos));
      word.stem = false;
      word.endings = false;
      word.adjacent_next = true;
      phrase.push_back(std::move(word));
    }
    pos = end + 1;
  }
  if (!phrase.empty()) phrase.back().adjacent_next = false;
  return phrase;
}

std::string PhraseKey(const Phrase& phrase) {
  std::string key;
  for (const PhraseWord& word : phrase) {
    if (!key.empty()) key += ' ';
    key += word.text;
  }
  return key;
}

std::string RegularPlural(std::string_view word) {
  std::string w(word);
  if (w.empty()) return w;
  if (EndsWith(w, "S") || EndsWith(w, "X") || EndsWith(w, "Z") || EndsWith(w, "CH") ||
      EndsWith(w, "SH")) {
    return w + "ES";
  }
  if (w.size() >= 2 && w.back() == 'Y' && !IsVowel(w[w.size() - 2])) {
    w.pop_back();
    return w + "IES";
  }
  return w + "S";
}

std::vector<std::string> RegularVerbForms(std::string_view verb) {
  std::string v(verb);
  if (v.empty()) return {};
  bool consonant_y = v.size() >= 2 && v.back() == 'Y' && !IsVowel(v[v.size() - 2]);
  std::string base_y = consonant_y ? v.substr(0, v.size() - 1) : v;
  std::string past, participle;
  if (v.back() == 'E') {
    past = v + "D";
    // ARGUE -> ARGUING, but FREE -> FREEING, AGREE -> AGREEING.
    bool drop_e = v.size() >= 2 && !IsVowel(v[v.size() - 2]);
    participle = (drop_e ? v.substr(0, v.size() - 1) : v) + "ING";
    if (EndsWith(v, "UE")) participle = v.substr(0, v.size() - 1) + "ING";
  } else {
    past = (consonant_y ? base_y + "I" : v) + "ED";
    participle = v + "ING";
  }
  return {RegularPlural(v), past, participle};
}

uint32_t AddSourceFile(Dictionary* dict, std::string name) {
  dict->files.push_back(std::move(name));
  return static_cast<uint32_t>(dict->files.size() - 1);
}

void AddWarning(Dictionary* dict, uint32_t file, uint32_t line, std::string message,
                bool repaired) {
  LoadWarning warning;
  warning.file = file < dict->files.size() ? dict->files[file] : std::string();
  warning.line = line;
  warning.message = std::move(message);
  warning.repaired = repaired;
  dict->warnings.push_back(std::move(warning));
}

}  // namespace acta::dict
