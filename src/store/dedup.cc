#include "store/dedup.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>
#include <set>
#include <sstream>
#include <tuple>

#include "acta/date.h"

namespace acta::store {
namespace {

double Kilometres(double lat1, double lon1, double lat2, double lon2) {
  constexpr double kRad = 3.14159265358979323846 / 180, kEarth = 6371.0;
  const double dlat = (lat2 - lat1) * kRad, dlon = (lon2 - lon1) * kRad;
  const double a =
      std::sin(dlat / 2) * std::sin(dlat / 2) +
      std::cos(lat1 * kRad) * std::cos(lat2 * kRad) * std::sin(dlon / 2) * std::sin(dlon / 2);
  return 2 * kEarth * std::asin(std::min(1.0, std::sqrt(a)));
}

bool PlacesAgree(const MergeInput& a, const MergeInput& b, double max_km) {
  if (!a.country.empty() && !b.country.empty() && a.country != b.country) return false;
  return !a.located || !b.located || Kilometres(a.lat, a.lon, b.lat, b.lon) <= max_km;
}

// What must be equal for two events to merge.
std::tuple<std::string, std::string, std::string, std::string> Key(const MergeInput& e,
                                                                   const MergeRule& rule) {
  auto actor = [&](const std::string& code) {
    return rule.actor_prefix > 0 ? code.substr(0, static_cast<size_t>(rule.actor_prefix)) : code;
  };
  return {actor(e.source), actor(e.target), rule.whole_code ? e.cameo : e.cameo_root,
          rule.any_modality ? std::string() : e.modality};
}

}  // namespace

std::string MergeRule::ToString() const {
  return fmt::format("window={} km={} code={} modality={} actors={}", window_days, max_km,
                     whole_code ? "whole" : "root", any_modality ? "any" : "same",
                     actor_prefix > 0 ? std::to_string(actor_prefix) : "whole");
}

Result<MergeRule> MergeRule::Parse(const std::string& text) {
  MergeRule rule;
  std::istringstream words(text);
  std::string word;
  while (words >> word) {
    const size_t eq = word.find('=');
    const std::string key = word.substr(0, eq);
    const std::string value = eq == std::string::npos ? "" : word.substr(eq + 1);
    char* end = nullptr;
    if (key == "window") {
      rule.window_days = static_cast<int>(std::strtol(value.c_str(), &end, 10));
    } else if (key == "km") {
      rule.max_km = std::strtod(value.c_str(), &end);
    } else if (key == "code" && (value == "root" || value == "whole")) {
      rule.whole_code = value == "whole";
      continue;
    } else if (key == "modality" && (value == "same" || value == "any")) {
      rule.any_modality = value == "any";
      continue;
    } else if (key == "actors" && value == "whole") {
      rule.actor_prefix = 0;
      continue;
    } else if (key == "actors") {
      rule.actor_prefix = static_cast<int>(std::strtol(value.c_str(), &end, 10));
    }
    if (end == nullptr || end == value.c_str() || *end != '\0' || rule.window_days < 0 ||
        rule.max_km < 0 || rule.actor_prefix < 0)
      return Status::InvalidArgument(fmt::format("merge rule '{}': cannot read '{}'", text, word));
  }
  return rule;
}

MergeResult GroupEvents(const std::vector<MergeInput>& events, const MergeRule& rule) {
  MergeResult out;
  out.group_of.assign(events.size(), 0);
  std::vector<size_t> order(events.size());
  std::iota(order.begin(), order.end(), 0);
  std::vector<std::tuple<std::string, std::string, std::string, std::string>> keys;
  keys.reserve(events.size());
  for (const MergeInput& e : events) keys.push_back(Key(e, rule));
  std::sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    return std::tie(keys[a], events[a].day, events[a].id) <
           std::tie(keys[b], events[b].day, events[b].id);
  });
  struct Group {
    size_t first;                 // index into events
    std::vector<size_t> members;  // indexes into events
  };
  std::vector<Group> open;
  for (size_t k = 0; k < order.size(); ++k) {
    const size_t i = order[k];
    const MergeInput& e = events[i];
    if (k > 0 && keys[order[k - 1]] != keys[i]) open.clear();
    // Groups whose window has passed take no more events.
    std::erase_if(open,
                  [&](const Group& g) { return e.day - events[g.first].day > rule.window_days; });
    Group* joined = nullptr;
    bool by_place = false, by_story = false;
    for (Group& g : open) {
      const bool same_story = std::any_of(g.members.begin(), g.members.end(), [&](size_t m) {
        return events[m].story_id == e.story_id;
      });
      const bool places = std::all_of(g.members.begin(), g.members.end(), [&](size_t m) {
        return PlacesAgree(events[m], e, rule.max_km);
      });
      if (!same_story && places) {
        joined = &g;
        break;
      }
      by_story = by_story || same_story;
      by_place = by_place || (!same_story && !places);
    }
    if (joined != nullptr) {
      joined->members.push_back(i);
      out.group_of[i] = joined->first;
      continue;
    }
    if (by_place) ++out.apart_by_place;
    if (by_story && !by_place) ++out.apart_same_story;
    open.push_back({i, {i}});
    out.group_of[i] = i;
    ++out.groups;
  }
  return out;
}

DedupReport ReportMerges(const std::vector<MergeInput>& events, const MergeRule& rule) {
  DedupReport r;
  r.rule = rule;
  r.events = static_cast<int64_t>(events.size());
  const MergeResult m = GroupEvents(events, rule);
  r.merged_events = m.groups;
  r.apart_by_place = m.apart_by_place;
  r.apart_same_story = m.apart_same_story;
  std::map<size_t, std::set<std::string>> stories;
  for (size_t i = 0; i < events.size(); ++i) stories[m.group_of[i]].insert(events[i].story_id);
  const std::pair<size_t, const char*> buckets[] = {{1, "1"},   {2, "2"},     {3, "3"},
                                                    {5, "4-5"}, {10, "6-10"}, {SIZE_MAX, "11+"}};
  for (const auto& [most, name] : buckets) r.by_articles.emplace_back(name, 0);
  std::vector<std::pair<int64_t, int64_t>> sizes;
  for (const auto& [g, s] : stories) {
    size_t b = 0;
    while (s.size() > buckets[b].first) ++b;
    ++r.by_articles[b].second;
    sizes.emplace_back(static_cast<int64_t>(s.size()), -events[g].id);
  }
  std::sort(sizes.rbegin(), sizes.rend());
  std::map<int64_t, size_t> at;
  for (size_t i = 0; i < events.size(); ++i) at[events[i].id] = i;
  for (size_t i = 0; i < sizes.size() && i < 5 && sizes[i].first > 1; ++i) {
    const MergeInput& e = events[at[-sizes[i].second]];
    r.largest.emplace_back(
        fmt::format("event {}: {} {} {} {}", e.id, Date::FromDayNumber(e.day).ToString(), e.source,
                    e.target, e.cameo),
        sizes[i].first);
  }
  auto variant = [&](std::string name, MergeRule v) {
    r.variants.emplace_back(std::move(name), GroupEvents(events, v).groups);
  };
  for (int w : {0, 1, 2, 3, 7, 14}) {
    if (w == rule.window_days) continue;
    MergeRule v = rule;
    v.window_days = w;
    variant(fmt::format("window={}", w), v);
  }
  MergeRule v = rule;
  v.whole_code = !rule.whole_code;
  variant(v.whole_code ? "code=whole" : "code=root", v);
  v = rule;
  v.actor_prefix = rule.actor_prefix == 3 ? 0 : 3;
  variant(v.actor_prefix == 3 ? "actors=3" : "actors=whole", v);
  v = rule;
  v.any_modality = !rule.any_modality;
  variant(v.any_modality ? "modality=any" : "modality=same", v);
  v = rule;
  v.max_km = 1e9;
  variant("km=any", v);
  return r;
}

// Events whose dyad changed since the last merge.
constexpr const char* kTouchedDyads =
    "(e.source, e.target) IN (SELECT source, target FROM merge_touched)";

Result<std::vector<MergeInput>> LoadMergeInputs(Backend& db, bool touched) {
  std::vector<MergeInput> events;
  Status s = db.Scan(
      "SELECT e.id, e.story_id, e.source, e.target, e.cameo, e.cameo_root, e.modality, "
      "e.event_date, e.geo_country, e.geo_lat, e.geo_lon, s.source, s.date, "
      "(SELECT count(*) FROM mentions m WHERE m.event_id = e.id), e.quad_class, e.goldstein, "
      "e.plover_event, e.geo_name "
      "FROM events e JOIN stories s ON s.id = e.story_id" +
          (touched ? std::string(" WHERE ") + kTouchedDyads : std::string()),
      {}, [&](const Row& r) {
        MergeInput e;
        e.id = AsInt(r[0]);
        e.story_id = AsText(r[1]);
        e.source = AsText(r[2]);
        e.target = AsText(r[3]);
        e.cameo = AsText(r[4]);
        e.cameo_root = AsText(r[5]);
        e.modality = AsText(r[6]);
        const std::optional<Date> d = Date::ParseIso(AsText(r[7]));
        e.day = d ? d->DayNumber() : 0;
        e.country = AsText(r[8]);
        e.located = !IsNull(r[9]) && !IsNull(r[10]);
        e.lat = AsReal(r[9]);
        e.lon = AsReal(r[10]);
        e.outlet = AsText(r[11]);
        e.seen = AsText(r[12]);
        e.mentions = std::max<int64_t>(1, AsInt(r[13]));
        e.quad_class = r[14];
        e.goldstein = r[15];
        e.plover = AsText(r[16]);
        e.place_name = AsText(r[17]);
        events.push_back(std::move(e));
        return true;
      });
  if (!s.ok()) return s;
  return events;
}

Result<MergeResult> MergeEvents(Backend& db, const MergeRule& rule, bool incremental) {
  if (Status s = db.BeginWrite(); !s.ok()) return s;
  auto fail = [&](const Status& s) {
    (void)db.Execute("ROLLBACK");
    return s;
  };
  if (incremental) {
    Result<Value> last = db.QueryValue("SELECT value FROM meta WHERE key = 'merge_rule'");
    if (!last.ok()) return fail(last.status());
    incremental = rule.actor_prefix == 0 && AsText(*last) == rule.ToString();
  }
  Result<std::vector<MergeInput>> events = LoadMergeInputs(db, incremental);
  if (!events.ok()) return fail(events.status());
  MergeResult merged = GroupEvents(*events, rule);
  // Each group's figures; the event the group is known by is its first.
  struct Figures {
    std::set<std::string> stories, outlets;
    int64_t mentions = 0;
    long first_day = 0, last_day = 0;
    std::string first_seen, last_seen;
    std::map<std::string, std::pair<int, size_t>> codes;  // code -> events, first event
    size_t located = SIZE_MAX;                            // its first event with a place
  };
  std::map<size_t, Figures> groups;
  std::vector<Row> merges;
  merges.reserve(events->size());
  for (size_t i = 0; i < events->size(); ++i) {
    const MergeInput& e = (*events)[i];
    const size_t g = merged.group_of[i];
    merges.push_back({e.id, (*events)[g].id});
    Figures& f = groups[g];
    if (f.stories.empty()) {
      f.first_day = f.last_day = e.day;
      f.first_seen = f.last_seen = e.seen;
    }
    f.stories.insert(e.story_id);
    // A story of no known outlet counts as an outlet of its own.
    f.outlets.insert(e.outlet.empty() ? "story:" + e.story_id : "outlet:" + e.outlet);
    f.mentions += e.mentions;
    f.first_day = std::min(f.first_day, e.day);
    f.last_day = std::max(f.last_day, e.day);
    f.first_seen = std::min(f.first_seen, e.seen);
    f.last_seen = std::max(f.last_seen, e.seen);
    auto [at, added] = f.codes.try_emplace(e.cameo, 0, i);
    ++at->second.first;
    if (f.located == SIZE_MAX && (e.located || !e.country.empty())) f.located = i;
  }
  const std::string drop =
      incremental ? std::string(
                        "DELETE FROM event_merges WHERE event_id IN (SELECT e.id FROM "
                        "events e WHERE ") +
                        kTouchedDyads +
                        "); DELETE FROM merged_events WHERE (source, target) IN (SELECT source, "
                        "target FROM merge_touched)"
                  : "DELETE FROM event_merges; DELETE FROM merged_events";
  if (Status s = db.Execute(drop + "; DELETE FROM merge_touched"); !s.ok()) return fail(s);
  if (Status s = db.Append("event_merges", {"event_id", "merged_id"}, merges); !s.ok())
    return fail(s);
  std::vector<Row> out;
  out.reserve(groups.size());
  auto opt = [](const std::string& s) { return s.empty() ? Value() : Value(s); };
  for (const auto& [g, f] : groups) {
    const MergeInput& first = (*events)[g];
    // The group's code is its commonest (the first event's on a tie).
    size_t coded_by = g;
    int most = f.codes.at(first.cameo).first;
    for (const auto& [code, seen] : f.codes)
      if (seen.first > most) {
        most = seen.first;
        coded_by = seen.second;
      }
    const MergeInput& c = (*events)[coded_by];
    const MergeInput& p = (*events)[f.located == SIZE_MAX ? g : f.located];
    out.push_back({first.id,
                   first.source,
                   first.target,
                   c.cameo,
                   c.cameo_root,
                   c.quad_class,
                   c.goldstein,
                   opt(c.plover),
                   first.modality,
                   Date::FromDayNumber(f.first_day).ToString(),
                   Date::FromDayNumber(f.last_day).ToString(),
                   f.first_seen,
                   f.last_seen,
                   f.mentions,
                   static_cast<int64_t>(f.outlets.size()),
                   static_cast<int64_t>(f.stories.size()),
                   opt(p.place_name),
                   opt(p.country),
                   p.located ? Value(p.lat) : Value(),
                   p.located ? Value(p.lon) : Value()});
  }
  if (Status s =
          db.Append("merged_events",
                    {"id",           "source",     "target",       "cameo",        "cameo_root",
                     "quad_class",   "goldstein",  "plover_event", "modality",     "first_date",
                     "last_date",    "first_seen", "last_seen",    "num_mentions", "num_sources",
                     "num_articles", "geo_name",   "geo_country",  "geo_lat",      "geo_lon"},
                    out);
      !s.ok())
    return fail(s);
  if (Status s =
          db.Scan("DELETE FROM meta WHERE key = 'merge_rule'", {}, [](const Row&) { return true; });
      !s.ok())
    return fail(s);
  if (Status s =
          db.Append("meta", {"key", "value"}, {{std::string("merge_rule"), rule.ToString()}});
      !s.ok())
    return fail(s);
  if (Status s = db.Execute("COMMIT"); !s.ok()) return s;
  return merged;
}

Status UnmergeEvents(Backend& db) {
  return db.Execute(
      "BEGIN; DELETE FROM event_merges; DELETE FROM merged_events; "
      "DELETE FROM merge_touched; DELETE FROM meta WHERE key IN ('merge_rule', 'merge_stale'); "
      "INSERT INTO meta VALUES ('merge_rule', 'off'); COMMIT");
}

Result<bool> MergeIsStale(Backend& db) {
  Result<Value> v = db.QueryValue("SELECT value FROM meta WHERE key = 'merge_stale'");
  if (!v.ok()) return v.status();
  return !IsNull(*v);
}

Result<std::optional<MergeRule>> StoredMergeRule(Backend& db) {
  Result<Value> v = db.QueryValue("SELECT value FROM meta WHERE key = 'merge_rule'");
  if (!v.ok()) return v.status();
  if (IsNull(*v)) return std::optional<MergeRule>(MergeRule());
  if (AsText(*v) == "off") return std::optional<MergeRule>();
  Result<MergeRule> rule = MergeRule::Parse(AsText(*v));
  if (!rule.ok()) return rule.status();
  return std::optional<MergeRule>(*rule);
}

}  // namespace acta::store
