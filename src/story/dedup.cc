#include "story/dedup.h"

#include <map>
#include <tuple>

namespace acta::story {

std::string EventKind(std::string_view code) {
  if (code == "036" ||
      (code.size() >= 3 && code.starts_with("04") && code[2] >= '0' && code[2] <= '6'))
    return "meet";
  return std::string(code);
}

std::vector<std::vector<size_t>> GroupMentions(const std::vector<coder::CodedEvent>& events) {
  std::vector<std::vector<size_t>> groups;
  std::map<std::tuple<std::string, std::string, std::string>, size_t> by_key;
  for (size_t i = 0; i < events.size(); ++i) {
    const coder::CodedEvent& e = events[i];
    const auto [it, added] =
        by_key.try_emplace({e.source, e.target, EventKind(e.code)}, groups.size());
    if (added) groups.emplace_back();
    groups[it->second].push_back(i);
  }
  return groups;
}

}  // namespace acta::story
