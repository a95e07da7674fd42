#include <fcntl.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

#include "reader/formats.h"
#include "reader/reader_test_util.h"

namespace acta {
namespace {

const std::string kTree = std::string(ACTA_SOURCE_DIR) + "/tests/data/reader/tree";

struct ReadAllOutput {
  Status status;
  ReadOutput out;
};

ReadAllOutput ReadInputs(const std::vector<std::string>& inputs,
                         InputFormat format = InputFormat::kAuto) {
  ReadAllOutput r;
  ReaderOptions options;
  options.format = format;
  r.status = ReadStories(
      inputs, options, [&r](Story&& s) { r.out.stories.push_back(std::move(s)); },
      [&r](const ReadIssue& issue) { r.out.issues.push_back(issue); }, &r.out.stats);
  return r;
}

TEST(ReaderTest, ParseInputFormatNames) {
  EXPECT_EQ(ParseInputFormat("auto"), InputFormat::kAuto);
  EXPECT_EQ(ParseInputFormat("story"), InputFormat::kStory);
  EXPECT_EQ(ParseInputFormat("jsonl"), InputFormat::kJsonl);
  EXPECT_EQ(ParseInputFormat("sgml"), InputFormat::kSgml);
  EXPECT_EQ(ParseInputFormat("JSONL"), std::nullopt);
  EXPECT_EQ(ParseInputFormat("json"), std::nullopt);
  EXPECT_EQ(ParseInputFormat(""), std::nullopt);
}

TEST(ReaderTest, DetectFormatFromFirstNonBlankByte) {
  struct Case {
    std::string data;
    InputFormat want;
  };
  const std::vector<Case> cases = {
      {"date 2024-03-26 x", InputFormat::kStory},
      {"\n\n  {\"id\":1}", InputFormat::kJsonl},
      {"\xEF\xBB\xBF{}", InputFormat::kJsonl},
      {"<!DOCTYPE lewis>", InputFormat::kSgml},
      {"\r\n<REUTERS>", InputFormat::kSgml},
      {"Plain words", InputFormat::kStory},
      {"", InputFormat::kStory},
  };
  for (const auto& c : cases) EXPECT_EQ(DetectFormat(c.data), c.want) << c.data;
}

TEST(ReaderTest, EmptyAndBlankBuffersAreReportedNotRead) {
  for (const std::string data : {"", "  \r\n\t\n", "\xEF\xBB\xBF\n"}) {
    const ReadOutput out = ReadBuffer(data);
    EXPECT_TRUE(out.stories.empty());
    ASSERT_EQ(out.issues.size(), 1u);
    EXPECT_EQ(out.issues[0].message, "empty file");
    EXPECT_EQ(out.issues[0].line, 0);
    EXPECT_FALSE(out.issues[0].rejected_story);
    EXPECT_EQ(out.stats.files, 1u);
    EXPECT_EQ(out.stats.read, 0u);
  }
}

TEST(ReaderTest, ForcedFormatOverridesDetection) {
  const std::string story = "date 2024-03-26 Text";
  const std::string jsonl = R"({"id":"j","date":"2024-03-26","text":"T"})";

  ReadOutput out = ReadBuffer(story, InputFormat::kJsonl);
  EXPECT_TRUE(out.stories.empty());
  ASSERT_EQ(out.issues.size(), 1u);
  EXPECT_EQ(out.issues[0].message, "invalid JSON: \"date 2024-03-26 Text\"");

  out = ReadBuffer(jsonl, InputFormat::kStory);
  EXPECT_TRUE(out.stories.empty());
  ASSERT_EQ(out.issues.size(), 1u);
  EXPECT_EQ(out.issues[0].message, "no \"date YYYY-MM-DD\" header");

  out = ReadBuffer(jsonl, InputFormat::kSgml);
  EXPECT_TRUE(out.stories.empty());
  EXPECT_EQ(out.stats.read, 0u);

  out = ReadBuffer(jsonl, InputFormat::kAuto);
  ASSERT_EQ(out.stories.size(), 1u);
  EXPECT_EQ(out.stories[0].id, "j");
}

TEST(ReaderTest, DirectoryIsReadRecursivelyInSortedPathOrder) {
  const ReadAllOutput r = ReadInputs({kTree});
  ASSERT_TRUE(r.status.ok()) << r.status.ToString();
  // '.' sorts before '/', so "a.txt" comes before "a/...". Hidden files and
  // directories are skipped.
  const std::vector<std::pair<std::string, std::string>> want = {
      {"/a.txt", "Story a.txt"},
      {"/a/b/c.txt", "Story a/b/c.txt"},
      {"/a/z.jsonl", "Story a/z.jsonl one"},
      {"/a/z.jsonl", "Story a/z.jsonl two"},
      {"/b.sgm", "Story b.sgm"},
  };
  ASSERT_EQ(r.out.stories.size(), want.size());
  for (size_t i = 0; i < want.size(); ++i) {
    EXPECT_EQ(r.out.stories[i].origin, kTree + want[i].first);
    EXPECT_EQ(r.out.stories[i].text, want[i].second);
  }
  EXPECT_EQ(r.out.stories[3].line, 2);
  EXPECT_EQ(r.out.stories[4].id, "reuters-9");
  ASSERT_EQ(r.out.issues.size(), 1u);
  EXPECT_EQ(r.out.issues[0].origin, kTree + "/empty.txt");
  EXPECT_EQ(r.out.issues[0].message, "empty file");
  EXPECT_EQ(r.out.stats.files, 5u);
  EXPECT_EQ(r.out.stats.unreadable_files, 0u);
  EXPECT_EQ(r.out.stats.read, 5u);
  EXPECT_EQ(r.out.stats.accepted, 5u);
}

TEST(ReaderTest, MissingInputsAreReportedAndTheRestIsRead) {
  const std::string missing = kTree + "/no-such-file.txt";
  ReadAllOutput r = ReadInputs({missing, kTree + "/a.txt", missing});
  ASSERT_TRUE(r.status.ok());
  ASSERT_EQ(r.out.stories.size(), 1u);
  ASSERT_EQ(r.out.issues.size(), 2u);
  EXPECT_EQ(r.out.issues[0].origin, missing);
  EXPECT_EQ(r.out.issues[0].line, 0);
  EXPECT_EQ(r.out.issues[0].message, "cannot read: No such file or directory");
  EXPECT_EQ(r.out.stats.unreadable_files, 2u);
  EXPECT_EQ(r.out.stats.files, 1u);

  r = ReadInputs({missing});
  EXPECT_EQ(r.status.code(), Status::Code::kNotFound);
  EXPECT_EQ(r.out.stats.unreadable_files, 1u);

  r = ReadInputs({});
  EXPECT_EQ(r.status.code(), Status::Code::kInvalidArgument);
}

// Points file descriptor 0 at a file for the lifetime of the object.
class StdinFromFile {
 public:
  explicit StdinFromFile(const std::string& path) : saved_(dup(0)) {
    const int fd = open(path.c_str(), O_RDONLY);
    dup2(fd, 0);
    close(fd);
    std::clearerr(stdin);
  }
  ~StdinFromFile() {
    dup2(saved_, 0);
    close(saved_);
    std::clearerr(stdin);
  }

 private:
  int saved_;
};

TEST(ReaderTest, DashReadsStandardInputWithDetection) {
  const std::string path = testing::TempDir() + "/reader_stdin.jsonl";
  {
    std::ofstream file(path, std::ios::binary);
    file << "\n"
         << R"({"id":"in","date":"2024-03-26","text":"From stdin."})"
         << "\n";
  }
  ReadAllOutput r;
  {
    StdinFromFile redirect(path);
    r = ReadInputs({"-"});
  }
  std::remove(path.c_str());
  ASSERT_TRUE(r.status.ok());
  ASSERT_EQ(r.out.stories.size(), 1u);
  EXPECT_EQ(r.out.stories[0].origin, "<stdin>");
  EXPECT_EQ(r.out.stories[0].id, "in");
  EXPECT_EQ(r.out.stories[0].line, 2);
  EXPECT_EQ(r.out.stats.files, 1u);
}

TEST(ReaderTest, StatsAccumulateOverInputs) {
  ReadStats stats;
  ReaderOptions options;
  auto ignore_story = [](Story&&) {};
  auto ignore_issue = [](const ReadIssue&) {};
  ReadStoriesFromBuffer("date 2024-03-26 ok", "one", options, ignore_story, ignore_issue, &stats);
  ReadStoriesFromBuffer("date 2024-13-01 bad", "two", options, ignore_story, ignore_issue, &stats);
  ReadStoriesFromBuffer("{\"date\":\"2024-03-26\",\"text\":\"caf\xE9\"}\nnot json\n", "three",
                        options, ignore_story, ignore_issue, &stats);
  EXPECT_EQ(stats.files, 3u);
  EXPECT_EQ(stats.read, 4u);
  EXPECT_EQ(stats.accepted, 2u);
  EXPECT_EQ(stats.rejected, 2u);
  EXPECT_EQ(stats.utf8_repairs, 1u);
  EXPECT_EQ(stats.utf8_repaired_stories, 1u);
  EXPECT_EQ(stats.rejected_by[static_cast<size_t>(RejectReason::kNoDate)], 1u);
  EXPECT_EQ(stats.rejected_by[static_cast<size_t>(RejectReason::kMalformed)], 1u);
}

TEST(ReaderTest, StoriesOverTheSizeLimitAreRejectedWithTheirReason) {
  ReaderOptions options;
  options.max_story_bytes = 10;
  std::vector<Story> stories;
  std::vector<ReadIssue> issues;
  ReadStats stats;
  ReadStoriesFromBuffer(
      "{\"id\":\"a\",\"date\":\"2024-03-26\",\"text\":\"0123456789\"}\n"
      "{\"id\":\"b\",\"date\":\"2024-03-26\",\"text\":\"0123456789A\"}\n"
      "{\"id\":\"c\",\"date\":\"2024-03-26\"}\n",
      "in.jsonl", options, [&](Story&& s) { stories.push_back(std::move(s)); },
      [&](const ReadIssue& i) { issues.push_back(i); }, &stats);
  ASSERT_EQ(stories.size(), 1u);
  EXPECT_EQ(stories[0].id, "a");  // exactly at the limit
  ASSERT_EQ(issues.size(), 2u);
  EXPECT_EQ(issues[0].line, 2);
  EXPECT_EQ(issues[0].reason, RejectReason::kTooLarge);
  EXPECT_EQ(issues[0].message,
            "story b: story of 11 bytes is over the limit of 10 (--max-story-bytes)");
  EXPECT_EQ(issues[1].reason, RejectReason::kNoText);
  EXPECT_EQ(stats.read, 3u);
  EXPECT_EQ(stats.rejected_by[static_cast<size_t>(RejectReason::kTooLarge)], 1u);
  EXPECT_EQ(stats.rejected_by[static_cast<size_t>(RejectReason::kNoText)], 1u);
  EXPECT_EQ(RejectReasonName(RejectReason::kTooLarge), "over the size limit");
}

TEST(ReaderTest, NullSinksAndStatsAreAllowed) {
  ReadStoriesFromBuffer("date 2024-03-26 ok", "x", ReaderOptions(), nullptr, nullptr, nullptr);
  SUCCEED();
}

}  // namespace
}  // namespace acta
