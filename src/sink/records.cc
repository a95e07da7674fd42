#include "sink/records.h"

#include <fmt/format.h>

#include <cmath>
#include <nlohmann/json.hpp>

#include "common/json_field.h"
#include "common/tsv.h"
#include "geo/fold.h"
#include "sink/gdelt.h"

namespace acta::sink {
namespace {

using json = nlohmann::json;
// Member `key` of a JSON record, null when it lacks one.
constexpr auto Field = &JsonField;

std::string Str(const json& j) { return j.is_string() ? j.get<std::string>() : ""; }

// A number as text, "" when it is none.
std::string Num(const json& j) {
  if (j.is_number_integer()) return std::to_string(j.get<int64_t>());
  if (j.is_number()) return fmt::format("{}", j.get<double>());
  return "";
}

// The gazetteer's place a stored place names: the same name, and the same
// GeoNames id when it has one, else the nearest of its country.
const geo::Place* FindPlace(const geo::Gazetteer* g, const json& p) {
  if (g == nullptr || !Field(p, "name").is_string()) return nullptr;
  const uint32_t id =
      Field(p, "geonames_id").is_number_unsigned() ? Field(p, "geonames_id").get<uint32_t>() : 0;
  const std::string country = Str(Field(p, "country"));
  const double lat = Field(p, "lat").is_number() ? Field(p, "lat").get<double>() : 0;
  const double lon = Field(p, "lon").is_number() ? Field(p, "lon").get<double>() : 0;
  const geo::Place* best = nullptr;
  double best_distance = 0;
  for (uint32_t i : g->Find(geo::FoldName(Field(p, "name").get<std::string>()))) {
    const geo::Place& c = g->place(i);
    if (id != 0 && c.geonames_id == id) return &c;
    if (c.country != country) continue;
    const double d = std::abs(c.lat - lat) + std::abs(c.lon - lon);
    if (best == nullptr || d < best_distance) {
      best = &c;
      best_distance = d;
    }
  }
  return best;
}

GdeltGeo Block(const json& p, const RecordContext& c) {
  if (c.fips == nullptr) return {};
  const geo::Place* place = FindPlace(c.gazetteer, p);
  return place != nullptr ? GdeltGeoOf(*c.gazetteer, *place, *c.fips) : GdeltGeo{};
}

// The country named by ISO code `iso3`, or the code when the gazetteer does
// not know it.
std::string CountryName(const RecordContext& c, const std::string& iso3) {
  if (c.gazetteer == nullptr || iso3.empty()) return iso3;
  const int at = c.gazetteer->Country(iso3);
  return at >= 0 ? std::string(c.gazetteer->place(static_cast<uint32_t>(at)).name) : iso3;
}

// An actor code's sector: what follows its country ("PSEREBHMS" -> "REBHMS").
std::string Sector(const std::string& code) { return code.size() > 3 ? code.substr(3) : ""; }

}  // namespace

uint64_t GdeltRecordId(const json& e) {
  const json& mentions = Field(e, "mentions");
  const json& verb_span = Field(Field(e, "verb"), "span");
  uint64_t sentence_begin = 0, verb_begin = 0;
  if (mentions.is_array() && !mentions.empty()) {
    const json& span = Field(mentions[0], "sentence_span");
    if (span.is_array() && span.size() == 2 && span[0].is_number_unsigned())
      sentence_begin = span[0].get<uint64_t>();
  }
  if (verb_span.is_array() && verb_span.size() == 2 && verb_span[0].is_number_unsigned())
    verb_begin = verb_span[0].get<uint64_t>();
  const size_t si = Field(e, "sentence_index").is_number_unsigned()
                        ? Field(e, "sentence_index").get<size_t>()
                        : 0;
  return GdeltEventId(Str(Field(e, "story_id")), si,
                      static_cast<uint32_t>(verb_begin - std::min(verb_begin, sentence_begin)));
}

namespace {

Date DateOf(const json& j) { return Date::ParseIso(Str(j)).value_or(Date{}); }

json PloverActor(const json& a) {
  const std::string code = Str(Field(a, "code"));
  return {{"code", code}, {"sector", Sector(code)}, {"actor_text", Field(a, "text")}};
}

}  // namespace

std::string CsvField(std::string_view field) {
  if (field.find_first_of(",\"\n\r") == std::string_view::npos) return std::string(field);
  std::string out = "\"";
  for (char c : field) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
  return out;
}

std::string HeaderLine(const std::vector<std::string_view>& columns, char sep) {
  std::string out;
  for (size_t i = 0; i < columns.size(); ++i) {
    if (i > 0) out += sep;
    out += columns[i];
  }
  out += '\n';
  return out;
}

void AppendGdeltRecord(const StoredRecord& r, const RecordContext& c, std::string* out) {
  const json& e = *r.record;
  GdeltEvent g;
  g.id = GdeltRecordId(e);
  g.date = DateOf(Field(e, "event_date"));
  g.actor1_code = Str(Field(Field(e, "source"), "code"));
  g.actor1_name = Str(Field(Field(e, "source"), "text"));
  g.actor2_code = Str(Field(Field(e, "target"), "code"));
  g.actor2_name = Str(Field(Field(e, "target"), "text"));
  g.root_event = Field(e, "sentence_index") == 0;
  g.code = Str(Field(e, "cameo"));
  if (Field(e, "quad_class").is_number_integer()) g.quad_class = Field(e, "quad_class").get<int>();
  if (Field(e, "goldstein").is_number()) g.goldstein = Field(e, "goldstein").get<double>();
  g.num_mentions = static_cast<int>(r.num_mentions);
  g.num_sources = static_cast<int>(r.num_sources);
  g.num_articles = static_cast<int>(r.num_articles);
  g.actor1_geo = Block(Field(Field(e, "source"), "geo"), c);
  g.actor2_geo = Block(Field(Field(e, "target"), "geo"), c);
  g.action_geo = Block(Field(e, "action_geo"), c);
  g.added = DateOf(Field(e, "date"));
  g.source_url = r.url.empty() ? Str(Field(e, "story_id")) : r.url;
  AppendGdeltEvent(g, out);
}

const std::vector<std::string_view> kGdeltMentionColumns = {"GLOBALEVENTID",
                                                            "EventTimeDate",
                                                            "MentionTimeDate",
                                                            "MentionType",
                                                            "MentionSourceName",
                                                            "MentionIdentifier",
                                                            "SentenceID",
                                                            "Actor1CharOffset",
                                                            "Actor2CharOffset",
                                                            "ActionCharOffset",
                                                            "InRawText",
                                                            "Confidence",
                                                            "MentionDocLen",
                                                            "MentionDocTone",
                                                            "MentionDocTranslationInfo",
                                                            "Extras"};

void AppendGdeltMentions(const StoredRecord& r, uint64_t event_id, std::string* out) {
  const json& e = *r.record;
  const uint64_t id = event_id;
  const std::string event_time = DateOf(Field(e, "event_date")).ToString();
  const std::string story_time = DateOf(Field(e, "date")).ToString();
  auto stamp = [](std::string date) {
    std::erase(date, '-');
    return date + "000000";
  };
  auto begin = [](const json& span) {
    return span.is_array() && span.size() == 2 ? Num(span[0]) : std::string("-1");
  };
  const json& mentions = Field(e, "mentions");
  for (size_t i = 0; i < mentions.size(); ++i) {
    const json& m = mentions[i];
    // Only the event's own sentence names its actors where the record says.
    const std::string actor1 = i == 0 ? begin(Field(Field(e, "source"), "span")) : "-1";
    const std::string actor2 = i == 0 ? begin(Field(Field(e, "target"), "span")) : "-1";
    const double confidence =
        Field(e, "confidence").is_number() ? Field(e, "confidence").get<double>() : 0;
    const size_t sentence = Field(m, "sentence_index").is_number_unsigned()
                                ? Field(m, "sentence_index").get<size_t>()
                                : 0;
    *out += fmt::format("{}\t{}\t{}\t1\t{}\t{}\t{}\t{}\t{}\t{}\t1\t{}\t\t\t\t\n", id,
                        stamp(event_time), stamp(story_time), TsvField(r.outlet),
                        TsvField(r.url.empty() ? Str(Field(e, "story_id")) : r.url), sentence + 1,
                        actor1, actor2, begin(Field(m, "verb_span")),
                        static_cast<int>(std::lround(confidence * 100)));
  }
}

bool AppendPlover(const StoredRecord& r, std::string* out) {
  const json& e = *r.record;
  if (!Field(e, "plover_event").is_string()) return false;
  const json& geo = Field(e, "action_geo");
  json loc = nullptr;
  if (geo.is_object())
    loc = {{"name", Field(geo, "name")},
           {"country", Field(geo, "country")},
           {"lat", Field(geo, "lat")},
           {"lon", Field(geo, "lon")},
           {"geonames_id", Field(geo, "geonames_id")}};
  json p = {{"id", std::to_string(GdeltRecordId(e))},
            {"date", Field(e, "event_date")},
            {"source", PloverActor(Field(e, "source"))},
            {"event", Field(e, "plover_event")},
            {"recipient", PloverActor(Field(e, "target"))},
            {"event_loc", loc},
            {"event_text", Field(Field(e, "verb"), "text")},
            {"quad_code", Field(e, "quad_class")},
            {"mode", Field(e, "plover_mode")},
            {"context", json::array()},
            {"text", Field(e, "sentence")},
            {"coder", "acta"},
            {"cameo", Field(e, "cameo")},
            {"story_id", Field(e, "story_id")},
            {"num_articles", r.num_articles}};
  *out += p.dump();
  *out += '\n';
  return true;
}

const std::vector<std::string_view> kCsvColumns = {
    "id",           "merged_id",   "story_id",     "sentence_index", "event_date", "source",
    "target",       "cameo",       "cameo_root",   "quad_class",     "goldstein",  "plover_event",
    "modality",     "confidence",  "geo_name",     "geo_country",    "geo_lat",    "geo_lon",
    "num_mentions", "num_sources", "num_articles", "first_seen",     "last_seen",  "url",
    "sentence"};

void AppendCsv(const StoredRecord& r, std::string* out) {
  const json& e = *r.record;
  const json& geo = Field(e, "action_geo");
  const std::string fields[] = {std::to_string(r.id),
                                std::to_string(r.merged_id),
                                Str(Field(e, "story_id")),
                                Num(Field(e, "sentence_index")),
                                Str(Field(e, "event_date")),
                                Str(Field(Field(e, "source"), "code")),
                                Str(Field(Field(e, "target"), "code")),
                                Str(Field(e, "cameo")),
                                Str(Field(e, "cameo_root")),
                                Num(Field(e, "quad_class")),
                                Num(Field(e, "goldstein")),
                                Str(Field(e, "plover_event")),
                                Str(Field(e, "modality")),
                                Num(Field(e, "confidence")),
                                Str(Field(geo, "name")),
                                Str(Field(geo, "country")),
                                Num(Field(geo, "lat")),
                                Num(Field(geo, "lon")),
                                std::to_string(r.num_mentions),
                                std::to_string(r.num_sources),
                                std::to_string(r.num_articles),
                                r.first_seen,
                                r.last_seen,
                                r.url,
                                Str(Field(e, "sentence"))};
  for (size_t i = 0; i < std::size(fields); ++i) {
    if (i > 0) *out += ',';
    *out += CsvField(fields[i]);
  }
  *out += '\n';
}

const std::vector<std::string_view> kIcewsColumns = {
    "Event ID",       "Event Date", "Source Name",     "Source Sectors", "Source Country",
    "Event Text",     "CAMEO Code", "Intensity",       "Target Name",    "Target Sectors",
    "Target Country", "Story ID",   "Sentence Number", "Publisher",      "City",
    "District",       "Province",   "Country",         "Latitude",       "Longitude"};

void AppendIcews(const StoredRecord& r, const RecordContext& c, std::string* out) {
  const json& e = *r.record;
  const json& geo = Field(e, "action_geo");
  const std::string source = Str(Field(Field(e, "source"), "code"));
  const std::string target = Str(Field(Field(e, "target"), "code"));
  const std::string cameo = Str(Field(e, "cameo"));
  const EventType* type = c.codebook != nullptr ? c.codebook->Find(cameo) : nullptr;
  auto name = [](const json& a, const std::string& code) {
    const std::string text = Str(Field(a, "text"));
    return text.empty() ? code : text;
  };
  const std::string fields[] = {std::to_string(r.id),
                                Str(Field(e, "event_date")),
                                name(Field(e, "source"), source),
                                Sector(source),
                                CountryName(c, source.substr(0, 3)),
                                type != nullptr ? type->name : "",
                                cameo,
                                Num(Field(e, "goldstein")),
                                name(Field(e, "target"), target),
                                Sector(target),
                                CountryName(c, target.substr(0, 3)),
                                Str(Field(e, "story_id")),
                                std::to_string(Field(e, "sentence_index").is_number_unsigned()
                                                   ? Field(e, "sentence_index").get<size_t>() + 1
                                                   : 0),
                                r.outlet,
                                Str(Field(geo, "type")) == "city" ? Str(Field(geo, "name")) : "",
                                "",
                                Str(Field(geo, "type")) == "adm1" ? Str(Field(geo, "name")) : "",
                                CountryName(c, Str(Field(geo, "country"))),
                                Num(Field(geo, "lat")),
                                Num(Field(geo, "lon"))};
  for (size_t i = 0; i < std::size(fields); ++i) {
    if (i > 0) *out += '\t';
    *out += TsvField(fields[i]);
  }
  *out += '\n';
}

const std::vector<std::string_view> kAcledColumns = {
    "event_id_cnty",  "event_date", "year",   "time_precision", "event_type",
    "sub_event_type", "actor1",     "actor2", "country",        "location",
    "latitude",       "longitude",  "source", "notes",          "fatalities"};

std::pair<std::string_view, std::string_view> AcledTypeOf(std::string_view code) {
  if (code == "183" || code.starts_with("183"))
    return {"Explosions/Remote violence", "Suicide bomb"};
  if (code.starts_with("195")) return {"Explosions/Remote violence", "Air/drone strike"};
  if (code.starts_with("194"))
    return {"Explosions/Remote violence", "Shelling/artillery/missile attack"};
  if (code.starts_with("204")) return {"Explosions/Remote violence", "Chemical weapon"};
  if (code.starts_with("145")) return {"Riots", "Violent demonstration"};
  if (code.starts_with("14")) return {"Protests", "Peaceful protest"};
  if (code.starts_with("173")) return {"Strategic developments", "Arrests"};
  if (code.starts_with("18") || code.starts_with("20"))
    return {"Violence against civilians", "Attack"};
  if (code.starts_with("19")) return {"Battles", "Armed clash"};
  return {};
}

bool AppendAcled(const StoredRecord& r, const RecordContext& c, std::string* out) {
  const json& e = *r.record;
  const auto [type, sub] = AcledTypeOf(Str(Field(e, "cameo")));
  if (type.empty()) return false;
  const json& geo = Field(e, "action_geo");
  const std::string country = Str(Field(geo, "country")).empty()
                                  ? Str(Field(Field(e, "source"), "code")).substr(0, 3)
                                  : Str(Field(geo, "country"));
  // Deaths the story ties to this event.
  int64_t fatalities = 0;
  for (const json& q : Field(e, "quantities"))
    if (Str(Field(q, "type")) == "killed" && Field(q, "count").is_number_integer())
      fatalities += Field(q, "count").get<int64_t>();
  const std::string date = Str(Field(e, "event_date"));
  auto actor = [](const json& a) {
    const std::string text = Str(Field(a, "text"));
    return text.empty() ? Str(Field(a, "code")) : text;
  };
  const std::string fields[] = {fmt::format("{}{}", country, r.id),
                                date,
                                date.substr(0, 4),
                                Str(Field(e, "event_date_precision")) == "day" ? "1" : "2",
                                std::string(type),
                                std::string(sub),
                                actor(Field(e, "source")),
                                actor(Field(e, "target")),
                                CountryName(c, country),
                                Str(Field(geo, "name")),
                                Num(Field(geo, "lat")),
                                Num(Field(geo, "lon")),
                                r.outlet,
                                Str(Field(e, "sentence")),
                                std::to_string(fatalities)};
  for (size_t i = 0; i < std::size(fields); ++i) {
    if (i > 0) *out += ',';
    *out += CsvField(fields[i]);
  }
  *out += '\n';
  return true;
}

}  // namespace acta::sink
