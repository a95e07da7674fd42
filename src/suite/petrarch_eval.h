// Runs acta's coder over PETRARCH's unit-test records (those marked
// valid="true") and scores each: a record passes when the set of
// (source, target, code) coded equals its <EventCoding> gold, a
// noevents="True" record when nothing is coded, and an error="..." record
// when nothing is coded.
#ifndef ACTA_SUITE_PETRARCH_EVAL_H_
#define ACTA_SUITE_PETRARCH_EVAL_H_

#include <memory>

#include "coder/coder.h"
#include "suite/petrarch_suite.h"
#include "suite/tabari_eval.h"

namespace acta::suite {

struct PetrarchOutcome {
  const PetrarchRecord* record = nullptr;
  bool passed = false;
  std::vector<GoldEvent> got;
  std::vector<std::string> trace;
};

struct PetrarchScore {
  std::vector<PetrarchOutcome> outcomes;  // valid records only
  std::map<std::string, std::pair<int, int>> by_category;
  int passed = 0, failed = 0;
};

PetrarchScore ScorePetrarchSuite(std::shared_ptr<const coder::CompiledDictionary> dictionary,
                                 const PetrarchSuite& suite, coder::CoderOptions options);

}  // namespace acta::suite

#endif  // ACTA_SUITE_PETRARCH_EVAL_H_
