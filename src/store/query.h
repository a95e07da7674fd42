// Questions researchers ask of a store: which events (acta query), and how
// many, how cooperative, between whom, over time (acta agg). Written once
// in SQL both backends accept; the indexes of docs/schema.md serve them.
#ifndef ACTA_STORE_QUERY_H_
#define ACTA_STORE_QUERY_H_

#include <array>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "acta/status.h"
#include "store/backend.h"

namespace acta::store {

// Which events. Empty fields do not filter; a list holds when any of its
// items does.
struct EventFilter {
  std::string from, to;              // event dates, YYYY-MM-DD, both ends in
  std::vector<std::string> actors;   // source or target; "USA*" is a prefix
  std::vector<std::string> sources;  // as actors, the source only
  std::vector<std::string> targets;
  // ISO 3166 alpha-3: where it happened, or the country of either actor.
  std::vector<std::string> countries;
  // "19": a root; "190", "1831": a code; "18*": codes that start so.
  std::vector<std::string> cameo;
  std::vector<int> quad_classes;
  std::vector<std::string> plover;            // PLOVER event types (ASSAULT ...)
  std::vector<std::string> modalities;        // occurred, planned, negated ...
  std::optional<std::array<double, 4>> bbox;  // west, south, east, north
  std::string text;                           // words of a sentence that told it
  // One row per merged event (store/dedup.h), with its figures, instead of
  // one per event.
  bool merged = false;
  int64_t limit = 0;  // 0: no limit
};

// Reads "WEST,SOUTH,EAST,NORTH".
std::optional<std::array<double, 4>> ParseBbox(const std::string& text);

// The events `filter` selects, newest last: columns of kQueryColumns (and,
// merged, kMergedColumns after them).
struct Table {
  std::vector<std::string> columns;
  std::vector<Row> rows;
};
Result<Table> QueryEvents(Backend& db, const EventFilter& filter);

// A selected event as exports need it: its record (acta code's JSON),
// where its story came from, and its merged event's figures (an event of
// no merge, or selected without `merged`, stands alone: its own mentions,
// one source, one article).
struct StoredEvent {
  int64_t id = 0, merged_id = 0;
  std::string record, url, outlet;
  int64_t num_mentions = 1, num_sources = 1, num_articles = 1;
  std::string first_seen, last_seen;
};
// Hands each selected event to `row`, in id order, until it returns false.
Status ScanEvents(Backend& db, const EventFilter& filter,
                  const std::function<bool(const StoredEvent&)>& row);

enum class Period { kDay, kWeek, kMonth, kYear };
std::optional<Period> ParsePeriod(const std::string& text);
// The period `date` (YYYY-MM-DD) falls in: the date itself, the Monday of
// its week, YYYY-MM, YYYY.
std::string PeriodOf(const std::string& date, Period period);

// Counts and Goldstein sums by dyad and period: period, source, target,
// events, goldstein_sum, and the four QuadClass counts. With
// `actor_prefix` > 0, actors are cut to that many letters (3: countries).
Result<Table> DyadSeries(Backend& db, const EventFilter& filter, Period period, int actor_prefix);

// QuadClass series per country (the place's, else the source actor's):
// period, country, events, verbal_coop, material_coop, verbal_conflict,
// material_conflict, goldstein_sum.
Result<Table> QuadSeries(Backend& db, const EventFilter& filter, Period period);

// The cooperation and conflict network between actors: source, target,
// events, cooperation (QuadClass 1-2), conflict (3-4), goldstein_sum,
// goldstein_mean; the heaviest first.
Result<Table> ActorNetwork(Backend& db, const EventFilter& filter, int actor_prefix);

}  // namespace acta::store

#endif  // ACTA_STORE_QUERY_H_
