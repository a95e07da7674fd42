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

void Report(benchmark::State& state, size_t rows) {
  state.counters["rows"] = static_cast<double>(rows);
}

// 1. One month of events.
void BM_QueryMonth(benchmark::State& state) {
  acta::store::Store* s = OpenedStore(state);
  if (s == nullptr) return;
  EventFilter f;
  f.from = "1995-03-01";
  f.to = "1995-03-31";
  f = Merged(f, s);
  size_t rows = 0;
  for (auto _ : state) rows = acta::store::QueryEvents(s->backend(), f)->rows.size();
  Report(state, rows);
}

// 2. One actor (a prefix: the country and all its agents) over a year.
void BM_QueryActorYear(benchmark::State& state) {
  acta::store::Store* s = OpenedStore(state);
  if (s == nullptr) return;
  EventFilter f;
  f.actors = {"USA*"};
  f.from = "1995-01-01";
  f.to = "1995-12-31";
  f = Merged(f, s);
  size_t rows = 0;
  for (auto _ : state) rows = acta::store::QueryEvents(s->backend(), f)->rows.size();
  Report(state, rows);
}

// 3. A CAMEO root in a country over a year.
void BM_QueryRootCountry(benchmark::State& state) {
  acta::store::Store* s = OpenedStore(state);
  if (s == nullptr) return;
  EventFilter f;
  f.cameo = {"04"};
  f.countries = {"JPN"};
  f.from = "1995-01-01";
  f.to = "1995-12-31";
  f = Merged(f, s);
  size_t rows = 0;
  for (auto _ : state) rows = acta::store::QueryEvents(s->backend(), f)->rows.size();
  Report(state, rows);
}

// 4. Words of the sentences, the first 100 events that hold them.
void BM_QueryText(benchmark::State& state) {
  acta::store::Store* s = OpenedStore(state);
  if (s == nullptr) return;
  EventFilter f;
  f.text = "oil prices";
  f.limit = 100;
  f = Merged(f, s);
  size_t rows = 0;
  for (auto _ : state) rows = acta::store::QueryEvents(s->backend(), f)->rows.size();
  Report(state, rows);
}

// 5. An actor's dyads by month over a year (acta agg).
void BM_AggDyadMonth(benchmark::State& state) {
  acta::store::Store* s = OpenedStore(state);
  if (s == nullptr) return;
  EventFilter f;
  f.actors = {"USA*"};
  f.from = "1995-01-01";
  f.to = "1995-12-31";
  f = Merged(f, s);
  size_t rows = 0;
  for (auto _ : state)
    rows = acta::store::DyadSeries(s->backend(), f, acta::store::Period::kMonth, 3)->rows.size();
  Report(state, rows);
}

double P95(const std::vector<double>& v) {
  std::vector<double> s = v;
  std::sort(s.begin(), s.end());
  return s.empty() ? 0 : s[std::min(s.size() - 1, static_cast<size_t>(0.95 * s.size()))];
}

#define ACTA_QUERY_BENCH(fn)          \
  BENCHMARK(fn)                       \
      ->Unit(benchmark::kMillisecond) \
      ->Iterations(1)                 \
      ->Repetitions(30)               \
      ->UseRealTime()                 \
      ->ComputeStatistics("p95", P95) \
      ->ReportAggregatesOnly(true)

ACTA_QUERY_BENCH(BM_QueryMonth);
ACTA_QUERY_BENCH(BM_QueryActorYear);
ACTA_QUERY_BENCH(BM_QueryRootCountry);
ACTA_QUERY_BENCH(BM_QueryText);
ACTA_QUERY_BENCH(BM_AggDyadMonth);

}  // namespace

BENCHMARK_MAIN();
