#include "tagger/embedding_clusters.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <bit>
#include <charconv>
#include <cmath>
#include <cstring>
#include <fstream>
#include <unordered_set>
#include <vector>

#include "acta/training.h"
#include "tagger/hash.h"

namespace acta {
namespace {

// File layout, little-endian: the header, then num_slots word hashes
// (uint64, 0 = empty), then num_slots paths (uint16).
constexpr char kMagic[8] = {'A', 'C', 'T', 'A', 'E', 'M', 'B', '1'};
struct Header {
  char magic[8];
  uint32_t levels;
  uint32_t bits_per_level;
  uint64_t num_words;
  uint64_t num_slots;  // a power of two
};
static_assert(sizeof(Header) == 32);

uint64_t WordKey(std::string_view word) {
  const uint64_t h = HashBytes(word);
  return h == 0 ? 1 : h;
}

// splitmix64: a fixed sequence on every platform, unlike std's distributions.
struct Rng {
  uint64_t state;
  uint64_t Next() {
    uint64_t z = (state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
  double Uniform() { return static_cast<double>(Next() >> 11) * 0x1.0p-53; }
};

// Unit vectors, one row per word.
struct Vectors {
  size_t dims = 0;
  std::vector<float> data;
  const float* Row(uint32_t i) const { return data.data() + size_t{i} * dims; }
};

// Spherical k-means over `members`: each vector goes to the centroid it
// points most nearly along. Returns each member's cluster, 0..k-1. Centroids
// are kept transposed (dimension-major), so that the k dot products of one
// vector are summed side by side and in a fixed order.
std::vector<uint8_t> KMeans(const Vectors& v, const std::vector<uint32_t>& members, int k,
                            int iterations, Rng* rng) {
  const size_t n = members.size(), d = v.dims, kk = static_cast<size_t>(k);
  std::vector<uint8_t> assigned(n, 0);
  if (n <= kk) {
    for (size_t a = 0; a < n; ++a) assigned[a] = static_cast<uint8_t>(a);
    return assigned;
  }
  std::vector<float> centroids(d * kk);  // [dimension][cluster]
  auto set_centroid = [&](size_t c, const float* x) {
    for (size_t j = 0; j < d; ++j) centroids[j * kk + c] = x[j];
  };
  // k-means++ seeding: each further seed drawn in proportion to the squared
  // distance to the nearest seed so far (2 - 2 cos for unit vectors).
  set_centroid(0, v.Row(members[rng->Next() % n]));
  std::vector<double> nearest(n, 4.0);
  for (size_t c = 1; c < kk; ++c) {
    double total = 0;
    for (size_t a = 0; a < n; ++a) {
      const float* x = v.Row(members[a]);
      double dot = 0;
      for (size_t j = 0; j < d; ++j) dot += double{x[j]} * centroids[j * kk + c - 1];
      nearest[a] = std::min(nearest[a], std::max(0.0, 2.0 - 2.0 * dot));
      total += nearest[a];
    }
    double r = rng->Uniform() * total;
    size_t pick = 0;
    while (pick + 1 < n && (r -= nearest[pick]) > 0) ++pick;
    set_centroid(c, v.Row(members[pick]));
  }
  std::vector<float> scores(kk);
  std::vector<double> sums(d * kk);
  std::vector<size_t> counts(kk);
  for (int it = 0; it < iterations; ++it) {
    for (size_t a = 0; a < n; ++a) {
      const float* x = v.Row(members[a]);
      std::fill(scores.begin(), scores.end(), 0.0f);
      for (size_t j = 0; j < d; ++j) {
        const float* row = &centroids[j * kk];
        for (size_t c = 0; c < kk; ++c) scores[c] += x[j] * row[c];
      }
      size_t best = 0;
      for (size_t c = 1; c < kk; ++c) {
        if (scores[c] > scores[best]) best = c;
      }
      assigned[a] = static_cast<uint8_t>(best);
    }
    std::fill(sums.begin(), sums.end(), 0.0);
    std::fill(counts.begin(), counts.end(), 0);
    for (size_t a = 0; a < n; ++a) {
      const float* x = v.Row(members[a]);
      const size_t c = assigned[a];
      ++counts[c];
      for (size_t j = 0; j < d; ++j) sums[j * kk + c] += x[j];
    }
    for (size_t c = 0; c < kk; ++c) {
      if (counts[c] == 0) continue;  // an emptied cluster keeps its centroid
      double norm = 0;
      for (size_t j = 0; j < d; ++j) norm += sums[j * kk + c] * sums[j * kk + c];
      norm = std::sqrt(norm);
      if (norm == 0) continue;
      for (size_t j = 0; j < d; ++j) {
        centroids[j * kk + c] = static_cast<float>(sums[j * kk + c] / norm);
      }
    }
  }
  return assigned;
}

std::string LineError(const std::string& path, size_t line, const std::string& what) {
  return path + ":" + std::to_string(line) + ": " + what;
}

// Reads up to `max_words` vectors, normalised to unit length.
Status ReadVectors(const std::string& path, size_t max_words, std::vector<std::string>* words,
                   Vectors* v) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound("cannot open " + path);
  std::unordered_set<std::string> seen;
  std::vector<float> row;
  std::string line;
  size_t line_no = 0;
  while (words->size() < max_words && std::getline(in, line)) {
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    const size_t space = line.find(' ');
    if (line.empty() || space == 0 || space == std::string::npos) {
      return Status::Corrupt(LineError(path, line_no, "expected a word and its vector"));
    }
    row.clear();
    const char* p = line.data() + space;
    const char* end = line.data() + line.size();
    while (p < end) {
      while (p < end && *p == ' ') ++p;
      if (p == end) break;
      float value = 0;
      auto [next, ec] = std::from_chars(p, end, value);
      if (ec != std::errc() || (next < end && *next != ' ') || !std::isfinite(value)) {
        const char* shown_end = std::min(next + 1, end);  // the number and what stopped it
        return Status::Corrupt(
            LineError(path, line_no, "not a number: '" + std::string(p, shown_end) + "'"));
      }
      row.push_back(value);
      p = next;
    }
    if (v->dims == 0) v->dims = row.size();
    if (row.size() != v->dims || row.empty()) {
      return Status::Corrupt(LineError(
          path, line_no,
          "expected " + std::to_string(v->dims) + " numbers, found " + std::to_string(row.size())));
    }
    std::string word = line.substr(0, space);
    if (!seen.insert(word).second) {
      return Status::Corrupt(LineError(path, line_no, "'" + word + "' given twice"));
    }
    double norm = 0;
    for (float x : row) norm += double{x} * x;
    norm = std::sqrt(norm);
    for (float x : row) v->data.push_back(norm > 0 ? static_cast<float>(x / norm) : 0.0f);
    words->push_back(std::move(word));
  }
  if (in.bad()) return Status::IoError("cannot read " + path);
  if (words->empty()) return Status::Corrupt(path + ": no vectors");
  return Status::Ok();
}

}  // namespace

Status TrainEmbeddingClusters(const EmbeddingClusterOptions& o, EmbeddingClusterReport* report) {
  const int level_bits = std::countr_zero(static_cast<unsigned>(o.branching));
  if (o.branching < 2 || o.branching > 256 || !std::has_single_bit(unsigned(o.branching)) ||
      o.levels < 1 || o.levels * level_bits > 16 || o.iterations < 1) {
    return Status::InvalidArgument(
        "branching must be a power of two from 2 to 256, with levels * its bits at most 16");
  }
  std::vector<std::string> words;
  Vectors v;
  Status s = ReadVectors(o.from, o.max_words, &words, &v);
  if (!s.ok()) return s;

  // Top-down: split every group of the last level in `branching`.
  std::vector<uint16_t> paths(words.size(), 0);
  std::vector<std::vector<uint32_t>> groups(1);
  for (uint32_t i = 0; i < words.size(); ++i) groups[0].push_back(i);
  Rng rng{0x5EEDull};
  for (int level = 0; level < o.levels; ++level) {
    std::vector<std::vector<uint32_t>> next;
    for (const std::vector<uint32_t>& g : groups) {
      std::vector<uint8_t> a = KMeans(v, g, o.branching, o.iterations, &rng);
      std::vector<std::vector<uint32_t>> parts(static_cast<size_t>(o.branching));
      for (size_t m = 0; m < g.size(); ++m) {
        paths[g[m]] = static_cast<uint16_t>((paths[g[m]] << level_bits) | a[m]);
        parts[a[m]].push_back(g[m]);
      }
      for (std::vector<uint32_t>& p : parts) {
        if (!p.empty()) next.push_back(std::move(p));
      }
    }
    groups = std::move(next);
  }

  Header h{};
  std::memcpy(h.magic, kMagic, sizeof kMagic);
  h.levels = static_cast<uint32_t>(o.levels);
  h.bits_per_level = static_cast<uint32_t>(level_bits);
  h.num_words = words.size();
  h.num_slots = std::bit_ceil(2 * words.size());
  std::vector<uint64_t> keys(h.num_slots, 0);
  std::vector<uint16_t> slot_paths(h.num_slots, 0);
  for (size_t i = 0; i < words.size(); ++i) {
    const uint64_t key = WordKey(words[i]);
    size_t slot = key & (h.num_slots - 1);
    while (keys[slot] != 0 && keys[slot] != key) slot = (slot + 1) & (h.num_slots - 1);
    if (keys[slot] == key) continue;  // two words of one hash: the more frequent keeps it
    keys[slot] = key;
    slot_paths[slot] = paths[i];
  }
  std::ofstream out(o.out_path, std::ios::binary | std::ios::trunc);
  out.write(reinterpret_cast<const char*>(&h), sizeof h);
  out.write(reinterpret_cast<const char*>(keys.data()),
            static_cast<std::streamsize>(keys.size() * sizeof keys[0]));
  out.write(reinterpret_cast<const char*>(slot_paths.data()),
            static_cast<std::streamsize>(slot_paths.size() * sizeof slot_paths[0]));
  out.close();
  if (!out) return Status::IoError("cannot write " + o.out_path);
  if (report) {
    report->words = words.size();
    report->dimensions = v.dims;
  }
  return Status::Ok();
}

Result<std::shared_ptr<const EmbeddingClusters>> EmbeddingClusters::Load(const std::string& path) {
  if constexpr (std::endian::native != std::endian::little) {
    return Status::Unsupported(path + ": embedding clusters need a little-endian machine");
  }
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return Status::NotFound("cannot open " + path);
  struct stat st {};
  if (::fstat(fd, &st) != 0) {
    ::close(fd);
    return Status::IoError("cannot read " + path);
  }
  const size_t size = static_cast<size_t>(st.st_size);
  Header h{};
  if (size < sizeof h || ::pread(fd, &h, sizeof h, 0) != static_cast<ssize_t>(sizeof h) ||
      std::memcmp(h.magic, kMagic, sizeof kMagic) != 0) {
    ::close(fd);
    return Status::Corrupt(path + ": not an embedding-cluster table");
  }
  if (h.num_slots == 0 || !std::has_single_bit(h.num_slots) || h.num_slots > (uint64_t{1} << 40) ||
      h.num_words > h.num_slots || h.levels * h.bits_per_level > 16 ||
      size != sizeof h + h.num_slots * (sizeof(uint64_t) + sizeof(uint16_t))) {
    ::close(fd);
    return Status::Corrupt(path + ": embedding-cluster table of the wrong size or shape");
  }
  void* map = ::mmap(nullptr, size, PROT_READ, MAP_PRIVATE, fd, 0);
  ::close(fd);
  if (map == MAP_FAILED) return Status::IoError("cannot map " + path);
  std::shared_ptr<EmbeddingClusters> t(new EmbeddingClusters());
  t->map_ = map;
  t->map_size_ = size;
  const char* base = static_cast<const char*>(map);
  t->keys_ = reinterpret_cast<const uint64_t*>(base + sizeof h);
  t->paths_ = reinterpret_cast<const uint16_t*>(base + sizeof h + h.num_slots * sizeof(uint64_t));
  t->mask_ = h.num_slots - 1;
  t->num_words_ = h.num_words;
  t->levels_ = static_cast<int>(h.levels);
  t->bits_per_level_ = static_cast<int>(h.bits_per_level);
  return std::shared_ptr<const EmbeddingClusters>(std::move(t));
}

EmbeddingClusters::~EmbeddingClusters() {
  if (map_ != nullptr) ::munmap(map_, map_size_);
}

EmbeddingClusters::Path EmbeddingClusters::Lookup(std::string_view word) const {
  if (keys_ == nullptr) return {};
  const uint64_t key = WordKey(word);
  uint64_t slot = key & mask_;
  for (uint64_t probes = 0; probes <= mask_; ++probes, slot = (slot + 1) & mask_) {
    if (keys_[slot] == key) {
      return Path{paths_[slot], static_cast<uint8_t>(levels_ * bits_per_level_)};
    }
    if (keys_[slot] == 0) break;
  }
  return {};
}

}  // namespace acta
