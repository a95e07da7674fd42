// Brown clustering (Brown et al. 1992) with a window of active clusters
// (Liang 2005): a class-based bigram model whose classes are merged greedily,
// always the pair whose merge loses the least average mutual information
// between adjacent classes.
//
// Words are taken in order of falling frequency. The first C start as one
// cluster each; every further word enters as its own cluster and then the best
// of all pairs among the C + 1 clusters is merged. Once every word is in, the
// C clusters are merged down to one; that last phase's binary tree gives each
// cluster its path (0 = first child, 1 = second), shared by all its words.
// The mutual information is over bigrams between words already clustered,
// with each cluster's left and right marginals taken from all its bigrams.
// Merge losses are kept in a table updated incrementally, touching only
// clusters adjacent to the merged ones, so a step costs
// O(C^2) at worst and much less for rare words.
#ifndef ACTA_CLUSTER_BROWN_H_
#define ACTA_CLUSTER_BROWN_H_

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "acta/status.h"
#include "cluster/word_clusters.h"

namespace acta {

struct BrownProgress {
  size_t words_clustered = 0;  // words taken into clusters so far
  size_t words_total = 0;      // words with count >= min_count
  size_t clusters = 0;         // clusters now (C while the window runs, then falling to 1)
};

struct BrownOptions {
  int num_clusters = 1000;  // C; must be in [1, kMaxClusters]
  int min_count = 3;        // words seen fewer times are not clustered; must be >= 1
  // Called now and then from Train's thread; may be empty.
  std::function<void(const BrownProgress&)> progress;

  static constexpr int kMaxClusters = 10000;  // the tables take 16 * C^2 bytes
};

// Collects sentences, then trains. Not thread-safe; Train is const and may be
// called several times (for instance with different options).
class BrownClusterer {
 public:
  BrownClusterer();
  BrownClusterer(const BrownClusterer&) = delete;
  BrownClusterer& operator=(const BrownClusterer&) = delete;

  // Counts the words of one sentence and the bigrams inside it (none across
  // sentences). Words are kept exactly as given, case included. A token that
  // is empty or holds a tab, CR or LF cannot be written to a cluster file: it
  // is dropped and splits the sentence there.
  void AddSentence(const std::vector<std::string_view>& tokens);

  size_t num_sentences() const { return num_sentences_; }
  size_t num_tokens() const { return num_tokens_; }  // tokens kept
  size_t num_types() const { return words_.size(); }

  // Clusters every word seen at least options.min_count times. Fails on bad
  // options, when no word is frequent enough, or beyond 2^32 - 2 tokens.
  // Deterministic: the same sentences (in any order) and options give the
  // same clusters, entry for entry. Entries come sorted by path, then by
  // falling count, then by word bytes.
  Result<WordClusters> Train(const BrownOptions& options) const;

 private:
  struct StringHash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };

  std::unordered_map<std::string, uint32_t, StringHash, std::equal_to<>> ids_;
  std::vector<std::string_view> words_;  // by id; views into ids_'s keys
  std::vector<uint32_t> stream_;         // word ids, kBreak between sentences
  size_t num_sentences_ = 0;
  size_t num_tokens_ = 0;
};

}  // namespace acta

#endif  // ACTA_CLUSTER_BROWN_H_
