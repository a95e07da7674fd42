// Tab-separated lines as acta's data tables write them (no quoting).
#ifndef ACTA_COMMON_TSV_H_
#define ACTA_COMMON_TSV_H_

#include <charconv>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

namespace acta {

// `s` as one tab-separated field: tabs and line breaks become spaces.
inline std::string TsvField(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  return out;
}

// The fields of `line`, split at every tab; views into `line`.
inline std::vector<std::string_view> SplitTabs(std::string_view line) {
  std::vector<std::string_view> out;
  size_t start = 0;
  while (true) {
    const size_t tab = line.find('\t', start);
    out.push_back(line.substr(start, tab == std::string_view::npos ? tab : tab - start));
    if (tab == std::string_view::npos) return out;
    start = tab + 1;
  }
}

// Calls fn(line, number) for each line of `text` (numbered from 1, without
// its line break or a closing carriage return) until fn returns false.
template <typename Fn>
void ForEachLine(std::string_view text, Fn&& fn) {
  int number = 0;
  for (size_t pos = 0; pos < text.size();) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view line = text.substr(pos, nl - pos);
    pos = nl + 1;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (!fn(line, ++number)) return;
  }
}

// `s` whole as a number (a double, or an unsigned integer type); false when
// it is not one.
template <typename T>
bool ParseNumber(std::string_view s, T* out) {
  const auto r = std::from_chars(s.data(), s.data() + s.size(), *out);
  return r.ec == std::errc() && r.ptr == s.data() + s.size() && !s.empty();
}

}  // namespace acta

#endif  // ACTA_COMMON_TSV_H_
