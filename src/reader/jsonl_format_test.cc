#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "reader/reader_test_util.h"

namespace acta {
namespace {

// Line numbers matter: the expected issues below name them.
constexpr char kMixed[] =
    R"({"id":"a1","date":"2024-03-26","text":"First story.","title":"T1","source":"S","url":"http://x"})"
    "\n"
    "\n"
    R"({"id":"a2","date":"2024-03-26T10:00:00Z","text":"Second."})"
    "\n"
    R"({"id":"a3","date":"2024-03-26","text":42})"
    "\n"
    R"({"id":"a4","text":"No date."})"
    "\n"
    "not json\n"
    R"({"id":"a6","date":"2024-02-30","text":"Bad day."})"
    "\n"
    "[1,2]\n"
    R"({"date":"2024-03-26","text":"Hashed."})"
    "\n"
    R"({"id":7,"date":"2024-03-26","text":"Numeric id.","title":null})"
    "\n"
    R"({"id":"a8","date":"2024-03-26","text":"x","title":5})"
    "\n"
    R"({"id":"a9","date":20240326,"text":"Date number."})"
    "\n"
    R"({"id":"a10","date":"2024-03-26","text":"   "})"
    "\n"
    "{\"id\":\"a11\",\"date\":\"2024-03-26\",\"text\":\"caf\xE9\"}\n"
    R"({"id":"a12","date":"2024-03-26","text":"nul\u0000 and\r\nCRLF"})"
    "\n"
    "   \r\n";

TEST(JsonlFormatTest, GoodAndBadLines) {
  const ReadOutput out = ReadBuffer(kMixed, InputFormat::kJsonl);

  struct Want {
    std::string id;
    int line;
    std::string text;
  };
  const std::vector<Want> want = {
      {"a1", 1, "First story."},
      {"a2", 3, "Second."},
      {"h436be2cf9153ad6f", 9, "Hashed."},  // FNV-1a of "2024-03-26\nHashed."
      {"7", 10, "Numeric id."},
      {"a11", 14, "caf\xEF\xBF\xBD"},
      {"a12", 15, "nul\xEF\xBF\xBD and\nCRLF"},
  };
  ASSERT_EQ(out.stories.size(), want.size());
  for (size_t i = 0; i < want.size(); ++i) {
    SCOPED_TRACE(want[i].id);
    EXPECT_EQ(out.stories[i].id, want[i].id);
    EXPECT_EQ(out.stories[i].line, want[i].line);
    EXPECT_EQ(out.stories[i].text, want[i].text);
    EXPECT_EQ(out.stories[i].date, D(2024, 3, 26));
  }
  EXPECT_EQ(out.stories[0].title, "T1");
  EXPECT_EQ(out.stories[0].source, "S");
  EXPECT_EQ(out.stories[0].url, "http://x");
  EXPECT_EQ(out.stories[3].title, "");
  EXPECT_EQ(out.stories[4].utf8_repairs, 1u);
  EXPECT_EQ(out.stories[5].utf8_repairs, 1u);

  struct WantIssue {
    int line;
    std::string message;
  };
  const std::vector<WantIssue> want_issues = {
      {4, "story a3: field \"text\" must be a string"},
      {5, "story a4: missing field \"date\""},
      {6, "invalid JSON: \"not json\""},
      {7, "story a6: invalid date \"2024-02-30\""},
      {8, "not a JSON object: \"[1,2]\""},
      {11, "story a8: field \"title\" must be a string"},
      {12, "story a9: field \"date\" must be a string"},
      {13, "story a10: story has no text"},
  };
  ASSERT_EQ(out.issues.size(), want_issues.size());
  for (size_t i = 0; i < want_issues.size(); ++i) {
    EXPECT_EQ(out.issues[i].origin, "input");
    EXPECT_EQ(out.issues[i].line, want_issues[i].line);
    EXPECT_EQ(out.issues[i].message, want_issues[i].message);
    EXPECT_TRUE(out.issues[i].rejected_story);
  }

  EXPECT_EQ(out.stats.read, 14u);
  EXPECT_EQ(out.stats.accepted, 6u);
  EXPECT_EQ(out.stats.rejected, 8u);
  EXPECT_EQ(out.stats.utf8_repairs, 2u);
  EXPECT_EQ(out.stats.utf8_repaired_stories, 2u);
}

TEST(JsonlFormatTest, DefaultDateCoversMissingAndBadDates) {
  const ReadOutput out = ReadBuffer(R"({"id":"a","text":"No date."})"
                                    "\n"
                                    R"({"id":"b","date":"0000-00-00","text":"Zero date."})"
                                    "\n"
                                    R"({"id":"c","date":"2024-03-26","text":7})",
                                    InputFormat::kJsonl, D(2021, 6, 1));
  ASSERT_EQ(out.stories.size(), 2u);
  EXPECT_EQ(out.stories[0].date, D(2021, 6, 1));
  EXPECT_TRUE(out.stories[0].date_defaulted);
  EXPECT_TRUE(out.stories[1].date_defaulted);
  ASSERT_EQ(out.issues.size(), 3u);
  EXPECT_EQ(out.issues[0].message,
            "story a: missing field \"date\"; using default date 2021-06-01");
  EXPECT_FALSE(out.issues[0].rejected_story);
  EXPECT_EQ(out.issues[1].line, 2);
  EXPECT_FALSE(out.issues[1].rejected_story);
  // A wrong text type is not a date problem: still rejected.
  EXPECT_EQ(out.issues[2].line, 3);
  EXPECT_TRUE(out.issues[2].rejected_story);
  EXPECT_EQ(out.stats.read, 3u);
  EXPECT_EQ(out.stats.accepted, 2u);
  EXPECT_EQ(out.stats.rejected, 1u);
}

TEST(JsonlFormatTest, CrlfLinesAndByteOrderMark) {
  const ReadOutput out = ReadBuffer(
      "\xEF\xBB\xBF{\"id\":\"x\",\"date\":\"2024-03-26\",\"text\":\"One\"}\r\n"
      "\r\n"
      "{\"id\":\"y\",\"date\":\"2024-03-27\",\"text\":\"Two\"}\r\n",
      InputFormat::kAuto);
  ASSERT_EQ(out.stories.size(), 2u);
  EXPECT_EQ(out.stories[0].id, "x");
  EXPECT_EQ(out.stories[0].line, 1);
  EXPECT_EQ(out.stories[1].id, "y");
  EXPECT_EQ(out.stories[1].line, 3);
  EXPECT_EQ(out.stories[1].date, D(2024, 3, 27));
  EXPECT_TRUE(out.issues.empty());
}

TEST(JsonlFormatTest, TruncatedLastLineIsRejected) {
  const ReadOutput out =
      ReadBuffer("{\"id\":\"x\",\"date\":\"2024-03-26\",\"text\":\"One\"}\n{\"id\":\"y\",\"da",
                 InputFormat::kJsonl);
  ASSERT_EQ(out.stories.size(), 1u);
  ASSERT_EQ(out.issues.size(), 1u);
  EXPECT_EQ(out.issues[0].line, 2);
  EXPECT_EQ(out.issues[0].message, R"(invalid JSON: "{"id":"y","da")");
  EXPECT_EQ(out.stats.read, out.stats.accepted + out.stats.rejected);
}

}  // namespace
}  // namespace acta
