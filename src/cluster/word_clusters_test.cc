#include "cluster/word_clusters.h"

#include <gtest/gtest.h>

#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

namespace acta {
namespace {

constexpr std::string_view kSmall =
    "0010\tJanuary\t120\n"
    "0010\tMarch\t80\n"
    "0011\tMonday\t95\n"
    "01\tthe\t5000\n"
    "1\tApple\t7\n"
    "110\tapple\t3\n";

std::string TempPath(const std::string& name) {
  return (std::filesystem::temp_directory_path() /
          ("acta_word_clusters_" + std::to_string(getpid()) + "_" + name))
      .string();
}

std::string ReadAll(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

TEST(ClusterPathTest, PrefixAndToString) {
  ClusterPath p;
  p.bits = uint64_t{0b1011001} << 57;  // "1011001"
  p.length = 7;
  EXPECT_EQ(p.ToString(), "1011001");
  EXPECT_EQ(p.Prefix(4).ToString(), "1011");
  EXPECT_EQ(p.Prefix(4).bits, uint64_t{0b1011} << 60);
  EXPECT_EQ(p.Prefix(4).length, 4);
  EXPECT_EQ(p.Prefix(7), p);
  EXPECT_EQ(p.Prefix(20), p);  // shorter paths are their own long prefixes
  EXPECT_EQ(p.Prefix(0), ClusterPath());
  EXPECT_EQ(p.Prefix(-3), ClusterPath());
  EXPECT_EQ(ClusterPath().ToString(), "");
  // Different lengths with equal bits stay distinct.
  EXPECT_NE(p.Prefix(2), p.Prefix(3));  // "10" vs "101"
  ClusterPath q = p.Prefix(5);          // "10110"
  EXPECT_NE(q.Prefix(5), q.Prefix(4));  // "10110" vs "1011": same bits, other length
}

TEST(WordClustersTest, LooksUpExactWords) {
  Result<WordClusters> wc = WordClusters::Parse(kSmall, "small.txt");
  ASSERT_TRUE(wc.ok()) << wc.status().ToString();
  EXPECT_EQ(wc->size(), 6u);
  EXPECT_EQ(wc->Lookup("January").ToString(), "0010");
  EXPECT_EQ(wc->Lookup("March"), wc->Lookup("January"));
  EXPECT_EQ(wc->Lookup("Monday").ToString(), "0011");
  EXPECT_EQ(wc->Lookup("the").ToString(), "01");
  EXPECT_EQ(wc->Lookup("Apple").ToString(), "1");
  EXPECT_EQ(wc->Lookup("apple").ToString(), "110");  // case matters
  EXPECT_EQ(wc->Lookup("APPLE").length, 0);
  EXPECT_EQ(wc->Lookup("Januar").length, 0);
  EXPECT_EQ(wc->Lookup("January ").length, 0);
  EXPECT_EQ(wc->Lookup("").length, 0);
  EXPECT_EQ(wc->entry(1).word, "March");
  EXPECT_EQ(wc->entry(1).path, "0010");
  EXPECT_EQ(wc->entry(1).count, 80u);
}

TEST(WordClustersTest, EmptyTableKnowsNothing) {
  WordClusters empty;
  EXPECT_EQ(empty.size(), 0u);
  EXPECT_EQ(empty.Lookup("the").length, 0);
  Result<WordClusters> parsed = WordClusters::Parse("", "empty.txt");
  ASSERT_TRUE(parsed.ok());
  EXPECT_EQ(parsed->Lookup("the").length, 0);
}

TEST(WordClustersTest, ManyWordsAllFound) {
  std::vector<WordClusterEntry> entries;
  for (int i = 0; i < 5000; ++i) {
    std::string path;
    for (int b = 11; b >= 0; --b) path += ((i >> b) & 1) ? '1' : '0';
    std::string word(1, 'w');
    word += std::to_string(i);
    entries.push_back({word, path, static_cast<uint64_t>(i)});
  }
  Result<WordClusters> wc = WordClusters::FromEntries(entries);
  ASSERT_TRUE(wc.ok());
  for (int i = 0; i < 5000; ++i) {
    const ClusterPath p = wc->Lookup(entries[i].word);
    ASSERT_EQ(p.length, 12) << i;
    ASSERT_EQ(p.bits >> 52, static_cast<uint64_t>(i & 0xFFF)) << i;
  }
  EXPECT_EQ(wc->Lookup("w5000").length, 0);
}

TEST(WordClustersTest, LongPathsKeepTheirFirst64Bits) {
  const std::string path70 = std::string(63, '0') + "1" + "111111";
  Result<WordClusters> wc = WordClusters::FromEntries({{"deep", path70, 1}});
  ASSERT_TRUE(wc.ok());
  const ClusterPath p = wc->Lookup("deep");
  EXPECT_EQ(p.length, 64);
  EXPECT_EQ(p.bits, uint64_t{1});
  EXPECT_EQ(wc->entry(0).path, path70);  // the full path is kept for Save
}

TEST(WordClustersTest, SaveLoadRoundTrip) {
  Result<WordClusters> wc = WordClusters::Parse(kSmall, "small.txt");
  ASSERT_TRUE(wc.ok());
  const std::string path = TempPath("round_trip.txt");
  ASSERT_TRUE(wc->Save(path).ok());
  EXPECT_EQ(ReadAll(path), kSmall);
  Result<WordClusters> loaded = WordClusters::Load(path);
  ASSERT_TRUE(loaded.ok()) << loaded.status().ToString();
  ASSERT_EQ(loaded->size(), wc->size());
  for (size_t i = 0; i < wc->size(); ++i) {
    EXPECT_EQ(loaded->entry(i).word, wc->entry(i).word);
    EXPECT_EQ(loaded->entry(i).path, wc->entry(i).path);
    EXPECT_EQ(loaded->entry(i).count, wc->entry(i).count);
    EXPECT_EQ(loaded->Lookup(wc->entry(i).word), wc->Lookup(wc->entry(i).word));
  }
  std::remove(path.c_str());
}

TEST(WordClustersTest, LastLineMayLackNewline) {
  Result<WordClusters> wc = WordClusters::Parse("0\ta\t1\n1\tb\t2", "x.txt");
  ASSERT_TRUE(wc.ok());
  EXPECT_EQ(wc->Lookup("b").ToString(), "1");
}

struct BadFileCase {
  std::string_view text;
  std::string_view error;
};

TEST(WordClustersTest, MalformedLinesNameFileAndLine) {
  const BadFileCase cases[] = {
      {"0\ta\t1\n1\tb\n", "f.txt:2: expected path<TAB>word<TAB>count"},
      {"0\ta\t1\t9\n", "f.txt:1: expected path<TAB>word<TAB>count"},
      {"0 a 1\n", "f.txt:1: expected path<TAB>word<TAB>count"},
      {"0\ta\t1\n\n1\tb\t2\n", "f.txt:2: expected path<TAB>word<TAB>count"},
      {"0\ta\t1\n012\tb\t2\n", "f.txt:2: path must be a non-empty string of 0 and 1"},
      {"\ta\t1\n", "f.txt:1: path must be a non-empty string of 0 and 1"},
      {"0\t\t1\n", "f.txt:1: empty word"},
      {"0\ta\t\n", "f.txt:1: count must be a decimal integer"},
      {"0\ta\t-1\n", "f.txt:1: count must be a decimal integer"},
      {"0\ta\t12x\n", "f.txt:1: count must be a decimal integer"},
      {"0\ta\t1\r\n", "f.txt:1: count must be a decimal integer"},
      {"0\ta\t99999999999999999999\n", "f.txt:1: count must be a decimal integer"},
      {"0\ta\t1\n1\tb\t2\n10\ta\t3\n", "f.txt:3: duplicate word 'a' (first at line 1)"},
  };
  for (const BadFileCase& c : cases) {
    Result<WordClusters> wc = WordClusters::Parse(c.text, "f.txt");
    ASSERT_FALSE(wc.ok()) << c.text;
    EXPECT_EQ(wc.status().code(), Status::Code::kCorrupt) << c.text;
    EXPECT_EQ(wc.status().message(), c.error) << c.text;
  }
}

TEST(WordClustersTest, LoadReportsTheFileName) {
  const std::string path = TempPath("bad.txt");
  {
    std::ofstream out(path, std::ios::binary);
    out << "0\tok\t1\n0\tbad\tmany\n";
  }
  Result<WordClusters> wc = WordClusters::Load(path);
  ASSERT_FALSE(wc.ok());
  EXPECT_EQ(wc.status().message(), path + ":2: count must be a decimal integer");
  std::remove(path.c_str());

  Result<WordClusters> missing = WordClusters::Load(TempPath("does_not_exist.txt"));
  EXPECT_EQ(missing.status().code(), Status::Code::kNotFound);
}

TEST(WordClustersTest, FromEntriesRejectsBadEntries) {
  EXPECT_EQ(WordClusters::FromEntries({{"a", "0", 1}, {"a", "1", 1}}).status().message(),
            "entry 2: duplicate word 'a' (first at entry 1)");
  EXPECT_EQ(WordClusters::FromEntries({{"a\tb", "0", 1}}).status().message(),
            "entry 1: word is empty or holds a tab, CR or LF");
  EXPECT_EQ(WordClusters::FromEntries({{"a", "", 1}}).status().message(),
            "entry 1: path must be a non-empty string of 0 and 1");
  EXPECT_EQ(WordClusters::FromEntries({{"a", "0", 1}, {"b", "2", 1}}).status().code(),
            Status::Code::kInvalidArgument);
}

}  // namespace
}  // namespace acta
