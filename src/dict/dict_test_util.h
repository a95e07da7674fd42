// Helpers shared by the dictionary loaders' tests.
#ifndef ACTA_DICT_DICT_TEST_UTIL_H_
#define ACTA_DICT_DICT_TEST_UTIL_H_

#include <string>
#include <vector>

#include "dict/dictionary.h"

namespace acta::dict {

// "CODE from..until" with '-' for an open side, codes separated by ", ".
inline std::string ShowCodes(const std::vector<DatedCode>& codes) {
  std::string s;
  for (const DatedCode& c : codes) {
    if (!s.empty()) s += ", ";
    s += c.code;
    if (c.from || c.until) {
      s.append(" ").append(c.from ? c.from->ToString() : "-");
      s.append("..").append(c.until ? c.until->ToString() : "-");
    }
  }
  return s;
}

}  // namespace acta::dict

#endif  // ACTA_DICT_DICT_TEST_UTIL_H_
