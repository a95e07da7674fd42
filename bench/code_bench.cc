// Throughput of event coding over the Reuters-21578 bodies, one thread: the
// Phoenix dictionaries (PETR_config.ini) or acta's own (data/dictionaries)
// loaded and compiled once, each story split into sentences by acta's
// SentenceSplitter and every sentence coded by coder::Coder with the options
// `acta code` gives it.
// Run: build/release/code_bench  (or `make bench`). Reports dictionary load
// times (ms), sentences/s, events/s, MB/s of story text and the process's
// peak RSS; needs ../shared (skips with a message otherwise).
#include <benchmark/benchmark.h>
#include <sys/resource.h>

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "acta/analysis.h"
#include "acta/date.h"
#include "acta/story.h"
#include "bench_corpus.h"
#include "coder/coder.h"
#include "coder/compiled_dictionary.h"
#include "dict/acta_loader.h"
#include "dict/petrarch_loader.h"
#include "sentence/sentence_splitter.h"
#include "story/attribution.h"
#include "story/confidence.h"
#include "story/dedup.h"
#include "story/event_date.h"
#include "story/quantities.h"

namespace acta {
namespace {

const std::string kPhoenixIni =
    std::string(ACTA_SHARED_DIR) + "/dictionaries/phoenix/PETR_config.ini";

// A sentence of ReutersStories()[story] as the SentenceSplitter cuts it: bytes
// [begin, end) of the story text.
struct SentenceRef {
  size_t story;
  uint32_t begin, end;
};

// Filled by BM_CodeReuters for BM_CodeReutersSentences.
std::vector<SentenceRef>& SplitSentences() {
  static std::vector<SentenceRef> sentences;
  return sentences;
}

double PeakRssMb() {
  rusage ru{};
  getrusage(RUSAGE_SELF, &ru);
  return static_cast<double>(ru.ru_maxrss) / 1024.0;
}

std::shared_ptr<const coder::CompiledDictionary> LoadPhoenix(benchmark::State& state) {
  Result<dict::Dictionary> loaded = dict::LoadPetrarchConfig(kPhoenixIni);
  if (!loaded.ok()) {
    state.SkipWithError(loaded.status().ToString().c_str());
    return nullptr;
  }
  return coder::CompiledDictionary::Compile(std::move(loaded).value());
}

// acta's own dictionaries, as `acta code` loads them by default.
std::shared_ptr<const coder::CompiledDictionary> LoadActa(benchmark::State& state) {
  Result<dict::Dictionary> loaded = dict::LoadActaDictionaries(DefaultDataDir() + "/dictionaries");
  if (!loaded.ok()) {
    state.SkipWithError(loaded.status().ToString().c_str());
    return nullptr;
  }
  return coder::CompiledDictionary::Compile(std::move(loaded).value());
}

using Loader = std::shared_ptr<const coder::CompiledDictionary> (*)(benchmark::State&);

// The options `acta code` codes with.
coder::CoderOptions CodeCommandOptions(const coder::CompiledDictionary& dictionary) {
  return coder::OptionsFor(dictionary.dictionary());
}

bool HaveSharedData(benchmark::State& state) {
  if (!std::filesystem::exists(kPhoenixIni) || ReutersStories().empty()) {
    state.SkipWithError(
        "../shared/dictionaries/phoenix or ../shared/corpora/reuters21578 not found: nothing to "
        "measure");
    return false;
  }
  return true;
}

void LoadDictionaries(benchmark::State& state, Loader load, const char* label) {
  size_t actors = 0;
  for (auto _ : state) {
    std::shared_ptr<const coder::CompiledDictionary> d = load(state);
    if (d == nullptr) return;
    actors = d->dictionary().actors.size();
    benchmark::DoNotOptimize(d);
  }
  state.SetLabel(label);
  state.counters["actors"] = static_cast<double>(actors);
  state.counters["peak_rss_MB"] = PeakRssMb();
}

// Reading PETR_config.ini and the seven files it names, then compiling them.
void BM_LoadPhoenixDictionaries(benchmark::State& state) {
  if (!std::filesystem::exists(kPhoenixIni)) {
    state.SkipWithError("../shared/dictionaries/phoenix not found: nothing to measure");
    return;
  }
  LoadDictionaries(state, LoadPhoenix, "phoenix");
}
BENCHMARK(BM_LoadPhoenixDictionaries)->Unit(benchmark::kMillisecond)->Iterations(3)->UseRealTime();

// Reading and compiling acta's own dictionaries (data/dictionaries).
void BM_LoadActaDictionaries(benchmark::State& state) { LoadDictionaries(state, LoadActa, "acta"); }
BENCHMARK(BM_LoadActaDictionaries)->Unit(benchmark::kMillisecond)->Iterations(3)->UseRealTime();

// Rates and totals both coding rows report.
void SetCodingCounters(benchmark::State& state, size_t sentences, size_t events, size_t bytes,
                       const char* label = "reuters, phoenix") {
  state.counters["sentences/s"] =
      benchmark::Counter(static_cast<double>(sentences), benchmark::Counter::kIsRate);
  state.counters["events/s"] =
      benchmark::Counter(static_cast<double>(events), benchmark::Counter::kIsRate);
  state.counters["MB/s"] =
      benchmark::Counter(static_cast<double>(bytes) / 1e6, benchmark::Counter::kIsRate);
  state.SetLabel(label);
}

// The whole of `acta code -j 1` minus reading and writing: sentence
// boundaries, word splitting and coding.
// The dictionaries `load` gives and a sentence splitter, or false (the
// benchmark skipped with the reason) when either is missing.
bool PrepareCoding(benchmark::State& state, Loader load,
                   std::shared_ptr<const coder::CompiledDictionary>* dictionary,
                   std::unique_ptr<SentenceSplitter>* splitter) {
  if (!HaveSharedData(state)) return false;
  *dictionary = load(state);
  if (*dictionary == nullptr) return false;
  Result<std::unique_ptr<SentenceSplitter>> made = SentenceSplitter::Create();
  if (!made.ok()) {
    state.SkipWithError(made.status().ToString().c_str());
    return false;
  }
  *splitter = std::move(made).value();
  return true;
}

void CodeReuters(benchmark::State& state, Loader load, const char* label) {
  std::shared_ptr<const coder::CompiledDictionary> dictionary;
  std::unique_ptr<SentenceSplitter> splitter;
  if (!PrepareCoding(state, load, &dictionary, &splitter)) return;
  const coder::Coder coder(dictionary, CodeCommandOptions(*dictionary));
  const std::vector<DatedText>& stories = ReutersStories();
  std::vector<SentenceRef>& split = SplitSentences();
  std::vector<ByteRange> ranges;
  size_t sentences = 0, events = 0, bytes = 0;
  for (auto _ : state) {
    split.clear();
    for (size_t i = 0; i < stories.size(); ++i) {
      const DatedText& story = stories[i];
      ranges.clear();
      splitter->Split(story.text, &ranges);
      for (const ByteRange& r : ranges) {
        std::string_view text = std::string_view(story.text).substr(r.begin, r.end - r.begin);
        events += coder.Code(text, story.date).events.size();
        split.push_back({i, r.begin, r.end});
      }
      sentences += ranges.size();
      bytes += story.text.size();
    }
  }
  SetCodingCounters(state, sentences, events, bytes, label);
  state.counters["stories"] = static_cast<double>(ReutersStories().size());
  state.counters["sentences"] = static_cast<double>(sentences);
  state.counters["events"] = static_cast<double>(events);
  state.counters["peak_rss_MB"] = PeakRssMb();
}

void BM_CodeReuters(benchmark::State& state) {
  CodeReuters(state, LoadPhoenix, "reuters, phoenix");
}
BENCHMARK(BM_CodeReuters)->Unit(benchmark::kSecond)->Iterations(1)->UseRealTime();

// The same with acta's own dictionaries.
void BM_CodeReutersActa(benchmark::State& state) { CodeReuters(state, LoadActa, "reuters, acta"); }
BENCHMARK(BM_CodeReutersActa)->Unit(benchmark::kSecond)->Iterations(1)->UseRealTime();

// The coder alone (word splitting and coding) on the sentences BM_CodeReuters
// split, to separate its cost from sentence splitting.
void BM_CodeReutersSentences(benchmark::State& state) {
  if (!HaveSharedData(state)) return;
  const std::vector<DatedText>& stories = ReutersStories();
  const std::vector<SentenceRef>& split = SplitSentences();
  if (split.empty()) {
    state.SkipWithError("runs only after BM_CodeReuters, which splits the sentences");
    return;
  }
  std::shared_ptr<const coder::CompiledDictionary> dictionary = LoadPhoenix(state);
  if (dictionary == nullptr) return;
  const coder::Coder coder(dictionary, CodeCommandOptions(*dictionary));
  size_t sentences = 0, events = 0, bytes = 0;
  for (auto _ : state) {
    for (const SentenceRef& s : split) {
      const DatedText& story = stories[s.story];
      std::string_view text = std::string_view(story.text).substr(s.begin, s.end - s.begin);
      events += coder.Code(text, story.date).events.size();
      bytes += text.size();
    }
    sentences += split.size();
  }
  SetCodingCounters(state, sentences, events, bytes);
  state.counters["sentences"] = static_cast<double>(sentences);
  state.counters["events"] = static_cast<double>(events);
  state.counters["peak_rss_MB"] = PeakRssMb();
}
BENCHMARK(BM_CodeReutersSentences)->Unit(benchmark::kSecond)->Iterations(1)->UseRealTime();

// The story-level pass of `acta code` (event dates, counts of people,
// attribution, within-story deduplication and confidence) against the
// coding it follows, on the Reuters stories with acta's own dictionaries:
// `story_share_pct` is its part of the two together.
void BM_StoryLevelReutersActa(benchmark::State& state) {
  std::shared_ptr<const coder::CompiledDictionary> dictionary;
  std::unique_ptr<SentenceSplitter> splitter;
  if (!PrepareCoding(state, LoadActa, &dictionary, &splitter)) return;
  const coder::Coder coder(dictionary, CodeCommandOptions(*dictionary));
  const std::vector<DatedText>& stories = ReutersStories();
  using Clock = std::chrono::steady_clock;
  double coding_s = 0, story_s = 0;
  size_t sentences = 0, facts = 0;
  std::vector<ByteRange> ranges;
  std::vector<coder::CoderWords> words;
  std::vector<coder::CodedEvent> events;
  std::vector<size_t> event_sentence;
  for (auto _ : state) {
    for (const DatedText& story : stories) {
      ranges.clear();
      splitter->Split(story.text, &ranges);
      // Coding, as BM_CodeReutersActa does it.
      const Clock::time_point t0 = Clock::now();
      words.clear();
      events.clear();
      event_sentence.clear();
      coder::StoryContext context;
      for (size_t si = 0; si < ranges.size(); ++si) {
        const std::string_view text =
            std::string_view(story.text)
                .substr(ranges[si].begin, ranges[si].end - ranges[si].begin);
        words.push_back(coder.Words(text));
        coder::SentenceCoding c = coder.Code(words.back(), story.date, "", context);
        context.Add(c);
        for (coder::CodedEvent& e : c.events) {
          events.push_back(std::move(e));
          event_sentence.push_back(si);
        }
      }
      const Clock::time_point t1 = Clock::now();
      // The story-level pass.
      for (size_t si = 0; si < ranges.size(); ++si) {
        const std::string_view text =
            std::string_view(story.text)
                .substr(ranges[si].begin, ranges[si].end - ranges[si].begin);
        facts += story::FindQuantities(text).size();
        facts += story::FindAttribution(text).has_value() ? 1 : 0;
      }
      std::vector<story::SentenceDates> dates;
      for (const ByteRange& r : ranges)
        dates.emplace_back(std::string_view(story.text).substr(r.begin, r.end - r.begin),
                           story.date);
      for (size_t k = 0; k < events.size(); ++k) {
        const size_t si = event_sentence[k];
        const uint32_t at = words[si].words[events[k].verb_begin].begin;
        if (dates[si].For(at) != nullptr) {
          ++facts;
        } else if (story::EventKind(events[k].code) == "meet") {
          for (size_t later = si + 1; later < ranges.size() && later <= si + 2; ++later)
            if (story::DateOfMeetingNamed(
                    std::string_view(story.text)
                        .substr(ranges[later].begin, ranges[later].end - ranges[later].begin),
                    story.date)) {
              ++facts;
              break;
            }
        }
      }
      for (const std::vector<size_t>& group : story::GroupMentions(events))
        facts += story::EventConfidence(events[group[0]], group.size()) > 0.5 ? 1 : 0;
      const Clock::time_point t2 = Clock::now();
      coding_s += std::chrono::duration<double>(t1 - t0).count();
      story_s += std::chrono::duration<double>(t2 - t1).count();
      sentences += ranges.size();
    }
  }
  state.counters["sentences"] = static_cast<double>(sentences);
  state.counters["facts"] = static_cast<double>(facts);
  state.counters["coding_s"] = coding_s;
  state.counters["story_s"] = story_s;
  state.counters["story_share_pct"] = 100.0 * story_s / (coding_s + story_s);
  state.SetLabel("reuters, acta");
}
BENCHMARK(BM_StoryLevelReutersActa)->Unit(benchmark::kSecond)->Iterations(1)->UseRealTime();

}  // namespace
}  // namespace acta

BENCHMARK_MAIN();
