// Hand-coded gold sets of real sentences (tests/gold/*.tsv): one line per
// event, or one line with "-" codes for a sentence with no event; columns
// story, date, source, target, cameo, sentence, justification, and an
// optional eighth, `needs`: "coreference" when an actor of the event is
// known only from another sentence of the story, else "-". Scoring codes
// the sentences of each story in order with the story's date, each with
// what the story's earlier sentences named (coder::StoryContext), and
// compares the set of (source, target, code) with the gold set: a sentence
// passes when they are equal (so a no-event sentence passes only when
// nothing is coded).
#ifndef ACTA_SUITE_GOLD_SET_H_
#define ACTA_SUITE_GOLD_SET_H_

#include <map>
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
  std::set<EventTriple> events;             // empty: no event
  std::set<EventTriple> needs_coreference;  // those of `events` marked "coreference"
  std::string file;
  int line = 0;  // of its first line
};

// Reads one gold file's contents. Lines of one sentence need not be
// adjacent. Errors: InvalidArgument naming the line of a malformed row (not 7
// or 8 tab-separated fields, a bad date, a `needs` other than "-" or
// "coreference" (or "coreference" on a no-event line), "-" mixed with codes, a sentence given
// both events and a no-event line).
Result<std::vector<GoldSentence>> ParseGoldSet(std::string_view tsv, const std::string& name);

// Every *.tsv file under `path` (or `path` itself), in path order.
Result<std::vector<GoldSentence>> LoadGoldSets(const std::string& path);

struct GoldOutcome {
  const GoldSentence* sentence = nullptr;
  std::set<EventTriple> got;
  std::map<EventTriple, double> confidence;  // of each event of `got`
  bool passed = false;
};

struct GoldScore {
  std::vector<GoldOutcome> outcomes;
  int passed = 0, failed = 0;
  // Events over all sentences: coded and in the gold, coded and not, gold and not coded.
  int correct = 0, invented = 0, missed = 0;
  // Gold events that need coreference, and how many of them were coded;
  // coded events with an actor from an earlier sentence, and how many of
  // them are in the gold.
  int coreference_gold = 0, coreference_found = 0;
  int referred = 0, referred_right = 0;
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
