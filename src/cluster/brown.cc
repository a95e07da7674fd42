#include "cluster/brown.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <string>
#include <utility>
#include <vector>

namespace acta {
namespace {

constexpr uint32_t kBreak = std::numeric_limits<uint32_t>::max();
constexpr double kInf = std::numeric_limits<double>::infinity();

// x log x, tabulated for the small counts that dominate the inner loops.
class XLogX {
 public:
  XLogX() : table_(kTableSize) {
    for (size_t x = 1; x < kTableSize; ++x) table_[x] = Compute(x);
  }
  double operator()(uint64_t x) const { return x < kTableSize ? table_[x] : Compute(x); }

 private:
  static constexpr size_t kTableSize = size_t{1} << 18;
  static double Compute(uint64_t x) {
    const double d = static_cast<double>(x);
    return d * std::log(d);
  }
  std::vector<double> table_;
};

// The clustered words (ranked by falling count) and their bigram counts, as
// adjacency lists in both directions, sorted by neighbour rank.
struct WordGraph {
  struct Edge {
    uint32_t word;
    uint32_t count;
  };
  std::vector<uint64_t> count;           // unigram count by rank
  std::vector<uint64_t> left_marginal;   // bigrams with the word on the left
  std::vector<uint64_t> right_marginal;  // bigrams with the word on the right
  std::vector<size_t> right_begin;       // right_edges[right_begin[r], right_begin[r+1])
  std::vector<Edge> right_edges;         // words following r
  std::vector<size_t> left_begin;
  std::vector<Edge> left_edges;         // words preceding r
  std::vector<std::string_view> words;  // by rank

  size_t size() const { return count.size(); }
};

// The windowed agglomerative clustering over slots 0..S-1. Counts between
// slots are dense S x S tables; loss_[i * S + j] (i < j, both active) is how
// much the bigram mutual information, times the number of bigrams, falls if
// i and j merge; other cells hold +inf so a plain scan finds the best pair.
//
// With F(x) = x log x and g(x, y) = F(x) + F(y) - F(x + y) (zero when x or y
// is zero), the loss of merging i and j is
//   sum over other active k of g(n[i][k], n[j][k]) + g(n[k][i], n[k][j])
//   + F(n[i][i]) + F(n[i][j]) + F(n[j][i]) + F(n[j][j]) - F(their sum)
//   - g(left[i], left[j]) - g(right[i], right[j]).
class Trainer {
 public:
  Trainer(const WordGraph& graph, size_t num_slots)
      : graph_(graph),
        s_(num_slots),
        n_(s_ * s_, 0),
        nt_(s_ * s_, 0),
        loss_(s_ * s_, kInf),
        left_(s_, 0),
        right_(s_, 0),
        active_(s_, 0),
        members_(s_),
        slot_of_word_(graph.size(), -1),
        row_(s_, 0.0),
        h_left_(s_, 0.0),
        h_right_(s_, 0.0) {
    for (auto* list : {&pre_a_, &fol_a_, &pre_b_, &fol_b_, &pre_c_, &fol_c_}) list->reserve(s_);
  }

  // Puts word `rank` alone into the free slot `slot`.
  void AddWord(uint32_t rank, size_t slot);
  // Merges the active pair with the least loss (ties: the first in slot
  // order); returns {slot that now holds the merged cluster, slot freed}.
  // REQUIRES: at least two active slots.
  std::pair<size_t, size_t> MergeBest();

  bool active(size_t slot) const { return active_[slot] != 0; }
  const std::vector<uint32_t>& members(size_t slot) const { return members_[slot]; }

 private:
  uint32_t& N(size_t i, size_t j) { return n_[i * s_ + j]; }
  uint32_t& NT(size_t i, size_t j) { return nt_[i * s_ + j]; }
  double& Loss(size_t i, size_t j) { return i < j ? loss_[i * s_ + j] : loss_[j * s_ + i]; }
  double G(uint64_t x, uint64_t y) const { return f_(x) + f_(y) - f_(x + y); }
  double Self(uint64_t ii, uint64_t ij, uint64_t ji, uint64_t jj) const {
    return f_(ii) + f_(ij) + f_(ji) + f_(jj) - f_(ii + ij + ji + jj);
  }

  // Slots k not in {x, y} with n[k][x] > 0 (into *preceding) and n[x][k] > 0
  // (into *following), ascending.
  void Neighbours(size_t x, size_t y, std::vector<uint32_t>* preceding,
                  std::vector<uint32_t>* following);
  // The loss of merging x and j, from scratch; `pre`/`fol` are x's neighbours.
  double FullLoss(size_t x, size_t j, const std::vector<uint32_t>& pre,
                  const std::vector<uint32_t>& fol);
  void Merge(size_t a, size_t b);

  const WordGraph& graph_;
  const size_t s_;
  const XLogX f_;
  std::vector<uint32_t> n_;   // n_[i * S + j]: bigrams (word in i, word in j)
  std::vector<uint32_t> nt_;  // the transpose of n_, for row-wise column access
  std::vector<double> loss_;
  std::vector<uint64_t> left_;   // bigrams with a word of the slot on the left
  std::vector<uint64_t> right_;  // ... on the right
  std::vector<char> active_;
  std::vector<std::vector<uint32_t>> members_;  // word ranks by slot
  std::vector<int32_t> slot_of_word_;           // -1: not yet clustered

  // Scratch, sized once so the inner loops never allocate.
  std::vector<double> row_, h_left_, h_right_;
  std::vector<uint32_t> pre_a_, fol_a_, pre_b_, fol_b_, pre_c_, fol_c_;
};

void Trainer::Neighbours(size_t x, size_t y, std::vector<uint32_t>* preceding,
                         std::vector<uint32_t>* following) {
  preceding->clear();
  following->clear();
  const uint32_t* col = &nt_[x * s_];
  const uint32_t* row = &n_[x * s_];
  for (size_t k = 0; k < s_; ++k) {
    if (k == x || k == y) continue;
    if (col[k] != 0) preceding->push_back(static_cast<uint32_t>(k));
    if (row[k] != 0) following->push_back(static_cast<uint32_t>(k));
  }
}

double Trainer::FullLoss(size_t x, size_t j, const std::vector<uint32_t>& pre,
                         const std::vector<uint32_t>& fol) {
  double sum = 0;
  const uint32_t* xrow = &n_[x * s_];
  const uint32_t* jrow = &n_[j * s_];
  for (uint32_t k : fol) {
    if (k == j || jrow[k] == 0) continue;
    sum += G(xrow[k], jrow[k]);
  }
  const uint32_t* xcol = &nt_[x * s_];
  const uint32_t* jcol = &nt_[j * s_];
  for (uint32_t k : pre) {
    if (k == j || jcol[k] == 0) continue;
    sum += G(xcol[k], jcol[k]);
  }
  sum += Self(xrow[x], xrow[j], jrow[x], jrow[j]);
  return sum - G(left_[x], left_[j]) - G(right_[x], right_[j]);
}

void Trainer::AddWord(uint32_t rank, size_t slot) {
  const size_t s = slot;
  members_[s].assign(1, rank);
  slot_of_word_[rank] = static_cast<int32_t>(s);
  active_[s] = 1;
  left_[s] = graph_.left_marginal[rank];
  right_[s] = graph_.right_marginal[rank];
  for (size_t e = graph_.right_begin[rank]; e < graph_.right_begin[rank + 1]; ++e) {
    const int32_t t = slot_of_word_[graph_.right_edges[e].word];
    if (t < 0) continue;
    N(s, t) += graph_.right_edges[e].count;
    NT(t, s) += graph_.right_edges[e].count;
  }
  for (size_t e = graph_.left_begin[rank]; e < graph_.left_begin[rank + 1]; ++e) {
    const uint32_t u = graph_.left_edges[e].word;
    const int32_t t = slot_of_word_[u];
    if (t < 0 || u == rank) continue;  // the bigram (rank, rank) came with right_edges
    N(t, s) += graph_.left_edges[e].count;
    NT(s, t) += graph_.left_edges[e].count;
  }

  // The new slot is one more context k in every other pair's loss.
  Neighbours(s, s, &pre_a_, &fol_a_);
  const uint32_t* col = &nt_[s * s_];
  for (size_t x = 0; x < pre_a_.size(); ++x) {
    const uint32_t i = pre_a_[x];
    for (size_t y = x + 1; y < pre_a_.size(); ++y) {
      const uint32_t j = pre_a_[y];
      loss_[i * s_ + j] += G(col[i], col[j]);
    }
  }
  const uint32_t* row = &n_[s * s_];
  for (size_t x = 0; x < fol_a_.size(); ++x) {
    const uint32_t i = fol_a_[x];
    for (size_t y = x + 1; y < fol_a_.size(); ++y) {
      const uint32_t j = fol_a_[y];
      loss_[i * s_ + j] += G(row[i], row[j]);
    }
  }
  for (size_t j = 0; j < s_; ++j) {
    if (j != s && active_[j]) Loss(s, j) = FullLoss(s, j, pre_a_, fol_a_);
  }
}

std::pair<size_t, size_t> Trainer::MergeBest() {
  double best = kInf;
  size_t best_i = 0, best_j = 0;
  for (size_t i = 0; i < s_; ++i) {
    if (!active_[i]) continue;
    const double* row = &loss_[i * s_];
    for (size_t j = i + 1; j < s_; ++j) {
      if (row[j] < best) {
        best = row[j];
        best_i = i;
        best_j = j;
      }
    }
  }
  // Every pair of active slots has a finite loss, so a pair was found.
  Neighbours(best_i, best_j, &pre_a_, &fol_a_);
  Neighbours(best_j, best_i, &pre_b_, &fol_b_);
  // Keep the slot with more neighbours: the work below grows with the other's.
  if (pre_b_.size() + fol_b_.size() > pre_a_.size() + fol_a_.size()) {
    std::swap(best_i, best_j);
    pre_a_.swap(pre_b_);
    fol_a_.swap(fol_b_);
  }
  Merge(best_i, best_j);
  return {best_i, best_j};
}

// Merges b into a. REQUIRES: pre_a_/fol_a_ and pre_b_/fol_b_ hold the
// neighbours of a and b, each list excluding a and b.
void Trainer::Merge(size_t a, size_t b) {
  pre_c_.clear();
  std::set_union(pre_a_.begin(), pre_a_.end(), pre_b_.begin(), pre_b_.end(),
                 std::back_inserter(pre_c_));
  fol_c_.clear();
  std::set_union(fol_a_.begin(), fol_a_.end(), fol_b_.begin(), fol_b_.end(),
                 std::back_inserter(fol_c_));

  // 1. Pairs (i, j) outside {a, b}: their context k = a and k = b become one
  // context c. The change vanishes unless i or j is a neighbour of b (and of c).
  auto update_pairs = [&](const uint32_t* ca, const uint32_t* cb, const std::vector<uint32_t>& nb,
                          const std::vector<uint32_t>& nc, std::vector<double>& h) {
    for (uint32_t k : nc) h[k] = f_(uint64_t{ca[k]} + cb[k]) - f_(ca[k]) - f_(cb[k]);
    for (uint32_t i : nb) {
      for (uint32_t j : nc) {
        if (j == i || (cb[j] != 0 && j < i)) continue;  // each pair once
        const uint64_t ai = ca[i], bi = cb[i], aj = ca[j], bj = cb[j];
        Loss(i, j) += h[i] + h[j] - f_(ai + bi + aj + bj) + f_(ai + aj) + f_(bi + bj);
      }
    }
  };
  update_pairs(&nt_[a * s_], &nt_[b * s_], pre_b_, pre_c_, h_left_);
  update_pairs(&n_[a * s_], &n_[b * s_], fol_b_, fol_c_, h_right_);

  // 2. The merged cluster's losses, from a's: only contexts next to b change,
  // the context b itself goes, and so do the self and marginal terms. With
  // x = n[a][k], z = n[b][k], y = n[j][k] (or the transposes):
  // g(x + z, y) - g(x, y) = h[k] + F(z) + F(x + y) - F(x + z + y).
  const uint32_t* arow = &n_[a * s_];
  const uint32_t* brow = &n_[b * s_];
  const uint32_t* acol = &nt_[a * s_];
  const uint32_t* bcol = &nt_[b * s_];
  const uint64_t cc = uint64_t{arow[a]} + arow[b] + brow[a] + brow[b];
  for (size_t j = 0; j < s_; ++j) {
    if (!active_[j] || j == a || j == b) continue;
    const uint32_t* jrow = &n_[j * s_];
    const uint32_t* jcol = &nt_[j * s_];
    double d = Loss(a, j) + G(left_[a], left_[j]) + G(right_[a], right_[j]);
    for (uint32_t k : fol_b_) {
      const uint64_t y = jrow[k];
      if (k == j || y == 0) continue;
      d += h_right_[k] + f_(brow[k]) + f_(arow[k] + y) - f_(arow[k] + brow[k] + y);
    }
    for (uint32_t k : pre_b_) {
      const uint64_t y = jcol[k];
      if (k == j || y == 0) continue;
      d += h_left_[k] + f_(bcol[k]) + f_(acol[k] + y) - f_(acol[k] + bcol[k] + y);
    }
    d -= G(arow[b], jrow[b]) + G(brow[a], brow[j]);
    d += Self(cc, uint64_t{arow[j]} + brow[j], uint64_t{jrow[a]} + jrow[b], jrow[j]) -
         Self(arow[a], arow[j], jrow[a], jrow[j]);
    row_[j] = d - G(left_[a] + left_[b], left_[j]) - G(right_[a] + right_[b], right_[j]);
  }

  // 3. Counts: c = a + b lives in slot a; slot b is freed.
  uint32_t* ar = &n_[a * s_];
  uint32_t* br = &n_[b * s_];
  for (size_t k = 0; k < s_; ++k) ar[k] += br[k];
  for (size_t k = 0; k < s_; ++k) N(k, a) += N(k, b);
  for (size_t k = 0; k < s_; ++k) {
    br[k] = 0;
    N(k, b) = 0;
  }
  for (size_t k = 0; k < s_; ++k) {
    NT(a, k) = N(k, a);
    NT(k, a) = N(a, k);
    NT(b, k) = 0;
    NT(k, b) = 0;
  }
  left_[a] += left_[b];
  right_[a] += right_[b];
  left_[b] = right_[b] = 0;

  // 4. Losses and members.
  for (size_t k = 0; k < s_; ++k) Loss(b, k) = kInf;
  for (size_t j = 0; j < s_; ++j) {
    if (active_[j] && j != a && j != b) Loss(a, j) = row_[j];
  }
  active_[b] = 0;
  for (uint32_t w : members_[b]) slot_of_word_[w] = static_cast<int32_t>(a);
  members_[a].insert(members_[a].end(), members_[b].begin(), members_[b].end());
  members_[b].clear();
}

// Counts the words and the bigrams between words seen min_count times or
// more; a rarer word, like a sentence end, breaks the bigram chain.
WordGraph BuildGraph(const std::vector<std::string_view>& words,
                     const std::vector<uint32_t>& stream, uint64_t min_count) {
  std::vector<uint64_t> count(words.size(), 0);
  for (uint32_t id : stream) {
    if (id != kBreak) ++count[id];
  }
  std::vector<uint32_t> order;
  for (uint32_t id = 0; id < words.size(); ++id) {
    if (count[id] >= min_count) order.push_back(id);
  }
  std::sort(order.begin(), order.end(), [&](uint32_t x, uint32_t y) {
    return count[x] != count[y] ? count[x] > count[y] : words[x] < words[y];
  });
  std::vector<uint32_t> rank_of_id(words.size(), kBreak);
  for (uint32_t r = 0; r < order.size(); ++r) rank_of_id[order[r]] = r;

  std::vector<uint64_t> keys;
  uint32_t prev = kBreak;
  for (uint32_t id : stream) {
    const uint32_t r = id == kBreak ? kBreak : rank_of_id[id];
    if (r != kBreak && prev != kBreak) keys.push_back(uint64_t{prev} << 32 | r);
    prev = r;
  }
  std::sort(keys.begin(), keys.end());

  const size_t v = order.size();
  WordGraph g;
  g.count.resize(v);
  for (size_t r = 0; r < v; ++r) g.count[r] = count[order[r]];
  g.left_marginal.assign(v, 0);
  g.right_marginal.assign(v, 0);
  g.right_begin.assign(v + 1, 0);
  g.left_begin.assign(v + 1, 0);
  for (size_t i = 0; i < keys.size();) {
    size_t end = i;
    while (end < keys.size() && keys[end] == keys[i]) ++end;
    const uint32_t l = static_cast<uint32_t>(keys[i] >> 32);
    const uint32_t r = static_cast<uint32_t>(keys[i]);
    const uint32_t c = static_cast<uint32_t>(end - i);
    g.right_edges.push_back({r, c});
    ++g.right_begin[l + 1];
    ++g.left_begin[r + 1];
    g.left_marginal[l] += c;
    g.right_marginal[r] += c;
    i = end;
  }
  std::partial_sum(g.right_begin.begin(), g.right_begin.end(), g.right_begin.begin());
  std::partial_sum(g.left_begin.begin(), g.left_begin.end(), g.left_begin.begin());
  // right_edges are sorted by (left, right); a stable bucket pass by right
  // word leaves each left list sorted too.
  g.left_edges.resize(g.right_edges.size());
  std::vector<size_t> fill(g.left_begin.begin(), g.left_begin.end() - 1);
  for (uint32_t l = 0; l < v; ++l) {
    for (size_t e = g.right_begin[l]; e < g.right_begin[l + 1]; ++e) {
      const WordGraph::Edge& edge = g.right_edges[e];
      g.left_edges[fill[edge.word]++] = {l, edge.count};
    }
  }
  g.words.reserve(v);
  for (uint32_t id : order) g.words.push_back(words[id]);
  return g;
}

// A binary tree over the final clusters; children[0] gets path bit 0.
struct MergeTree {
  struct Node {
    int32_t children[2] = {-1, -1};
    uint32_t first_rank = 0;  // the most frequent word below
  };
  std::vector<Node> nodes;

  // The path of every node, root first; a lone root gets "0".
  std::vector<std::string> Paths() const {
    std::vector<int32_t> parent(nodes.size(), -1);
    std::vector<char> bit(nodes.size(), '0');
    for (size_t n = 0; n < nodes.size(); ++n) {
      for (int b = 0; b < 2; ++b) {
        if (nodes[n].children[b] < 0) continue;
        parent[nodes[n].children[b]] = static_cast<int32_t>(n);
        bit[nodes[n].children[b]] = static_cast<char>('0' + b);
      }
    }
    std::vector<std::string> paths(nodes.size());
    if (nodes.size() == 1) paths[0].assign(1, '0');
    for (size_t n = 0; n + 1 < nodes.size(); ++n) {
      size_t depth = 0;
      for (int32_t m = static_cast<int32_t>(n); parent[m] >= 0; m = parent[m]) ++depth;
      paths[n].resize(depth);
      for (int32_t m = static_cast<int32_t>(n); parent[m] >= 0; m = parent[m]) {
        paths[n][--depth] = bit[m];
      }
    }
    return paths;
  }
};

}  // namespace

BrownClusterer::BrownClusterer() = default;

void BrownClusterer::AddSentence(const std::vector<std::string_view>& tokens) {
  bool any = false;
  for (std::string_view t : tokens) {
    if (t.empty() || t.find_first_of("\t\r\n") != std::string_view::npos) {
      if (!stream_.empty() && stream_.back() != kBreak) stream_.push_back(kBreak);
      continue;
    }
    auto it = ids_.find(t);
    if (it == ids_.end()) {
      it = ids_.emplace(std::string(t), static_cast<uint32_t>(words_.size())).first;
      words_.push_back(it->first);
    }
    stream_.push_back(it->second);
    ++num_tokens_;
    any = true;
  }
  if (any) ++num_sentences_;
  if (!stream_.empty() && stream_.back() != kBreak) stream_.push_back(kBreak);
}

Result<WordClusters> BrownClusterer::Train(const BrownOptions& options) const {
  if (options.num_clusters < 1 || options.num_clusters > BrownOptions::kMaxClusters) {
    return Status::InvalidArgument("number of clusters must be in [1, " +
                                   std::to_string(BrownOptions::kMaxClusters) + "]");
  }
  if (options.min_count < 1) return Status::InvalidArgument("minimum count must be at least 1");
  // Bigram counts between clusters are 32-bit.
  if (num_tokens_ >= kBreak - 1) return Status::InvalidArgument("corpus over 2^32 - 2 tokens");

  const WordGraph graph = BuildGraph(words_, stream_, static_cast<uint64_t>(options.min_count));
  const size_t v = graph.size();
  if (v == 0) {
    return Status::InvalidArgument("no word seen at least " + std::to_string(options.min_count) +
                                   " times");
  }
  const size_t c = std::min<size_t>(static_cast<size_t>(options.num_clusters), v);
  BrownProgress progress;
  progress.words_total = v;
  auto report = [&](size_t clustered, size_t clusters) {
    if (!options.progress) return;
    progress.words_clustered = clustered;
    progress.clusters = clusters;
    options.progress(progress);
  };

  // The window: C slots, plus one for the word coming in.
  const size_t num_slots = v > c ? c + 1 : c;
  Trainer trainer(graph, num_slots);
  for (uint32_t r = 0; r < c; ++r) {
    trainer.AddWord(r, r);
    if ((r + 1) % 1000 == 0) report(r + 1, r + 1);
  }
  size_t free_slot = c;
  for (uint32_t r = static_cast<uint32_t>(c); r < v; ++r) {
    trainer.AddWord(r, free_slot);
    free_slot = trainer.MergeBest().second;
    if ((r + 1) % 1000 == 0) report(r + 1, c);
  }
  report(v, c);

  // The C clusters become the leaves of the tree built by merging them all.
  MergeTree tree;
  std::vector<int32_t> node_of_slot(num_slots, -1);
  std::vector<int32_t> leaf_of_word(v, -1);
  for (size_t s = 0; s < num_slots; ++s) {
    if (!trainer.active(s)) continue;
    MergeTree::Node leaf;
    leaf.first_rank = *std::min_element(trainer.members(s).begin(), trainer.members(s).end());
    node_of_slot[s] = static_cast<int32_t>(tree.nodes.size());
    for (uint32_t w : trainer.members(s)) leaf_of_word[w] = node_of_slot[s];
    tree.nodes.push_back(leaf);
  }
  for (size_t clusters = c; clusters > 1; --clusters) {
    const auto [kept, freed] = trainer.MergeBest();
    MergeTree::Node node;
    node.children[0] = node_of_slot[kept];
    node.children[1] = node_of_slot[freed];
    if (tree.nodes[node.children[1]].first_rank < tree.nodes[node.children[0]].first_rank) {
      std::swap(node.children[0], node.children[1]);
    }
    node.first_rank = tree.nodes[node.children[0]].first_rank;
    node_of_slot[kept] = static_cast<int32_t>(tree.nodes.size());
    node_of_slot[freed] = -1;
    tree.nodes.push_back(node);
    if (clusters % 100 == 0) report(v, clusters - 1);
  }
  report(v, 1);

  const std::vector<std::string> paths = tree.Paths();
  std::vector<WordClusterEntry> entries(v);
  for (size_t r = 0; r < v; ++r) {
    entries[r] = {std::string(graph.words[r]), paths[leaf_of_word[r]], graph.count[r]};
  }
  // Ranks already order by falling count, then word.
  std::stable_sort(
      entries.begin(), entries.end(),
      [](const WordClusterEntry& x, const WordClusterEntry& y) { return x.path < y.path; });
  return WordClusters::FromEntries(std::move(entries));
}

}  // namespace acta
