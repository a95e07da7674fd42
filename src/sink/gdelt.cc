#include "sink/gdelt.h"

#include <fmt/format.h>

#include <algorithm>
#include <vector>

#include "common/hash.h"

namespace acta::sink {

const std::array<std::string_view, 61> kGdeltEventColumns = {"GLOBALEVENTID",
                                                             "SQLDATE",
                                                             "MonthYear",
                                                             "Year",
                                                             "FractionDate",
                                                             "Actor1Code",
                                                             "Actor1Name",
                                                             "Actor1CountryCode",
                                                             "Actor1KnownGroupCode",
                                                             "Actor1EthnicCode",
                                                             "Actor1Religion1Code",
                                                             "Actor1Religion2Code",
                                                             "Actor1Type1Code",
                                                             "Actor1Type2Code",
                                                             "Actor1Type3Code",
                                                             "Actor2Code",
                                                             "Actor2Name",
                                                             "Actor2CountryCode",
                                                             "Actor2KnownGroupCode",
                                                             "Actor2EthnicCode",
                                                             "Actor2Religion1Code",
                                                             "Actor2Religion2Code",
                                                             "Actor2Type1Code",
                                                             "Actor2Type2Code",
                                                             "Actor2Type3Code",
                                                             "IsRootEvent",
                                                             "EventCode",
                                                             "EventBaseCode",
                                                             "EventRootCode",
                                                             "QuadClass",
                                                             "GoldsteinScale",
                                                             "NumMentions",
                                                             "NumSources",
                                                             "NumArticles",
                                                             "AvgTone",
                                                             "Actor1Geo_Type",
                                                             "Actor1Geo_FullName",
                                                             "Actor1Geo_CountryCode",
                                                             "Actor1Geo_ADM1Code",
                                                             "Actor1Geo_ADM2Code",
                                                             "Actor1Geo_Lat",
                                                             "Actor1Geo_Long",
                                                             "Actor1Geo_FeatureID",
                                                             "Actor2Geo_Type",
                                                             "Actor2Geo_FullName",
                                                             "Actor2Geo_CountryCode",
                                                             "Actor2Geo_ADM1Code",
                                                             "Actor2Geo_ADM2Code",
                                                             "Actor2Geo_Lat",
                                                             "Actor2Geo_Long",
                                                             "Actor2Geo_FeatureID",
                                                             "ActionGeo_Type",
                                                             "ActionGeo_FullName",
                                                             "ActionGeo_CountryCode",
                                                             "ActionGeo_ADM1Code",
                                                             "ActionGeo_ADM2Code",
                                                             "ActionGeo_Lat",
                                                             "ActionGeo_Long",
                                                             "ActionGeo_FeatureID",
                                                             "DATEADDED",
                                                             "SOURCEURL"};

namespace {

// CAMEO's actor types and religions, by which GDELT splits an actor code;
// any other three letters after the first are a known group.
constexpr std::array<std::string_view, 36> kTypes = {
    "AGR", "BUS", "COP", "CRM", "CVL", "DEV", "EDU", "ELI", "ENV", "GOV", "HLH", "HRI",
    "IGO", "IMG", "INS", "INT", "JUD", "LAB", "LEG", "MED", "MIL", "MNC", "MOD", "NGM",
    "NGO", "OPP", "PTY", "RAD", "REB", "REF", "SEP", "SET", "SPY", "UAF", "UIS", "CHL"};
constexpr std::array<std::string_view, 31> kReligions = {
    "ADR", "ALE", "ATH", "BAH", "BUD", "CHR", "CON", "CPT", "CTH", "DOX", "DRZ",
    "HIN", "HSD", "ITR", "JAN", "JEW", "JHW", "LDS", "MOS", "MRN", "NRM", "PAG",
    "PRO", "SFI", "SHI", "SHN", "SIK", "SUN", "TAO", "UDX", "ZRO"};

template <size_t N>
bool In(const std::array<std::string_view, N>& list, std::string_view code) {
  return std::find(list.begin(), list.end(), code) != list.end();
}

// GDELT's ten actor fields from a CAMEO actor code.
struct ActorFields {
  std::string country, known_group, religion[2], type[3];
};

ActorFields SplitActor(std::string_view code) {
  ActorFields f;
  int religions = 0, types = 0;
  for (size_t i = 0; i + 3 <= code.size(); i += 3) {
    const std::string_view part = code.substr(i, 3);
    if (part == "---") continue;
    if (In(kTypes, part)) {
      if (types < 3) f.type[types++] = part;
    } else if (In(kReligions, part)) {
      if (religions < 2) f.religion[religions++] = part;
    } else if (i == 0) {
      f.country = part;
    } else if (f.known_group.empty()) {
      f.known_group = part;
    }
  }
  return f;
}

// `s` with tabs and line breaks as spaces.
void AppendField(std::string_view s, std::string* out) {
  for (char c : s) out->push_back(c == '\t' || c == '\n' || c == '\r' ? ' ' : c);
}

void AppendActor(std::string_view code, std::string_view name, std::string* out) {
  const ActorFields f = SplitActor(code);
  AppendField(code == "---" ? "" : code, out);
  out->push_back('\t');
  std::string upper(name);
  for (char& c : upper)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  AppendField(upper, out);
  for (const std::string* s : {&f.country, &f.known_group}) {
    out->push_back('\t');
    out->append(*s);
  }
  out->push_back('\t');  // ethnic code: not coded
  for (const std::string& s : f.religion) {
    out->push_back('\t');
    out->append(s);
  }
  for (const std::string& s : f.type) {
    out->push_back('\t');
    out->append(s);
  }
}

void AppendGeo(const GdeltGeo& g, std::string* out) {
  if (g.type == 0) {
    out->append("\t\t\t\t\t\t\t");  // eight empty fields
    return;
  }
  fmt::format_to(std::back_inserter(*out), "{}\t", g.type);
  AppendField(g.full_name, out);
  fmt::format_to(std::back_inserter(*out), "\t{}\t{}\t\t", g.country_code, g.adm1_code);
  if (g.located)
    fmt::format_to(std::back_inserter(*out), "{:.4f}\t{:.4f}", g.lat, g.lon);
  else
    out->push_back('\t');
  out->push_back('\t');
  out->append(g.feature_id);
}

std::string Compact(const Date& d) {
  return fmt::format("{:04}{:02}{:02}", d.year, d.month, d.day);
}

}  // namespace

GdeltGeo GdeltGeoOf(const geo::Gazetteer& g, const geo::Place& p, const geo::FipsCodes& fips) {
  GdeltGeo out;
  if (p.country.empty()) return out;  // a region of several countries
  const bool us = p.country == "USA";
  const std::string country_code(fips.Of(p.country, p.lon));
  const int country = g.Country(p.country);
  const std::string_view country_name =
      country >= 0 ? g.place(static_cast<uint32_t>(country)).name : std::string_view();
  out.country_code = country_code;
  out.adm1_code = country_code;
  out.lat = p.lat;
  out.lon = p.lon;
  out.located = p.located;
  out.full_name = p.name;
  auto with_country = [&] {
    if (!country_name.empty() && p.kind != geo::PlaceKind::kCountry) {
      out.full_name += ", ";
      out.full_name += country_name;
    }
  };
  switch (p.kind) {
    case geo::PlaceKind::kCountry:
      out.type = 1;
      out.feature_id = country_code;
      break;
    case geo::PlaceKind::kAdm1: {
      out.type = us ? 2 : 5;
      // GeoNames' admin1 codes of US states are their ISO 3166-2 codes;
      // elsewhere the two differ, and the division is written at country level.
      const size_t dash = p.adm1.find('-');
      if (us && dash != std::string::npos)
        out.adm1_code = fmt::format("US{}", p.adm1.substr(dash + 1));
      out.feature_id = out.adm1_code;
      with_country();
      break;
    }
    case geo::PlaceKind::kCity: {
      out.type = us ? 3 : 4;
      const size_t dot = p.adm1.find('.');
      if (dot != std::string::npos && !country_code.empty())
        out.adm1_code = fmt::format("{}{}", country_code, p.adm1.substr(dot + 1));
      if (us && dot != std::string::npos) {
        const int state = g.Division(fmt::format("US-{}", p.adm1.substr(dot + 1)));
        if (state >= 0) {
          out.full_name += ", ";
          out.full_name += g.place(static_cast<uint32_t>(state)).name;
        }
      }
      with_country();
      if (p.geonames_id != 0) out.feature_id = std::to_string(p.geonames_id);
      break;
    }
    case geo::PlaceKind::kRegion:
      // A region of one country ("Gaza Strip", "Donbas") at country level.
      out.type = 1;
      out.feature_id = p.geonames_id != 0 ? std::to_string(p.geonames_id) : country_code;
      break;
  }
  return out;
}

void AppendGdeltEvent(const GdeltEvent& e, std::string* out) {
  const long day_of_year = e.date.DayNumber() - Date{e.date.year, 1, 1}.DayNumber() + 1;  // 1..366
  fmt::format_to(std::back_inserter(*out), "{}\t{}\t{:04}{:02}\t{:04}\t{:.4f}\t", e.id,
                 Compact(e.date), e.date.year, e.date.month, e.date.year,
                 e.date.year + static_cast<double>(day_of_year) / 365.0);
  AppendActor(e.actor1_code, e.actor1_name, out);
  out->push_back('\t');
  AppendActor(e.actor2_code, e.actor2_name, out);
  const std::string_view code = e.code;
  fmt::format_to(std::back_inserter(*out), "\t{}\t{}\t{}\t{}\t", e.root_event ? 1 : 0, code,
                 code.substr(0, std::min<size_t>(3, code.size())),
                 code.substr(0, std::min<size_t>(2, code.size())));
  if (e.quad_class > 0) fmt::format_to(std::back_inserter(*out), "{}", e.quad_class);
  out->push_back('\t');
  if (e.goldstein) fmt::format_to(std::back_inserter(*out), "{:.1f}", *e.goldstein);
  fmt::format_to(std::back_inserter(*out), "\t{}\t{}\t{}\t\t", e.num_mentions, e.num_sources,
                 e.num_articles);
  AppendGeo(e.actor1_geo, out);
  out->push_back('\t');
  AppendGeo(e.actor2_geo, out);
  out->push_back('\t');
  AppendGeo(e.action_geo, out);
  out->push_back('\t');
  out->append(Compact(e.added));
  out->append("000000\t");
  AppendField(e.source_url, out);
  out->push_back('\n');
}

uint64_t GdeltEventId(std::string_view story_id, size_t sentence_index, uint32_t verb_begin) {
  return Fnv1a(fmt::format("\x1f{}\x1f{}", sentence_index, verb_begin), Fnv1a(story_id)) >> 1;
}

}  // namespace acta::sink
