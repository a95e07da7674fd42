#include "cluster/sgml_text.h"

#include <algorithm>

namespace acta {

std::string DecodeSgmlText(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '&') {
      out += text[i];
      continue;
    }
    const size_t semi = text.find(';', i);
    const std::string_view name =
        semi == std::string_view::npos ? std::string_view() : text.substr(i + 1, semi - i - 1);
    char decoded = 0;
    if (name == "lt") {
      decoded = '<';
    } else if (name == "gt") {
      decoded = '>';
    } else if (name == "amp") {
      decoded = '&';
    } else if (name.size() >= 2 && name.size() <= 4 && name[0] == '#' &&
               std::all_of(name.begin() + 1, name.end(),
                           [](char c) { return c >= '0' && c <= '9'; })) {
      int code = 0;
      for (char c : name.substr(1)) code = code * 10 + (c - '0');
      decoded = code >= 32 && code < 127 ? static_cast<char>(code) : ' ';
    }
    if (decoded == 0) {
      out += '&';
      continue;
    }
    out += decoded;
    i = semi;
  }
  return out;
}

}  // namespace acta
