#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "common/utf8.h"
#include "reader/reader_test_util.h"

namespace acta {
namespace {

// Line numbers of the <REUTERS tags: 2, 11, 18, 21, 25, 31, 35.
constexpr char kSample[] = R"(<!DOCTYPE lewis SYSTEM "lewis.dtd">
<REUTERS TOPICS="YES" LEWISSPLIT="TRAIN" OLDID="5544" NEWID="1">
<DATE>26-FEB-1987 15:01:01.79</DATE>
<TEXT>&#2;
<TITLE>BAHIA &lt;COCOA&gt; REVIEW</TITLE>
<DATELINE>    SALVADOR, Feb 26 - </DATELINE><BODY>Showers &amp; sun in
Bahia.
 Reuter
&#3;</BODY></TEXT>
</REUTERS>
<REUTERS NEWID="2">
<DATE> 2-MAR-1987 09:00:00.00&#5;&#5;&#5;RM</DATE>
<TEXT TYPE="BRIEF">&#2;
******<TITLE>BRIEF TITLE ONLY
</TITLE>Blah blah blah.
&#3;</TEXT>
</REUTERS>
<REUTERS NEWID="3">
<TEXT>&#2;<TITLE>NO DATE</TITLE><BODY>Body.</BODY></TEXT>
</REUTERS>
<REUTERS NEWID="4">
<DATE>31-APR-1987 10:00:00.00</DATE>
<TEXT><BODY>April 31st.</BODY></TEXT>
</REUTERS>
<REUTERS NEWID="5">
<DATE>1-MAR-1987 10:00:00.00</DATE>
<TEXT TYPE="UNPROC">&#2;
TABLE LINE 1
&#3;</TEXT>
</REUTERS>
<REUTERS NEWID="6">
<DATE>1-MAR-1987 10:00:00.00</DATE>
<TOPICS></TOPICS>
</REUTERS>
<REUTERS NEWID="7">
<DATE>1-MAR-1987 10:00:00.00</DATE>
<TEXT><BODY>Numeric &#233; &#x263A; and &#127;dropped, &bogus; &#; &#5 kept.</BODY></TEXT>
</REUTERS>
)";

TEST(SgmlFormatTest, SampleStories) {
  const ReadOutput out = ReadBuffer(kSample);

  struct Want {
    std::string id;
    int line;
    Date date;
    std::string title;
    std::string text;
  };
  const std::vector<Want> want = {
      {"reuters-1", 2, D(1987, 2, 26), "BAHIA <COCOA> REVIEW", "Showers & sun in\nBahia.\n Reuter"},
      {"reuters-2", 11, D(1987, 3, 2), "BRIEF TITLE ONLY", "BRIEF TITLE ONLY"},
      {"reuters-5", 25, D(1987, 3, 1), "", "TABLE LINE 1"},
      {"reuters-7", 35, D(1987, 3, 1), "",
       "Numeric \xC3\xA9 \xE2\x98\xBA and dropped, &bogus; &#; &#5 kept."},
  };
  ASSERT_EQ(out.stories.size(), want.size());
  for (size_t i = 0; i < want.size(); ++i) {
    SCOPED_TRACE(want[i].id);
    EXPECT_EQ(out.stories[i].id, want[i].id);
    EXPECT_EQ(out.stories[i].line, want[i].line);
    EXPECT_EQ(out.stories[i].date, want[i].date);
    EXPECT_EQ(out.stories[i].title, want[i].title);
    EXPECT_EQ(out.stories[i].text, want[i].text);
    EXPECT_EQ(out.stories[i].source, "Reuters");
  }

  struct WantIssue {
    int line;
    std::string message;
  };
  const std::vector<WantIssue> want_issues = {
      {18, "story reuters-3: no <DATE> element"},
      {21, "story reuters-4: invalid date \"31-APR-1987 10:00:00.00\""},
      {31, "story reuters-6: no <BODY>, <TITLE> or <TEXT> element"},
  };
  ASSERT_EQ(out.issues.size(), want_issues.size());
  for (size_t i = 0; i < want_issues.size(); ++i) {
    EXPECT_EQ(out.issues[i].line, want_issues[i].line);
    EXPECT_EQ(out.issues[i].message, want_issues[i].message);
    EXPECT_TRUE(out.issues[i].rejected_story);
  }
  EXPECT_EQ(out.stats.read, 7u);
  EXPECT_EQ(out.stats.accepted, 4u);
  EXPECT_EQ(out.stats.rejected, 3u);
}

TEST(SgmlFormatTest, DefaultDateRescuesMissingDate) {
  const ReadOutput out =
      ReadBuffer("<REUTERS NEWID=\"3\">\n<TEXT><BODY>Body.</BODY></TEXT>\n</REUTERS>\n",
                 InputFormat::kSgml, D(1987, 1, 1));
  ASSERT_EQ(out.stories.size(), 1u);
  EXPECT_EQ(out.stories[0].date, D(1987, 1, 1));
  EXPECT_TRUE(out.stories[0].date_defaulted);
  ASSERT_EQ(out.issues.size(), 1u);
  EXPECT_FALSE(out.issues[0].rejected_story);
}

TEST(SgmlFormatTest, ReutersDates) {
  struct Case {
    std::string date;
    std::optional<Date> want;
  };
  const std::vector<Case> cases = {
      {"26-FEB-1987 15:01:01.79", D(1987, 2, 26)},
      {"  3-MAR-1987 00:43:42.82", D(1987, 3, 3)},
      {"3-MAR-1987  09:15:05.40", D(1987, 3, 3)},
      {"27-MAR-1987 00:02:59.13&#5;&#5;&#5;RM", D(1987, 3, 27)},
      {"19-oct-1987", D(1987, 10, 19)},
      {"29-FEB-1988", D(1988, 2, 29)},
      {"29-FEB-1987", std::nullopt},
      {"31-APR-1987", std::nullopt},
      {"26-FEB-19870", std::nullopt},
      {"26-FEB-87", std::nullopt},
      {"26-XYZ-1987", std::nullopt},
      {"FEB-26-1987", std::nullopt},
      {"", std::nullopt},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.date);
    const ReadOutput out =
        ReadBuffer("<REUTERS NEWID=\"1\"><DATE>" + c.date + "</DATE><BODY>x</BODY></REUTERS>");
    if (c.want.has_value()) {
      ASSERT_EQ(out.stories.size(), 1u);
      EXPECT_EQ(out.stories[0].date, *c.want);
    } else {
      EXPECT_TRUE(out.stories.empty());
      EXPECT_EQ(out.stats.rejected, 1u);
    }
  }
}

TEST(SgmlFormatTest, GarbageIsReportedAndSkipped) {
  constexpr char kGarbage[] = R"(<REUTERS NEWID="10">
<DATE>1-MAR-1987 10:00:00.00</DATE>
<TEXT><BODY>Never closed.
<REUTERS NEWID="11">
<DATE>1-MAR-1987 10:00:00.00</DATE>
<TEXT><BODY>Fine.</BODY></TEXT>
</REUTERS>
stray text
<REUTERS NEWID="12">
<DATE>1-MAR-1987 10:00:00.00</DATE>
<TEXT><BODY>Unterminated body.</TEXT>
</REUTERS>
<REUTERS NEWID="13"
<REUTERS NEWID="14">
<DATE>1-MAR-1987)";
  const ReadOutput out = ReadBuffer(kGarbage);
  ASSERT_EQ(out.stories.size(), 1u);
  EXPECT_EQ(out.stories[0].id, "reuters-11");
  EXPECT_EQ(out.stories[0].line, 4);
  EXPECT_EQ(out.stories[0].text, "Fine.");

  struct WantIssue {
    int line;
    std::string message;
    bool rejected;
  };
  const std::vector<WantIssue> want = {
      {1, "story reuters-10: missing </REUTERS>", true},
      {8, "ignored text outside <REUTERS> elements: \"stray text\"", false},
      {9, "story reuters-12: unterminated <BODY> element", true},
      {13, "unterminated <REUTERS> start tag", true},
      {14, "story reuters-14: missing </REUTERS>", true},
  };
  ASSERT_EQ(out.issues.size(), want.size());
  for (size_t i = 0; i < want.size(); ++i) {
    EXPECT_EQ(out.issues[i].line, want[i].line) << i;
    EXPECT_EQ(out.issues[i].message, want[i].message);
    EXPECT_EQ(out.issues[i].rejected_story, want[i].rejected);
  }
  EXPECT_EQ(out.stats.read, 5u);
  EXPECT_EQ(out.stats.accepted, 1u);
  EXPECT_EQ(out.stats.rejected, 4u);
}

TEST(SgmlFormatTest, NoElementsIsReported) {
  const ReadOutput out = ReadBuffer("<!DOCTYPE lewis SYSTEM \"lewis.dtd\">\n", InputFormat::kSgml);
  EXPECT_TRUE(out.stories.empty());
  ASSERT_EQ(out.issues.size(), 1u);
  EXPECT_EQ(out.issues[0].line, 0);
  EXPECT_EQ(out.issues[0].message, "no <REUTERS> element found");
  EXPECT_FALSE(out.issues[0].rejected_story);
  EXPECT_EQ(out.stats.read, 0u);
}

TEST(SgmlFormatTest, RepairsLatin1ByteNextToControlEntities) {
  // As in reut2-017.sgm: a stray 0xFC followed by control character references.
  const ReadOutput out = ReadBuffer(
      "<REUTERS NEWID=\"20\">\n<DATE>1-MAR-1987</DATE>\n"
      "<TEXT><BODY>growth.\xFC&#5;&#30;side</BODY></TEXT>\n</REUTERS>\n");
  ASSERT_EQ(out.stories.size(), 1u);
  EXPECT_EQ(out.stories[0].text, "growth.\xEF\xBF\xBDside");
  EXPECT_EQ(out.stories[0].utf8_repairs, 1u);
  EXPECT_EQ(out.stats.utf8_repaired_stories, 1u);
}

TEST(SgmlFormatTest, EveryTruncationKeepsTheInvariant) {
  const std::string sample = kSample;
  for (size_t n = 0; n <= sample.size(); ++n) {
    const ReadOutput out = ReadBuffer(sample.substr(0, n), InputFormat::kSgml);
    ASSERT_EQ(out.stats.read, out.stats.accepted + out.stats.rejected) << n;
    ASSERT_EQ(out.stats.accepted, out.stories.size()) << n;
    for (const auto& s : out.stories) ASSERT_TRUE(IsValidUtf8(s.text)) << n;
  }
}

}  // namespace
}  // namespace acta
