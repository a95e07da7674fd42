#include "cluster/brown.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <random>
#include <set>
#include <string>
#include <vector>

namespace acta {
namespace {

using Corpus = std::vector<std::vector<std::string>>;

void Feed(const Corpus& corpus, BrownClusterer* c) {
  for (const auto& sentence : corpus) {
    std::vector<std::string_view> views(sentence.begin(), sentence.end());
    c->AddSentence(views);
  }
}

std::map<std::string, std::string> PathsOf(const WordClusters& wc) {
  std::map<std::string, std::string> paths;
  for (size_t i = 0; i < wc.size(); ++i) {
    paths[std::string(wc.entry(i).word)] = std::string(wc.entry(i).path);
  }
  return paths;
}

// "det noun verb ." for every combination, three times, as one sentence (a
// sentence end would let "." and the determiners merge for free: one has only
// left contexts, the other only right ones). Nouns share exactly the same
// contexts, and so do verbs; the determiners almost (the very first word has
// no left context).
Corpus ToyCorpus() {
  std::vector<std::string> text;
  for (int rep = 0; rep < 3; ++rep) {
    for (const char* det : {"the", "a"}) {
      for (const char* noun : {"cat", "dog", "cow", "pig"}) {
        for (const char* verb : {"runs", "sleeps", "eats", "sits"}) {
          text.insert(text.end(), {det, noun, verb, "."});
        }
      }
    }
  }
  return {text};
}

// "w17" for 17.
std::string WordName(int i) {
  std::string name(1, 'w');
  name += std::to_string(i);
  return name;
}

// A random corpus from a Markov chain over `v` words in `classes` classes:
// each class prefers a few successor classes, words are Zipf-like in class.
Corpus MarkovCorpus(int v, int classes, int sentences, uint32_t seed) {
  std::mt19937 rng(seed);
  auto uniform = [&](int n) { return static_cast<int>(rng() % static_cast<uint32_t>(n)); };
  Corpus corpus;
  for (int s = 0; s < sentences; ++s) {
    std::vector<std::string> sentence;
    int cls = uniform(classes);
    const int length = 3 + uniform(10);
    for (int t = 0; t < length; ++t) {
      // Word index in class: smaller indices much more likely.
      const int per_class = v / classes;
      const int in_class = std::min(uniform(per_class), uniform(per_class));
      sentence.push_back(WordName(cls * per_class + in_class));
      cls = uniform(4) == 0 ? uniform(classes) : (cls * 3 + 1 + uniform(2)) % classes;
    }
    corpus.push_back(sentence);
  }
  return corpus;
}

TEST(BrownClustererTest, IdenticalDistributionsShareClusters) {
  BrownClusterer c;
  Feed(ToyCorpus(), &c);
  EXPECT_EQ(c.num_sentences(), 1u);
  EXPECT_EQ(c.num_tokens(), 384u);
  BrownOptions o;
  o.num_clusters = 4;
  Result<WordClusters> wc = c.Train(o);
  ASSERT_TRUE(wc.ok()) << wc.status().ToString();
  ASSERT_EQ(wc->size(), 11u);
  auto paths = PathsOf(*wc);
  for (const char* noun : {"dog", "cow", "pig"}) EXPECT_EQ(paths[noun], paths["cat"]) << noun;
  for (const char* verb : {"sleeps", "eats", "sits"}) EXPECT_EQ(paths[verb], paths["runs"]) << verb;
  EXPECT_EQ(paths["a"], paths["the"]);
  std::set<std::string> distinct = {paths["the"], paths["cat"], paths["runs"], paths["."]};
  EXPECT_EQ(distinct.size(), 4u);
  // Counts come from the corpus, unchanged.
  for (size_t i = 0; i < wc->size(); ++i) {
    const WordClusterEntryView e = wc->entry(i);
    const uint64_t expected = e.word == "." ? 96 : (e.word == "the" || e.word == "a") ? 48 : 24;
    EXPECT_EQ(e.count, expected) << e.word;
  }
}

TEST(BrownClustererTest, DisjointVocabulariesSplitAtTheRoot) {
  // Two "languages", each one long sentence of words drawn at random from
  // its own vocabulary: which language a word belongs to is all a bigram
  // tells, so the first bit tells the languages apart.
  const std::vector<std::string> days = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday"};
  const std::vector<std::string> cities = {"Paris", "Berlin", "Rome", "Madrid", "Vienna", "Oslo"};
  std::mt19937 rng(11);
  Corpus corpus(2);
  for (int t = 0; t < 500; ++t) {
    corpus[0].push_back(days[rng() % days.size()]);
    corpus[1].push_back(cities[rng() % cities.size()]);
  }
  BrownClusterer c;
  Feed(corpus, &c);
  BrownOptions o;
  o.num_clusters = 4;
  Result<WordClusters> wc = c.Train(o);
  ASSERT_TRUE(wc.ok()) << wc.status().ToString();
  auto paths = PathsOf(*wc);
  ASSERT_EQ(paths.size(), 11u);
  const char first = paths["Monday"][0];
  for (const auto& w : days) EXPECT_EQ(paths[w][0], first) << w;
  for (const auto& w : cities) EXPECT_NE(paths[w][0], first) << w;
}

TEST(BrownClustererTest, TrainingIsDeterministic) {
  const Corpus corpus = MarkovCorpus(300, 12, 3000, 7);
  BrownClusterer c1;
  Feed(corpus, &c1);
  BrownClusterer c2;  // the same sentences in reverse order
  Feed(Corpus(corpus.rbegin(), corpus.rend()), &c2);
  BrownOptions o;
  o.num_clusters = 20;
  Result<WordClusters> a = c1.Train(o);
  Result<WordClusters> b = c1.Train(o);
  Result<WordClusters> r = c2.Train(o);
  ASSERT_TRUE(a.ok() && b.ok() && r.ok());
  ASSERT_GT(a->size(), 200u);
  ASSERT_EQ(a->size(), b->size());
  ASSERT_EQ(a->size(), r->size());
  std::set<std::string_view> leaves;
  for (size_t i = 0; i < a->size(); ++i) {
    EXPECT_EQ(a->entry(i).word, b->entry(i).word);
    EXPECT_EQ(a->entry(i).path, b->entry(i).path);
    EXPECT_EQ(a->entry(i).word, r->entry(i).word);
    EXPECT_EQ(a->entry(i).path, r->entry(i).path);
    leaves.insert(a->entry(i).path);
  }
  EXPECT_EQ(leaves.size(), 20u);
}

TEST(BrownClustererTest, EntriesSortedByPathThenFallingCount) {
  BrownClusterer c;
  Feed(MarkovCorpus(100, 5, 500, 3), &c);
  BrownOptions o;
  o.num_clusters = 8;
  Result<WordClusters> wc = c.Train(o);
  ASSERT_TRUE(wc.ok());
  for (size_t i = 1; i < wc->size(); ++i) {
    const WordClusterEntryView p = wc->entry(i - 1), e = wc->entry(i);
    ASSERT_TRUE(p.path < e.path || (p.path == e.path && p.count >= e.count)) << i;
  }
}

TEST(BrownClustererTest, RareWordsAreLeftOut) {
  BrownClusterer c;
  Feed(ToyCorpus(), &c);
  c.AddSentence({"the", "yak", "runs", ".", "the", "yak", "sits", "."});
  BrownOptions o;
  o.num_clusters = 4;
  Result<WordClusters> wc = c.Train(o);
  ASSERT_TRUE(wc.ok());
  EXPECT_EQ(wc->size(), 11u);
  EXPECT_EQ(wc->Lookup("yak").length, 0);
  o.min_count = 2;
  wc = c.Train(o);
  ASSERT_TRUE(wc.ok());
  EXPECT_EQ(wc->size(), 12u);
  EXPECT_EQ(wc->Lookup("yak"), wc->Lookup("cat"));
}

TEST(BrownClustererTest, MoreClustersThanWords) {
  BrownClusterer c;
  Feed(ToyCorpus(), &c);
  BrownOptions o;
  o.num_clusters = 1000;
  Result<WordClusters> wc = c.Train(o);
  ASSERT_TRUE(wc.ok());
  std::set<std::string_view> paths;
  for (size_t i = 0; i < wc->size(); ++i) paths.insert(wc->entry(i).path);
  EXPECT_EQ(paths.size(), 11u);  // one leaf per word
}

TEST(BrownClustererTest, OneClusterGetsPathZero) {
  BrownClusterer c;
  Feed(ToyCorpus(), &c);
  BrownOptions o;
  o.num_clusters = 1;
  Result<WordClusters> wc = c.Train(o);
  ASSERT_TRUE(wc.ok());
  for (size_t i = 0; i < wc->size(); ++i) EXPECT_EQ(wc->entry(i).path, "0");
}

TEST(BrownClustererTest, BadTokensAreDroppedAndBreakTheSentence) {
  BrownClusterer c;
  c.AddSentence({"a", "", "b", "c\td", "e\n", "f"});
  c.AddSentence({});
  EXPECT_EQ(c.num_tokens(), 3u);
  EXPECT_EQ(c.num_sentences(), 1u);
  EXPECT_EQ(c.num_types(), 3u);
}

TEST(BrownClustererTest, RejectsBadOptionsAndEmptyVocabulary) {
  BrownClusterer c;
  Feed(ToyCorpus(), &c);
  BrownOptions o;
  o.num_clusters = 0;
  EXPECT_EQ(c.Train(o).status().code(), Status::Code::kInvalidArgument);
  o.num_clusters = BrownOptions::kMaxClusters + 1;
  EXPECT_EQ(c.Train(o).status().code(), Status::Code::kInvalidArgument);
  o.num_clusters = 4;
  o.min_count = 0;
  EXPECT_EQ(c.Train(o).status().code(), Status::Code::kInvalidArgument);
  o.min_count = 1000;
  Result<WordClusters> wc = c.Train(o);
  EXPECT_EQ(wc.status().code(), Status::Code::kInvalidArgument);
  EXPECT_EQ(wc.status().message(), "no word seen at least 1000 times");
}

TEST(BrownClustererTest, ReportsProgress) {
  BrownClusterer c;
  Feed(ToyCorpus(), &c);
  std::vector<BrownProgress> seen;
  BrownOptions o;
  o.num_clusters = 4;
  o.progress = [&](const BrownProgress& p) { seen.push_back(p); };
  ASSERT_TRUE(c.Train(o).ok());
  ASSERT_FALSE(seen.empty());
  EXPECT_EQ(seen.back().words_clustered, 11u);
  EXPECT_EQ(seen.back().words_total, 11u);
  EXPECT_EQ(seen.back().clusters, 1u);
}

}  // namespace
}  // namespace acta
