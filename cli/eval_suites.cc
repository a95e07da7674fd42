// `acta eval tabari PROJECT`: codes TABARI's validation records with the
// dictionaries the project file names and scores them against their gold.
#include <fmt/format.h>
#include <CLI/CLI.hpp>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>
#include <set>
#include <string>

#include "acta/analysis.h"
#include "coder/coder.h"
#include "coder/compiled_dictionary.h"
#include "commands.h"
#include "common/file.h"
#include "dict/petrarch_ini.h"
#include "dict/petrarch_loader.h"
#include "dict/tabari_loader.h"
#include "suite/gold_set.h"
#include "suite/petrarch_eval.h"
#include "suite/plover_eval.h"
#include "suite/tabari_eval.h"

namespace acta::cli {
namespace {

// The <textfile> named by a TABARI project file, resolved beside it.
std::string ProjectTextFile(const std::string& project) {
  std::ifstream in(project);
  std::string line;
  while (std::getline(in, line)) {
    const size_t tag = line.find("<textfile>");
    if (tag != 0) continue;
    std::string name = line.substr(10);
    name.erase(0, name.find_first_not_of(" \t"));
    name.erase(name.find_last_not_of(" \t\r") + 1);
    return (std::filesystem::path(project).parent_path() / name).string();
  }
  return "";
}

std::string EventsText(const std::vector<suite::GoldEvent>& events) {
  std::string out;
  for (const suite::GoldEvent& e : events)
    out += fmt::format("{{ {} / {} / {} }} ", e.source, e.target, e.code);
  return out.empty() ? "{---}" : out;
}

int RunTabari(const std::string& project, const std::string& text_override, bool verbose,
              bool trace) {
  Result<dict::Dictionary> d = dict::LoadTabariProject(project);
  if (!d.ok()) {
    std::fprintf(stderr, "acta eval tabari: %s\n", d.status().ToString().c_str());
    return kExitData;
  }
  for (const dict::LoadWarning& w : d->warnings)
    if (verbose) std::fprintf(stderr, "warning: %s\n", w.ToString().c_str());
  const std::string text = text_override.empty() ? ProjectTextFile(project) : text_override;
  Result<suite::TabariSuite> s = suite::ReadTabariSuite(text);
  if (!s.ok()) {
    std::fprintf(stderr, "acta eval tabari: %s\n", s.status().ToString().c_str());
    return kExitInput;
  }
  for (const std::string& w : s->warnings) std::fprintf(stderr, "warning: %s\n", w.c_str());
  coder::CoderOptions options;
  options.trace = trace;
  for (const std::string& line : d->options.raw) suite::ApplyTabariOption(line, &options);
  auto compiled = coder::CompiledDictionary::Compile(std::move(d).value());
  suite::SuiteScore score = suite::ScoreTabariSuite(compiled, *s, options);
  for (const auto& [category, counts] : score.by_category)
    fmt::print("{:<10} {:>4} passed {:>4} failed\n", category, counts.first, counts.second);
  for (const suite::RecordOutcome& o : score.outcomes) {
    if (o.passed) continue;
    const suite::TabariRecord& r = *o.record;
    std::vector<suite::GoldEvent> want = r.gold;
    std::string expected = r.expect_discard   ? "{###}"
                           : r.expect_complex ? "{+++}"
                                              : EventsText(want);
    std::string got = o.discarded ? "{###}" : o.complex ? "{+++}" : EventsText(o.got);
    fmt::print("FAIL {} (line {}): want {} got {}\n", r.id, r.line, expected, got);
    if (trace) {
      fmt::print("  text: {}\n", r.text);
      for (const std::string& t : o.trace) fmt::print("  {}\n", t);
    }
  }
  fmt::print("{} passed, {} failed\n", score.passed, score.failed);
  return kExitOk;
}

int RunPetrarch(const std::string& records, bool verbose, bool trace) {
  Result<dict::Dictionary> d = dict::LoadPetrarchEnvironment(records);
  if (!d.ok()) {
    std::fprintf(stderr, "acta eval petrarch: %s\n", d.status().ToString().c_str());
    return kExitData;
  }
  for (const dict::LoadWarning& w : d->warnings)
    if (verbose) std::fprintf(stderr, "warning: %s\n", w.ToString().c_str());
  Result<suite::PetrarchSuite> s = suite::ReadPetrarchSuite(records);
  if (!s.ok()) {
    std::fprintf(stderr, "acta eval petrarch: %s\n", s.status().ToString().c_str());
    return kExitInput;
  }
  for (const std::string& w : s->warnings) std::fprintf(stderr, "warning: %s\n", w.c_str());
  auto compiled = coder::CompiledDictionary::Compile(std::move(d).value());
  coder::CoderOptions options = coder::OptionsFor(compiled->dictionary());
  options.trace = trace;
  options.code_unknown_actors = true;  // as PETRARCH codes them
  suite::PetrarchScore score = suite::ScorePetrarchSuite(compiled, *s, options);
  for (const auto& [category, counts] : score.by_category)
    fmt::print("{:<10} {:>4} passed {:>4} failed\n", category, counts.first, counts.second);
  for (const suite::PetrarchOutcome& o : score.outcomes) {
    if (o.passed) continue;
    const suite::PetrarchRecord& r = *o.record;
    fmt::print("FAIL {} (line {}): want {} got {}\n", r.id, r.line,
               r.expect_error.empty() ? EventsText(r.gold) : "error " + r.expect_error,
               EventsText(o.got));
    if (trace) {
      fmt::print("  text: {}\n", r.text);
      for (const std::string& t : o.trace) fmt::print("  {}\n", t);
    }
  }
  fmt::print("{} passed, {} failed\n", score.passed, score.failed);
  return kExitOk;
}

}  // namespace

// Scores `gold` with the dictionaries `spec` names; prints the failing
// sentences when `show` and every coded event with its confidence when
// `show_events`, then one summary line labelled `label`.
int ScoreGold(const std::vector<suite::GoldSentence>& gold, const std::string& spec,
              const std::string& label, bool show, bool show_events, const GlobalOptions& global) {
  Result<dict::Dictionary> d = LoadDictionarySpec(spec, global);
  if (!d.ok()) {
    std::fprintf(stderr, "acta eval gold: %s\n", d.status().ToString().c_str());
    return -1;
  }
  auto compiled = coder::CompiledDictionary::Compile(std::move(d).value());
  const coder::Coder coder(compiled, coder::OptionsFor(compiled->dictionary()));
  const suite::GoldScore score = suite::ScoreGoldSet(coder, gold);
  auto triples = [](const std::set<suite::EventTriple>& set) {
    std::string out;
    for (const auto& [s, t, c] : set) out += fmt::format(" {{ {} / {} / {} }}", s, t, c);
    return out.empty() ? std::string(" (no event)") : out;
  };
  if (show_events) {
    for (const suite::GoldOutcome& o : score.outcomes)
      for (const auto& [t, confidence] : o.confidence)
        fmt::print("EVENT {}:{} [{}] {:.2f} {} {} / {} / {}\n", o.sentence->file, o.sentence->line,
                   label, confidence, o.sentence->events.count(t) ? "right" : "wrong",
                   std::get<0>(t), std::get<1>(t), std::get<2>(t));
  }
  if (show) {
    for (const suite::GoldOutcome& o : score.outcomes) {
      if (o.passed) continue;
      fmt::print("FAIL {}:{} [{}] want{} got{}\n", o.sentence->file, o.sentence->line, label,
                 triples(o.sentence->events), triples(o.got));
    }
  }
  // How often events of each confidence band are right.
  for (const suite::CalibrationBand& b : suite::Calibrate(score.confidences)) {
    fmt::print("{} confidence {:.1f}-{:.1f}: {} events, {} right ({:.1f}%)\n", label, b.from, b.to,
               b.events, b.right, b.events ? 100.0 * b.right / b.events : 0.0);
  }
  const int total = score.passed + score.failed;
  fmt::print(
      "{}: {} of {} sentences exactly right ({:.1f}%); events: {} right, {} invented, {} "
      "missed\n",
      label, score.passed, total, total ? 100.0 * score.passed / total : 0.0, score.correct,
      score.invented, score.missed);
  // Events that need the rest of the story, counted apart.
  fmt::print(
      "{} coreference: {} of {} gold events that need it coded; {} coded events took an actor "
      "from an earlier sentence, {} of them right\n",
      label, score.coreference_found, score.coreference_gold, score.referred, score.referred_right);
  return score.passed;
}

int RunPlover(const std::string& path, const std::string& spec, bool show,
              const GlobalOptions& global) {
  Result<std::string> text = ReadWholeFile(path);
  if (!text.ok()) {
    std::fprintf(stderr, "acta eval plover: %s\n", text.status().ToString().c_str());
    return kExitInput;
  }
  Result<std::vector<suite::PloverRecord>> records = suite::ParsePloverRecords(*text);
  if (!records.ok()) {
    std::fprintf(stderr, "acta eval plover: %s: %s\n", path.c_str(),
                 records.status().ToString().c_str());
    return kExitInput;
  }
  Result<dict::Dictionary> d = LoadDictionarySpec(spec, global);
  if (!d.ok()) {
    std::fprintf(stderr, "acta eval plover: %s\n", d.status().ToString().c_str());
    return kExitData;
  }
  auto compiled = coder::CompiledDictionary::Compile(std::move(d).value());
  const coder::Coder coder(compiled, coder::OptionsFor(compiled->dictionary()));
  const suite::PloverScore score = suite::ScorePlover(coder, *records);
  if (show) {
    for (const auto& [r, coded] : score.misses) {
      std::string got;
      for (const std::string& t : coded) got += " " + t;
      fmt::print("MISS {} want {} got{}: {}\n", r->id, r->event, got.empty() ? " nothing" : got,
                 r->text);
    }
  }
  auto pct = [](int n, int of) { return of ? 100.0 * n / of : 0.0; };
  fmt::print("{:<12} {:>7} {:>10} {:>7} {:>10} {:>7}\n", "type", "records", "type right", "%",
             "dyad right", "%");
  for (const auto& [type, c] : score.by_type) {
    fmt::print("{:<12} {:>7} {:>10} {:>6.1f}% {:>10} {:>6.1f}%\n", type, c.records, c.type_right,
               pct(c.type_right, c.records), c.dyad_right, pct(c.dyad_right, c.records));
  }
  const auto& t = score.total;
  fmt::print("{:<12} {:>7} {:>10} {:>6.1f}% {:>10} {:>6.1f}%\n", "all", t.records, t.type_right,
             pct(t.type_right, t.records), t.dyad_right, pct(t.dyad_right, t.records));
  fmt::print("{} passed, {} failed\n", t.type_right, t.records - t.type_right);
  return kExitOk;
}

void RegisterEvalSuites(CLI::App* eval, GlobalOptions& global) {
  auto plover_path = std::make_shared<std::string>();
  auto plover_dict = std::make_shared<std::string>();
  auto plover_show = std::make_shared<bool>(false);
  CLI::App* plover = eval->add_subcommand(
      "plover", "code the PLOVER gold standard records and count event types reproduced");
  plover->add_option("RECORDS", *plover_path, "PLOVER_GSR_CAMEO.txt (a JSON array)")->required();
  plover->add_option("--dict", *plover_dict, "dictionaries (default: acta's own)");
  plover->add_flag("--failures", *plover_show, "list each record whose event type was missed");
  plover->callback([plover_path, plover_dict, plover_show, &global] {
    global.exit_code = RunPlover(*plover_path, *plover_dict, *plover_show, global);
  });

  auto gold_path = std::make_shared<std::string>();
  auto gold_dict = std::make_shared<std::string>();
  auto gold_vs = std::make_shared<std::string>();
  auto gold_show = std::make_shared<bool>(false);
  auto gold_events = std::make_shared<bool>(false);
  CLI::App* gold = eval->add_subcommand(
      "gold", "code hand-coded gold sentences (tests/gold/*.tsv) and count those exactly right");
  gold->add_option("PATH", *gold_path, "a gold .tsv file or a directory of them")->required();
  gold->add_option("--dict", *gold_dict, "dictionaries to score (default: acta's own)");
  gold->add_option("--vs", *gold_vs,
                   "also score these dictionaries, e.g. petrarch:PETR_config.ini");
  gold->add_flag("--failures", *gold_show, "list each sentence coded wrong");
  gold->add_flag("--events", *gold_events,
                 "list each coded event with its confidence and whether the gold has it");
  gold->callback([gold_path, gold_dict, gold_vs, gold_show, gold_events, &global] {
    Result<std::vector<suite::GoldSentence>> sentences = suite::LoadGoldSets(*gold_path);
    if (!sentences.ok()) {
      std::fprintf(stderr, "acta eval gold: %s\n", sentences.status().ToString().c_str());
      global.exit_code = kExitData;
      return;
    }
    if (!gold_vs->empty() &&
        ScoreGold(*sentences, *gold_vs, *gold_vs, *gold_show, *gold_events, global) < 0) {
      global.exit_code = kExitData;
      return;
    }
    const std::string label = gold_dict->empty() ? "acta" : *gold_dict;
    const int passed = ScoreGold(*sentences, *gold_dict, label, *gold_show, *gold_events, global);
    if (passed < 0) {
      global.exit_code = kExitData;
      return;
    }
    fmt::print("{} passed, {} failed\n", passed, static_cast<int>(sentences->size()) - passed);
  });

  auto project = std::make_shared<std::string>();
  auto text = std::make_shared<std::string>();
  auto verbose = std::make_shared<bool>(false);
  auto trace = std::make_shared<bool>(false);
  CLI::App* tabari = eval->add_subcommand(
      "tabari", "code TABARI's validation records (records before FINAL-01) and score them");
  tabari->add_option("PROJECT", *project, "TABARI .project file naming the dictionaries and text")
      ->required();
  tabari->add_option("--text", *text, "validation records to use instead of the project's");
  tabari->add_flag("--warnings", *verbose, "print every dictionary warning");
  tabari->add_flag("--trace", *trace, "explain each failing record");
  tabari->callback([project, text, verbose, trace, &global] {
    global.exit_code = RunTabari(*project, *text, *verbose, *trace);
  });
  auto records = std::make_shared<std::string>();
  CLI::App* petrarch = eval->add_subcommand(
      "petrarch", "code PETRARCH's unit-test records (valid=\"true\") and score them");
  petrarch
      ->add_option("RECORDS", *records,
                   "PETR.UnitTest.records.xml; its <Environment> names the dictionaries")
      ->required();
  petrarch->add_flag("--warnings", *verbose, "print every dictionary warning");
  petrarch->add_flag("--trace", *trace, "explain each failing record");
  petrarch->callback([records, verbose, trace, &global] {
    global.exit_code = RunPetrarch(*records, *verbose, *trace);
  });
}

}  // namespace acta::cli
