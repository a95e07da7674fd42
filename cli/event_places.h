// Where an event happened and where the text puts its actors, as `acta
// code` writes them: JSON objects and GDELT's geographic blocks.
#ifndef ACTA_CLI_EVENT_PLACES_H_
#define ACTA_CLI_EVENT_PLACES_H_

#include <optional>
#include <string_view>
#include <vector>

#include "coder/coder.h"
#include "geo/fips.h"
#include "geo/gazetteer.h"
#include "geo/resolve.h"
#include "json_writer.h"
#include "sink/gdelt.h"

namespace acta::cli {

// What events are located with: the gazetteer (null: they are not), what
// the story says of where it is, and whether an event the text gives no
// place may take one from its actors (marked inferred).
struct StoryGeo {
  const geo::Gazetteer* gazetteer = nullptr;
  const geo::FipsCodes* fips = nullptr;  // for GDELT rows
  geo::GeoContext context;
  bool infer = false;
};

// A place of the gazetteer, with the words that name it in the sentence
// (none for an inferred country).
struct Located {
  int place = -1;  // gazetteer index; -1: none
  bool inferred = false;
  uint32_t begin = 0, end = 0;  // bytes in the sentence
};

struct EventPlaces {
  Located action, source, target;
};

// The places of event `e` of `sentence` (words `w`; `places` are its
// resolved places, filled on first use). action: geo::EventPlace; each
// actor: geo::ActorPlace. With `where.infer`, an event with no place takes
// its target's place, else its source's, else the country of its target's
// code, else of its source's, marked inferred.
EventPlaces LocateEvent(const coder::CodedEvent& e, const coder::CoderWords& w,
                        std::string_view sentence,
                        std::optional<std::vector<geo::ResolvedPlace>>* places,
                        const StoryGeo& where);

// `{"name", "type", "country", "adm1", "lat", "lon", "geonames_id", "text",
// "span"}` (span in the story: `sentence_begin` + the sentence's bytes), with
// "inferred" when `inferred_key`; null when there is no place.
void WritePlace(JsonWriter* j, const Located& at, const StoryGeo& where, std::string_view sentence,
                uint32_t sentence_begin, bool inferred_key);

// GDELT's block of `at` (empty when no place).
sink::GdeltGeo GdeltBlock(const Located& at, const StoryGeo& where);

}  // namespace acta::cli

#endif  // ACTA_CLI_EVENT_PLACES_H_
