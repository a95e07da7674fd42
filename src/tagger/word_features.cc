#include "tagger/word_features.h"

#include <algorithm>

#include "tagger/hash.h"

namespace acta {
namespace {

char ShapeClass(unsigned char c) {
  if (c >= 'A' && c <= 'Z') return 'X';
  if (c >= 'a' && c <= 'z') return 'x';
  if (c >= '0' && c <= '9') return 'd';
  if (c >= 0x80) return 'u';
  return static_cast<char>(c);
}

}  // namespace

void ComputeWordFeatures(std::string_view form, WordFeatures* out) {
  constexpr size_t kMaxLen = 64;
  char lower[kMaxLen];
  char shape[16];
  size_t shape_len = 0;
  size_t n = std::min(form.size(), kMaxLen);
  uint32_t flags = 0;
  bool all_caps = true, all_digits = true, punct_only = true, any_alpha = false;
  for (size_t i = 0; i < form.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(form[i]);
    bool upper = c >= 'A' && c <= 'Z';
    bool low = c >= 'a' && c <= 'z';
    bool digit = c >= '0' && c <= '9';
    if (i < n) lower[i] = upper ? static_cast<char>(c + 32) : static_cast<char>(c);
    if (low) flags |= kHasLower;
    if (upper || low) any_alpha = true;
    if (low) all_caps = false;
    if (digit) flags |= kHasDigit;
    if (!digit) all_digits = false;
    if (c == '-') flags |= kHasHyphen;
    if (c == '.') flags |= kHasPeriod;
    if (c >= 0x80) flags |= kNonAscii;
    if (upper || low || digit || c >= 0x80) punct_only = false;
    char s = ShapeClass(c);
    // Collapse runs so "Washington" and "Paris" share the shape "Xx".
    if (shape_len < sizeof shape && (shape_len == 0 || shape[shape_len - 1] != s)) {
      shape[shape_len++] = s;
    }
  }
  if (!form.empty() && form[0] >= 'A' && form[0] <= 'Z') flags |= kInitCap;
  if (all_caps && any_alpha) flags |= kAllCaps;
  if (all_digits && !form.empty()) flags |= kAllDigits;
  if (punct_only && !form.empty()) flags |= kPunctOnly;

  std::string_view low(lower, n);
  out->word = HashBytes(form);
  out->lower = form.size() <= kMaxLen ? HashBytes(low) : HashBytes(form);
  out->shape = HashBytes(std::string_view(shape, shape_len));
  for (size_t k = 0; k < 4; ++k) {
    size_t len = std::min(k + 1, n);
    out->prefix[k] = HashBytes(low.substr(0, len));
    out->suffix[k] = HashBytes(low.substr(n - len));
  }
  out->flags = flags;
  out->length = static_cast<uint32_t>(form.size());
  out->lower_only = !form.empty() && std::all_of(form.begin(), form.end(),
                                                 [](char c) { return c >= 'a' && c <= 'z'; });
}

}  // namespace acta
