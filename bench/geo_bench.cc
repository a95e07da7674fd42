// The gazetteer: how long acta takes to load the compiled file (target:
// under 300 ms), and how fast it resolves the place names of the Reuters
// stories. Needs the compiled gazetteer (`make` builds it); says so when it
// is absent.
#include <benchmark/benchmark.h>

#include <string>

#include "acta/analysis.h"
#include "geo/gazetteer.h"

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

}  // namespace
}  // namespace acta

BENCHMARK_MAIN();
