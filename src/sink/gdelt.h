// Events as rows of GDELT 2.0's event table: 61 tab-separated fields, so
// that tools written for GDELT load what acta codes. GDELT's geographic
// fields use FIPS 10-4 country codes (geo::FipsCodes).
#ifndef ACTA_SINK_GDELT_H_
#define ACTA_SINK_GDELT_H_

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "acta/date.h"
#include "geo/fips.h"
#include "geo/gazetteer.h"

namespace acta::sink {

// GDELT 2.0's event columns, in order: GLOBALEVENTID ... SOURCEURL.
extern const std::array<std::string_view, 61> kGdeltEventColumns;

// One of GDELT's three geographic blocks; type 0 leaves the block empty
// (the text names no place).
struct GdeltGeo {
  int type = 0;              // 1 country, 2 US state, 3 US city, 4 world city, 5 world state (ADM1)
  std::string full_name;     // "Tehran, Iran"; "Austin, Texas, United States"
  std::string country_code;  // FIPS 10-4
  std::string adm1_code;     // FIPS + GeoNames admin1 ("IR26", "USTX"); the FIPS code when unknown
  std::string feature_id;  // GeoNames id of a city; the ADM1 or FIPS code of a division or country
  double lat = 0, lon = 0;
  bool located = false;
};
// The block of place `p` of gazetteer `g`. A region of several countries
// ("the Middle East") has no GDELT type: its block is empty.
GdeltGeo GdeltGeoOf(const geo::Gazetteer& g, const geo::Place& p, const geo::FipsCodes& fips);

struct GdeltEvent {
  uint64_t id = 0;  // GdeltEventId
  Date date;        // when it happened
  std::string actor1_code, actor1_name, actor2_code, actor2_name;
  bool root_event = false;  // told in the story's first sentence
  std::string code;         // CAMEO event code
  int quad_class = 0;       // 0: the codebook does not know the code
  std::optional<double> goldstein;
  int num_mentions = 1, num_sources = 1, num_articles = 1;
  GdeltGeo actor1_geo, actor2_geo, action_geo;
  Date added;  // the story's date: rows do not change from run to run
  std::string source_url;
};

// Appends `e` as one line of 61 tab-separated fields. The actor code is
// split as GDELT does: country (or IGO, NGO ... as type), known group,
// religion and up to three types ("IGOUNO": type IGO, known group UNO;
// "PSEREBHMS": country PSE, type REB, known group HMS). AvgTone, which acta
// does not measure, and the ethnic codes are left empty. Tabs and line
// breaks inside fields become spaces.
void AppendGdeltEvent(const GdeltEvent& e, std::string* out);

// A stable id for an event: the same story, sentence and verb give the same
// id on every run (a 63-bit hash; GDELT's own ids are sequence numbers).
uint64_t GdeltEventId(std::string_view story_id, size_t sentence_index, uint32_t verb_begin);

}  // namespace acta::sink

#endif  // ACTA_SINK_GDELT_H_
