#include "coder/coder_words.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace acta::coder {
namespace {

std::string Joined(std::string_view s) {
  std::string out;
  for (const CoderWord& w : SplitCoderWords(s).words) out += (out.empty() ? "" : "|") + w.text;
  return out;
}

TEST(CoderWordsTest, FiltersLikeTabari) {
  struct Case {
    const char* in;
    const char* want;
  } cases[] = {
      {"Arnor is about to restore ties.", "ARNOR|IS|ABOUT|TO|RESTORE|TIES"},
      {"the Al-Gore group", "THE|AL|GORE|GROUP"},
      {"Clinton responded, \"I don't know.\"", "CLINTON|RESPONDED|,|\"|I|DON'T|KNOW|\""},
      {"killed 1,500 people; wounded 20", "KILLED|1500|PEOPLE|,|WOUNDED|20"},
      {"the U.N. said", "THE|U.N.|SAID"},
      {"Israel's army", "ISRAEL'S|ARMY"},
      {"Israel\xE2\x80\x99s army", "ISRAEL'S|ARMY"},
      {"S\xC3\xA3o Tom\xC3\xA9 and Z\xC3\xBCrich", "SAO|TOME|AND|ZURICH"},
      {"Really? No! Yes.", "REALLY|NO|YES"},
      {"GROWTH WAS 3.5 PCT.", "GROWTH|WAS|3.5|PCT"},
      {"", ""},
  };
  for (const Case& c : cases) EXPECT_EQ(Joined(c.in), c.want) << c.in;
}

TEST(CoderWordsTest, MarksWordsWrittenInCapitals) {
  CoderWords w = SplitCoderWords("the US and us, UN's", WordStyle::kTreebank);
  ASSERT_EQ(w.words.size(), 7u);
  EXPECT_FALSE(w.words[1].has_lower);
  EXPECT_TRUE(w.words[3].has_lower);
  EXPECT_FALSE(w.words[5].has_lower);  // UN, cut from UN's, is in capitals
  EXPECT_EQ(w.words[6].text, "'S");
  EXPECT_TRUE(SplitCoderWords("UN's").words[0].has_lower);  // TABARI keeps UN'S whole
}

TEST(CoderWordsTest, KeepsByteSpansAndCapitals) {
  CoderWords w = SplitCoderWords("Gondor, the state");
  ASSERT_EQ(w.words.size(), 4u);
  EXPECT_EQ(w.words[0].begin, 0u);
  EXPECT_EQ(w.words[0].end, 6u);
  EXPECT_TRUE(w.words[0].capitalized);
  EXPECT_TRUE(w.words[0].has_lower);
  EXPECT_EQ(w.words[1].text, ",");
  EXPECT_EQ(w.words[1].begin, 6u);
  EXPECT_EQ(w.words[2].begin, 8u);
  EXPECT_FALSE(w.words[2].capitalized);
  EXPECT_FALSE(w.all_caps);
  EXPECT_TRUE(SplitCoderWords("ARNOR HAS EXCHANGED PRISONERS").all_caps);
}

TEST(CoderWordsTest, MarksWordsJoinedByAHyphen) {
  const CoderWords w = SplitCoderWords("its long-threatened invasion - a re-run");
  ASSERT_EQ(w.words.size(), 7u);
  EXPECT_FALSE(w.words[1].after_hyphen);  // LONG
  EXPECT_TRUE(w.words[2].after_hyphen);   // THREATENED
  EXPECT_FALSE(w.words[4].after_hyphen);  // A, after a free-standing dash
  EXPECT_TRUE(w.words[6].after_hyphen);   // RUN
}

}  // namespace
}  // namespace acta::coder
