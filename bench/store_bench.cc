// The latency of the five commonest questions researchers ask of a store
// (acta query and acta agg), on the store ACTA_BENCH_STORE names:
// bench/store.sh builds one of more than a million events. Each question
// is asked 30 times; the p95 is reported beside the mean.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdlib>
#include <memory>
#include <string>
#include <vector>

#include "store/query.h"
#include "store/store.h"

namespace {

using acta::store::EventFilter;

acta::store::Store* OpenedStore(benchmark::State& state) {
  static std::unique_ptr<acta::store::Store> store;
  static bool tried = false;
  if (!tried) {
    tried = true;
    const char* path = std::getenv("ACTA_BENCH_STORE");
    if (path != nullptr) {
      auto opened = acta::store::Store::Open(path);
      if (opened.ok()) store = std::move(opened).value();
    }
  }
  if (!store) state.SkipWithError("ACTA_BENCH_STORE names no store (bench/store.sh makes one)");
  return store.get();
}

// The filter as the store would be asked by default: merged events when
// it has them.
EventFilter Merged(EventFilter f, acta::store::Store* s) {
  auto counts = s->Counts();
  f.merged = counts.ok() && counts->merged_events > 0;
  return f;
}

// The five questions, each as the filter acta query or acta agg builds.
EventFilter Month() {  // 1. one month of events
  EventFilter f;
  f.from = "1995-03-01";
  f.to = "1995-03-31";
  return f;
}
EventFilter ActorYear() {  // 2. an actor (a prefix: the country and its agents) over a year
  EventFilter f;
  f.actors = {"USA*"};
  f.from = "1995-01-01";
  f.to = "1995-12-31";
  return f;
}
EventFilter RootCountry() {  // 3. a CAMEO root in a country over a year
  EventFilter f = ActorYear();
  f.actors.clear();
  f.cameo = {"04"};
  f.countries = {"JPN"};
  return f;
}
EventFilter Text() {  // 4. words of the sentences, the first 100 events holding them
  EventFilter f;
  f.text = "oil prices";
  f.limit = 100;
  return f;
}

// Asks the store one question per iteration: the events `f` selects, or
// with `dyads`, the actor's dyads by month (5. acta agg).
void Ask(benchmark::State& state, EventFilter f, bool dyads) {
  acta::store::Store* s = OpenedStore(state);
  if (s == nullptr) return;
  f = Merged(f, s);
  size_t rows = 0;
  for (auto _ : state)
    rows =
        dyads
            ? acta::store::DyadSeries(s->backend(), f, acta::store::Period::kMonth, 3)->rows.size()
            : acta::store::QueryEvents(s->backend(), f)->rows.size();
  state.counters["rows"] = static_cast<double>(rows);
}

double P95(const std::vector<double>& v) {
  std::vector<double> s = v;
  std::sort(s.begin(), s.end());
  return s.empty() ? 0 : s[std::min(s.size() - 1, static_cast<size_t>(0.95 * s.size()))];
}

#define ACTA_QUERY_BENCH(name, filter, dyads) \
  BENCHMARK_CAPTURE(Ask, name, filter, dyads) \
      ->Unit(benchmark::kMillisecond)         \
      ->Iterations(1)                         \
      ->Repetitions(30)                       \
      ->UseRealTime()                         \
      ->ComputeStatistics("p95", P95)         \
      ->ReportAggregatesOnly(true)

ACTA_QUERY_BENCH(QueryMonth, Month(), false);
ACTA_QUERY_BENCH(QueryActorYear, ActorYear(), false);
ACTA_QUERY_BENCH(QueryRootCountry, RootCountry(), false);
ACTA_QUERY_BENCH(QueryText, Text(), false);
ACTA_QUERY_BENCH(AggDyadMonth, ActorYear(), true);

}  // namespace

BENCHMARK_MAIN();
