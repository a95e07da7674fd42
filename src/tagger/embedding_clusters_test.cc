#include "tagger/embedding_clusters.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "acta/training.h"

namespace acta {
namespace {

class EmbeddingClustersTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("acta_embedding_test_" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir_);
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  std::string Write(const std::string& name, const std::string& text) {
    const std::string path = (dir_ / name).string();
    std::ofstream(path, std::ios::binary) << text;
    return path;
  }
  // Four groups of six words, each group pointing along its own axis of a
  // 4-dimensional space, the words of a group spread a little around it.
  std::string Groups() {
    std::ostringstream s;
    for (int w = 0; w < 6; ++w) {
      for (int g = 0; g < 4; ++g) {
        s << "g" << g << "w" << w;
        for (int d = 0; d < 4; ++d) s << ' ' << (d == g ? 1.0 : 0.05 * ((w + d) % 3));
        s << '\n';
      }
    }
    return Write("vectors.txt", s.str());
  }
  Status Train(const std::string& from, const std::string& to, size_t max_words = 1000,
               EmbeddingClusterReport* report = nullptr) {
    EmbeddingClusterOptions o;
    o.from = from;
    o.out_path = to;
    o.max_words = max_words;
    o.branching = 4;
    o.levels = 2;
    return TrainEmbeddingClusters(o, report);
  }
  std::string Slurp(const std::string& path) {
    std::ifstream f(path, std::ios::binary);
    std::stringstream s;
    s << f.rdbuf();
    return s.str();
  }

  std::filesystem::path dir_;
};

TEST_F(EmbeddingClustersTest, WordsOfOneDirectionShareTheirTopClass) {
  const std::string table = (dir_ / "table.bin").string();
  EmbeddingClusterReport report;
  ASSERT_TRUE(Train(Groups(), table, 1000, &report).ok());
  EXPECT_EQ(report.words, 24u);
  EXPECT_EQ(report.dimensions, 4u);
  Result<std::shared_ptr<const EmbeddingClusters>> t = EmbeddingClusters::Load(table);
  ASSERT_TRUE(t.ok()) << t.status().ToString();
  EXPECT_EQ((*t)->size(), 24u);
  EXPECT_EQ((*t)->levels(), 2);
  EXPECT_EQ((*t)->bits_per_level(), 2);
  int top[4];
  for (int g = 0; g < 4; ++g) {
    for (int w = 0; w < 6; ++w) {
      const std::string word = "g" + std::to_string(g) + "w" + std::to_string(w);
      EmbeddingClusters::Path p = (*t)->Lookup(word);
      ASSERT_EQ(p.length, 4) << word;
      if (w == 0) top[g] = p.bits >> 2;
      EXPECT_EQ(p.bits >> 2, top[g]) << word << " left its group's class";
    }
    for (int other = 0; other < g; ++other) EXPECT_NE(top[g], top[other]);
  }
  EXPECT_EQ((*t)->Lookup("g9w9").length, 0);
  EXPECT_EQ((*t)->Lookup("G0W0").length, 0);  // exact bytes
}

TEST_F(EmbeddingClustersTest, SameInputSameFileAndFirstWordsOnly) {
  const std::string from = Groups();
  const std::string a = (dir_ / "a.bin").string(), b = (dir_ / "b.bin").string();
  ASSERT_TRUE(Train(from, a).ok());
  ASSERT_TRUE(Train(from, b).ok());
  EXPECT_EQ(Slurp(a), Slurp(b));
  ASSERT_TRUE(Train(from, a, 10).ok());
  Result<std::shared_ptr<const EmbeddingClusters>> t = EmbeddingClusters::Load(a);
  ASSERT_TRUE(t.ok()) << t.status().ToString();
  EXPECT_EQ((*t)->size(), 10u);
  EXPECT_EQ((*t)->Lookup("g1w2").length, 4);  // the 10th line
  EXPECT_EQ((*t)->Lookup("g2w2").length, 0);  // the 11th
}

TEST_F(EmbeddingClustersTest, BadVectorsAreReportedWithFileAndLine) {
  const std::string out = (dir_ / "out.bin").string();
  struct Case {
    const char* text;
    const char* message;
  } cases[] = {
      {"a 1 0\nb 0 1\nc 1\n", "vectors.txt:3: expected 2 numbers, found 1"},
      {"a 1 0\nb 0 x\n", "vectors.txt:2: not a number: 'x'"},
      {"a 1 0\nb 0 1e999\n", "vectors.txt:2: not a number: '1e999'"},
      {"a 1 0\na 0 1\n", "vectors.txt:2: 'a' given twice"},
      {"a 1 0\n\n", "vectors.txt:2: expected a word and its vector"},
      {"", "no vectors"},
  };
  for (const Case& c : cases) {
    Status s = Train(Write("vectors.txt", c.text), out);
    ASSERT_FALSE(s.ok()) << c.text;
    EXPECT_EQ(s.code(), Status::Code::kCorrupt) << c.text;
    EXPECT_NE(s.message().find(c.message), std::string::npos) << s.message();
  }
  Status missing = Train((dir_ / "none.txt").string(), out);
  EXPECT_EQ(missing.code(), Status::Code::kNotFound);
  EmbeddingClusterOptions o;
  o.from = Groups();
  o.out_path = out;
  o.branching = 6;
  EXPECT_EQ(TrainEmbeddingClusters(o, nullptr).code(), Status::Code::kInvalidArgument);
  o.branching = 16;
  o.levels = 5;  // 20 bits
  EXPECT_EQ(TrainEmbeddingClusters(o, nullptr).code(), Status::Code::kInvalidArgument);
}

TEST_F(EmbeddingClustersTest, LoadRejectsWhatTrainingDidNotWrite) {
  Result<std::shared_ptr<const EmbeddingClusters>> missing =
      EmbeddingClusters::Load((dir_ / "none.bin").string());
  EXPECT_EQ(missing.status().code(), Status::Code::kNotFound);
  Result<std::shared_ptr<const EmbeddingClusters>> text =
      EmbeddingClusters::Load(Write("text.bin", "0101\tword\t3\n"));
  EXPECT_EQ(text.status().code(), Status::Code::kCorrupt);
  const std::string table = (dir_ / "table.bin").string();
  ASSERT_TRUE(Train(Groups(), table).ok());
  std::string bytes = Slurp(table);
  Result<std::shared_ptr<const EmbeddingClusters>> cut =
      EmbeddingClusters::Load(Write("cut.bin", bytes.substr(0, bytes.size() - 1)));
  EXPECT_EQ(cut.status().code(), Status::Code::kCorrupt);
  EXPECT_NE(cut.status().message().find("cut.bin"), std::string::npos);
}

}  // namespace
}  // namespace acta
