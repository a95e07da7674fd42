// Counts of people a sentence reports: killed, injured, wounded,
// casualties, arrested, displaced, protesters, troops ("over 32,000
// Palestinian casualties", "killing at least 156 people", "dozens were
// arrested", "two million refugees").
#ifndef ACTA_STORY_QUANTITIES_H_
#define ACTA_STORY_QUANTITIES_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace acta::story {

struct Quantity {
  std::string type;             // killed, injured, wounded, casualties, arrested, displaced,
                                // protesters, troops
  long long count = 0;          // the number; for "dozens", "hundreds" ... its least reading
  std::string qualifier;        // exact, more_than, at_least, about, at_most
  uint32_t begin = 0, end = 0;  // byte span of the expression in the sentence
  std::string text;             // the expression as written
  // Whose they are, as the sentence names them ("Palestinian", "Israelis"),
  // with its byte span; empty when it does not say.
  std::string of_text;
  uint32_t of_begin = 0, of_end = 0;
};

// Every count of people of the types above in `sentence`, in order.
std::vector<Quantity> FindQuantities(std::string_view sentence);

// Whether `type` describes what an event with CAMEO `code` does: deaths,
// injuries and casualties describe violence (18, 19, 20, and violent
// repression 175), arrests detentions (173, 175), protesters protests (14),
// troops force postures and fighting (15, 19), displacement expulsions (174)
// and violence.
bool Describes(std::string_view type, std::string_view code);

}  // namespace acta::story

#endif  // ACTA_STORY_QUANTITIES_H_
