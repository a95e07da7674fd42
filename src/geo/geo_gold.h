// Hand-labelled place mentions (tests/gold/geo/*.tsv) and how well the
// resolver gets them right. Columns: story, date, mention, occurrence (of
// the mention in the sentence, from 1), type (country, adm1, city, region),
// country (ISO-3), adm1, lat, lon, geonames id, ambiguous, sentence,
// justification; "-" for an empty field.
#ifndef ACTA_GEO_GEO_GOLD_H_
#define ACTA_GEO_GEO_GOLD_H_

#include <string>
#include <string_view>
#include <vector>

#include "acta/status.h"
#include "geo/gazetteer.h"

namespace acta::geo {

struct GoldPlace {
  std::string story, mention, sentence, country, adm1;
  PlaceKind kind = PlaceKind::kCity;
  int occurrence = 1;
  double lat = 0, lon = 0;
  bool located = false;
  uint32_t geonames_id = 0;
  bool ambiguous = false;
  int line = 0;
};

// Errors: InvalidArgument naming the line (a row of other than 13 fields, an
// unknown type, a bad number, a mention its sentence does not hold).
Result<std::vector<GoldPlace>> ParseGeoGold(std::string_view tsv, const std::string& name);

struct GeoOutcome {
  const GoldPlace* gold = nullptr;
  int place = -1;  // the resolver's answer (a gazetteer place), -1 for none
  bool right = false;
  std::string why;  // the winning candidate's figures
};

struct GeoScore {
  std::vector<GeoOutcome> outcomes;
  int right = 0, wrong = 0;
  int ambiguous = 0, ambiguous_right = 0;
};

// Resolves each gold mention in its sentence, with the story's other gold
// sentences as context, and judges it: a city within 25 km of the gold
// point (or the same GeoNames id), a division the same one (ISO 3166-2 and
// GeoNames codes compared, or the same name in the same country), a
// country the same, a region in the same country and within 250 km of the
// gold point when both have one (with neither, a region of that name).
GeoScore ScoreGeoGold(const Gazetteer& g, const std::vector<GoldPlace>& gold);

// Whether `p` is the place `gold` labels, as ScoreGeoGold judges.
bool SamePlace(const Place& p, const GoldPlace& gold);

}  // namespace acta::geo

#endif  // ACTA_GEO_GEO_GOLD_H_
