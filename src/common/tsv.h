// Tab-separated lines as acta's data tables write them (no quoting).
#ifndef ACTA_COMMON_TSV_H_
#define ACTA_COMMON_TSV_H_

#include <string_view>
#include <vector>

namespace acta {

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

}  // namespace acta

#endif  // ACTA_COMMON_TSV_H_
