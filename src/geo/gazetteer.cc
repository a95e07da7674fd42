#include "geo/gazetteer.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <utility>

#include "common/file.h"
#include "common/tsv.h"
#include "dict/petrarch_ini.h"
#include "geo/fold.h"

namespace acta::geo {
namespace {

using json = nlohmann::json;

Result<json> ReadJson(const std::string& path) {
  Result<std::string> text = ReadWholeFile(path);
  if (!text.ok()) return text.status();
  json j = json::parse(*text, nullptr, false);
  if (j.is_discarded()) return Status::InvalidArgument(path + ": not valid JSON");
  return j;
}

void AddName(PlaceRecord* p, std::string_view name) {
  std::string folded = FoldName(name);
  if (folded.empty() || std::find(p->names.begin(), p->names.end(), folded) != p->names.end())
    return;
  p->names.push_back(std::move(folded));
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
    s.remove_suffix(1);
  return s;
}

std::vector<std::string_view> SplitList(std::string_view s) {
  std::vector<std::string_view> out;
  while (!s.empty()) {
    const size_t semi = s.find(';');
    const std::string_view item = Trim(s.substr(0, semi));
    if (!item.empty()) out.push_back(item);
    if (semi == std::string_view::npos) break;
    s.remove_prefix(semi + 1);
  }
  return out;
}

// An entry of data/geo/places.txt: a region, or other names of a city
// (by GeoNames id) or of a country.
struct ActaEntry {
  bool region = false;
  std::string title;
  std::vector<std::string> names;
  std::string country;
  uint32_t geonames_id = 0;
  double lat = 0, lon = 0;
  bool located = false;
  int line = 0;
};

Result<std::vector<ActaEntry>> ReadActaPlaces(const std::string& path) {
  Result<std::string> text = ReadWholeFile(path);
  if (!text.ok()) return text.status();
  std::vector<ActaEntry> out;
  Status status;
  ForEachLine(*text, [&](std::string_view line, int line_no) {
    auto bad = [&](const std::string& what) {
      status = Status::InvalidArgument(path + ":" + std::to_string(line_no) + ": " + what);
      return false;
    };
    if (const size_t hash = line.find('#'); hash != std::string_view::npos)
      line = line.substr(0, hash);
    if (Trim(line).empty()) return true;
    const bool indented = line.front() == ' ' || line.front() == '\t';
    line = Trim(line);
    if (!indented) {
      ActaEntry e;
      if (line.starts_with("region ")) {
        e.region = true;
      } else if (!line.starts_with("alias ")) {
        return bad("want 'region NAME' or 'alias NAME'");
      }
      e.title = std::string(Trim(line.substr(line.find(' '))));
      e.line = line_no;
      out.push_back(std::move(e));
      return true;
    }
    if (out.empty()) return bad("a field before any entry");
    ActaEntry& e = out.back();
    const size_t colon = line.find(':');
    if (colon == std::string_view::npos) return bad("want 'key: value'");
    const std::string_view key = Trim(line.substr(0, colon));
    const std::string_view value = Trim(line.substr(colon + 1));
    if (key == "names") {
      for (std::string_view n : SplitList(value)) e.names.emplace_back(n);
    } else if (key == "country") {
      if (value != "-") e.country = std::string(value);
    } else if (key == "geonames") {
      if (!ParseNumber(value, &e.geonames_id)) return bad("geonames: want a number");
    } else if (key == "point") {
      const size_t space = value.find(' ');
      if (space == std::string_view::npos || !ParseNumber(value.substr(0, space), &e.lat) ||
          !ParseNumber(Trim(value.substr(space)), &e.lon) || std::abs(e.lat) > 90 ||
          std::abs(e.lon) > 180)
        return bad("point: want LATITUDE LONGITUDE in degrees");
      e.located = true;
    } else if (key != "countries" && key != "adm1" && key != "source") {
      return bad("unknown field '" + std::string(key) + "'");
    }
    return true;
  });
  if (!status.ok()) return status;
  for (const ActaEntry& e : out) {
    const std::string where = path + ":" + std::to_string(e.line) + ": ";
    if (e.names.empty()) return Status::InvalidArgument(where + "no names");
    if (e.region && !e.located) return Status::InvalidArgument(where + "a region needs a point");
    if (!e.region && (e.geonames_id == 0) == e.country.empty())
      return Status::InvalidArgument(where + "an alias needs either geonames: or country:");
  }
  return out;
}

std::string FormatDouble(double x) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.5f", x);
  return buf;
}

// The compiled text of `places` (Gazetteer::Parse's format).
std::string Serialize(const std::vector<PlaceRecord>& places) {
  std::string out =
      "# acta gazetteer: kind, GeoNames id, name, country, adm1, lat, lon, population, "
      "feature, names\n";
  for (const PlaceRecord& p : places) {
    out += PlaceKindName(p.kind);
    out += '\t';
    out += std::to_string(p.geonames_id);
    for (const std::string* field : {&p.name, &p.country, &p.adm1}) {
      out += '\t';
      out += *field;
    }
    out += '\t';
    if (p.located) out += FormatDouble(p.lat);
    out += '\t';
    if (p.located) out += FormatDouble(p.lon);
    out += '\t';
    out += std::to_string(p.population);
    out += '\t';
    out += p.feature;
    out += '\t';
    for (size_t k = 0; k < p.names.size(); ++k) {
      if (k > 0) out += '|';
      out += p.names[k];
    }
    out += '\n';
  }
  return out;
}

}  // namespace

std::string_view PlaceKindName(PlaceKind k) {
  switch (k) {
    case PlaceKind::kCountry:
      return "country";
    case PlaceKind::kAdm1:
      return "adm1";
    case PlaceKind::kCity:
      return "city";
    case PlaceKind::kRegion:
      return "region";
  }
  return "city";
}

std::string GazetteerPath(const std::string& data_dir) { return data_dir + "/geo/gazetteer.tsv"; }

Result<Gazetteer> Gazetteer::Build(const GazetteerSources& src) {
  std::vector<PlaceRecord> places;
  // Countries, current and former (as the actor dictionaries code them).
  std::map<std::string, std::string> iso3_of;  // alpha-2 -> alpha-3
  for (const auto& [path, key] : {std::pair{src.iso3166_1, "3166-1"}, {src.iso3166_3, "3166-3"}}) {
    Result<json> j = ReadJson(path);
    if (!j.ok()) return j.status();
    if (!j->contains(key)) return Status::InvalidArgument(path + ": no \"" + key + "\" list");
    const bool former = std::string_view(key) == "3166-3";
    for (const json& c : (*j)[key]) {
      const std::string a3 = c.value("alpha_3", "");
      if (a3.size() != 3) continue;
      if (former && a3 != "SUN" && a3 != "DDR" && a3 != "YUG" && a3 != "CSK") continue;
      PlaceRecord p;
      p.kind = PlaceKind::kCountry;
      p.country = a3;
      p.name = c.value("common_name", c.value("name", a3));
      // "Korea, Republic of" is no name news writes.
      if (p.name.find(',') == std::string::npos) AddName(&p, p.name);
      for (const char* field : {"name", "official_name"}) {
        const std::string n = c.value(field, "");
        // "USSR, Union of Soviet Socialist Republics": both are names.
        if (former && n.find(", ") != std::string::npos) {
          AddName(&p, n.substr(0, n.find(", ")));
          AddName(&p, n.substr(n.find(", ") + 2));
        } else if (!n.empty() && n.find(',') == std::string::npos) {
          AddName(&p, n);
        }
      }
      if (p.names.empty()) AddName(&p, p.name);  // "Bonaire, Sint Eustatius and Saba"
      if (!former) iso3_of[c.value("alpha_2", "")] = a3;
      places.push_back(std::move(p));
    }
  }
  // Cities.
  Result<std::string> cities = ReadWholeFile(src.cities);
  if (!cities.ok()) return cities.status();
  std::map<uint32_t, uint32_t> by_id;
  std::map<std::string, uint32_t> capital, largest;  // alpha-3 -> place
  Status status;
  ForEachLine(*cities, [&](std::string_view line, int line_no) {
    if (Trim(line).empty()) return true;
    const json c = json::parse(line, nullptr, false);
    if (c.is_discarded() || !c.is_object()) {
      status = Status::InvalidArgument(src.cities + ":" + std::to_string(line_no) + ": not JSON");
      return false;
    }
    const auto a3 = iso3_of.find(c.value("country", ""));
    if (a3 == iso3_of.end()) return true;  // no ISO country (XK and the like)
    PlaceRecord p;
    p.kind = PlaceKind::kCity;
    p.geonames_id = c.value("id", 0u);
    p.name = c.value("name", "");
    p.country = a3->second;
    const std::string admin1 = c.value("admin1", "");
    if (!admin1.empty()) p.adm1 = c.value("country", "") + "." + admin1;
    p.lat = c.value("lat", 0.0);
    p.lon = c.value("lon", 0.0);
    p.located = true;
    p.population = c.value("population", 0u);
    p.feature = c.value("feature", "");
    AddName(&p, p.name);
    const std::string alt = c.value("alt", "");
    if (!alt.empty()) AddName(&p, alt);
    if (p.names.empty()) return true;
    const uint32_t index = static_cast<uint32_t>(places.size());
    by_id[p.geonames_id] = index;
    if (p.feature == "PPLC") capital.emplace(p.country, index);
    auto [big, fresh] = largest.emplace(p.country, index);
    if (!fresh && places[big->second].population < p.population) big->second = index;
    places.push_back(std::move(p));
    return true;
  });
  if (!status.ok()) return status;
  // Places of the second list that the first lacks (no population, no id):
  // "Ras Tanura".
  if (!src.more_cities.empty()) {
    Result<json> more = ReadJson(src.more_cities);
    if (!more.ok()) return more.status();
    if (!more->is_array()) return Status::InvalidArgument(src.more_cities + ": want an array");
    std::unordered_map<std::string, std::vector<uint32_t>> named;
    for (uint32_t i = 0; i < places.size(); ++i)
      if (places[i].kind == PlaceKind::kCity) named[places[i].names[0]].push_back(i);
    const size_t first_extra = places.size();
    for (const json& c : *more) {
      const auto a3 = iso3_of.find(c.value("country", ""));
      if (a3 == iso3_of.end()) continue;
      PlaceRecord p;
      p.kind = PlaceKind::kCity;
      p.name = c.value("name", "");
      p.country = a3->second;
      const std::string admin1 = c.value("admin1", "");
      if (!admin1.empty()) p.adm1 = c.value("country", "") + "." + admin1;
      if (!ParseNumber(std::string_view(c.value("lat", "")), &p.lat) ||
          !ParseNumber(std::string_view(c.value("lng", "")), &p.lon))
        continue;
      p.located = true;
      AddName(&p, p.name);
      if (p.names.empty()) continue;
      bool known = false;
      if (const auto at = named.find(p.names[0]); at != named.end())
        for (uint32_t i : at->second)
          known |= i < first_extra && places[i].country == p.country &&
                   std::abs(places[i].lat - p.lat) < 0.1 && std::abs(places[i].lon - p.lon) < 0.1;
      if (known) continue;
      named[p.names[0]].push_back(static_cast<uint32_t>(places.size()));
      places.push_back(std::move(p));
    }
  }
  // A country's point is its capital's (else its largest city's).
  for (PlaceRecord& p : places) {
    if (p.kind != PlaceKind::kCountry) continue;
    auto at = capital.find(p.country);
    if (at == capital.end()) at = largest.find(p.country);
    if (at == largest.end()) continue;
    p.lat = places[at->second].lat;
    p.lon = places[at->second].lon;
    p.located = true;
  }
  // Divisions; the point of one named like its seat is the seat's
  // ("Tehran" province and city).
  {
    std::map<std::pair<std::string, std::string>, uint32_t> seats;  // (country, folded) -> city
    struct Centre {
      double lat = 0, lon = 0, weight = 0;
    };
    std::map<std::string, Centre> centres;  // GeoNames admin1 ("US.GA") -> its cities' centre
    for (uint32_t i = 0; i < places.size(); ++i) {
      const PlaceRecord& p = places[i];
      if (p.kind != PlaceKind::kCity) continue;
      if (p.feature == "PPLA" || p.feature == "PPLC")
        seats.emplace(std::pair{p.country, p.names[0]}, i);
      if (!p.adm1.empty()) {
        Centre& c = centres[p.adm1];
        const double w = static_cast<double>(p.population) + 1;
        c.lat += p.lat * w;
        c.lon += p.lon * w;
        c.weight += w;
      }
    }
    Result<json> j = ReadJson(src.iso3166_2);
    if (!j.ok()) return j.status();
    if (!j->contains("3166-2")) return Status::InvalidArgument(src.iso3166_2 + ": no list");
    for (const json& d : (*j)["3166-2"]) {
      const std::string code = d.value("code", "");
      const auto a3 = iso3_of.find(code.substr(0, code.find('-')));
      if (a3 == iso3_of.end()) continue;
      PlaceRecord p;
      // A division within another (a county of England) is a region of the
      // second level, ADM2, in its parent.
      const bool second = d.contains("parent");
      p.kind = second ? PlaceKind::kRegion : PlaceKind::kAdm1;
      p.feature = second ? "ADM2" : "ADM1";
      p.name = d.value("name", "");
      // "Wales [Cymru GB-CYM]": the other name is a name too.
      if (const size_t bracket = p.name.find(" ["); bracket != std::string::npos) {
        std::string other = p.name.substr(bracket + 2);
        other = other.substr(0, other.find_first_of(" ]"));
        p.name.resize(bracket);
        AddName(&p, p.name);
        if (!other.empty()) AddName(&p, other);
      }
      p.country = a3->second;
      p.adm1 = second ? d.value("parent", "") : code;
      AddName(&p, p.name);
      if (p.names.empty()) continue;
      if (auto seat = seats.find({p.country, p.names[0]}); seat != seats.end()) {
        p.lat = places[seat->second].lat;
        p.lon = places[seat->second].lon;
        p.located = true;
      } else if (auto c = centres.find(code.substr(0, 2) + "." + code.substr(3));
                 c != centres.end() && c->second.weight > 0) {
        // Where GeoNames writes the division's ISO code ("US.GA" for
        // US-GA), the centre of its cities, weighted by their people.
        p.lat = c->second.lat / c->second.weight;
        p.lon = c->second.lon / c->second.weight;
        p.located = true;
      }
      places.push_back(std::move(p));
    }
  }
  std::map<std::string, uint32_t> country_at;  // alpha-3 -> place
  for (uint32_t i = 0; i < places.size(); ++i)
    if (places[i].kind == PlaceKind::kCountry) country_at.emplace(places[i].country, i);
  // acta's own regions and other names.
  Result<std::vector<ActaEntry>> acta = ReadActaPlaces(src.acta_places);
  if (!acta.ok()) return acta.status();
  for (const ActaEntry& e : *acta) {
    const std::string where = src.acta_places + ":" + std::to_string(e.line) + ": ";
    if (e.region) {
      PlaceRecord p;
      p.kind = PlaceKind::kRegion;
      p.name = e.title;
      p.country = e.country;
      p.lat = e.lat;
      p.lon = e.lon;
      p.located = true;
      AddName(&p, e.title);
      for (const std::string& n : e.names) AddName(&p, n);
      places.push_back(std::move(p));
      continue;
    }
    uint32_t target = 0;
    if (e.geonames_id != 0) {
      const auto at = by_id.find(e.geonames_id);
      if (at == by_id.end())
        return Status::InvalidArgument(where + "no place has GeoNames id " +
                                       std::to_string(e.geonames_id));
      target = at->second;
    } else {
      const auto c = country_at.find(e.country);
      if (c == country_at.end()) return Status::InvalidArgument(where + "no country " + e.country);
      target = c->second;
    }
    AddName(&places[target], e.title);
    for (const std::string& n : e.names) AddName(&places[target], n);
  }
  return Parse(Serialize(places), "the built gazetteer");
}

void Gazetteer::Index() {
  countries_.clear();
  divisions_.clear();
  by_name_.clear();
  names_.clear();
  by_name_.reserve(places_.size() * 5 / 4);
  names_.reserve(places_.size() * 5 / 4);
  filter_.assign(kFilterBits / 64, 0);
  max_words_ = 1;
  for (uint32_t i = 0; i < places_.size(); ++i) {
    const Place& p = places_[i];
    if (p.kind == PlaceKind::kCountry) countries_.emplace(p.country, i);
    if (p.kind == PlaceKind::kAdm1) divisions_.emplace(p.adm1, i);
    for (std::string_view rest = p.names; !rest.empty();) {
      const size_t bar = rest.find('|');
      const std::string_view n = rest.substr(0, bar);
      rest.remove_prefix(bar == std::string_view::npos ? rest.size() : bar + 1);
      if (n.empty()) continue;
      const size_t bit = FilterBit(n);
      filter_[bit / 64] |= uint64_t{1} << (bit % 64);
      auto [at, fresh] = by_name_.emplace(n, -1);
      if (!fresh && names_[static_cast<size_t>(at->second)].place == i) continue;
      names_.push_back({i, at->second});
      at->second = static_cast<int32_t>(names_.size() - 1);
      max_words_ =
          std::max(max_words_, static_cast<uint32_t>(std::count(n.begin(), n.end(), ' ') + 1));
    }
  }
}

bool Place::HasName(std::string_view folded) const {
  for (std::string_view rest = names; !rest.empty();) {
    const size_t bar = rest.find('|');
    if (rest.substr(0, bar) == folded) return true;
    if (bar == std::string_view::npos) break;
    rest.remove_prefix(bar + 1);
  }
  return false;
}

std::vector<uint32_t> Gazetteer::Find(std::string_view folded) const {
  std::vector<uint32_t> out;
  ForEachNamed(folded, [&](uint32_t place) { out.push_back(place); });
  std::reverse(out.begin(), out.end());
  return out;
}

int Gazetteer::Country(std::string_view iso3) const {
  const auto at = countries_.find(std::string(iso3));
  return at == countries_.end() ? -1 : static_cast<int>(at->second);
}

int Gazetteer::Division(std::string_view iso3166_2) const {
  const auto at = divisions_.find(std::string(iso3166_2));
  return at == divisions_.end() ? -1 : static_cast<int>(at->second);
}

Status Gazetteer::Write(const std::string& path) const {
  std::ofstream out(path, std::ios::binary);
  if (!out) return Status::IoError(path + ": cannot write");
  out << text_;
  out.close();
  if (!out) return Status::IoError(path + ": write failed");
  return Status::Ok();
}

Result<Gazetteer> Gazetteer::Load(const std::string& path) {
  Result<std::string> text = ReadWholeFile(path);
  if (!text.ok()) return text.status();
  return Parse(std::move(text).value(), path);
}

Result<Gazetteer> Gazetteer::Parse(std::string text, const std::string& path) {
  Gazetteer g;
  g.text_ = std::move(text);
  g.places_.reserve(static_cast<size_t>(std::count(g.text_.begin(), g.text_.end(), '\n')));
  Status status;
  ForEachLine(g.text_, [&](std::string_view line, int line_no) {
    if (line.empty() || line[0] == '#') return true;
    // The ten fields, split in place (this runs for every place).
    std::array<std::string_view, 10> f;
    size_t fields = 0;
    for (size_t start = 0; fields < f.size();) {
      const size_t tab = line.find('\t', start);
      f[fields++] = line.substr(start, tab == std::string_view::npos ? tab : tab - start);
      if (tab == std::string_view::npos) break;
      start = tab + 1;
      if (fields == f.size()) fields = f.size() + 1;  // an eleventh field
    }
    auto bad = [&] {
      status = Status::InvalidArgument(path + ":" + std::to_string(line_no) +
                                       ": not a gazetteer line (rebuild with acta geo build)");
      return false;
    };
    if (fields != f.size()) return bad();
    Place p;
    if (f[0] == "country") {
      p.kind = PlaceKind::kCountry;
    } else if (f[0] == "adm1") {
      p.kind = PlaceKind::kAdm1;
    } else if (f[0] == "region") {
      p.kind = PlaceKind::kRegion;
    } else if (f[0] != "city") {
      return bad();
    }
    if (!ParseNumber(f[1], &p.geonames_id) || !ParseNumber(f[7], &p.population)) return bad();
    p.name = f[2];
    p.country = f[3];
    p.adm1 = f[4];
    if (!f[5].empty()) {
      if (!ParseNumber(f[5], &p.lat) || !ParseNumber(f[6], &p.lon)) return bad();
      p.located = true;
    }
    p.feature = f[8];
    p.names = f[9];
    if (p.names.empty()) return bad();
    g.places_.push_back(std::move(p));
    return true;
  });
  if (!status.ok()) return status;
  g.Index();
  return g;
}

}  // namespace acta::geo
