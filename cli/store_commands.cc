// `acta query`, `acta agg` and `acta dedup`: reading a store, counting in
// it, and merging its events told by several stories.
#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <memory>

#include "commands.h"
#include "store/dedup.h"
#include "store_options.h"

namespace acta::cli {
namespace {

struct DedupOptions {
  std::string store = "acta.db";
  store::MergeRule rule;
  std::string code = "root", modality = "same", actors = "whole";
  bool undo = false;
};

// The rule the options give, or a message.
Result<store::MergeRule> RuleOf(const DedupOptions& o) {
  return store::MergeRule::Parse(fmt::format("window={} km={} code={} modality={} actors={}",
                                             o.rule.window_days, o.rule.max_km, o.code, o.modality,
                                             o.actors));
}

void PrintReport(const store::DedupReport& r, std::FILE* out) {
  const int64_t joined = r.events - r.merged_events;
  fmt::print(out, "merge rule: {}\n", r.rule.ToString());
  fmt::print(
      out, "events: {} coded, {} once merged ({} events, {:.1f}%, joined another)\n", r.events,
      r.merged_events, joined,
      r.events > 0 ? 100.0 * static_cast<double>(joined) / static_cast<double>(r.events) : 0.0);
  fmt::print(out,
             "kept apart though dyad, code, modality and date agreed: {} by place, {} by "
             "being of one story\n",
             r.apart_by_place, r.apart_same_story);
  std::string sizes;
  for (const auto& [name, n] : r.by_articles)
    sizes += fmt::format("{}{}: {}", sizes.empty() ? "" : ", ", name, n);
  fmt::print(out, "merged events by stories that told them: {}\n", sizes);
  std::string variants;
  for (const auto& [name, n] : r.variants)
    variants += fmt::format("{}{}: {}", variants.empty() ? "" : ", ", name, n);
  fmt::print(out, "merged events under other rules: {}\n", variants);
  for (const auto& [event, stories] : r.largest)
    fmt::print(out, "told by {} stories: {}\n", stories, event);
}

void RegisterDedup(CLI::App& app, GlobalOptions& global) {
  CLI::App* cmd = app.add_subcommand(
      "dedup", "merge events told by several stories into one (docs/schema.md), or undo it");
  auto o = std::make_shared<DedupOptions>();
  cmd->add_option("--store", o->store, "the store (default acta.db)");
  cmd->add_option("--window", o->rule.window_days,
                  "days after a merged event's first date that still join it (default 2)")
      ->check(CLI::NonNegativeNumber);
  cmd->add_option("--km", o->rule.max_km,
                  "places further apart than this do not merge (default 100)")
      ->check(CLI::NonNegativeNumber);
  cmd->add_option("--code", o->code, "what of the CAMEO code must agree: root (default) or whole")
      ->check(CLI::IsMember({"root", "whole"}));
  cmd->add_option("--modality", o->modality,
                  "same (default): a planned event does not merge with one that occurred; any")
      ->check(CLI::IsMember({"same", "any"}));
  cmd->add_option("--actors", o->actors,
                  "whole codes must agree (default), or their first N letters (3: countries)");
  cmd->add_flag("--undo", o->undo,
                "drop the merge: every event stands alone, and ingest stops merging");
  cmd->callback([o, &global] {
    Result<store::MergeRule> rule = RuleOf(*o);
    if (!rule.ok()) {
      std::fprintf(stderr, "acta dedup: %s\n", rule.status().ToString().c_str());
      global.exit_code = kExitUsage;
      return;
    }
    StoreSelection s;
    s.store = o->store;
    std::unique_ptr<store::Store> db = OpenSelection("dedup", &s, global);
    if (!db) return;
    if (o->undo) {
      if (Status st = store::UnmergeEvents(db->backend()); !st.ok()) {
        std::fprintf(stderr, "acta dedup: %s\n", st.ToString().c_str());
        global.exit_code = kExitFailure;
      } else if (!global.quiet) {
        std::fprintf(stderr, "acta dedup: merge undone; every event stands alone\n");
      }
      return;
    }
    Result<store::MergeResult> merged = store::MergeEvents(db->backend(), *rule);
    if (!merged.ok()) {
      std::fprintf(stderr, "acta dedup: %s\n", merged.status().ToString().c_str());
      global.exit_code = kExitFailure;
      return;
    }
    if (!global.quiet)
      std::fprintf(stderr, "acta dedup: %zu events merged into %lld (%s)\n",
                   merged->group_of.size(), static_cast<long long>(merged->groups),
                   rule->ToString().c_str());
  });
}

void RegisterQuery(CLI::App& app, GlobalOptions& global) {
  CLI::App* cmd = app.add_subcommand("query", "list the stored events that match (docs/cli.md)");
  auto s = std::make_shared<StoreSelection>();
  auto format = std::make_shared<std::string>("table");
  auto output = std::make_shared<std::string>();
  AddSelectionOptions(cmd, s.get());
  cmd->add_option("--format", *format, "table (default), csv or json (JSON Lines)")
      ->check(CLI::IsMember({"table", "csv", "json"}));
  cmd->add_option("-o,--output", *output, "write here instead of standard output");
  cmd->callback([s, format, output, &global] {
    std::unique_ptr<store::Store> db = OpenSelection("query", s.get(), global);
    if (!db) return;
    Result<store::Table> t = store::QueryEvents(db->backend(), s->filter);
    if (!t.ok()) {
      std::fprintf(stderr, "acta query: %s\n", t.status().ToString().c_str());
      global.exit_code = kExitFailure;
      return;
    }
    std::FILE* out = OpenOutput("query", *output, global);
    if (out == nullptr) return;
    PrintTable(*t, *format, out);
    if (out != stdout) std::fclose(out);
  });
}

void RegisterAgg(CLI::App& app, GlobalOptions& global) {
  CLI::App* cmd = app.add_subcommand(
      "agg", "count stored events: by dyad and period, QuadClass by country, the actor network");
  auto s = std::make_shared<StoreSelection>();
  auto by = std::make_shared<std::string>("dyad");
  auto per = std::make_shared<std::string>("month");
  auto actors = std::make_shared<std::string>("whole");
  auto format = std::make_shared<std::string>("table");
  auto output = std::make_shared<std::string>();
  auto report = std::make_shared<bool>(false);
  AddSelectionOptions(cmd, s.get());
  cmd->add_option("--by", *by,
                  "dyad (default): counts and Goldstein sums by dyad and period; country: "
                  "QuadClass series per country; network: cooperation and conflict between actors")
      ->check(CLI::IsMember({"dyad", "country", "network"}));
  cmd->add_option("--per", *per, "day, week, month (default) or year")
      ->check(CLI::IsMember({"day", "week", "month", "year"}));
  cmd->add_option("--actors", *actors,
                  "whole codes (default) or country (their first three letters)")
      ->check(CLI::IsMember({"whole", "country"}));
  cmd->add_option("--format", *format, "table (default), csv or json (JSON Lines)")
      ->check(CLI::IsMember({"table", "csv", "json"}));
  cmd->add_option("-o,--output", *output, "write here instead of standard output");
  cmd->add_flag("--dedup-report", *report,
                "what the store's merge rule does: events merged, kept apart, and the count "
                "under other rules");
  cmd->callback([s, by, per, actors, format, output, report, &global] {
    std::unique_ptr<store::Store> db = OpenSelection("agg", s.get(), global);
    if (!db) return;
    std::FILE* out = OpenOutput("agg", *output, global);
    if (out == nullptr) return;
    auto fail = [&](const Status& st) {
      std::fprintf(stderr, "acta agg: %s\n", st.ToString().c_str());
      global.exit_code = kExitFailure;
    };
    if (*report) {
      Result<std::optional<store::MergeRule>> rule = store::StoredMergeRule(db->backend());
      Result<std::vector<store::MergeInput>> events = store::LoadMergeInputs(db->backend());
      if (!rule.ok() || !events.ok()) {
        fail(!rule.ok() ? rule.status() : events.status());
      } else {
        if (!*rule) fmt::print(out, "the store does not merge (acta dedup --undo); by default:\n");
        PrintReport(store::ReportMerges(*events, rule->value_or(store::MergeRule())), out);
      }
    } else {
      const int prefix = *actors == "country" ? 3 : 0;
      const store::Period period = *store::ParsePeriod(*per);
      Result<store::Table> t =
          *by == "dyad"      ? store::DyadSeries(db->backend(), s->filter, period, prefix)
          : *by == "country" ? store::QuadSeries(db->backend(), s->filter, period)
                             : store::ActorNetwork(db->backend(), s->filter, prefix);
      if (t.ok()) {
        PrintTable(*t, *format, out);
      } else {
        fail(t.status());
      }
    }
    if (out != stdout) std::fclose(out);
  });
}

}  // namespace

void RegisterStoreCommands(CLI::App& app, GlobalOptions& global) {
  RegisterQuery(app, global);
  RegisterAgg(app, global);
  RegisterDedup(app, global);
}

}  // namespace acta::cli
