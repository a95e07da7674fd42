#include "common/utf8.h"

#include <cstdint>
#include <cstring>

namespace acta {
namespace {

constexpr uint64_t kHighBits = 0x8080808080808080ULL;

// Length of the sequence at p (1-4) and whether it is well-formed. When it is
// not, `length` is the length of its maximal subpart: the longest prefix of
// some well-formed sequence, or 1 when p[0] cannot start one.
struct Sequence {
  int length;
  bool valid;
};

inline Sequence ScanSequence(const unsigned char* p, const unsigned char* end) {
  const unsigned b0 = p[0];
  if (b0 < 0x80) return {1, true};
  int trailing;
  unsigned lo = 0x80, hi = 0xBF;  // allowed range of the second byte
  if (b0 < 0xC2) {
    return {1, false};  // continuation byte or overlong two-byte lead
  } else if (b0 < 0xE0) {
    trailing = 1;
  } else if (b0 < 0xF0) {
    trailing = 2;
    if (b0 == 0xE0) lo = 0xA0;  // overlong
    if (b0 == 0xED) hi = 0x9F;  // surrogates
  } else if (b0 < 0xF5) {
    trailing = 3;
    if (b0 == 0xF0) lo = 0x90;  // overlong
    if (b0 == 0xF4) hi = 0x8F;  // above U+10FFFF
  } else {
    return {1, false};
  }
  const ptrdiff_t avail = end - p - 1;
  if (avail < 1 || p[1] < lo || p[1] > hi) return {1, false};
  for (int i = 2; i <= trailing; ++i) {
    if (avail < i || (p[i] & 0xC0) != 0x80) return {i, false};
  }
  return {trailing + 1, true};
}

// Index of the first byte at or after `i` that is not ASCII, or `n`.
inline size_t SkipAscii(const unsigned char* p, size_t i, size_t n) {
  while (i + 8 <= n) {
    uint64_t block;
    std::memcpy(&block, p + i, 8);
    if (block & kHighBits) break;
    i += 8;
  }
  while (i < n && p[i] < 0x80) ++i;
  return i;
}

}  // namespace

size_t ValidUtf8Prefix(std::string_view text) {
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  size_t i = 0;
  while (true) {
    i = SkipAscii(p, i, n);
    if (i == n) return n;
    const Sequence s = ScanSequence(p + i, p + n);
    if (!s.valid) return i;
    i += s.length;
  }
}

bool IsValidUtf8(std::string_view text) { return ValidUtf8Prefix(text) == text.size(); }

size_t DecodeUtf8(std::string_view text, size_t pos, char32_t* cp) {
  const auto* p = reinterpret_cast<const unsigned char*>(text.data()) + pos;
  const auto* end = reinterpret_cast<const unsigned char*>(text.data()) + text.size();
  const Sequence s = ScanSequence(p, end);
  if (!s.valid) {
    *cp = kReplacementChar;
    return s.length;
  }
  switch (s.length) {
    case 1:
      *cp = p[0];
      break;
    case 2:
      *cp = (char32_t{p[0] & 0x1Fu} << 6) | (p[1] & 0x3Fu);
      break;
    case 3:
      *cp = (char32_t{p[0] & 0x0Fu} << 12) | (char32_t{p[1] & 0x3Fu} << 6) | (p[2] & 0x3Fu);
      break;
    default:
      *cp = (char32_t{p[0] & 0x07u} << 18) | (char32_t{p[1] & 0x3Fu} << 12) |
            (char32_t{p[2] & 0x3Fu} << 6) | (p[3] & 0x3Fu);
      break;
  }
  return s.length;
}

void AppendUtf8(char32_t cp, std::string* out) {
  if ((cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) cp = kReplacementChar;
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

size_t RepairUtf8(std::string_view in, std::string* out) {
  size_t valid = ValidUtf8Prefix(in);
  if (valid == in.size()) {
    out->assign(in);
    return 0;
  }
  static constexpr std::string_view kReplacement = "\xEF\xBF\xBD";
  const auto* p = reinterpret_cast<const unsigned char*>(in.data());
  const size_t n = in.size();
  out->clear();
  out->reserve(n + n / 8);
  size_t replacements = 0;
  size_t i = 0;
  while (i < n) {
    out->append(in.substr(i, valid - i));
    i = valid;
    if (i == n) break;
    const Sequence s = ScanSequence(p + i, p + n);  // ill-formed: i ended the valid run
    out->append(kReplacement);
    ++replacements;
    i += s.length;
    valid = i + ValidUtf8Prefix(in.substr(i));
  }
  return replacements;
}

}  // namespace acta
