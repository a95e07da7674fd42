// Reuters-21578 SGML. The corpus is regular enough that a tag scanner is
// enough; the parser never trusts it, though: every element it needs may be
// missing, unterminated or nested, and each such case is reported.
#include <cstring>
#include <string>

#include "common/utf8.h"
#include "reader/formats.h"

namespace acta {
namespace {

constexpr std::string_view kOpenReuters = "<REUTERS";
constexpr std::string_view kCloseReuters = "</REUTERS>";

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

std::string_view TrimView(std::string_view s) {
  while (!s.empty() && IsSpace(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsSpace(s.back())) s.remove_suffix(1);
  return s;
}

// Position of the next start tag `<NAME` (followed by whitespace or '>') at or
// after `from`, or npos.
size_t FindStartTag(std::string_view data, std::string_view open, size_t from) {
  while (true) {
    const size_t at = data.find(open, from);
    if (at == std::string_view::npos) return at;
    const size_t after = at + open.size();
    if (after == data.size() || IsSpace(data[after]) || data[after] == '>') return at;
    from = at + 1;
  }
}

// An element's start tag prefix ("<DATE") and end tag ("</DATE>").
struct Tags {
  std::string_view open;
  std::string_view close;
};
constexpr Tags kDate = {"<DATE", "</DATE>"};
constexpr Tags kTitle = {"<TITLE", "</TITLE>"};
constexpr Tags kBody = {"<BODY", "</BODY>"};
constexpr Tags kText = {"<TEXT", "</TEXT>"};

// The content of the first such element in `element`.
enum class Found { kNo, kYes, kUnterminated };
Found FindElement(std::string_view element, const Tags& tags, std::string_view* content) {
  const size_t start = FindStartTag(element, tags.open, 0);
  if (start == std::string_view::npos) return Found::kNo;
  const size_t tag_end = element.find('>', start);
  if (tag_end == std::string_view::npos) return Found::kUnterminated;
  const size_t end = element.find(tags.close, tag_end + 1);
  if (end == std::string_view::npos) return Found::kUnterminated;
  *content = element.substr(tag_end + 1, end - tag_end - 1);
  return Found::kYes;
}

// The value of attribute `name` in a start tag's attribute text, or "".
std::string_view Attribute(std::string_view attributes, std::string_view name) {
  size_t from = 0;
  while (true) {
    const size_t at = attributes.find(name, from);
    if (at == std::string_view::npos) return {};
    from = at + 1;
    if (at > 0 && !IsSpace(attributes[at - 1])) continue;  // "OLDNEWID"
    size_t p = at + name.size();
    if (p >= attributes.size() || attributes[p] != '=') continue;
    ++p;
    if (p < attributes.size() && (attributes[p] == '"' || attributes[p] == '\'')) {
      const size_t close = attributes.find(attributes[p], p + 1);
      if (close == std::string_view::npos) return {};
      return attributes.substr(p + 1, close - p - 1);
    }
    size_t end = p;
    while (end < attributes.size() && !IsSpace(attributes[end])) ++end;
    return attributes.substr(p, end - p);
  }
}

bool IsDroppedControl(uint32_t cp) {
  return (cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r') || (cp >= 0x7F && cp <= 0x9F);
}

// Length of the entity at s[0] == '&' and its decoded value in *cp, or 0 when
// it is not one this parser knows (it is then kept as text).
size_t ParseEntity(std::string_view s, uint32_t* cp) {
  static constexpr struct {
    std::string_view name;
    uint32_t cp;
  } kNamed[] = {{"&lt;", '<'}, {"&gt;", '>'}, {"&amp;", '&'}, {"&quot;", '"'}, {"&apos;", '\''}};
  for (const auto& e : kNamed) {
    if (s.substr(0, e.name.size()) == e.name) {
      *cp = e.cp;
      return e.name.size();
    }
  }
  if (s.size() < 4 || s[1] != '#') return 0;
  const bool hex = s[2] == 'x' || s[2] == 'X';
  size_t p = hex ? 3 : 2;
  const size_t first_digit = p;
  uint32_t value = 0;
  for (; p < s.size() && p - first_digit < 8; ++p) {
    const char c = s[p];
    uint32_t digit;
    if (c >= '0' && c <= '9') {
      digit = c - '0';
    } else if (hex && c >= 'a' && c <= 'f') {
      digit = c - 'a' + 10;
    } else if (hex && c >= 'A' && c <= 'F') {
      digit = c - 'A' + 10;
    } else {
      break;
    }
    value = value * (hex ? 16 : 10) + digit;
  }
  if (p == first_digit || p >= s.size() || s[p] != ';') return 0;
  *cp = value;
  return p + 1;
}

// Appends `in` with its character references decoded and control characters
// (&#2;, &#3;, &#5;, ...) dropped. Invalid UTF-8 passes through unchanged for
// the emitter to repair and count.
void AppendDecoded(std::string_view in, std::string* out) {
  size_t pos = 0;
  while (pos < in.size()) {
    const void* amp = std::memchr(in.data() + pos, '&', in.size() - pos);
    const size_t at = amp == nullptr ? in.size() : static_cast<const char*>(amp) - in.data();
    out->append(in.substr(pos, at - pos));
    if (at == in.size()) break;
    uint32_t cp = 0;
    const size_t length = ParseEntity(in.substr(at), &cp);
    if (length == 0) {
      out->push_back('&');
      pos = at + 1;
      continue;
    }
    if (!IsDroppedControl(cp)) AppendUtf8(cp, out);
    pos = at + length;
  }
}

// Appends `in` without its tags, decoded.
void AppendTextWithoutTags(std::string_view in, std::string* out) {
  size_t pos = 0;
  while (pos < in.size()) {
    const size_t lt = in.find('<', pos);
    if (lt == std::string_view::npos) {
      AppendDecoded(in.substr(pos), out);
      return;
    }
    AppendDecoded(in.substr(pos, lt - pos), out);
    const size_t gt = in.find('>', lt);
    if (gt == std::string_view::npos) return;
    pos = gt + 1;
  }
}

// "26-FEB-1987 15:01:01.79", possibly with leading blanks and trailing junk.
std::optional<Date> ParseReutersDate(std::string_view s) {
  static constexpr std::string_view kMonths[] = {"JAN", "FEB", "MAR", "APR", "MAY", "JUN",
                                                 "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"};
  s = TrimView(s);
  auto digits = [&s](size_t min, size_t max, int* out) {
    size_t n = 0;
    int v = 0;
    while (n < s.size() && n < max && s[n] >= '0' && s[n] <= '9') v = v * 10 + (s[n++] - '0');
    if (n < min) return false;
    *out = v;
    s.remove_prefix(n);
    return true;
  };
  Date d;
  if (!digits(1, 2, &d.day) || s.size() < 5 || s[0] != '-' || s[4] != '-') return std::nullopt;
  for (int m = 0; m < 12; ++m) {
    const std::string_view name = kMonths[m];
    bool same = true;
    for (size_t i = 0; i < 3; ++i) same = same && (s[1 + i] & ~0x20) == name[i];
    if (same) d.month = m + 1;
  }
  s.remove_prefix(5);
  if (d.month == 0 || !digits(4, 4, &d.year)) return std::nullopt;
  if (!s.empty() && s[0] >= '0' && s[0] <= '9') return std::nullopt;  // five-digit year
  if (!d.IsValid()) return std::nullopt;
  return d;
}

// Builds the story from the content of one <REUTERS> element.
void EmitElement(std::string_view element, std::string_view new_id, int line,
                 StoryEmitter* emitter) {
  RawStory raw;
  raw.line = line;
  raw.source = "Reuters";
  if (!new_id.empty()) raw.id = "reuters-" + std::string(new_id);
  const std::string who = raw.id.empty() ? "" : "story " + raw.id + ": ";

  std::string_view date, title, body, text;
  const Found has_date = FindElement(element, kDate, &date);
  const Found has_title = FindElement(element, kTitle, &title);
  const Found has_body = FindElement(element, kBody, &body);
  const Found has_text = FindElement(element, kText, &text);
  for (const auto& [found, tags] : {std::pair{has_date, kDate}, std::pair{has_title, kTitle},
                                    std::pair{has_body, kBody}, std::pair{has_text, kText}}) {
    if (found == Found::kUnterminated) {
      emitter->Reject(line, who + "unterminated " + std::string(tags.open) + "> element");
      return;
    }
  }

  if (has_date == Found::kNo) {
    raw.date_problem = "no <DATE> element";
  } else {
    raw.date = ParseReutersDate(date);
    if (!raw.date.has_value()) raw.date_problem = "invalid date " + QuoteForIssue(TrimView(date));
  }
  if (has_title == Found::kYes) AppendDecoded(title, &raw.title);
  if (has_body == Found::kYes) {
    AppendDecoded(body, &raw.text);
  } else if (has_title == Found::kYes) {
    raw.text = raw.title;
  } else if (has_text == Found::kYes) {
    AppendTextWithoutTags(text, &raw.text);  // TYPE="UNPROC": text without markup
  } else {
    emitter->Reject(line, who + "no <BODY>, <TITLE> or <TEXT> element", RejectReason::kNoText);
    return;
  }
  emitter->Emit(std::move(raw));
}

// Reports anything but blanks and the document type declaration in a gap
// between elements.
void CheckGap(std::string_view gap, int line, StoryEmitter* emitter) {
  std::string_view rest = TrimView(gap);
  if (rest.substr(0, 9) == "<!DOCTYPE") {
    const size_t end = rest.find('>');
    rest = end == std::string_view::npos ? std::string_view() : TrimView(rest.substr(end + 1));
  }
  if (!rest.empty()) {
    const size_t offset = rest.data() - gap.data();
    emitter->Note(line + CountNewlines(gap, 0, offset),
                  "ignored text outside <REUTERS> elements: " + QuoteForIssue(rest));
  }
}

}  // namespace

void ParseReutersSgml(std::string_view data, StoryEmitter* emitter) {
  int line = 1;  // line number of data[line_pos]
  size_t line_pos = 0;
  size_t pos = 0;             // end of the last element
  size_t close_cache = 0;     // position of a "</REUTERS>" at or after some point
  bool close_cached = false;  // when false, close_cache must be searched again
  bool any = false;
  while (true) {
    const size_t start = FindStartTag(data, kOpenReuters, pos);
    const size_t gap_end = start == std::string_view::npos ? data.size() : start;
    const int gap_line = line + CountNewlines(data, line_pos, pos);
    CheckGap(data.substr(pos, gap_end - pos), gap_line, emitter);
    if (start == std::string_view::npos) break;
    line += CountNewlines(data, line_pos, start);
    line_pos = start;
    any = true;

    // The start tag must end before the next '<'; bounding the search keeps
    // input full of unterminated tags linear.
    const size_t next_lt = data.find('<', start + 1);
    const size_t tag_end = data.substr(0, next_lt).find('>', start);
    if (tag_end == std::string_view::npos) {
      emitter->Reject(line, "unterminated <REUTERS> start tag");
      pos = next_lt == std::string_view::npos ? data.size() : next_lt;
      continue;
    }
    const std::string_view attributes =
        data.substr(start + kOpenReuters.size(), tag_end - start - kOpenReuters.size());
    const std::string_view new_id = Attribute(attributes, "NEWID");
    const size_t content = tag_end + 1;

    if (!close_cached || close_cache < content) {
      close_cache = data.find(kCloseReuters, content);
      if (close_cache == std::string_view::npos) close_cache = data.size();
      close_cached = true;
    }
    const size_t next_open = FindStartTag(data.substr(0, close_cache), kOpenReuters, content);
    if (close_cache == data.size() || next_open < close_cache) {
      const std::string who = new_id.empty() ? "" : "story reuters-" + std::string(new_id) + ": ";
      emitter->Reject(line, who + "missing </REUTERS>");
      pos = next_open == std::string_view::npos ? data.size() : next_open;
      continue;
    }
    EmitElement(data.substr(content, close_cache - content), new_id, line, emitter);
    pos = close_cache + kCloseReuters.size();
  }
  if (!any) emitter->Note(0, "no <REUTERS> element found");
}

}  // namespace acta
