// Throughput of sentence splitting and tokenisation on real news text: the
// Reuters-21578 bodies and the BBC news corpus from the shared directory,
// processed story by story with reused output vectors as the analyzer does.
// Reports bytes/s, sentences/s and tokens/s, single-threaded.
#include <benchmark/benchmark.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "acta/analysis.h"
#include "sentence/sentence_splitter.h"
#include "token/tokenizer.h"

namespace acta {
namespace {

std::string ReadFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

using Corpus = std::vector<std::string>;

// Every <BODY> of the Reuters-21578 SGML files, entities decoded.
Corpus ReutersBodies() {
  Corpus stories;
  const std::filesystem::path dir = ACTA_SHARED_DIR "/corpora/reuters21578";
  for (int i = 0; i <= 21; ++i) {
    char name[32];
    std::snprintf(name, sizeof(name), "reut2-%03d.sgm", i);
    const std::string sgml = ReadFile(dir / name);
    for (size_t pos = 0;;) {
      size_t begin = sgml.find("<BODY>", pos);
      if (begin == std::string::npos) break;
      size_t end = sgml.find("</BODY>", begin);
      if (end == std::string::npos) break;
      std::string out;
      for (size_t k = begin + 6; k < end; ++k) {
        if (sgml.compare(k, 4, "&lt;") == 0) {
          out += '<';
          k += 3;
        } else if (sgml.compare(k, 4, "&gt;") == 0) {
          out += '>';
          k += 3;
        } else if (sgml.compare(k, 5, "&amp;") == 0) {
          out += '&';
          k += 4;
        } else if (sgml.compare(k, 4, "&#3;") == 0) {
          k += 3;
        } else {
          out += sgml[k];
        }
      }
      stories.push_back(std::move(out));
      pos = end;
    }
  }
  return stories;
}

// All BBC articles.
Corpus BbcTexts() {
  Corpus stories;
  const std::filesystem::path dir = ACTA_SHARED_DIR "/corpora/bbc";
  std::error_code ec;
  for (const auto& topic : std::filesystem::directory_iterator(dir, ec)) {
    if (!topic.is_directory()) continue;
    for (const auto& file : std::filesystem::directory_iterator(topic.path(), ec)) {
      stories.push_back(ReadFile(file.path()));
    }
  }
  return stories;
}

const Corpus& GetCorpus(int which) {
  static const Corpus* const kReuters = new Corpus(ReutersBodies());
  static const Corpus* const kBbc = new Corpus(BbcTexts());
  return which == 0 ? *kReuters : *kBbc;
}

size_t TotalBytes(const Corpus& corpus) {
  size_t n = 0;
  for (const std::string& story : corpus) n += story.size();
  return n;
}

const char* CorpusName(int which) { return which == 0 ? "reuters" : "bbc"; }

// The splitter, or null (and the benchmark marked skipped) when there is
// nothing to measure.
std::unique_ptr<SentenceSplitter> PrepareSplitter(const Corpus& corpus, benchmark::State& state) {
  if (corpus.empty()) {
    state.SkipWithError("shared corpora not available");
    return nullptr;
  }
  auto splitter = SentenceSplitter::Create();
  if (!splitter.ok()) {
    state.SkipWithError(splitter.status().ToString().c_str());
    return nullptr;
  }
  return std::move(splitter).value();
}

void BM_SplitSentences(benchmark::State& state) {
  const Corpus& corpus = GetCorpus(static_cast<int>(state.range(0)));
  std::unique_ptr<SentenceSplitter> splitter = PrepareSplitter(corpus, state);
  if (!splitter) return;
  std::vector<ByteRange> ranges;
  size_t sentences = 0;
  for (auto _ : state) {
    sentences = 0;
    for (const std::string& story : corpus) {
      ranges.clear();
      splitter->Split(story, &ranges);
      sentences += ranges.size();
      benchmark::DoNotOptimize(ranges.data());
    }
  }
  state.SetLabel(CorpusName(static_cast<int>(state.range(0))));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * TotalBytes(corpus)));
  state.counters["sentences/s"] =
      benchmark::Counter(static_cast<double>(sentences) * static_cast<double>(state.iterations()),
                         benchmark::Counter::kIsRate);
}
BENCHMARK(BM_SplitSentences)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

void BM_Tokenize(benchmark::State& state) {
  const Corpus& corpus = GetCorpus(static_cast<int>(state.range(0)));
  std::unique_ptr<SentenceSplitter> splitter = PrepareSplitter(corpus, state);
  if (!splitter) return;
  // Sentence ranges are computed up front: only tokenisation is timed.
  std::vector<std::vector<ByteRange>> ranges(corpus.size());
  size_t sentences = 0;
  for (size_t i = 0; i < corpus.size(); ++i) {
    splitter->Split(corpus[i], &ranges[i]);
    sentences += ranges[i].size();
  }
  TextArena arena;
  std::vector<Token> tokens;
  size_t token_count = 0;
  for (auto _ : state) {
    token_count = 0;
    for (size_t i = 0; i < corpus.size(); ++i) {
      tokens.clear();
      arena.Clear();
      for (ByteRange r : ranges[i]) Tokenize(corpus[i], r, &arena, &tokens);
      token_count += tokens.size();
      benchmark::DoNotOptimize(tokens.data());
    }
  }
  state.SetLabel(CorpusName(static_cast<int>(state.range(0))));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * TotalBytes(corpus)));
  state.counters["sentences/s"] =
      benchmark::Counter(static_cast<double>(sentences) * static_cast<double>(state.iterations()),
                         benchmark::Counter::kIsRate);
  state.counters["tokens/s"] =
      benchmark::Counter(static_cast<double>(token_count) * static_cast<double>(state.iterations()),
                         benchmark::Counter::kIsRate);
}
BENCHMARK(BM_Tokenize)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace acta

BENCHMARK_MAIN();
