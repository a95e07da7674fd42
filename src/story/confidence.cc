#include "story/confidence.h"

#include <algorithm>
#include <cmath>

namespace acta::story {

double EventConfidence(const coder::CodedEvent& e, size_t mentions, bool repeats_pair) {
  double c = 0.6;
  if (e.pattern >= 0) c += 0.10;
  if (e.source_actor >= 0) c += 0.05;
  if (e.target_actor >= 0) c += 0.05;
  if (e.code.starts_with("01") || e.code.starts_with("02") || e.code.starts_with("03")) c -= 0.20;
  if (e.code.starts_with("18") || e.code.starts_with("19") || e.code.starts_with("20")) c += 0.10;
  if (e.source.ends_with("MED") || e.target.ends_with("MED")) c -= 0.10;
  if (e.referred) c -= 0.05;
  if (e.source.ends_with("ELI") || e.target.ends_with("ELI") || e.source == e.target) c -= 0.15;
  if (e.modality == coder::CodedEvent::Modality::kConditional) c -= 0.05;
  if (repeats_pair) c -= 0.10;
  c += 0.05 * static_cast<double>(std::min<size_t>(mentions > 0 ? mentions - 1 : 0, 2));
  // Two decimals: the figures above are steps of 0.05.
  return std::round(std::clamp(c, 0.05, 0.95) * 100) / 100;
}

std::vector<bool> RepeatedPairs(const std::vector<coder::CodedEvent>& events) {
  std::vector<bool> out(events.size(), false);
  for (size_t i = 0; i < events.size(); ++i)
    for (size_t j = 0; j < i && !out[i]; ++j)
      out[i] = events[j].source == events[i].source && events[j].target == events[i].target;
  return out;
}

}  // namespace acta::story
