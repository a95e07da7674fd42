// The PLOVER gold standard records (PLOVER_GSR_CAMEO.txt of the Open Event
// Data Alliance: a JSON array of sentences, each with its PLOVER event type
// and source and target actors) and how well acta reproduces them.
#ifndef ACTA_SUITE_PLOVER_EVAL_H_
#define ACTA_SUITE_PLOVER_EVAL_H_

#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "acta/date.h"
#include "acta/status.h"
#include "coder/coder.h"

namespace acta::suite {

struct PloverRecord {
  std::string id;
  Date date;
  std::string event;  // PLOVER event type, e.g. "AGREE"
  std::string text;
  std::set<std::string> source_countries, target_countries;  // first 3 letters of the codes
};

// Reads the records that have a text and an event type (documentation
// records have neither and are left out). Errors: InvalidArgument when the
// contents are not a JSON array of objects or a record's date is bad.
Result<std::vector<PloverRecord>> ParsePloverRecords(std::string_view json);

struct PloverScore {
  struct Counts {
    int records = 0, type_right = 0, dyad_right = 0;
  };
  std::map<std::string, Counts> by_type;
  Counts total;
  std::vector<std::pair<const PloverRecord*, std::set<std::string>>> misses;  // types coded
};

// The PLOVER event type of a CAMEO code in the version of PLOVER the gold
// standard records were coded with (2016): the type of the code's cue
// category, as the PLOVER manual's CAMEO table gives it (chapter 7: "reduce
// to the 2-digit cue category"), named as in 2016 (INVESTIGATE for 09,
// DEMAND for 10, DISAPPROVE for 11, FIGHT for 19 and 20), with 081-083
// CONCEDE and 084-087 RETREAT. Empty for 01, 02 and codes that are none.
std::string GsrEventType(std::string_view cameo);

// Codes each record's text with its date; a record's type is right when one
// of the events coded has its PLOVER type (GsrEventType), its dyad right when such an event
// also has a source of one of its source countries and, when it names
// targets, a target of one of its target countries.
PloverScore ScorePlover(const coder::Coder& coder, const std::vector<PloverRecord>& records);

}  // namespace acta::suite

#endif  // ACTA_SUITE_PLOVER_EVAL_H_
