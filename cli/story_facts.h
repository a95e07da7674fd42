// What acta reads from a whole story besides its events, as `acta code`
// writes it: counts of people (with whose they are) attached to the events
// they describe, and a story record for `--stories`.
#ifndef ACTA_CLI_STORY_FACTS_H_
#define ACTA_CLI_STORY_FACTS_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "acta/date.h"
#include "acta/story.h"
#include "coder/compiled_dictionary.h"
#include "json_writer.h"
#include "story/attribution.h"
#include "story/event_date.h"
#include "story/quantities.h"

namespace acta::cli {

// A count found in a sentence of a story, with where it stands in the story.
struct StoryQuantity {
  story::Quantity q;
  size_t sentence_index = 0;
  uint32_t sentence_begin = 0;  // byte offset of the sentence in the story
  std::string of;               // country code of whose they are ("PSE"), or ""
  bool attached = false;        // written with an event it describes
  // Where (the place of its sentence nearest to it), when acta locates
  // events: name, type, country; empty name for none.
  std::string place, place_type, place_country;
  double lat = 0, lon = 0;
  bool located = false;
};

// The country code a name such as "Palestinian" or "Iraqi Kurds" starts
// with on `date` in the actor dictionaries, or "" when none does.
std::string CountryOfName(const coder::CompiledDictionary& dict, std::string_view name,
                          const Date& date);

// What a sentence says besides its events: its counts of people and who
// reports it.
struct SentenceFacts {
  explicit SentenceFacts(std::string_view sentence = {}, const Date& date = {})
      : dates(sentence, date) {}
  story::SentenceDates dates;
  std::vector<StoryQuantity> quantities;
  std::optional<story::Attribution> attribution;
  std::string attribution_country;  // country code of the reporter, or ""
  uint32_t sentence_begin = 0;
};

// The facts of `sentence`, with countries resolved on `date`.
SentenceFacts ReadSentenceFacts(const coder::CompiledDictionary& dict, std::string_view sentence,
                                size_t sentence_index, uint32_t sentence_begin, const Date& date);

// `"attribution": {...}` and `"quantities": [...]` for an event of CAMEO
// `code`: the sentence's reporter, and the counts of the sentence that
// describe the event (story::Describes), which are marked attached.
void WriteEventFacts(JsonWriter* j, const std::string& code, SentenceFacts* facts);

// Marks the counts of a sentence that describe an event of CAMEO `code` as
// attached, as WriteEventFacts does, for outputs that do not write them.
void MarkAttached(const std::string& code, SentenceFacts* facts);

// One JSON line for the story: id, date, and every count with its sentence
// and whether an event carries it.
void WriteStoryRecord(const Story& story, const std::vector<StoryQuantity>& quantities,
                      std::string* buf);

}  // namespace acta::cli

#endif  // ACTA_CLI_STORY_FACTS_H_
