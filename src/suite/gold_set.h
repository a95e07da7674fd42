// Hand-coded gold sets of real sentences (tests/gold/*.tsv): one line per
// event, or one line with "-" codes for a sentence with no event; columns
// story, date, source, target, cameo, sentence, justification. Scoring
// codes each sentence on its own with the story's date and compares the set
// of (source, target, code) with the gold set: a sentence passes when they
// are equal (so a no-event sentence passes only when nothing is coded).
#ifndef ACTA_SUITE_GOLD_SET_H_
#define ACTA_SUITE_GOLD_SET_H_

#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

#include "acta/date.h"
#include "acta/status.h"
#include "coder/coder.h"

namespace acta::suite {

using EventTriple = std::tuple<std::string, std::string, std::string>;  // source, target, code

struct GoldSentence {
  std::string story;
  Date date;
  std::string text;
  std::set<EventTriple> events;  // empty: no event
  std::string file;
  int line = 0;  // of its first line
};

// Reads one gold file's contents. Lines of one sentence need not be
// adjacent. Errors: InvalidArgument naming the line of a malformed row (not 7
// tab-separated fields, a bad date, "-" mixed with codes, a sentence given
// both events and a no-event line).
Result<std::vector<GoldSentence>> ParseGoldSet(std::string_view tsv, const std::string& name);

// Every *.tsv file under `path` (or `path` itself), in path order.
Result<std::vector<GoldSentence>> LoadGoldSets(const std::string& path);

struct GoldOutcome {
  const GoldSentence* sentence = nullptr;
  std::set<EventTriple> got;
  bool passed = false;
};

struct GoldScore {
  std::vector<GoldOutcome> outcomes;
  int passed = 0, failed = 0;
  // Events over all sentences: coded and in the gold, coded and not, gold and not coded.
  int correct = 0, invented = 0, missed = 0;
  // Every coded event's confidence (story::EventConfidence) and whether the
  // gold has it, for a calibration table.
  std::vector<std::pair<double, bool>> confidences;
};

// Coded events by confidence band [0, 0.2), ... [0.8, 1]: events, right.
struct CalibrationBand {
  double from = 0, to = 0;
  int events = 0, right = 0;
};
std::vector<CalibrationBand> Calibrate(const std::vector<std::pair<double, bool>>& confidences);

GoldScore ScoreGoldSet(const coder::Coder& coder, const std::vector<GoldSentence>& gold);

}  // namespace acta::suite

#endif  // ACTA_SUITE_GOLD_SET_H_
