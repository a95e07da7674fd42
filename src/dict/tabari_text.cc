#include "dict/tabari_text.h"

#include "common/utf8.h"

namespace acta::dict::tabari_internal {

std::string_view Trim(std::string_view s) {
  while (!s.empty() && IsBlank(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsBlank(s.back())) s.remove_suffix(1);
  return s;
}

std::string Upper(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return out;
}

bool StartsWith(std::string_view s, std::string_view prefix) {
  return s.substr(0, prefix.size()) == prefix;
}

std::string PhraseKey(std::string_view text) {
  std::string key;
  key.reserve(text.size());
  bool blank = false;
  for (char c : Trim(text)) {
    if (IsBlank(c)) {
      blank = true;
      continue;
    }
    if (blank) key.push_back(' ');
    blank = false;
    if (c == '-') c = '_';
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    key.push_back(c);
  }
  return key;
}

bool IsFinish(std::string_view trimmed) {
  size_t i = 0;
  while (i < trimmed.size() && trimmed[i] == '~') ++i;
  return i > 0 && StartsWith(trimmed.substr(i), "FINISH");
}

Commented SplitComment(std::string_view line) {
  int depth = 0;
  for (size_t i = 0; i < line.size(); ++i) {
    char c = line[i];
    if (c == '[') ++depth;
    if (c == ']' && depth > 0) --depth;
    bool hash_comment = c == '#' && (i == 0 || IsBlank(line[i - 1]) || line[i - 1] == ']');
    if ((c == ';' || hash_comment) && depth == 0) {
      return {Trim(line.substr(0, i)), Trim(line.substr(i + 1))};
    }
  }
  return {Trim(line), {}};
}

EntryText SplitEntry(std::string_view body) {
  EntryText e;
  size_t open = body.find('[');
  e.phrase = Trim(body.substr(0, open));
  size_t pos = open;
  while (pos != std::string_view::npos && pos < body.size()) {
    size_t close = body.find(']', pos);
    if (close == std::string_view::npos) {
      e.unclosed = true;
      break;
    }
    e.blocks.push_back(body.substr(pos + 1, close - pos - 1));
    size_t next = body.find('[', close);
    std::string_view between = Trim(body.substr(
        close + 1, next == std::string_view::npos ? std::string_view::npos : next - close - 1));
    if (!between.empty()) {
      if (!e.junk.empty()) e.junk.push_back(' ');
      e.junk.append(between);
    }
    pos = next;
  }
  return e;
}

std::string Bracketed(std::string_view inside) {
  std::string s = "[";
  s.append(inside).push_back(']');
  return s;
}

bool RepairBrackets(std::string_view text, std::string* fixed) {
  if (text.find(']') == std::string_view::npos) return false;
  fixed->clear();
  bool open = false;
  for (char c : text) {
    if (c == ']') {
      if (open) fixed->push_back('}');
      open = false;
      continue;
    }
    if (c == '{') open = true;
    if (c == '}') open = false;
    fixed->push_back(c);
  }
  return true;
}

std::string_view FileLoader::Clean(std::string_view line, uint32_t number, std::string* scratch) {
  bool suspect = false;
  for (char c : line) {
    unsigned char u = static_cast<unsigned char>(c);
    if ((u < 0x20 && c != '\t') || u == 0x7f || u >= 0x80) {
      suspect = true;
      break;
    }
  }
  if (!suspect) return line;
  size_t controls = 0, bad_bytes = 0;
  scratch->clear();
  size_t i = 0;
  while (i < line.size()) {
    unsigned char u = static_cast<unsigned char>(line[i]);
    if (u < 0x80) {
      if ((u < 0x20 && u != '\t') || u == 0x7f) {
        ++controls;
      } else {
        scratch->push_back(line[i]);
      }
      ++i;
      continue;
    }
    char32_t cp;
    size_t len = DecodeUtf8(line, i, &cp);
    if (cp == kReplacementChar && line.substr(i, len) != "\xEF\xBF\xBD") {
      bad_bytes += len;
    } else {
      scratch->append(line.substr(i, len));
    }
    i += len;
  }
  if (controls > 0) {
    Warn(number, "dropped " + std::to_string(controls) + " control character(s)", true);
  }
  if (bad_bytes > 0) {
    Warn(number, "dropped " + std::to_string(bad_bytes) + " byte(s) of ill-formed UTF-8", true);
  }
  return *scratch;
}

}  // namespace acta::dict::tabari_internal
