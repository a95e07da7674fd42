#include "cluster/cluster_corpus.h"

#include <gtest/gtest.h>

#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>

namespace acta {
namespace {

namespace fs = std::filesystem;

void Write(const fs::path& path, std::string_view text) {
  fs::create_directories(path.parent_path());
  std::ofstream out(path, std::ios::binary);
  out << text;
}

// A miniature shared directory with every source, and a CoNLL test file
// whose words must never reach the clusters.
class ClusterCorpusTest : public testing::Test {
 protected:
  void SetUp() override {
    // Unique per test and process: ctest may run tests in parallel.
    dir_ = fs::temp_directory_path() /
           ("acta_cluster_corpus_" +
            std::string(testing::UnitTest::GetInstance()->current_test_info()->name()) + "_" +
            std::to_string(getpid()));
    fs::remove_all(dir_);
    const fs::path corpora = dir_ / "corpora";
    Write(corpora / "reuters21578" / "reut2-000.sgm",
          "<REUTERS><TEXT><TITLE>IGNORED TITLE</TITLE>\n"
          "<BODY>&lt;Allied Corp&gt; said it\nraised prices.\n    Sales &amp; profits rose.\n"
          " Reuter\n&#3;</BODY></TEXT></REUTERS>\n"
          "<REUTERS><TEXT><BODY>Shares fell.\n REUTER\n&#3;</BODY></TEXT></REUTERS>\n");
    Write(corpora / "reuters21578" / "other.sgm", "<BODY>Skipped file.</BODY>");
    Write(corpora / "bbc" / "business" / "001.txt",
          "Ad sales boost profit\n\nQuarterly profits at Time Warner's firm jumped.\n");
    Write(corpora / "bbc" / "sport" / "002.txt", "Chelsea won. Arsenal lost.\n");
    Write(corpora / "conll2003" / "train.txt",
          "-DOCSTART- -X- -X- O\n\nEU NNP B-NP B-ORG\nrejects VBZ B-VP O\n\n"
          "Peter NNP B-NP B-PER\nBlackburn NNP I-NP I-PER\n");
    Write(corpora / "conll2003" / "valid.txt", "CRICKET NNP B-NP O\n- : O O\n\n");
    Write(corpora / "conll2003" / "test.txt", "Sentinel NNP B-NP O\n\n");
  }
  void TearDown() override { fs::remove_all(dir_); }

  fs::path dir_;
};

TEST_F(ClusterCorpusTest, ReadsEverySourceButTheTestSet) {
  BrownClusterer c;
  Result<NewsCorpusStats> stats = AddNewsCorpus(dir_.string(), &c);
  ASSERT_TRUE(stats.ok()) << stats.status().ToString();
  EXPECT_EQ(stats->reuters_stories, 2u);
  EXPECT_EQ(stats->bbc_stories, 2u);
  EXPECT_EQ(stats->conll_sentences, 3u);
  // Reuters: "Allied Corp said it raised prices ." / "Sales & profits rose ." /
  // "Shares fell ."; BBC: title / "Quarterly ... jumped ." / "Chelsea won ." /
  // "Arsenal lost ."; CoNLL: "EU rejects" / "Peter Blackburn" / "CRICKET -".
  EXPECT_EQ(stats->sentences, 10u);
  EXPECT_EQ(stats->tokens, 7u + 5u + 3u + 4u + 9u + 3u + 3u + 2u + 2u + 2u);
  EXPECT_EQ(c.num_tokens(), stats->tokens);

  BrownOptions o;
  o.num_clusters = 5;
  o.min_count = 1;
  Result<WordClusters> wc = c.Train(o);
  ASSERT_TRUE(wc.ok()) << wc.status().ToString();
  for (const char* w : {"Allied", "Corp", "&", "Warner", "'s", "Chelsea", "EU", "Blackburn", "-"}) {
    EXPECT_GT(wc->Lookup(w).length, 0) << w;
  }
  for (const char* w :
       {"Sentinel", "Reuter", "REUTER", "Skipped", "IGNORED", "<Allied", "-DOCSTART-"}) {
    EXPECT_EQ(wc->Lookup(w).length, 0) << w;
  }
}

TEST_F(ClusterCorpusTest, TrainCommandWritesALoadableFile) {
  const std::string out = (dir_ / "clusters.txt").string();
  std::vector<std::string> log;
  Status s = TrainClustersCommand(dir_.string(), out, 4, 1,
                                  [&](const std::string& line) { log.push_back(line); });
  ASSERT_TRUE(s.ok()) << s.ToString();
  Result<WordClusters> wc = WordClusters::Load(out);
  ASSERT_TRUE(wc.ok()) << wc.status().ToString();
  EXPECT_GT(wc->Lookup("profits").length, 0);
  ASSERT_GE(log.size(), 2u);
  EXPECT_EQ(log.front().rfind("corpus: 2 Reuters stories, 2 BBC stories, 3 CoNLL sentences", 0), 0u)
      << log.front();
}

TEST_F(ClusterCorpusTest, MissingSourcesAreNotFound) {
  fs::remove(dir_ / "corpora" / "conll2003" / "valid.txt");
  BrownClusterer c;
  EXPECT_EQ(AddNewsCorpus(dir_.string(), &c).status().code(), Status::Code::kNotFound);
  fs::remove_all(dir_ / "corpora" / "bbc");
  EXPECT_EQ(AddNewsCorpus(dir_.string(), &c).status().code(), Status::Code::kNotFound);
  EXPECT_EQ(
      TrainClustersCommand((dir_ / "nowhere").string(), (dir_ / "x.txt").string(), 4, 1).code(),
      Status::Code::kNotFound);
}

TEST(ClusterCorpusSharedTest, SharedCorpusSize) {
  const fs::path shared = ACTA_SHARED_DIR;
  if (!fs::exists(shared / "corpora" / "reuters21578")) {
    GTEST_SKIP() << "shared corpora not available at " << shared;
  }
  BrownClusterer c;
  Result<NewsCorpusStats> stats = AddNewsCorpus(shared.string(), &c);
  ASSERT_TRUE(stats.ok()) << stats.status().ToString();
  EXPECT_EQ(stats->reuters_stories, 19043u);  // the stories with a <BODY>
  EXPECT_EQ(stats->bbc_stories, 2225u);
  EXPECT_EQ(stats->conll_sentences, 14041u + 3250u);
  EXPECT_GT(stats->tokens, 3'500'000u);
}

// The committed clusters load and group words the way news text does.
TEST(ClusterCorpusSharedTest, CommittedClustersGroupRelatedWords) {
  const fs::path file = fs::path(ACTA_SOURCE_DIR) / "data" / "models" / "clusters.txt";
  if (!fs::exists(file)) GTEST_SKIP() << "no " << file;
  Result<WordClusters> wc = WordClusters::Load(file.string());
  ASSERT_TRUE(wc.ok()) << wc.status().ToString();
  EXPECT_GT(wc->size(), 30'000u);
  // How many leading bits the two words' paths share; -1 if one is missing.
  auto shared = [&](const char* a, const char* b) {
    const ClusterPath pa = wc->Lookup(a), pb = wc->Lookup(b);
    if (pa.length == 0 || pb.length == 0) return -1;
    int n = 0;
    while (n < std::min(pa.length, pb.length) && pa.Prefix(n + 1) == pb.Prefix(n + 1)) ++n;
    return n;
  };
  EXPECT_GE(shared("Monday", "Thursday"), 10);
  EXPECT_GE(shared("January", "October"), 8);
  EXPECT_GE(shared("Peter", "Paul"), 10);
  EXPECT_GE(shared("Japan", "Germany"), 6);
  EXPECT_GE(shared("Inc", "Corp"), 8);
  EXPECT_GE(shared("rose", "fell"), 6);
  EXPECT_LT(shared("Monday", "Peter"), 4);
  EXPECT_LT(shared("the", "said"), 4);
  EXPECT_EQ(shared("the", "NoSuchWordInNews"), -1);
}

}  // namespace
}  // namespace acta
