#include "suite/gold_set.h"

#include "common/file.h"
#include "story/confidence.h"

#include "common/tsv.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <utility>

#include "dict/petrarch_ini.h"

namespace acta::suite {
Result<std::vector<GoldSentence>> ParseGoldSet(std::string_view tsv, const std::string& name) {
  std::vector<GoldSentence> out;
  std::map<std::pair<std::string, std::string>, size_t> index;  // (story, text) -> out
  std::map<size_t, bool> no_event;
  size_t pos = 0;
  int line_no = 0;
  while (pos < tsv.size()) {
    size_t nl = tsv.find('\n', pos);
    if (nl == std::string_view::npos) nl = tsv.size();
    std::string_view line = tsv.substr(pos, nl - pos);
    pos = nl + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line[0] == '#') continue;
    auto bad = [&](const std::string& what) {
      return Status::InvalidArgument(name + ":" + std::to_string(line_no) + ": " + what);
    };
    const std::vector<std::string_view> f = SplitTabs(line);
    if (f.size() != 7 && f.size() != 8)
      return bad("want 7 or 8 tab-separated fields, got " + std::to_string(f.size()));
    const bool coreference = f.size() == 8 && f[7] == "coreference";
    if (f.size() == 8 && !coreference && f[7] != "-")
      return bad("needs: want - or coreference, got '" + std::string(f[7]) + "'");
    std::optional<Date> date = Date::ParseIso(f[1]);
    if (!date || !date->IsValid()) return bad("bad date '" + std::string(f[1]) + "'");
    const int dashes = (f[2] == "-") + (f[3] == "-") + (f[4] == "-");
    if (dashes != 0 && dashes != 3) return bad("'-' in some code columns but not all");
    if (f[5].empty()) return bad("empty sentence");
    const std::pair<std::string, std::string> key{std::string(f[0]), std::string(f[5])};
    auto [it, inserted] = index.emplace(key, out.size());
    if (inserted) {
      GoldSentence s;
      s.story = key.first;
      s.date = *date;
      s.text = key.second;
      s.file = name;
      s.line = line_no;
      out.push_back(std::move(s));
    }
    GoldSentence& s = out[it->second];
    const bool none = dashes == 3;
    if (!inserted && (none || no_event[it->second]))
      return bad("a sentence with events and a no-event line");
    no_event[it->second] = none;
    if (none && coreference) return bad("coreference on a line with no event");
    if (none) continue;
    EventTriple t{std::string(f[2]), std::string(f[3]), std::string(f[4])};
    if (coreference) s.needs_coreference.insert(t);
    s.events.insert(std::move(t));
  }
  return out;
}

Result<std::vector<GoldSentence>> LoadGoldSets(const std::string& path) {
  namespace fs = std::filesystem;
  std::error_code ec;
  std::vector<std::string> files;
  if (fs::is_directory(path, ec)) {
    for (const auto& e : fs::directory_iterator(path, ec))
      if (e.path().extension() == ".tsv") files.push_back(e.path().string());
    std::sort(files.begin(), files.end());
  } else {
    files.push_back(path);
  }
  if (files.empty()) return Status::NotFound(path + ": no *.tsv gold files");
  std::vector<GoldSentence> all;
  for (const std::string& f : files) {
    Result<std::string> contents = ReadWholeFile(f);
    if (!contents.ok()) return contents.status();
    Result<std::vector<GoldSentence>> one = ParseGoldSet(*contents, f);
    if (!one.ok()) return one.status();
    for (GoldSentence& s : *one) all.push_back(std::move(s));
  }
  return all;
}

GoldScore ScoreGoldSet(const coder::Coder& coder, const std::vector<GoldSentence>& gold) {
  GoldScore score;
  coder::StoryContext story;
  const GoldSentence* previous = nullptr;
  for (const GoldSentence& s : gold) {
    GoldOutcome o;
    o.sentence = &s;
    if (previous == nullptr || previous->story != s.story || previous->file != s.file)
      story = coder::StoryContext();
    previous = &s;
    const coder::SentenceCoding coding = coder.Code(coder.Words(s.text), s.date, "", story);
    story.Add(coding);
    const std::vector<coder::CodedEvent>& events = coding.events;
    const std::vector<bool> repeats = story::RepeatedPairs(events);
    for (size_t i = 0; i < events.size(); ++i) {
      const coder::CodedEvent& e = events[i];
      const bool right = s.events.count({e.source, e.target, e.code}) > 0;
      if (o.got.emplace(e.source, e.target, e.code).second && e.referred) {
        ++score.referred;
        score.referred_right += right ? 1 : 0;
      }
      const double confidence = story::EventConfidence(e, 1, repeats[i]);
      o.confidence.emplace(EventTriple{e.source, e.target, e.code}, confidence);
      score.confidences.emplace_back(confidence, right);
    }
    score.coreference_gold += static_cast<int>(s.needs_coreference.size());
    for (const EventTriple& t : s.needs_coreference) score.coreference_found += o.got.count(t);
    o.passed = o.got == s.events;
    for (const EventTriple& t : o.got) (s.events.count(t) ? score.correct : score.invented)++;
    for (const EventTriple& t : s.events) score.missed += o.got.count(t) ? 0 : 1;
    (o.passed ? score.passed : score.failed)++;
    score.outcomes.push_back(std::move(o));
  }
  return score;
}

std::vector<CalibrationBand> Calibrate(const std::vector<std::pair<double, bool>>& confidences) {
  std::vector<CalibrationBand> bands;
  for (int b = 0; b < 5; ++b) bands.push_back({0.2 * b, 0.2 * (b + 1), 0, 0});
  for (const auto& [c, right] : confidences) {
    // Bands are closed below; the last holds 1.0 too.
    const size_t b = std::min<size_t>(4, static_cast<size_t>(c * 5 + 1e-9));
    ++bands[b].events;
    bands[b].right += right ? 1 : 0;
  }
  return bands;
}

}  // namespace acta::suite
