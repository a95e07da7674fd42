// UTF-8 validation, decoding and repair.
//
// "Well-formed" follows Unicode's definition (Table 3-7 of the standard): no
// overlong forms, no surrogates (U+D800..U+DFFF), nothing above U+10FFFF.
// Repair replaces each maximal subpart of an ill-formed sequence with U+FFFD,
// which is the practice the Unicode standard recommends (and what ICU, browsers
// and Python's "replace" error handler do): for example "\xE1\x80" followed by
// "A" is one replacement, "\xED\xA0\x80" (a surrogate) is three.
//
// All functions are pure and thread-safe.
#ifndef ACTA_COMMON_UTF8_H_
#define ACTA_COMMON_UTF8_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace acta {

inline constexpr char32_t kReplacementChar = 0xFFFD;

// True when `text` is well-formed UTF-8. NUL bytes are well-formed.
bool IsValidUtf8(std::string_view text);

// Length of the longest well-formed prefix of `text` (text.size() when valid).
size_t ValidUtf8Prefix(std::string_view text);

// Decodes the sequence starting at text[pos]. Stores the code point in *cp and
// returns the number of bytes it took (1-4). For an ill-formed sequence stores
// U+FFFD and returns the length of its maximal subpart (1-3), so that stepping by
// the returned length visits the same replacements RepairUtf8 makes.
// REQUIRES: pos < text.size().
size_t DecodeUtf8(std::string_view text, size_t pos, char32_t* cp);

// Appends the UTF-8 encoding of `cp` to *out. Surrogates and values above
// U+10FFFF are appended as U+FFFD.
void AppendUtf8(char32_t cp, std::string* out);

// Stores in *out a copy of `in` with every maximal subpart of an ill-formed
// sequence replaced by U+FFFD, and returns the number of replacements (0 when
// `in` was already valid, in which case *out == in). *out's old contents are
// discarded. `in` must not alias *out.
size_t RepairUtf8(std::string_view in, std::string* out);

}  // namespace acta

#endif  // ACTA_COMMON_UTF8_H_
