// Throughput of the whole analysis pipeline (sentences, tokens, tags, chunks,
// entities, lemmas) over the Reuters-21578 bodies, one thread.
// Run: build/release/analysis_bench  (or `make bench`). Reports sentences/s,
// tokens/s, MB/s and peak RSS; needs ../shared (skips with a message otherwise).
#include <benchmark/benchmark.h>
#include <sys/resource.h>

#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include "acta/analysis.h"
#include "acta/story.h"

namespace {

const std::vector<std::string>& ReutersBodies() {
  static const std::vector<std::string> bodies = [] {
    std::vector<std::string> out;
    std::string dir = std::string(ACTA_SHARED_DIR) + "/corpora/reuters21578";
    if (!std::filesystem::exists(dir)) return out;
    std::vector<std::string> files;
    for (const auto& e : std::filesystem::directory_iterator(dir)) {
      if (e.path().extension() == ".sgm") files.push_back(e.path().string());
    }
    acta::ReaderOptions options;
    options.format = acta::InputFormat::kSgml;
    acta::ReadStats stats;
    acta::Status s = acta::ReadStories(
        files, options, [&](acta::Story&& story) { out.push_back(std::move(story.text)); },
        [](const acta::ReadIssue&) {}, &stats);
    (void)s;
    return out;
  }();
  return bodies;
}

double PeakRssMb() {
  rusage ru{};
  getrusage(RUSAGE_SELF, &ru);
  return static_cast<double>(ru.ru_maxrss) / 1024.0;
}

void BM_AnalyzeReuters(benchmark::State& state) {
  const auto& bodies = ReutersBodies();
  if (bodies.empty()) {
    state.SkipWithError("../shared/corpora/reuters21578 not found: nothing to measure");
    return;
  }
  auto analyzer = acta::Analyzer::Load({});
  if (!analyzer.ok()) {
    state.SkipWithError(analyzer.status().ToString().c_str());
    return;
  }
  acta::Analysis analysis;
  size_t sentences = 0, tokens = 0, bytes = 0;
  for (auto _ : state) {
    for (const std::string& body : bodies) {
      (*analyzer)->Analyze(body, &analysis);
      sentences += analysis.sentences.size();
      tokens += analysis.tokens.size();
      bytes += body.size();
    }
  }
  state.counters["sentences/s"] =
      benchmark::Counter(static_cast<double>(sentences), benchmark::Counter::kIsRate);
  state.counters["tokens/s"] =
      benchmark::Counter(static_cast<double>(tokens), benchmark::Counter::kIsRate);
  state.counters["MB/s"] =
      benchmark::Counter(static_cast<double>(bytes) / 1e6, benchmark::Counter::kIsRate);
  state.counters["stories"] = static_cast<double>(bodies.size());
  state.counters["peak_rss_MB"] = PeakRssMb();
}
BENCHMARK(BM_AnalyzeReuters)->Unit(benchmark::kSecond)->Iterations(1)->UseRealTime();

void BM_LoadAnalyzer(benchmark::State& state) {
  for (auto _ : state) {
    auto analyzer = acta::Analyzer::Load({});
    benchmark::DoNotOptimize(analyzer);
  }
}
BENCHMARK(BM_LoadAnalyzer)->Unit(benchmark::kMillisecond)->Iterations(3);

}  // namespace

BENCHMARK_MAIN();
