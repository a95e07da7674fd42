// `acta ingest`: codes stories and stores their events in acta's store.
#include <fmt/format.h>
#include <CLI/CLI.hpp>

#include <cstdio>
#include <memory>
#include <string>

#include "code_run.h"
#include "commands.h"
#include "store/dedup.h"
#include "store/store.h"
#include "story_input.h"

namespace acta::cli {

void RegisterIngest(CLI::App& app, GlobalOptions& global) {
  CLI::App* cmd =
      app.add_subcommand("ingest", "code stories and store their events (docs/schema.md)");
  auto input = std::make_shared<StoryInputOptions>();
  auto opts = std::make_shared<CodeOptions>();
  auto store_path = std::make_shared<std::string>("acta.db");
  auto batch = std::make_shared<size_t>(500);
  AddStoryInputOptions(cmd, input.get());
  auto no_merge = std::make_shared<bool>(false);
  cmd->add_option("--store", *store_path,
                  "the store: a SQLite file (default acta.db) or a postgresql:// URL");
  cmd->add_flag("--no-merge", *no_merge,
                "do not merge events told by several stories now (acta dedup does it later)");
  cmd->add_option("--dict", opts->dict, "dictionaries, as for acta code (default: acta's own)");
  cmd->add_option("--batch", *batch,
                  "stories per transaction (default 500): a run stopped at any point keeps "
                  "every batch it finished, and a second run adds the rest")
      ->check(CLI::PositiveNumber);
  cmd->add_option("-j,--threads", opts->threads, "worker threads (default: one per core)");
  AddSentenceLimitOptions(cmd, opts.get());
  cmd->callback([input, opts, store_path, batch, no_merge, &global] {
    Result<std::unique_ptr<store::Store>> opened = store::Store::Open(*store_path);
    if (!opened.ok()) {
      std::fprintf(stderr, "acta ingest: %s\n", opened.status().ToString().c_str());
      global.exit_code = kExitData;
      return;
    }
    store::Store& db = **opened;
    size_t in_batch = 0, added = 0, unchanged = 0, replaced = 0;
    auto fail = [&](const Status& s) {
      std::fprintf(stderr, "acta ingest: %s: %s\n", store_path->c_str(), s.ToString().c_str());
      if (in_batch > 0) (void)db.Rollback();
      in_batch = 0;
      return false;
    };
    CodeOptions code = *opts;
    code.format = "jsonl";
    code.command = "ingest";
    // A story stored with the same text is not coded again.
    code.skip = [&](const std::vector<Story>& stories) {
      Result<std::vector<bool>> held = db.HoldsAll(stories);
      if (!held.ok()) return std::vector<bool>(stories.size(), false);  // Put will say why
      for (bool h : *held) unchanged += h ? 1 : 0;
      return std::move(held).value();
    };
    code.sink = [&](const Story& story, const std::string& lines, const std::string& record) {
      if (in_batch == 0)
        if (Status s = db.Begin(); !s.ok()) return fail(s);
      Result<store::PutOutcome> put = db.Put(story, lines, record);
      if (!put.ok()) return fail(put.status());
      switch (*put) {
        case store::PutOutcome::kAdded:
          ++added;
          break;
        case store::PutOutcome::kUnchanged:
          ++unchanged;
          break;
        case store::PutOutcome::kReplaced:
          ++replaced;
          break;
      }
      if (++in_batch == *batch) {
        in_batch = 0;
        if (Status s = db.Commit(); !s.ok()) return fail(s);
      }
      return true;
    };
    global.exit_code = RunCode(*input, code, global);
    if (in_batch > 0) {
      if (Status s = db.Commit(); !s.ok()) {
        fail(s);
        global.exit_code = kExitFailure;
      }
    }
    // Events told by several stories are merged again when the store
    // changed since they last were (in this run or one that was stopped),
    // by the rule it merges by (the default for a new store).
    Result<bool> stale = store::MergeIsStale(db.backend());
    if (!stale.ok() || (*stale && !*no_merge && global.exit_code != kExitFailure)) {
      Result<std::optional<store::MergeRule>> rule = store::StoredMergeRule(db.backend());
      Result<store::MergeResult> merged =
          !rule.ok()      ? Result<store::MergeResult>(rule.status())
          : !rule.value() ? Result<store::MergeResult>(store::MergeResult())
                          : store::MergeEvents(db.backend(), **rule, /*incremental=*/true);
      if (!merged.ok()) {
        std::fprintf(stderr, "acta ingest: %s: merging events: %s\n", store_path->c_str(),
                     merged.status().ToString().c_str());
        global.exit_code = kExitFailure;
      }
    }
    Result<store::StoreCounts> counts = db.Counts();
    if (!global.quiet && counts.ok()) {
      std::fprintf(stderr,
                   "acta ingest: %zu stories added, %zu unchanged, %zu replaced; the store "
                   "holds %lld stories, %lld events (%lld once merged), %lld mentions\n",
                   added, unchanged, replaced, static_cast<long long>(counts->stories),
                   static_cast<long long>(counts->events),
                   static_cast<long long>(counts->merged_events),
                   static_cast<long long>(counts->mentions));
    }
  });
}

}  // namespace acta::cli
