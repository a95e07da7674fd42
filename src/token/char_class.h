// UTF-8 decoding and the character classes shared by the sentence splitter and
// the tokenizer. Inputs are expected to be valid UTF-8 (acta's readers repair
// text before analysis); on a malformed sequence the decoders return U+FFFD for
// one byte, so no input can make them read out of bounds or loop.
#ifndef ACTA_TOKEN_CHAR_CLASS_H_
#define ACTA_TOKEN_CHAR_CLASS_H_

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace acta {

struct DecodedChar {
  char32_t cp = 0;
  uint32_t len = 0;  // bytes, 1..4
};

// The code point starting at s[i]. REQUIRES: i < s.size().
inline DecodedChar DecodeAt(std::string_view s, size_t i) {
  const auto b0 = static_cast<unsigned char>(s[i]);
  if (b0 < 0x80) return {b0, 1};
  const size_t left = s.size() - i;
  auto cont = [&](size_t k) { return (static_cast<unsigned char>(s[i + k]) & 0xC0) == 0x80; };
  auto bits = [&](size_t k) { return static_cast<char32_t>(s[i + k] & 0x3F); };
  if (b0 >= 0xC2 && b0 < 0xE0 && left >= 2 && cont(1)) {
    return {(static_cast<char32_t>(b0 & 0x1F) << 6) | bits(1), 2};
  }
  if (b0 >= 0xE0 && b0 < 0xF0 && left >= 3 && cont(1) && cont(2)) {
    char32_t cp = (static_cast<char32_t>(b0 & 0x0F) << 12) | (bits(1) << 6) | bits(2);
    if (cp >= 0x800) return {cp, 3};
  }
  if (b0 >= 0xF0 && b0 < 0xF5 && left >= 4 && cont(1) && cont(2) && cont(3)) {
    char32_t cp =
        (static_cast<char32_t>(b0 & 0x07) << 18) | (bits(1) << 12) | (bits(2) << 6) | bits(3);
    if (cp >= 0x10000 && cp <= 0x10FFFF) return {cp, 4};
  }
  return {0xFFFD, 1};
}

// The code point that ends just before s[i]. REQUIRES: 0 < i <= s.size().
inline DecodedChar DecodeBefore(std::string_view s, size_t i) {
  if (static_cast<unsigned char>(s[i - 1]) < 0x80) {
    return {static_cast<unsigned char>(s[i - 1]), 1};
  }
  size_t start = i - 1;
  while (start > 0 && i - start < 4 && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80) {
    --start;
  }
  DecodedChar c = DecodeAt(s, start);
  if (start + c.len == i) return c;
  return {0xFFFD, 1};
}

// Unicode White_Space, plus nothing else: ASCII blanks and controls \t\n\v\f\r,
// NEL, no-break spaces, the U+2000 block spaces, line/paragraph separators.
inline bool IsSpace(char32_t c) {
  if (c < 0x80) return c == ' ' || (c >= '\t' && c <= '\r');
  return c == 0x85 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 ||
         c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000;
}

// The byte length of the white-space character at s[i], or 0 if there is none.
// REQUIRES: i < s.size(). Fast for ASCII.
inline uint32_t SpaceLengthAt(std::string_view s, size_t i) {
  const auto b = static_cast<unsigned char>(s[i]);
  if (b < 0x80) return (b == ' ' || (b >= '\t' && b <= '\r')) ? 1 : 0;
  // Every non-ASCII space starts with one of these lead bytes.
  if (b != 0xC2 && b != 0xE1 && b != 0xE2 && b != 0xE3) return 0;
  DecodedChar c = DecodeAt(s, i);
  return IsSpace(c.cp) ? c.len : 0;
}

// Invisible format characters dropped from token forms: zero-width space and
// joiners, word joiner, byte-order mark, soft hyphen, and bidi marks/embeddings/isolates.
inline bool IsIgnorable(char32_t c) {
  return c == 0xAD || (c >= 0x200B && c <= 0x200F) || (c >= 0x202A && c <= 0x202E) || c == 0x2060 ||
         (c >= 0x2066 && c <= 0x2069) || c == 0xFEFF;
}

// Quotation marks that normalise to ASCII ' (apostrophe-like) or " (double).
inline bool IsSingleQuote(char32_t c) {
  return c == '\'' || c == '`' || c == 0x2018 || c == 0x2019 || c == 0x201A || c == 0x201B;
}
inline bool IsDoubleQuote(char32_t c) {
  return c == '"' || c == 0xAB || c == 0xBB || (c >= 0x201C && c <= 0x201F);
}

// Letters, digits and case of any script (ICU for non-ASCII).
bool IsLetter(char32_t c);
bool IsDigit(char32_t c);
bool IsUpper(char32_t c);
bool IsLower(char32_t c);
inline bool IsAlnum(char32_t c) { return IsLetter(c) || IsDigit(c); }

}  // namespace acta

#endif  // ACTA_TOKEN_CHAR_CLASS_H_
