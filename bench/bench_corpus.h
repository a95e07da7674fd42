// The Reuters-21578 stories the benchmarks measure on, read once.
#ifndef ACTA_BENCH_BENCH_CORPUS_H_
#define ACTA_BENCH_BENCH_CORPUS_H_

#include <filesystem>
#include <string>
#include <vector>

#include "acta/date.h"
#include "acta/story.h"

namespace acta {

inline const std::string kReutersDir = std::string(ACTA_SHARED_DIR) + "/corpora/reuters21578";

struct DatedText {
  Date date;
  std::string text;
};

// Every story acta's SGML reader accepts from the Reuters-21578 .sgm files;
// empty when the corpus is absent.
inline const std::vector<DatedText>& ReutersStories() {
  static const std::vector<DatedText> stories = [] {
    std::vector<DatedText> out;
    if (!std::filesystem::exists(kReutersDir)) return out;
    std::vector<std::string> files;
    for (const auto& e : std::filesystem::directory_iterator(kReutersDir)) {
      if (e.path().extension() == ".sgm") files.push_back(e.path().string());
    }
    ReaderOptions options;
    options.format = InputFormat::kSgml;
    ReadStats stats;
    Status s = ReadStories(
        files, options,
        [&](Story&& story) {
          out.push_back({story.date, std::move(story.text)});
        },
        [](const ReadIssue&) {}, &stats);
    (void)s;
    return out;
  }();
  return stories;
}

}  // namespace acta

#endif  // ACTA_BENCH_BENCH_CORPUS_H_
