#include "tagger/word_tags.h"

#include <gtest/gtest.h>

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "acta/training.h"

namespace acta {
namespace {

class WordTagsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("acta_word_tags_test_" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir_);
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  std::string Write(const std::string& name, const std::string& text) {
    const std::string path = (dir_ / name).string();
    std::ofstream(path) << text;
    return path;
  }
  static std::string Slurp(const std::string& path) {
    std::ifstream f(path);
    std::stringstream s;
    s << f.rdbuf();
    return s.str();
  }
  static uint64_t Bits(std::initializer_list<std::string_view> tags) {
    uint64_t bits = 0;
    for (std::string_view t : tags) {
      for (size_t k = 0; k < kWordTagNames.size(); ++k) {
        if (kWordTagNames[k] == t) bits |= uint64_t{1} << k;
      }
    }
    return bits;
  }
  static uint8_t First(std::string_view tag) {
    for (size_t k = 0; k < kWordTagNames.size(); ++k) {
      if (kWordTagNames[k] == tag) return static_cast<uint8_t>(k + 1);
    }
    return 0;
  }

  std::filesystem::path dir_;
};

TEST_F(WordTagsTest, CompilesKeepingPennTagsInOrderAndCountsWhatItLeavesOut) {
  const std::string from = Write("lexicon.tsv",
                                 "steers\tVBZ|NNS\n"
                                 "acquired\tVBN|JJ|VBD\n"
                                 "polar fleece\tNN\n"      // two words: no token matches it
                                 "\xF0\x9F\x98\x80\tEM\n"  // an emoji: no Penn tag
                                 "Cup\tNNP|NN|NP\n"        // NP is not a Penn tag: dropped
                                 "no tab here\n"           // malformed
                                 "again\tRB|RB\r\n"        // repeated tag, CRLF
                                 "\n");
  const std::string to = (dir_ / "word-tags.tsv").string();
  WordTagsReport r;
  Status s = CompileWordTags(from, to, &r);
  ASSERT_TRUE(s.ok()) << s.ToString();
  EXPECT_EQ(r.lines, 7u);
  EXPECT_EQ(r.written, 4u);
  EXPECT_EQ(r.multiword, 1u);
  EXPECT_EQ(r.no_tag_left, 1u);
  EXPECT_EQ(r.unknown_tags, 2u);  // EM and NP
  EXPECT_EQ(r.malformed, 1u);
  ASSERT_EQ(r.problems.size(), 1u);
  EXPECT_EQ(r.problems[0], from + ":6: expected \"word TAB TAG|TAG...\"");
  const std::string text = Slurp(to);
  const size_t body = text.find("Cup\t");
  ASSERT_NE(body, std::string::npos) << text;
  // Sorted by word (bytes), tags space-separated in the order given.
  EXPECT_EQ(text.substr(body), "Cup\tNNP NN\nacquired\tVBN JJ VBD\nagain\tRB\nsteers\tVBZ NNS\n");

  Result<std::shared_ptr<const WordTags>> tags = WordTags::Load(to);
  ASSERT_TRUE(tags.ok()) << tags.status().ToString();
  EXPECT_EQ((*tags)->size(), 4u);
  const WordTags::Entry steers = (*tags)->Lookup("steers");
  EXPECT_EQ(steers.tags, Bits({"VBZ", "NNS"}));
  EXPECT_EQ(steers.first, First("VBZ"));
  EXPECT_EQ((*tags)->Lookup("acquired").first, First("VBN"));
  EXPECT_EQ((*tags)->Lookup("Cup").tags, Bits({"NNP", "NN"}));
  // Case matters, and words not listed have no entry.
  EXPECT_EQ((*tags)->Lookup("cup").tags, 0u);
  EXPECT_EQ((*tags)->Lookup("CUP").first, 0);
  EXPECT_EQ((*tags)->Lookup("Steers").tags, 0u);
}

TEST_F(WordTagsTest, LoadSaysWhereAFileIsWrong) {
  Result<std::shared_ptr<const WordTags>> missing = WordTags::Load((dir_ / "none.tsv").string());
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.status().code(), Status::Code::kNotFound);
  EXPECT_NE(missing.status().message().find("acta train word-tags"), std::string::npos);

  const std::string bad_tag = Write("bad_tag.tsv", "# comment\nsteers\tVBZ NNS\ncup\tNN XX\n");
  Result<std::shared_ptr<const WordTags>> r = WordTags::Load(bad_tag);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), Status::Code::kCorrupt);
  EXPECT_EQ(r.status().message(), bad_tag + ":3: unknown tag 'XX'");

  const std::string no_tags = Write("no_tags.tsv", "steers\n");
  r = WordTags::Load(no_tags);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().message(), no_tags + ":1: expected \"word TAB TAG ...\"");
}

TEST_F(WordTagsTest, CompileReportsAMissingSource) {
  WordTagsReport r;
  Status s = CompileWordTags((dir_ / "absent.tsv").string(), (dir_ / "out.tsv").string(), &r);
  EXPECT_EQ(s.code(), Status::Code::kNotFound);
  EXPECT_FALSE(std::filesystem::exists(dir_ / "out.tsv"));
}

}  // namespace
}  // namespace acta
