// The gazetteer: how long acta takes to load the compiled file (target:
// under 300 ms), and how fast it resolves the place names of the Reuters
// stories. Needs the compiled gazetteer (`make` builds it); says so when it
// is absent.
#include <benchmark/benchmark.h>

#include <memory>
#include <string>

#include "acta/analysis.h"
#include "bench_corpus.h"
#include "geo/gazetteer.h"
#include "geo/resolve.h"

namespace acta {
namespace {

void BM_LoadGazetteer(benchmark::State& state) {
  const std::string path = geo::GazetteerPath(DefaultDataDir());
  size_t places = 0;
  for (auto _ : state) {
    Result<geo::Gazetteer> g = geo::Gazetteer::Load(path);
    if (!g.ok()) {
      state.SkipWithError(("no gazetteer: " + g.status().ToString()).c_str());
      return;
    }
    places = g->size();
    benchmark::DoNotOptimize(places);
  }
  state.counters["places"] = static_cast<double>(places);
}
BENCHMARK(BM_LoadGazetteer)->Unit(benchmark::kMillisecond)->Iterations(3)->UseRealTime();

// What `acta code` does for a story with events: the countries the whole
// story names (ContextOf), then the places of each of its sentences
// (ResolvePlaces), here for every Reuters story.
void BM_LocateReuters(benchmark::State& state) {
  static const std::unique_ptr<geo::Gazetteer> g = [] {
    Result<geo::Gazetteer> loaded = geo::Gazetteer::Load(geo::GazetteerPath(DefaultDataDir()));
    return loaded.ok() ? std::make_unique<geo::Gazetteer>(std::move(loaded).value()) : nullptr;
  }();
  const std::vector<DatedText>& stories = ReutersStories();
  if (g == nullptr || stories.empty()) {
    state.SkipWithError("no gazetteer or no ../shared/corpora/reuters21578: nothing to measure");
    return;
  }
  size_t bytes = 0, places = 0;
  for (auto _ : state) {
    for (const DatedText& story : stories) {
      const geo::GeoContext context = geo::ContextOf(*g, story.text);
      places += geo::ResolvePlaces(*g, story.text, context).size();
      bytes += story.text.size();
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
  state.counters["stories/s"] = benchmark::Counter(
      static_cast<double>(stories.size() * state.iterations()), benchmark::Counter::kIsRate);
  state.counters["places"] = static_cast<double>(places);
  state.SetLabel("reuters");
}
BENCHMARK(BM_LocateReuters)->Unit(benchmark::kMillisecond)->Iterations(3)->UseRealTime();

}  // namespace
}  // namespace acta

BENCHMARK_MAIN();
