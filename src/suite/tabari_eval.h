// Runs acta's coder over TABARI validation records and scores each against
// its gold: a record passes when the set of (source, target, code) coded
// equals the gold set, "{---}" expecting nothing, "{###}" a discard and
// "{+++}" a complex sentence.
#ifndef ACTA_SUITE_TABARI_EVAL_H_
#define ACTA_SUITE_TABARI_EVAL_H_

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "coder/coder.h"
#include "suite/tabari_suite.h"

namespace acta::suite {

struct RecordOutcome {
  const TabariRecord* record = nullptr;
  bool passed = false;
  std::vector<GoldEvent> got;  // sorted, without dates
  bool discarded = false, complex = false;
  std::vector<std::string> trace;
};

struct SuiteScore {
  std::vector<RecordOutcome> outcomes;
  std::map<std::string, std::pair<int, int>> by_category;  // category -> (passed, failed)
  int passed = 0, failed = 0;
};

// "DEMO-01" -> "DEMO"; "PATTERN-14b'" -> "PATTERN".
std::string RecordCategory(const std::string& id);

// Applies one "{ OPTION: ... }" line to `options`; false when acta does not act on it.
bool ApplyTabariOption(const std::string& option, coder::CoderOptions* options);

SuiteScore ScoreTabariSuite(std::shared_ptr<const coder::CompiledDictionary> dictionary,
                            const TabariSuite& suite, coder::CoderOptions options);

}  // namespace acta::suite

#endif  // ACTA_SUITE_TABARI_EVAL_H_
