#include "cluster/word_clusters.h"

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iterator>
#include <limits>
#include <memory>
#include <sstream>

namespace acta {
namespace {

// A 64-bit hash for short strings: eight bytes at a time, multiply and fold.
uint64_t HashWord(std::string_view s) {
  constexpr uint64_t kMul = 0x9E3779B97F4A7C15ull;
  uint64_t h = 0x243F6A8885A308D3ull ^ (s.size() * kMul);
  const char* p = s.data();
  size_t n = s.size();
  while (n >= 8) {
    uint64_t w;
    std::memcpy(&w, p, 8);
    h = (h ^ w) * kMul;
    h ^= h >> 32;
    p += 8;
    n -= 8;
  }
  if (n > 0) {
    uint64_t w = 0;
    std::memcpy(&w, p, n);
    h = (h ^ w) * kMul;
    h ^= h >> 32;
  }
  h *= 0xD6E8FEB86659FD93ull;
  return h ^ (h >> 29);
}

bool ValidWord(std::string_view w) {
  return !w.empty() && w.find_first_of("\t\r\n") == std::string_view::npos;
}

bool ValidPath(std::string_view p) {
  return !p.empty() && p.find_first_not_of("01") == std::string_view::npos;
}

ClusterPath PathFromString(std::string_view p) {
  ClusterPath path;
  size_t n = std::min<size_t>(p.size(), ClusterPath::kMaxBits);
  for (size_t i = 0; i < n; ++i) {
    if (p[i] == '1') path.bits |= uint64_t{1} << (63 - i);
  }
  path.length = static_cast<uint8_t>(n);
  return path;
}

// "clusters.txt:3: what", or "entry 3: what" when there is no file.
std::string LineError(std::string_view source, size_t line, std::string_view what) {
  std::string s = source.empty() ? std::string("entry ") : std::string(source) + ":";
  s += std::to_string(line);
  s += ": ";
  s += what;
  return s;
}

}  // namespace

ClusterPath ClusterPath::Prefix(int k) const {
  if (k <= 0) return {};
  if (k >= length) return *this;
  ClusterPath p;
  p.length = static_cast<uint8_t>(k);
  p.bits = bits & ~(~uint64_t{0} >> k);
  return p;
}

std::string ClusterPath::ToString() const {
  std::string s(length, '0');
  for (int i = 0; i < length; ++i) {
    if ((bits >> (63 - i)) & 1) s[i] = '1';
  }
  return s;
}

WordClusters::WordClusters() = default;

Result<WordClusters> WordClusters::FromEntries(std::vector<WordClusterEntry> entries) {
  std::vector<WordClusterEntryView> views;
  views.reserve(entries.size());
  for (const WordClusterEntry& e : entries) views.push_back({e.word, e.path, e.count});
  return Build(views, "");
}

Result<WordClusters> WordClusters::Build(const std::vector<WordClusterEntryView>& entries,
                                         std::string_view source) {
  if (entries.size() >= std::numeric_limits<uint32_t>::max() / 2) {
    return Status::InvalidArgument("too many words for a cluster table");
  }
  WordClusters wc;
  size_t total = 0;
  for (const WordClusterEntryView& e : entries) total += e.word.size() + e.path.size();
  if (total > std::numeric_limits<uint32_t>::max()) {
    return Status::InvalidArgument("cluster table larger than 4 GB");
  }
  wc.bytes_.reserve(total);
  wc.entries_.reserve(entries.size());
  size_t num_slots = 16;
  while (num_slots < 2 * entries.size()) num_slots *= 2;
  wc.slots_.assign(num_slots, Slot{0, 0});
  wc.slot_mask_ = num_slots - 1;

  for (size_t i = 0; i < entries.size(); ++i) {
    const WordClusterEntryView& e = entries[i];
    if (!ValidWord(e.word)) {
      return Status::InvalidArgument(
          LineError(source, i + 1, "word is empty or holds a tab, CR or LF"));
    }
    if (!ValidPath(e.path)) {
      return Status::InvalidArgument(
          LineError(source, i + 1, "path must be a non-empty string of 0 and 1"));
    }
    Entry entry;
    entry.word_offset = static_cast<uint32_t>(wc.bytes_.size());
    entry.word_size = static_cast<uint32_t>(e.word.size());
    wc.bytes_ += e.word;
    entry.path_offset = static_cast<uint32_t>(wc.bytes_.size());
    entry.path_size = static_cast<uint32_t>(e.path.size());
    wc.bytes_ += e.path;
    entry.count = e.count;
    entry.path = PathFromString(e.path);

    const uint64_t h = HashWord(e.word);
    const uint32_t tag = static_cast<uint32_t>(h);
    for (uint64_t s = h & wc.slot_mask_;; s = (s + 1) & wc.slot_mask_) {
      Slot& slot = wc.slots_[s];
      if (slot.entry == 0) {
        slot = Slot{tag, static_cast<uint32_t>(i + 1)};
        break;
      }
      if (slot.hash == tag && wc.WordOf(wc.entries_[slot.entry - 1]) == e.word) {
        return Status::InvalidArgument(LineError(
            source, i + 1,
            "duplicate word '" + std::string(e.word) + "' (first at " +
                (source.empty() ? "entry " : "line ") + std::to_string(slot.entry) + ")"));
      }
    }
    wc.entries_.push_back(entry);
  }
  return wc;
}

ClusterPath WordClusters::Lookup(std::string_view word) const {
  if (entries_.empty()) return {};
  const uint64_t h = HashWord(word);
  const uint32_t tag = static_cast<uint32_t>(h);
  for (uint64_t s = h & slot_mask_;; s = (s + 1) & slot_mask_) {
    const Slot& slot = slots_[s];
    if (slot.entry == 0) return {};
    if (slot.hash == tag) {
      const Entry& e = entries_[slot.entry - 1];
      if (WordOf(e) == word) return e.path;
    }
  }
}

WordClusterEntryView WordClusters::entry(size_t i) const {
  const Entry& e = entries_[i];
  return {WordOf(e), std::string_view(bytes_.data() + e.path_offset, e.path_size), e.count};
}

Result<WordClusters> WordClusters::Parse(std::string_view text, std::string_view source) {
  // Views into `text`, which outlives Build: no copy of each word and path.
  std::vector<WordClusterEntryView> entries;
  entries.reserve(static_cast<size_t>(std::count(text.begin(), text.end(), '\n')) + 1);
  size_t line_no = 0;
  size_t pos = 0;
  while (pos < text.size()) {
    ++line_no;
    size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(pos, end - pos);
    pos = end + 1;

    const size_t tab1 = line.find('\t');
    const size_t tab2 = tab1 == std::string_view::npos ? tab1 : line.find('\t', tab1 + 1);
    if (tab2 == std::string_view::npos || line.find('\t', tab2 + 1) != std::string_view::npos) {
      return Status::Corrupt(LineError(source, line_no, "expected path<TAB>word<TAB>count"));
    }
    std::string_view path = line.substr(0, tab1);
    std::string_view word = line.substr(tab1 + 1, tab2 - tab1 - 1);
    std::string_view count_text = line.substr(tab2 + 1);
    if (!ValidPath(path)) {
      return Status::Corrupt(
          LineError(source, line_no, "path must be a non-empty string of 0 and 1"));
    }
    if (!ValidWord(word)) {
      return Status::Corrupt(LineError(source, line_no, "empty word"));
    }
    uint64_t count = 0;
    auto [end_ptr, ec] =
        std::from_chars(count_text.data(), count_text.data() + count_text.size(), count);
    if (count_text.empty() || ec != std::errc() ||
        end_ptr != count_text.data() + count_text.size()) {
      return Status::Corrupt(LineError(source, line_no, "count must be a decimal integer"));
    }
    entries.push_back({word, path, count});
  }

  // Entry numbers are line numbers here, so Build's errors name the line.
  Result<WordClusters> wc = Build(std::move(entries), source);
  if (!wc.ok()) return Status::Corrupt(wc.status().message());
  return wc;
}

Result<WordClusters> WordClusters::Load(const std::string& path) {
  std::ifstream in(path, std::ios::binary | std::ios::ate);
  if (!in) return Status::NotFound("cannot open cluster file " + path);
  std::string text(static_cast<size_t>(in.tellg()), '\0');
  in.seekg(0);
  if (!in.read(text.data(), static_cast<std::streamsize>(text.size()))) {
    return Status::IoError("cannot read cluster file " + path);
  }
  return Parse(text, path);
}

Status WordClusters::Save(const std::string& path) const {
  std::string out;
  out.reserve(bytes_.size() + entries_.size() * 10);
  for (size_t i = 0; i < entries_.size(); ++i) {
    WordClusterEntryView e = entry(i);
    out += e.path;
    out += '\t';
    out += e.word;
    out += '\t';
    out += std::to_string(e.count);
    out += '\n';
  }
  std::ofstream f(path, std::ios::binary | std::ios::trunc);
  if (!f) return Status::IoError("cannot create " + path);
  f.write(out.data(), static_cast<std::streamsize>(out.size()));
  f.close();
  if (!f) return Status::IoError("cannot write " + path);
  return Status::Ok();
}

}  // namespace acta
