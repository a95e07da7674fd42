#include "cluster/cluster_corpus.h"

#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <string_view>
#include <system_error>
#include <vector>

#include "acta/analysis.h"
#include "cluster/sgml_text.h"
#include "common/utf8.h"
#include "sentence/sentence_splitter.h"
#include "token/tokenizer.h"

namespace acta {
namespace {

namespace fs = std::filesystem;

Result<std::string> ReadFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IoError("cannot open " + path.string());
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (in.bad()) return Status::IoError("cannot read " + path.string());
  return text;
}

// Regular files in `dir` whose names satisfy `keep`, sorted; recursing one
// level into subdirectories when `one_level_down`.
std::vector<fs::path> ListFiles(const fs::path& dir, bool one_level_down,
                                bool (*keep)(const std::string& name)) {
  std::vector<fs::path> files;
  std::error_code ec;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    if (one_level_down && it->is_directory(ec)) {
      for (fs::directory_iterator sub(it->path(), ec); !ec && sub != end; sub.increment(ec)) {
        if (sub->is_regular_file(ec) && keep(sub->path().filename().string())) {
          files.push_back(sub->path());
        }
      }
    } else if (!one_level_down && it->is_regular_file(ec) && keep(it->path().filename().string())) {
      files.push_back(it->path());
    }
  }
  std::sort(files.begin(), files.end());
  return files;
}

// Splits prose into sentences and tokens the way acta's analysis does, and
// feeds them to a clusterer. Reuses its buffers from text to text.
class ProseFeeder {
 public:
  ProseFeeder(const SentenceSplitter& splitter, BrownClusterer* clusterer, NewsCorpusStats* stats)
      : splitter_(splitter), clusterer_(clusterer), stats_(stats) {}

  void Add(std::string_view raw) {
    // The splitter and tokenizer need valid UTF-8; a few files have stray bytes.
    RepairUtf8(raw, &text_);
    ranges_.clear();
    splitter_.Split(text_, &ranges_);
    for (const ByteRange& range : ranges_) {
      tokens_.clear();
      arena_.Clear();
      Tokenize(text_, range, &arena_, &tokens_);
      if (tokens_.empty()) continue;
      forms_.clear();
      for (const Token& t : tokens_) forms_.push_back(t.form);
      clusterer_->AddSentence(forms_);
      ++stats_->sentences;
      stats_->tokens += forms_.size();
    }
  }

 private:
  const SentenceSplitter& splitter_;
  BrownClusterer* clusterer_;
  NewsCorpusStats* stats_;
  std::string text_;
  std::vector<ByteRange> ranges_;
  std::vector<Token> tokens_;
  TextArena arena_;
  std::vector<std::string_view> forms_;
};

// Story bodies end with a "Reuter" signature line, which is not prose.
std::string_view DropSignature(std::string_view body) {
  while (!body.empty() && std::string_view(" \t\r\n").find(body.back()) != std::string_view::npos) {
    body.remove_suffix(1);
  }
  for (std::string_view sig : {"Reuter", "REUTER"}) {
    if (body.size() >= sig.size() && body.substr(body.size() - sig.size()) == sig &&
        (body.size() == sig.size() || body[body.size() - sig.size() - 1] <= ' ')) {
      return body.substr(0, body.size() - sig.size());
    }
  }
  return body;
}

Status AddReuters(const fs::path& dir, ProseFeeder* feeder, NewsCorpusStats* stats) {
  const auto files = ListFiles(dir, false, [](const std::string& name) {
    return name.rfind("reut2-", 0) == 0 && name.size() > 4 &&
           name.substr(name.size() - 4) == ".sgm";
  });
  if (files.empty()) return Status::NotFound("no reut2-*.sgm file in " + dir.string());
  for (const fs::path& file : files) {
    Result<std::string> sgml = ReadFile(file);
    if (!sgml.ok()) return sgml.status();
    const std::string_view text = *sgml;
    constexpr std::string_view kOpen = "<BODY>", kClose = "</BODY>";
    for (size_t pos = text.find(kOpen); pos != std::string_view::npos;
         pos = text.find(kOpen, pos)) {
      pos += kOpen.size();
      const size_t end = text.find(kClose, pos);
      if (end == std::string_view::npos) break;
      // Angle brackets mark company names and tickers ("<Allied Corp>",
      // "<KLM.AS>"): markup, not text.
      std::string body = DecodeSgmlText(text.substr(pos, end - pos));
      std::replace_if(
          body.begin(), body.end(), [](char c) { return c == '<' || c == '>'; }, ' ');
      feeder->Add(DropSignature(body));
      ++stats->reuters_stories;
      pos = end + kClose.size();
    }
  }
  return Status::Ok();
}

Status AddBbc(const fs::path& dir, ProseFeeder* feeder, NewsCorpusStats* stats) {
  const auto files = ListFiles(dir, true, [](const std::string& name) {
    return name.size() > 4 && name.substr(name.size() - 4) == ".txt";
  });
  if (files.empty()) return Status::NotFound("no */*.txt file in " + dir.string());
  for (const fs::path& file : files) {
    Result<std::string> text = ReadFile(file);
    if (!text.ok()) return text.status();
    feeder->Add(*text);
    ++stats->bbc_stories;
  }
  return Status::Ok();
}

// The first column of a CoNLL file; blank lines end sentences, -DOCSTART-
// lines are skipped.
Status AddConll(const fs::path& file, BrownClusterer* clusterer, NewsCorpusStats* stats) {
  Result<std::string> text = ReadFile(file);
  if (!text.ok()) {
    return fs::exists(file) ? text.status() : Status::NotFound("missing " + file.string());
  }
  std::vector<std::string_view> sentence;
  auto flush = [&] {
    if (sentence.empty()) return;
    clusterer->AddSentence(sentence);
    ++stats->sentences;
    ++stats->conll_sentences;
    stats->tokens += sentence.size();
    sentence.clear();
  };
  const std::string_view all = *text;
  for (size_t pos = 0; pos < all.size();) {
    size_t eol = all.find('\n', pos);
    if (eol == std::string_view::npos) eol = all.size();
    std::string_view line = all.substr(pos, eol - pos);
    pos = eol + 1;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    const std::string_view word = line.substr(0, line.find(' '));
    if (word.empty()) {
      flush();
    } else if (word != "-DOCSTART-") {
      sentence.push_back(word);
    }
  }
  flush();
  return Status::Ok();
}

}  // namespace

Result<NewsCorpusStats> AddNewsCorpus(const std::string& shared_dir, BrownClusterer* clusterer) {
  const fs::path corpora = fs::path(shared_dir) / "corpora";
  Result<std::unique_ptr<SentenceSplitter>> splitter = SentenceSplitter::Create();
  if (!splitter.ok()) return splitter.status();
  NewsCorpusStats stats;
  ProseFeeder feeder(**splitter, clusterer, &stats);
  Status s = AddReuters(corpora / "reuters21578", &feeder, &stats);
  if (!s.ok()) return s;
  s = AddBbc(corpora / "bbc", &feeder, &stats);
  if (!s.ok()) return s;
  for (const char* name : {"train.txt", "valid.txt"}) {
    s = AddConll(corpora / "conll2003" / name, clusterer, &stats);
    if (!s.ok()) return s;
  }
  return stats;
}

Status TrainClustersCommand(const std::string& shared_dir, const std::string& out_path,
                            int num_clusters, int min_count,
                            const std::function<void(const std::string&)>& log) {
  auto say = [&](const std::string& line) {
    if (log) log(line);
  };
  const auto start = std::chrono::steady_clock::now();
  auto seconds = [&] {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  };

  BrownClusterer clusterer;
  Result<NewsCorpusStats> stats = AddNewsCorpus(shared_dir, &clusterer);
  if (!stats.ok()) return stats.status();
  say(
      fmt::format("corpus: {} Reuters stories, {} BBC stories, {} CoNLL sentences; "
                  "{} sentences, {} tokens, {} distinct words ({:.1f} s)",
                  stats->reuters_stories, stats->bbc_stories, stats->conll_sentences,
                  stats->sentences, stats->tokens, clusterer.num_types(), seconds()));

  BrownOptions options;
  options.num_clusters = num_clusters;
  options.min_count = min_count;
  options.progress = [&](const BrownProgress& p) {
    say(fmt::format("clustering: {}/{} words, {} clusters ({:.0f} s)", p.words_clustered,
                    p.words_total, p.clusters, seconds()));
  };
  Result<WordClusters> clusters = clusterer.Train(options);
  if (!clusters.ok()) return clusters.status();
  Status saved = clusters->Save(out_path);
  if (!saved.ok()) return saved;
  say(fmt::format("wrote {} words in {} clusters to {} ({:.0f} s)", clusters->size(),
                  std::min<size_t>(static_cast<size_t>(num_clusters), clusters->size()), out_path,
                  seconds()));
  return Status::Ok();
}

}  // namespace acta
