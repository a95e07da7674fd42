#include "suite/petrarch_eval.h"

#include <cctype>
#include <set>

namespace acta::suite {

PetrarchScore ScorePetrarchSuite(std::shared_ptr<const coder::CompiledDictionary> dictionary,
                                 const PetrarchSuite& suite, coder::CoderOptions options) {
  PetrarchScore score;
  for (const PetrarchRecord& r : suite.records) {
    for (const auto& [option, value] : r.options) {
      std::string v = value;
      for (char& c : v) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      if (option == "require_dyad") options.require_dyad = v == "true";
    }
    if (!r.valid) continue;
    coder::Coder coder(dictionary, options);
    coder::SentenceCoding coding = coder.Code(r.text, r.date);
    PetrarchOutcome out;
    out.record = &r;
    out.trace = std::move(coding.trace);
    std::set<GoldEvent> got, want;
    for (const coder::CodedEvent& e : coding.events) got.insert({e.source, e.target, e.code, ""});
    for (const GoldEvent& g : r.gold) want.insert({g.source, g.target, g.code, ""});
    out.got.assign(got.begin(), got.end());
    if (!r.expect_error.empty()) {
      // storydiscard / sentencediscard: nothing may be coded and the discard
      // must be the reason; other errors concern PETRARCH's parse input.
      const bool discard_error = r.expect_error.find("discard") != std::string::npos;
      out.passed =
          discard_error ? coding.discarded && coding.events.empty() : coding.events.empty();
    } else {
      out.passed = got == want;
    }
    auto& cat = score.by_category[r.category];
    (out.passed ? cat.first : cat.second) += 1;
    (out.passed ? score.passed : score.failed) += 1;
    score.outcomes.push_back(std::move(out));
  }
  return score;
}

}  // namespace acta::suite
