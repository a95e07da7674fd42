// Checks BrownClusterer's incrementally updated merge losses against a
// direct implementation that recomputes the objective from scratch for every
// candidate merge.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <random>
#include <string>
#include <vector>

#include "cluster/brown.h"

namespace acta {
namespace {

double XLogX(double x) { return x > 0 ? x * std::log(x) : 0.0; }

class ReferenceBrown {
 public:
  ReferenceBrown(const std::vector<std::vector<std::string>>& corpus, int min_count) {
    std::map<std::string, uint64_t> count;
    for (const auto& s : corpus) {
      for (const auto& w : s) ++count[w];
    }
    for (const auto& [w, c] : count) {
      if (c >= static_cast<uint64_t>(min_count)) words_.push_back(w);
    }
    std::stable_sort(words_.begin(), words_.end(), [&](const std::string& x, const std::string& y) {
      return count[x] > count[y];
    });
    std::map<std::string, int> rank;
    for (size_t r = 0; r < words_.size(); ++r) rank[words_[r]] = static_cast<int>(r);
    left_.assign(words_.size(), 0);
    right_.assign(words_.size(), 0);
    for (const auto& s : corpus) {
      for (size_t i = 1; i < s.size(); ++i) {
        auto x = rank.find(s[i - 1]), y = rank.find(s[i]);
        if (x == rank.end() || y == rank.end()) continue;
        ++bigrams_[{x->second, y->second}];
        ++left_[x->second];
        ++right_[y->second];
      }
    }
  }

  // Word -> path, with the same tie rules for child order as BrownClusterer.
  std::map<std::string, std::string> Train(size_t c) {
    std::vector<std::vector<int>> clusters;
    for (size_t r = 0; r < words_.size(); ++r) {
      clusters.push_back({static_cast<int>(r)});
      if (clusters.size() > c) MergeBest(&clusters);
    }
    struct Node {
      int children[2] = {-1, -1};
      int first = 0;
      int parent = -1;
      char bit = '0';
    };
    std::vector<Node> nodes;
    std::vector<int> node_of_cluster;
    std::vector<int> leaf_of_word(words_.size());
    for (const auto& members : clusters) {
      Node leaf;
      leaf.first = *std::min_element(members.begin(), members.end());
      for (int w : members) leaf_of_word[w] = static_cast<int>(nodes.size());
      node_of_cluster.push_back(static_cast<int>(nodes.size()));
      nodes.push_back(leaf);
    }
    while (clusters.size() > 1) {
      auto [p, q] = MergeBest(&clusters);
      Node node;
      node.children[0] = node_of_cluster[p];
      node.children[1] = node_of_cluster[q];
      if (nodes[node.children[1]].first < nodes[node.children[0]].first) {
        std::swap(node.children[0], node.children[1]);
      }
      node.first = nodes[node.children[0]].first;
      const int id = static_cast<int>(nodes.size());
      nodes.push_back(node);
      for (int b = 0; b < 2; ++b) {
        nodes[node.children[b]].parent = id;
        nodes[node.children[b]].bit = static_cast<char>('0' + b);
      }
      node_of_cluster[p] = id;
      node_of_cluster.erase(node_of_cluster.begin() + q);
    }
    std::map<std::string, std::string> paths;
    for (size_t r = 0; r < words_.size(); ++r) {
      std::string path;
      for (int n = leaf_of_word[r]; nodes[n].parent >= 0; n = nodes[n].parent) {
        path.insert(path.begin(), nodes[n].bit);
      }
      paths[words_[r]] = nodes.size() == 1 ? "0" : path;
    }
    return paths;
  }

 private:
  // The objective (mutual information times the number of bigrams, up to a
  // constant) over bigrams between clustered words.
  double Objective(const std::vector<std::vector<int>>& clusters) const {
    std::vector<int> of(words_.size(), -1);
    for (size_t k = 0; k < clusters.size(); ++k) {
      for (int w : clusters[k]) of[w] = static_cast<int>(k);
    }
    std::map<std::pair<int, int>, double> n;
    for (const auto& [xy, cnt] : bigrams_) {
      if (of[xy.first] >= 0 && of[xy.second] >= 0) n[{of[xy.first], of[xy.second]}] += cnt;
    }
    double q = 0;
    for (const auto& [xy, cnt] : n) q += XLogX(cnt);
    for (const auto& members : clusters) {
      double l = 0, r = 0;
      for (int w : members) {
        l += static_cast<double>(left_[w]);
        r += static_cast<double>(right_[w]);
      }
      q -= XLogX(l) + XLogX(r);
    }
    return q;
  }

  // Merges the pair whose merge keeps the objective highest; returns the
  // pair's indexes (q merged into p and erased).
  std::pair<size_t, size_t> MergeBest(std::vector<std::vector<int>>* clusters) const {
    double best = -1e300;
    size_t bp = 0, bq = 0;
    for (size_t p = 0; p < clusters->size(); ++p) {
      for (size_t q = p + 1; q < clusters->size(); ++q) {
        std::vector<std::vector<int>> trial = *clusters;
        trial[p].insert(trial[p].end(), trial[q].begin(), trial[q].end());
        trial.erase(trial.begin() + static_cast<long>(q));
        const double value = Objective(trial);
        if (value > best) {
          best = value;
          bp = p;
          bq = q;
        }
      }
    }
    auto& c = *clusters;
    c[bp].insert(c[bp].end(), c[bq].begin(), c[bq].end());
    c.erase(c.begin() + static_cast<long>(bq));
    return {bp, bq};
  }

  std::vector<std::string> words_;  // by rank: falling count, then bytes
  std::map<std::pair<int, int>, uint64_t> bigrams_;
  std::vector<uint64_t> left_, right_;
};

// "w17" for 17.
std::string WordName(int i) {
  std::string name(1, 'w');
  name += std::to_string(i);
  return name;
}

std::vector<std::vector<std::string>> RandomCorpus(uint32_t seed, int v, int sentences) {
  std::mt19937 rng(seed);
  std::vector<std::vector<std::string>> corpus;
  for (int s = 0; s < sentences; ++s) {
    std::vector<std::string> sentence;
    int w = static_cast<int>(rng() % static_cast<uint32_t>(v));
    for (int t = 0, n = 2 + static_cast<int>(rng() % 8); t < n; ++t) {
      sentence.push_back(WordName(w));
      // Mostly one of two fixed successors, so contexts differ between words.
      const uint32_t pick = rng() % 8;
      w = pick < 3 ? (w * 7 + 3) % v : pick < 6 ? (w * 5 + 1) % v : static_cast<int>(rng() % v);
      w = std::min(w, static_cast<int>(rng() % static_cast<uint32_t>(v)));  // favour small ids
    }
    corpus.push_back(sentence);
  }
  return corpus;
}

struct ReferenceCase {
  uint32_t seed;
  int vocabulary;
  int sentences;
  int clusters;
  int min_count;
};

class BrownReferenceTest : public testing::TestWithParam<ReferenceCase> {};

TEST_P(BrownReferenceTest, SameTreeAsRecomputingEveryLoss) {
  const ReferenceCase& rc = GetParam();
  const auto corpus = RandomCorpus(rc.seed, rc.vocabulary, rc.sentences);
  BrownClusterer c;
  for (const auto& s : corpus) c.AddSentence(std::vector<std::string_view>(s.begin(), s.end()));
  BrownOptions o;
  o.num_clusters = rc.clusters;
  o.min_count = rc.min_count;
  Result<WordClusters> fast = c.Train(o);
  ASSERT_TRUE(fast.ok()) << fast.status().ToString();

  ReferenceBrown reference(corpus, rc.min_count);
  const auto expected = reference.Train(static_cast<size_t>(rc.clusters));
  ASSERT_EQ(fast->size(), expected.size());
  for (const auto& [word, path] : expected) {
    EXPECT_EQ(fast->Lookup(word).ToString(), path) << word;
  }
}

INSTANTIATE_TEST_SUITE_P(Corpora, BrownReferenceTest,
                         testing::Values(ReferenceCase{1, 30, 150, 5, 2},
                                         ReferenceCase{2, 40, 200, 8, 3},
                                         ReferenceCase{3, 25, 120, 1, 1},
                                         ReferenceCase{4, 20, 300, 30, 1},
                                         ReferenceCase{5, 50, 400, 12, 2}));

}  // namespace
}  // namespace acta
