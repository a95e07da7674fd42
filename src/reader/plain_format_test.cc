#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "reader/emitter.h"
#include "reader/reader_test_util.h"

namespace acta {
namespace {

struct AcceptCase {
  const char* name;
  std::string input;
  Date date;
  std::string text;
  int line;
};

TEST(PlainFormatTest, AcceptedStories) {
  const std::vector<AcceptCase> cases = {
      {"text on the date line", "  date 2024-03-26 Ismail Haniyeh visited.\n\nSecond.\n",
       D(2024, 3, 26), "Ismail Haniyeh visited.\n\nSecond.", 1},
      {"text on the next line", "date 2024-03-26\nText on the next line.\n", D(2024, 3, 26),
       "Text on the next line.", 1},
      {"leading blank lines", "\n\n  date 2024-03-26\n\nText", D(2024, 3, 26), "Text", 3},
      {"crlf", "date 2024-03-26\r\nFirst line.\r\n\r\nSecond.\r\n", D(2024, 3, 26),
       "First line.\n\nSecond.", 1},
      {"lone cr", "date 2024-03-26\rA\rB", D(2024, 3, 26), "A\nB", 1},
      {"capitalised with colon", "Date: 2024-03-26 Text", D(2024, 3, 26), "Text", 1},
      {"colon without space", "date:2024-03-26 Text", D(2024, 3, 26), "Text", 1},
      {"timestamp", "date 2024-03-26T10:00:00Z Text", D(2024, 3, 26), "Text", 1},
      {"byte order mark",
       "\xEF\xBB\xBF"
       "date 2024-02-29\tText",
       D(2024, 2, 29), "Text", 1},
      {"tab before date", "date\t2024-03-26 Text", D(2024, 3, 26), "Text", 1},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.name);
    const ReadOutput out = ReadBuffer(c.input, InputFormat::kStory);
    ASSERT_EQ(out.stories.size(), 1u);
    const Story& s = out.stories[0];
    EXPECT_EQ(s.date, c.date);
    EXPECT_EQ(s.text, c.text);
    EXPECT_EQ(s.line, c.line);
    EXPECT_EQ(s.origin, "input");
    EXPECT_EQ(s.title, "");
    EXPECT_FALSE(s.date_defaulted);
    EXPECT_TRUE(out.issues.empty());
    EXPECT_EQ(out.stats.read, 1u);
    EXPECT_EQ(out.stats.accepted, 1u);
    EXPECT_EQ(out.stats.rejected, 0u);
  }
}

struct RejectCase {
  const char* name;
  std::string input;
  int line;
  std::string message;
};

TEST(PlainFormatTest, RejectedStories) {
  const std::vector<RejectCase> cases = {
      {"impossible day", "date 2024-02-30 Text", 1, "invalid date \"2024-02-30\""},
      {"zero date", "\n date 0000-00-00\nText", 2, "invalid date \"0000-00-00\""},
      {"not iso", "date 26/03/2024 Text", 1, "invalid date \"26/03/2024\""},
      {"no header", "Just some text.", 1, "no \"date YYYY-MM-DD\" header"},
      {"dated is not date", "dated 2024-03-26 Text", 1, "no \"date YYYY-MM-DD\" header"},
      {"date keyword alone", "date\nText", 1, "no date after \"date\""},
      {"no text", "date 2024-03-26   \n \r\n", 1, "story has no text"},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.name);
    const ReadOutput out = ReadBuffer(c.input, InputFormat::kStory);
    EXPECT_TRUE(out.stories.empty());
    ASSERT_EQ(out.issues.size(), 1u);
    EXPECT_EQ(out.issues[0].origin, "input");
    EXPECT_EQ(out.issues[0].line, c.line);
    EXPECT_EQ(out.issues[0].message, c.message);
    EXPECT_TRUE(out.issues[0].rejected_story);
    EXPECT_EQ(out.stats.read, 1u);
    EXPECT_EQ(out.stats.accepted, 0u);
    EXPECT_EQ(out.stats.rejected, 1u);
  }
}

TEST(PlainFormatTest, DefaultDateReplacesUnusableDateAndIsReported) {
  const ReadOutput out = ReadBuffer("date 2024-02-30 Text", InputFormat::kStory, D(2020, 1, 1));
  ASSERT_EQ(out.stories.size(), 1u);
  EXPECT_EQ(out.stories[0].date, D(2020, 1, 1));
  EXPECT_TRUE(out.stories[0].date_defaulted);
  EXPECT_EQ(out.stories[0].text, "Text");
  ASSERT_EQ(out.issues.size(), 1u);
  EXPECT_FALSE(out.issues[0].rejected_story);
  EXPECT_EQ(out.issues[0].message, "invalid date \"2024-02-30\"; using default date 2020-01-01");
  EXPECT_EQ(out.stats.accepted, 1u);
  EXPECT_EQ(out.stats.rejected, 0u);
}

TEST(PlainFormatTest, DefaultDateDoesNotOverrideAGoodDate) {
  const ReadOutput out = ReadBuffer("date 2024-03-26 Text", InputFormat::kStory, D(2020, 1, 1));
  ASSERT_EQ(out.stories.size(), 1u);
  EXPECT_EQ(out.stories[0].date, D(2024, 3, 26));
  EXPECT_FALSE(out.stories[0].date_defaulted);
  EXPECT_TRUE(out.issues.empty());
}

TEST(PlainFormatTest, RepairsInvalidUtf8AndNuls) {
  static constexpr char kInput[] = "date 2024-03-26 caf\xE9 \0x \xED\xA0\x80";
  const ReadOutput out = ReadBuffer(std::string(kInput, sizeof kInput - 1), InputFormat::kStory);
  ASSERT_EQ(out.stories.size(), 1u);
  EXPECT_EQ(out.stories[0].text,
            "caf\xEF\xBF\xBD \xEF\xBF\xBDx \xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");
  EXPECT_EQ(out.stories[0].utf8_repairs, 5u);
  EXPECT_EQ(out.stats.utf8_repairs, 5u);
  EXPECT_EQ(out.stats.utf8_repaired_stories, 1u);
}

TEST(PlainFormatTest, IdIsTheContentHash) {
  // FNV-1a 64 of "2024-03-26\nHello", computed independently.
  const ReadOutput a = ReadBuffer("date 2024-03-26 Hello", InputFormat::kStory);
  ASSERT_EQ(a.stories.size(), 1u);
  EXPECT_EQ(a.stories[0].id, "h6931d3bd41a689f6");
  // The hash is over the stored text: layout differences do not change it.
  const ReadOutput b = ReadBuffer("\r\n date 2024-03-26\r\n\r\nHello\r\n", InputFormat::kStory);
  ASSERT_EQ(b.stories.size(), 1u);
  EXPECT_EQ(b.stories[0].id, "h6931d3bd41a689f6");
  const ReadOutput c = ReadBuffer("date 2024-03-27 Hello", InputFormat::kStory);
  ASSERT_EQ(c.stories.size(), 1u);
  EXPECT_NE(c.stories[0].id, "h6931d3bd41a689f6");
}

TEST(PlainFormatTest, DateOrTimestamp) {
  EXPECT_EQ(ParseDateOrTimestamp("2024-03-26"), D(2024, 3, 26));
  EXPECT_EQ(ParseDateOrTimestamp("2024-03-26T10:00:00Z"), D(2024, 3, 26));
  EXPECT_EQ(ParseDateOrTimestamp("2024-03-26 10:00"), D(2024, 3, 26));
  EXPECT_EQ(ParseDateOrTimestamp("2024-03-26X"), std::nullopt);
  EXPECT_EQ(ParseDateOrTimestamp("2024-02-30T00:00:00Z"), std::nullopt);
  EXPECT_EQ(ParseDateOrTimestamp(""), std::nullopt);
}

}  // namespace
}  // namespace acta
