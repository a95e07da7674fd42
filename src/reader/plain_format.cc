#include <string>

#include "reader/formats.h"

namespace acta {
namespace {

bool IsBlank(char c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v';
}

bool IsLineSpace(char c) { return c == ' ' || c == '\t'; }

char Lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// Length of a "date" keyword (with its optional ':') at the start of `s`, or 0
// when `s` does not start with one.
size_t DateKeywordLength(std::string_view s) {
  static constexpr std::string_view kKeyword = "date";
  if (s.size() < kKeyword.size()) return 0;
  for (size_t i = 0; i < kKeyword.size(); ++i) {
    if (Lower(s[i]) != kKeyword[i]) return 0;
  }
  const size_t n = kKeyword.size();
  if (n < s.size() && s[n] == ':') return n + 1;
  if (n < s.size() && !IsBlank(s[n])) return 0;  // "dated", "date-line", ...
  return n;
}

}  // namespace

void ParsePlainStory(std::string_view data, StoryEmitter* emitter) {
  size_t pos = 0;
  if (data.substr(0, 3) == "\xEF\xBB\xBF") pos = 3;
  while (pos < data.size() && IsBlank(data[pos])) ++pos;

  RawStory raw;
  raw.line = 1 + CountNewlines(data, 0, pos);
  const size_t keyword = DateKeywordLength(data.substr(pos));
  if (keyword == 0) {
    raw.date_problem = "no \"date YYYY-MM-DD\" header";
    raw.text.assign(data.substr(pos));
    emitter->Emit(std::move(raw));
    return;
  }
  pos += keyword;
  while (pos < data.size() && IsLineSpace(data[pos])) ++pos;
  const size_t token_begin = pos;
  while (pos < data.size() && !IsBlank(data[pos])) ++pos;
  const std::string_view token = data.substr(token_begin, pos - token_begin);
  raw.date = ParseDateOrTimestamp(token);
  if (!raw.date.has_value()) {
    raw.date_problem =
        token.empty() ? "no date after \"date\"" : "invalid date " + QuoteForIssue(token);
  }
  raw.text.assign(data.substr(pos));
  emitter->Emit(std::move(raw));
}

}  // namespace acta
