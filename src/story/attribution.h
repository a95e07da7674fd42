// Who a sentence says reports it: "as reported by Iranian media and Press
// TV", "according to the UN refugee agency", ", police said", "Reuters
// reported". The report's source is recorded with the events of the
// sentence, never taken as one of their actors.
#ifndef ACTA_STORY_ATTRIBUTION_H_
#define ACTA_STORY_ATTRIBUTION_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace acta::story {

struct Attribution {
  std::string text;             // the reporter as written ("Iranian media and Press TV")
  uint32_t begin = 0, end = 0;  // its byte span in the sentence
  std::string cue;              // "as reported by", "according to", "said", ...
};

// The report's source of `sentence`, if it names one: after AS REPORTED BY,
// REPORTED BY, QUOTED BY or ACCORDING TO (up to the next comma or the end);
// before a reporting verb (said, reported, told, added, quoted, claimed,
// announced) in a closing comma clause (", a senior official said on
// Sunday") or at the start of the sentence ("Reuters reported that ...").
std::optional<Attribution> FindAttribution(std::string_view sentence);

}  // namespace acta::story

#endif  // ACTA_STORY_ATTRIBUTION_H_
