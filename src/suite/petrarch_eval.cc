#include "suite/petrarch_eval.h"

#include <set>

namespace acta::suite {

PetrarchScore ScorePetrarchSuite(std::shared_ptr<const coder::CompiledDictionary> dictionary,
                                 const PetrarchSuite& suite, coder::CoderOptions options) {
  PetrarchScore score;
  coder::Coder coder(dictionary, options);
  for (const PetrarchRecord& r : suite.records) {
    if (!r.valid) continue;
    coder::SentenceCoding coding = coder.Code(r.text, r.date);
    PetrarchOutcome out;
    out.record = &r;
    out.trace = std::move(coding.trace);
    std::set<GoldEvent> got, want;
    for (const coder::CodedEvent& e : coding.events) got.insert({e.source, e.target, e.code, ""});
    for (const GoldEvent& g : r.gold) want.insert({g.source, g.target, g.code, ""});
    out.got.assign(got.begin(), got.end());
    out.passed = got == want;
    auto& cat = score.by_category[r.category];
    (out.passed ? cat.first : cat.second) += 1;
    (out.passed ? score.passed : score.failed) += 1;
    score.outcomes.push_back(std::move(out));
  }
  return score;
}

}  // namespace acta::suite
