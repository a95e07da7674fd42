#include "common/utf8.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace acta {
namespace {

constexpr const char* kR = "\xEF\xBF\xBD";  // U+FFFD

struct RepairCase {
  const char* name;
  std::string in;
  std::string want;
  size_t replacements;
};

TEST(Utf8Test, RepairTable) {
  const std::string r = kR;
  const std::vector<RepairCase> cases = {
      {"empty", "", "", 0},
      {"ascii", "plain text, 8+ bytes long", "plain text, 8+ bytes long", 0},
      {"two byte", "caf\xC3\xA9", "caf\xC3\xA9", 0},
      {"three byte", "\xE2\x82\xAC", "\xE2\x82\xAC", 0},
      {"four byte", "\xF0\x9F\x98\x80", "\xF0\x9F\x98\x80", 0},
      {"max code point", "\xF4\x8F\xBF\xBF", "\xF4\x8F\xBF\xBF", 0},
      {"nul is valid utf-8", std::string("a\0b", 3), std::string("a\0b", 3), 0},
      {"lone continuation", "a\x80z", "a" + r + "z", 1},
      {"two continuations", "\x80\xBF", r + r, 2},
      {"0xFF", "x\xFFy", "x" + r + "y", 1},
      {"0xFE", "\xFE", r, 1},
      {"latin-1 u-umlaut", "gr\xFCn", "gr" + r + "n", 1},
      {"overlong slash C0 AF", "\xC0\xAF", r + r, 2},
      {"overlong C1 BF", "\xC1\xBF", r + r, 2},
      {"overlong three byte E0 80 AF", "\xE0\x80\xAF", r + r + r, 3},
      {"overlong four byte F0 80 80 AF", "\xF0\x80\x80\xAF", r + r + r + r, 4},
      {"surrogate ED A0 80", "\xED\xA0\x80", r + r + r, 3},
      {"surrogate pair as cesu", "\xED\xA0\xBD\xED\xB8\x80", r + r + r + r + r + r, 6},
      {"above max F4 90 80 80", "\xF4\x90\x80\x80", r + r + r + r, 4},
      {"F5 lead", "\xF5\x80\x80\x80", r + r + r + r, 4},
      {"truncated two byte at end", "ab\xC3", "ab" + r, 1},
      {"truncated three byte at end", "ab\xE2\x82", "ab" + r, 1},
      {"truncated four byte at end", "ab\xF0\x9F\x98", "ab" + r, 1},
      {"truncated three byte before ascii", "\xE2\x82z", r + "z", 1},
      {"truncated four byte before ascii", "\xF0\x9F\x98z", r + "z", 1},
      {"truncated then valid", "\xE2\x82\xC3\xA9", r + "\xC3\xA9", 1},
      {"lead then lead", "\xC3\xC3\xA9", r + "\xC3\xA9", 1},
      {"invalid after long ascii run", "0123456789abcdef\x80", "0123456789abcdef" + r, 1},
      {"invalid inside ascii block",
       "0123\xFF"
       "5678",
       "0123" + r + "5678", 1},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.name);
    std::string out = "stale";
    EXPECT_EQ(RepairUtf8(c.in, &out), c.replacements);
    EXPECT_EQ(out, c.want);
    EXPECT_EQ(IsValidUtf8(c.in), c.replacements == 0);
    EXPECT_TRUE(IsValidUtf8(out));
  }
}

TEST(Utf8Test, ValidPrefixStopsAtFirstIllFormedByte) {
  EXPECT_EQ(ValidUtf8Prefix("abc"), 3u);
  EXPECT_EQ(ValidUtf8Prefix("ab\xC3\xA9\xFF"), 4u);
  EXPECT_EQ(ValidUtf8Prefix("0123456789\xE2\x82"), 10u);
  EXPECT_EQ(ValidUtf8Prefix("\x80"), 0u);
}

TEST(Utf8Test, DecodeStepsLikeRepair) {
  struct Step {
    char32_t cp;
    size_t length;
  };
  const std::string text = "A\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80\xE2\x82z\xED\xA0\x80";
  const std::vector<Step> want = {{U'A', 1}, {0xE9, 2},   {0x20AC, 3}, {0x1F600, 4}, {0xFFFD, 2},
                                  {U'z', 1}, {0xFFFD, 1}, {0xFFFD, 1}, {0xFFFD, 1}};
  std::vector<Step> got;
  for (size_t pos = 0; pos < text.size();) {
    char32_t cp = 0;
    size_t n = DecodeUtf8(text, pos, &cp);
    got.push_back({cp, n});
    pos += n;
  }
  ASSERT_EQ(got.size(), want.size());
  for (size_t i = 0; i < want.size(); ++i) {
    EXPECT_EQ(got[i].cp, want[i].cp) << "step " << i;
    EXPECT_EQ(got[i].length, want[i].length) << "step " << i;
  }
}

TEST(Utf8Test, AppendEncodesAndReplacesNonCharacters) {
  struct Case {
    char32_t cp;
    std::string want;
  };
  const std::vector<Case> cases = {
      {U'a', "a"},
      {0xE9, "\xC3\xA9"},
      {0x7FF, "\xDF\xBF"},
      {0x800, "\xE0\xA0\x80"},
      {0xFFFF, "\xEF\xBF\xBF"},
      {0x10000, "\xF0\x90\x80\x80"},
      {0x10FFFF, "\xF4\x8F\xBF\xBF"},
      {0xD800, kR},
      {0xDFFF, kR},
      {0x110000, kR},
  };
  for (const auto& c : cases) {
    std::string out;
    AppendUtf8(c.cp, &out);
    EXPECT_EQ(out, c.want) << "U+" << std::hex << static_cast<uint32_t>(c.cp);
  }
}

TEST(Utf8Test, EveryTwoByteInputRepairsToValidText) {
  // Exhaustive over all byte pairs: the repair is always valid, and it leaves
  // well-formed input unchanged.
  for (int a = 0; a < 256; ++a) {
    for (int b = 0; b < 256; ++b) {
      const std::string in = {static_cast<char>(a), static_cast<char>(b)};
      std::string out;
      const size_t n = RepairUtf8(in, &out);
      ASSERT_TRUE(IsValidUtf8(out)) << a << " " << b;
      if (n == 0) {
        ASSERT_EQ(out, in);
      }
      const bool well_formed =
          a < 0x80 ? b < 0x80 : (a >= 0xC2 && a <= 0xDF && b >= 0x80 && b <= 0xBF);
      ASSERT_EQ(n == 0, well_formed) << a << " " << b;
    }
  }
}

}  // namespace
}  // namespace acta
