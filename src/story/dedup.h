// The same event told several times in one story ("is set to visit Tehran",
// "Haniyeh's visit to Tehran", "as Haniyeh prepares to meet Iranian
// officials") is one event with several mentions.
#ifndef ACTA_STORY_DEDUP_H_
#define ACTA_STORY_DEDUP_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "coder/coder.h"

namespace acta::story {

// What makes two coded events of one story the same event: the same source
// and target and the same kind of act. Meetings, visits and the stated
// intent to meet (036, 040-046) are one kind; any other code is its own.
std::string EventKind(std::string_view code);

// The events of a story grouped into one list of mentions per event, in the
// order each event is first told; each list holds indexes into `events` in
// story order.
std::vector<std::vector<size_t>> GroupMentions(const std::vector<coder::CodedEvent>& events);

}  // namespace acta::story

#endif  // ACTA_STORY_DEDUP_H_
