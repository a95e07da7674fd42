// Splits one line of a tab-separated test data file into its fields.
#ifndef ACTA_TESTS_TSV_FIELDS_H_
#define ACTA_TESTS_TSV_FIELDS_H_

#include <string_view>
#include <vector>

namespace acta {

// The fields of `line` between tabs (views into it); one field if it has none.
inline std::vector<std::string_view> SplitTabs(std::string_view line) {
  std::vector<std::string_view> fields;
  for (size_t start = 0;;) {
    const size_t tab = line.find('\t', start);
    fields.push_back(line.substr(start, tab == std::string_view::npos ? tab : tab - start));
    if (tab == std::string_view::npos) return fields;
    start = tab + 1;
  }
}

}  // namespace acta

#endif  // ACTA_TESTS_TSV_FIELDS_H_
