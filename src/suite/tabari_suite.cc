#include "suite/tabari_suite.h"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <sstream>

#include <fmt/format.h>

#include "common/file.h"

namespace acta::suite {
namespace {

std::string_view Trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

std::vector<std::string_view> Lines(std::string_view s) {
  std::vector<std::string_view> lines;
  size_t start = 0;
  while (start < s.size()) {
    size_t nl = s.find('\n', start);
    if (nl == std::string_view::npos) nl = s.size();
    std::string_view line = s.substr(start, nl - start);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    lines.push_back(line);
    start = nl + 1;
  }
  return lines;
}

bool IsHeader(std::string_view line) {
  size_t digits = 0;
  while (digits < line.size() && std::isdigit(static_cast<unsigned char>(line[digits]))) ++digits;
  return digits >= 6 && digits < line.size() && (line[digits] == ' ' || line[digits] == '\t');
}

// Reads the gold blocks "{ ... }" of a record's comment.
void ReadGold(std::string_view comment, TabariRecord* r) {
  size_t at = 0;
  while ((at = comment.find('{', at)) != std::string_view::npos) {
    // "-{...}" is a gold line someone switched off.
    const bool disabled = at > 0 && comment[at - 1] == '-';
    size_t close = comment.find('}', at);
    std::string_view body = comment.substr(
        at + 1, close == std::string_view::npos ? std::string_view::npos : close - at - 1);
    size_t after = close == std::string_view::npos ? comment.size() : close + 1;
    at = after;
    if (disabled) continue;
    body = Trim(body);
    if (body.starts_with("OPTION:")) {
      r->options.emplace_back(Trim(body.substr(7)));
      continue;
    }
    if (body == "---") {
      r->expect_none = true;
      continue;
    }
    if (body == "###") {
      r->expect_discard = true;
      continue;
    }
    if (body == "+++") {
      r->expect_complex = true;
      continue;
    }
    std::vector<std::string> parts;
    size_t start = 0;
    while (true) {
      size_t slash = body.find('/', start);
      parts.emplace_back(
          Trim(body.substr(start, slash == std::string_view::npos ? slash : slash - start)));
      if (slash == std::string_view::npos) break;
      start = slash + 1;
    }
    if (parts.size() != 3) continue;
    GoldEvent e{parts[0], parts[1], parts[2], ""};
    // An optional date follows the braces on the same line.
    std::string_view rest = comment.substr(after);
    rest = rest.substr(0, rest.find('\n'));
    rest = Trim(rest);
    size_t d = 0;
    while (d < rest.size() && std::isdigit(static_cast<unsigned char>(rest[d]))) ++d;
    if (d == 6 || d == 8) e.date = std::string(rest.substr(0, d));
    r->gold.push_back(std::move(e));
  }
}

}  // namespace

std::optional<Date> ParseTabariDate(std::string_view t) {
  for (char c : t)
    if (!std::isdigit(static_cast<unsigned char>(c))) return std::nullopt;
  auto number = [&t](size_t at, size_t n) { return std::stoi(std::string(t.substr(at, n))); };
  if (t.size() >= 6) {
    const int yy = number(0, 2);
    Date d{yy <= 30 ? 2000 + yy : 1900 + yy, number(2, 2), number(4, 2)};
    if (d.IsValid() && (t.size() == 6 || t.size() == 7)) return d;
  }
  if (t.size() >= 8) {
    Date d{number(0, 4), number(4, 2), number(6, 2)};
    if (d.IsValid()) return d;
  }
  if (t.size() > 8) {
    const int yy = number(0, 2);
    Date d{yy <= 30 ? 2000 + yy : 1900 + yy, number(2, 2), number(4, 2)};
    if (d.IsValid()) return d;
  }
  return std::nullopt;
}

TabariSuite ParseTabariSuite(std::string_view contents, std::string_view name,
                             std::string_view stop_id) {
  TabariSuite suite;
  const std::vector<std::string_view> lines = Lines(contents);
  size_t i = 0;
  while (i < lines.size()) {
    if (!IsHeader(lines[i])) {
      ++i;
      continue;
    }
    TabariRecord r;
    r.line = static_cast<uint32_t>(i + 1);
    std::string_view header = Trim(lines[i]);
    // A header of a date alone has no id.
    const size_t space = std::min(header.find_first_of(" \t"), header.size());
    r.date_text = std::string(header.substr(0, space));
    r.id = std::string(Trim(header.substr(space)));
    if (r.id == stop_id) break;
    // The record runs to its first blank line (as TABARI reads it, even
    // inside a comment). The sentence is what comes before the first "/*";
    // everything after it is commentary holding the gold.
    std::string body;
    ++i;
    while (i < lines.size() && !Trim(lines[i]).empty()) {
      body += lines[i];
      body += '\n';
      ++i;
    }
    const size_t open = body.find("/*");
    std::string text = body.substr(0, open);
    std::string comment = open == std::string::npos ? "" : body.substr(open + 2);
    for (char& c : text)
      if (c == '\n' || c == '\t') c = ' ';
    r.text = std::string(Trim(text));
    ReadGold(comment, &r);
    std::optional<Date> date = ParseTabariDate(r.date_text);
    if (!date) {
      suite.warnings.push_back(fmt::format("{}:{}: record {} has an unreadable date '{}'", name,
                                           r.line, r.id, r.date_text));
      // Kept: the coder is told the record's date could not be read.
    } else {
      r.date = *date;
    }
    suite.records.push_back(std::move(r));
  }
  return suite;
}

Result<TabariSuite> ReadTabariSuite(const std::string& path, std::string_view stop_id) {
  Result<std::string> text = ReadWholeFile(path);
  if (!text.ok()) return text.status();
  return ParseTabariSuite(*text, path, stop_id);
}

}  // namespace acta::suite
