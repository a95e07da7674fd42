#include "store/query.h"

#include <fmt/format.h>

#include <algorithm>
#include <cstdlib>
#include <map>
#include <tuple>

#include "acta/date.h"
#include "store/schema.h"

namespace acta::store {
namespace {

// A WHERE clause being built, with its parameters.
class Where {
 public:
  explicit Where(Dialect d) : dialect_(d) {}
  // A placeholder for `v`.
  std::string P(Value v) {
    params_.push_back(std::move(v));
    return "?" + std::to_string(params_.size());
  }
  void Add(std::string condition) {
    if (!condition.empty()) conditions_.push_back(std::move(condition));
  }
  // Any of `items`, each made a condition by `one`.
  template <typename T, typename F>
  void AnyOf(const std::vector<T>& items, F one) {
    std::vector<std::string> any;
    for (const T& item : items) any.push_back(one(item));
    if (!any.empty()) Add("(" + fmt::format("{}", fmt::join(any, " OR ")) + ")");
  }
  // `column` equal to `code`, or, for "ABC*", starting with ABC: a range,
  // which an index serves in both databases.
  std::string Code(const std::string& column, const std::string& code) {
    if (code.empty() || code.back() != '*') return column + " = " + P(code);
    std::string low = code.substr(0, code.size() - 1);
    if (low.empty()) return "1 = 1";
    std::string high = low;
    high.back() = static_cast<char>(high.back() + 1);
    return fmt::format("({0} >= {1} AND {0} < {2})", column, P(low), P(high));
  }
  std::string Sql() const {
    return conditions_.empty() ? "" : fmt::format(" WHERE {}", fmt::join(conditions_, " AND "));
  }
  const std::vector<Value>& params() const { return params_; }
  Dialect dialect() const { return dialect_; }

 private:
  Dialect dialect_;
  std::vector<std::string> conditions_;
  std::vector<Value> params_;
};

// FROM and WHERE of the events `f` selects: events `e`, and with
// f.merged their merged events `g`.
struct Selection {
  std::string from, where;
  std::vector<Value> params;
};
Selection Selected(Dialect dialect, const EventFilter& f) {
  Where w(dialect);
  if (!f.from.empty()) w.Add("e.event_date >= " + w.P(f.from));
  if (!f.to.empty()) w.Add("e.event_date <= " + w.P(f.to));
  w.AnyOf(f.actors, [&](const std::string& a) {
    return "(" + w.Code("e.source", a) + " OR " + w.Code("e.target", a) + ")";
  });
  w.AnyOf(f.sources, [&](const std::string& a) { return w.Code("e.source", a); });
  w.AnyOf(f.targets, [&](const std::string& a) { return w.Code("e.target", a); });
  w.AnyOf(f.countries, [&](const std::string& c) {
    return "(e.geo_country = " + w.P(c) + " OR " + w.Code("e.source", c + "*") + " OR " +
           w.Code("e.target", c + "*") + ")";
  });
  w.AnyOf(f.cameo, [&](const std::string& c) {
    return c.size() == 2 && c.back() != '*' ? "e.cameo_root = " + w.P(c) : w.Code("e.cameo", c);
  });
  w.AnyOf(f.quad_classes, [&](int q) { return "e.quad_class = " + w.P(int64_t{q}); });
  w.AnyOf(f.plover, [&](const std::string& p) { return "e.plover_event = " + w.P(p); });
  w.AnyOf(f.modalities, [&](const std::string& m) { return "e.modality = " + w.P(m); });
  if (f.bbox) {
    const auto [west, south, east, north] = *f.bbox;
    w.Add(fmt::format("e.geo_lat >= {} AND e.geo_lat <= {}", w.P(south), w.P(north)));
    // A box across the 180th meridian has its west edge east of its east.
    const std::string lo = w.P(west), hi = w.P(east);
    w.Add(west <= east ? "e.geo_lon >= " + lo + " AND e.geo_lon <= " + hi
                       : "(e.geo_lon >= " + lo + " OR e.geo_lon <= " + hi + ")");
  }
  if (!f.text.empty()) {
    // Driven from the words' index: the sentences that hold them, then
    // the events they told.
    const std::string words = w.P(TextQuery(dialect, f.text));
    w.Add(
        "e.id IN (SELECT m.event_id FROM sentences s JOIN mentions m ON m.story_id = s.story_id "
        "AND m.sentence_index = s.sentence_index WHERE " +
        TextMatch(dialect, "s", words) + ")");
  }
  std::string from = " FROM events e";
  if (f.merged) from += " JOIN merged_events g ON g.id = e.id";
  return {from, w.Sql(), w.params()};
}

std::string Limit(const EventFilter& f) {
  return f.limit > 0 ? fmt::format(" LIMIT {}", f.limit) : "";
}

// `code` cut to `prefix` letters (0: whole).
std::string Cut(const std::string& code, int prefix) {
  return prefix > 0 ? code.substr(0, static_cast<size_t>(prefix)) : code;
}

}  // namespace

std::optional<std::array<double, 4>> ParseBbox(const std::string& text) {
  std::array<double, 4> box{};
  const char* p = text.c_str();
  for (size_t i = 0; i < 4; ++i) {
    char* end = nullptr;
    box[i] = std::strtod(p, &end);
    if (end == p || (i < 3 && *end != ',') || (i == 3 && *end != '\0')) return std::nullopt;
    p = end + 1;
  }
  if (box[1] > box[3] || box[1] < -90 || box[3] > 90 || box[0] < -180 || box[2] > 180)
    return std::nullopt;
  return box;
}

Result<Table> QueryEvents(Backend& db, const EventFilter& filter) {
  // Oldest first.
  const Selection q = Selected(db.dialect(), filter);
  Table t;
  t.columns = {"id",        "event_date", "source",   "target",      "cameo",    "quad_class",
               "goldstein", "modality",   "geo_name", "geo_country", "story_id", "sentence"};
  std::string sql =
      "SELECT e.id, e.event_date, e.source, e.target, e.cameo, e.quad_class, e.goldstein, "
      "e.modality, e.geo_name, e.geo_country, e.story_id, e.sentence";
  if (filter.merged) {
    for (const char* c : {"last_date", "num_mentions", "num_sources", "num_articles"})
      t.columns.push_back(c);
    sql += ", g.last_date, g.num_mentions, g.num_sources, g.num_articles";
  }
  // The order of the date index (date, source, target), so that SQLite
  // need not sort.
  sql += q.from + q.where + " ORDER BY e.event_date, e.source, e.target, e.id" + Limit(filter);
  Result<std::vector<Row>> rows = db.Query(sql, q.params);
  if (!rows.ok()) return rows.status();
  t.rows = std::move(rows).value();
  return t;
}

Status ScanEvents(Backend& db, const EventFilter& filter,
                  const std::function<bool(const StoredEvent&)>& row) {
  const Selection q = Selected(db.dialect(), filter);
  // A merged event carries its group's figures; an event alone, its own.
  const std::string figures =
      filter.merged ? "g.num_mentions, g.num_sources, g.num_articles, g.first_seen, g.last_seen"
                    : "(SELECT count(*) FROM mentions m WHERE m.event_id = e.id), 1, 1, s.date, "
                      "s.date";
  const std::string sql = "SELECT e.id, coalesce(em.merged_id, e.id), r.record, s.url, s.source, " +
                          figures + q.from +
                          " JOIN records r ON r.event_id = e.id JOIN stories s ON s.id = e.story_id"
                          " LEFT JOIN event_merges em ON em.event_id = "
                          "e.id" +
                          q.where + " ORDER BY e.id" + Limit(filter);
  StoredEvent e;
  return db.Scan(sql, q.params, [&](const Row& r) {
    e.id = AsInt(r[0]);
    e.merged_id = AsInt(r[1]);
    e.record = AsText(r[2]);
    e.url = AsText(r[3]);
    e.outlet = AsText(r[4]);
    e.num_mentions = AsInt(r[5]);
    e.num_sources = AsInt(r[6]);
    e.num_articles = AsInt(r[7]);
    e.first_seen = AsText(r[8]);
    e.last_seen = AsText(r[9]);
    return row(e);
  });
}

std::optional<Period> ParsePeriod(const std::string& text) {
  if (text == "day") return Period::kDay;
  if (text == "week") return Period::kWeek;
  if (text == "month") return Period::kMonth;
  if (text == "year") return Period::kYear;
  return std::nullopt;
}

std::string PeriodOf(const std::string& date, Period period) {
  switch (period) {
    case Period::kDay:
      return date;
    case Period::kWeek: {
      const std::optional<Date> d = Date::ParseIso(date);
      if (!d) return date;
      // Weekday(): 0 for Monday (date.h).
      return d->AddDays(-d->Weekday()).ToString();
    }
    case Period::kMonth:
      return date.substr(0, 7);
    case Period::kYear:
      return date.substr(0, 4);
  }
  return date;
}

namespace {

// The selected events summed by event date, source and target (SQL), for
// the series to fold into periods and cut actors (here).
struct Sums {
  int64_t events = 0, quad[4] = {0, 0, 0, 0};
  double goldstein = 0;
  void Add(const Row& r, size_t at) {
    events += AsInt(r[at]);
    goldstein += AsReal(r[at + 1]);
    for (size_t q = 0; q < 4; ++q) quad[q] += AsInt(r[at + 2 + q]);
  }
  void Put(Row* row) const {
    row->push_back(events);
    row->push_back(goldstein);
    for (int64_t n : quad) row->push_back(n);
  }
};

constexpr const char* kSums =
    "count(*), coalesce(sum(e.goldstein), 0), "
    "sum(CASE WHEN e.quad_class = 1 THEN 1 ELSE 0 END), "
    "sum(CASE WHEN e.quad_class = 2 THEN 1 ELSE 0 END), "
    "sum(CASE WHEN e.quad_class = 3 THEN 1 ELSE 0 END), "
    "sum(CASE WHEN e.quad_class = 4 THEN 1 ELSE 0 END)";

// Scans `keys` (SQL expressions over e) with kSums for the selected events,
// grouped by them.
Status ScanSums(Backend& db, const EventFilter& filter, const std::string& keys,
                const std::function<void(const Row&)>& row) {
  const Selection q = Selected(db.dialect(), filter);
  const std::string sql =
      fmt::format("SELECT {0}, {1}{2}{3} GROUP BY {0}", keys, kSums, q.from, q.where);
  return db.Scan(sql, q.params, [&](const Row& r) {
    row(r);
    return true;
  });
}

}  // namespace

Result<Table> DyadSeries(Backend& db, const EventFilter& filter, Period period, int actor_prefix) {
  std::map<std::tuple<std::string, std::string, std::string>, Sums> sums;
  Status s = ScanSums(db, filter, "e.event_date, e.source, e.target", [&](const Row& r) {
    sums[{PeriodOf(AsText(r[0]), period), Cut(AsText(r[1]), actor_prefix),
          Cut(AsText(r[2]), actor_prefix)}]
        .Add(r, 3);
  });
  if (!s.ok()) return s;
  Table t;
  t.columns = {"period",        "source",          "target",
               "events",        "goldstein_sum",   "verbal_coop",
               "material_coop", "verbal_conflict", "material_conflict"};
  for (const auto& [key, sum] : sums) {
    Row row = {std::get<0>(key), std::get<1>(key), std::get<2>(key)};
    sum.Put(&row);
    t.rows.push_back(std::move(row));
  }
  return t;
}

Result<Table> QuadSeries(Backend& db, const EventFilter& filter, Period period) {
  std::map<std::pair<std::string, std::string>, Sums> sums;
  Status s = ScanSums(db, filter, "e.event_date, coalesce(e.geo_country, substr(e.source, 1, 3))",
                      [&](const Row& r) {
                        sums[{PeriodOf(AsText(r[0]), period), AsText(r[1])}].Add(r, 2);
                      });
  if (!s.ok()) return s;
  Table t;
  t.columns = {"period",      "country",       "events",          "goldstein_sum",
               "verbal_coop", "material_coop", "verbal_conflict", "material_conflict"};
  for (const auto& [key, sum] : sums) {
    Row row = {key.first, key.second};
    sum.Put(&row);
    t.rows.push_back(std::move(row));
  }
  return t;
}

Result<Table> ActorNetwork(Backend& db, const EventFilter& filter, int actor_prefix) {
  std::map<std::pair<std::string, std::string>, Sums> sums;
  Status s = ScanSums(db, filter, "e.source, e.target", [&](const Row& r) {
    sums[{Cut(AsText(r[0]), actor_prefix), Cut(AsText(r[1]), actor_prefix)}].Add(r, 2);
  });
  if (!s.ok()) return s;
  Table t;
  t.columns = {"source",   "target",        "events",        "cooperation",
               "conflict", "goldstein_sum", "goldstein_mean"};
  std::vector<std::pair<std::pair<std::string, std::string>, Sums>> edges(sums.begin(), sums.end());
  std::stable_sort(edges.begin(), edges.end(),
                   [](const auto& a, const auto& b) { return a.second.events > b.second.events; });
  for (const auto& [key, sum] : edges)
    t.rows.push_back({key.first, key.second, sum.events, sum.quad[0] + sum.quad[1],
                      sum.quad[2] + sum.quad[3], sum.goldstein,
                      sum.goldstein / static_cast<double>(std::max<int64_t>(1, sum.events))});
  return t;
}

}  // namespace acta::store
