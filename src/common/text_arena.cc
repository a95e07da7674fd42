#include <algorithm>
#include <cstring>

#include "acta/analysis.h"

namespace acta {

std::string_view TextArena::Store(std::string_view s) {
  if (s.empty()) return {};
  if (blocks_.empty() || avail_ - used_ < s.size()) {
    avail_ = std::max<size_t>(4096, s.size());
    blocks_.push_back(std::make_unique<char[]>(avail_));
    used_ = 0;
  }
  char* dst = blocks_.back().get() + used_;
  std::memcpy(dst, s.data(), s.size());
  used_ += s.size();
  return {dst, s.size()};
}

void TextArena::Clear() {
  // Keep one block for reuse: analysing story after story should not allocate.
  if (blocks_.size() > 1) {
    std::unique_ptr<char[]> last = std::move(blocks_.back());
    blocks_.clear();
    blocks_.push_back(std::move(last));
  }
  used_ = 0;
}

void Analysis::Clear() {
  text = {};
  sentences.clear();
  tokens.clear();
  chunks.clear();
  entities.clear();
  arena.Clear();
}

}  // namespace acta
