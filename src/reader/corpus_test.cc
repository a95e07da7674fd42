// Reads the real corpora under ACTA_SHARED_DIR; skipped when it is absent.
#include <gtest/gtest.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "common/utf8.h"
#include "reader/reader_test_util.h"

namespace acta {
namespace {

namespace fs = std::filesystem;

const fs::path kShared = ACTA_SHARED_DIR;

std::string Slurp(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

// Counts "<REUTERS " by plain substring search, independently of the parser.
size_t CountOpenTags(const std::string& data) {
  size_t count = 0;
  for (size_t at = data.find("<REUTERS "); at != std::string::npos;
       at = data.find("<REUTERS ", at + 1)) {
    ++count;
  }
  return count;
}

TEST(ReaderCorpusTest, AllReutersSgmlFiles) {
  const fs::path dir = kShared / "corpora" / "reuters21578";
  if (!fs::exists(dir / "reut2-000.sgm")) {
    GTEST_SKIP() << "Reuters-21578 not found under ACTA_SHARED_DIR (" << dir << ")";
  }
  std::vector<std::string> files;
  std::map<std::string, size_t> expected_per_file;
  size_t bytes = 0;
  for (int i = 0; i < 22; ++i) {
    char name[32];
    std::snprintf(name, sizeof name, "reut2-%03d.sgm", i);
    const fs::path path = dir / name;
    files.push_back(path.string());
    const std::string data = Slurp(path);
    bytes += data.size();
    expected_per_file[path.string()] = CountOpenTags(data);
  }
  size_t expected_total = 0;
  for (const auto& [file, count] : expected_per_file) expected_total += count;
  // `grep -c '<REUTERS' reut2-*.sgm` summed over the 22 files.
  ASSERT_EQ(expected_total, 21578u);

  std::map<std::string, size_t> read_per_file;
  std::map<std::string, size_t> rejected_per_file;
  size_t not_utf8 = 0;
  Story first, repaired;
  std::vector<ReadIssue> rejections;
  ReadStats stats;
  ReaderOptions options;
  const auto start = std::chrono::steady_clock::now();
  const Status status = ReadStories(
      files, options,
      [&](Story&& s) {
        ++read_per_file[s.origin];
        if (!IsValidUtf8(s.text)) ++not_utf8;
        if (s.id == "reuters-1") first = s;
        if (s.utf8_repairs > 0) repaired = s;
      },
      [&](const ReadIssue& issue) {
        if (issue.rejected_story) {
          ++rejected_per_file[issue.origin];
          rejections.push_back(issue);
        }
      },
      &stats);
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  ASSERT_TRUE(status.ok()) << status.ToString();

  for (const auto& [file, count] : expected_per_file) {
    EXPECT_EQ(read_per_file[file] + rejected_per_file[file], count) << file;
  }
  EXPECT_EQ(stats.files, 22u);
  EXPECT_EQ(stats.read, 21578u);
  EXPECT_EQ(stats.read, stats.accepted + stats.rejected);
  // Every element has a valid date and a BODY, TITLE or TEXT (checked with
  // grep); the TEXT of NEWID 12793 (reut2-012.sgm) holds nothing but "&#2;&#3;".
  EXPECT_EQ(stats.accepted, 21577u);
  EXPECT_EQ(stats.rejected, 1u);
  ASSERT_EQ(rejections.size(), 1u);
  EXPECT_EQ(rejections[0].message, "story reuters-12793: story has no text");
  EXPECT_EQ(rejections[0].line, 25983);
  EXPECT_EQ(not_utf8, 0u);

  // reut2-017.sgm holds the corpus's one byte that is not UTF-8 (0xFC).
  EXPECT_EQ(stats.utf8_repairs, 1u);
  EXPECT_EQ(stats.utf8_repaired_stories, 1u);
  EXPECT_EQ(repaired.id, "reuters-17980");

  EXPECT_EQ(first.date, D(1987, 2, 26));
  EXPECT_EQ(first.title, "BAHIA COCOA REVIEW");
  EXPECT_EQ(first.line, 2);
  EXPECT_EQ(first.text.rfind("Showers continued throughout the week in\nthe Bahia cocoa zone", 0),
            0u);

  const double mb = bytes / 1e6;
  std::printf("[ reader   ] Reuters-21578: %.1f MB in %.3f s = %.0f MB/s\n", mb, seconds,
              mb / seconds);
}

TEST(ReaderCorpusTest, SeedStory) {
  const fs::path seed = kShared / "seed" / "000_0cafc27f6667d54f.txt";
  if (!fs::exists(seed)) GTEST_SKIP() << "seed story not found under ACTA_SHARED_DIR";
  std::vector<Story> stories;
  ReadStats stats;
  const Status status = ReadStories(
      {seed.string()}, ReaderOptions(), [&](Story&& s) { stories.push_back(std::move(s)); },
      nullptr, &stats);
  ASSERT_TRUE(status.ok());
  ASSERT_EQ(stories.size(), 1u);
  EXPECT_EQ(stories[0].date, D(2024, 3, 26));
  EXPECT_EQ(stories[0].text.rfind("Ismail Haniyeh", 0), 0u);
  EXPECT_EQ(stories[0].line, 1);
  EXPECT_EQ(stories[0].id.size(), 17u);
  EXPECT_EQ(stories[0].id[0], 'h');
  EXPECT_EQ(stats.utf8_repairs, 0u);
}

}  // namespace
}  // namespace acta
