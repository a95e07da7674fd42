// `acta ingest`: codes stories and stores their events in acta's store.
#include <fmt/format.h>
#include <CLI/CLI.hpp>

#include <cstdio>
#include <memory>
#include <string>

#include "code_run.h"
#include "commands.h"
#include "store/sqlite_store.h"
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
  cmd->add_option("--store", *store_path, "the store: a SQLite file (default acta.db)");
  cmd->add_option("--dict", opts->dict, "dictionaries, as for acta code (default: acta's own)");
  cmd->add_option("--batch", *batch,
                  "stories per transaction (default 500): a run stopped at any point keeps "
                  "every batch it finished, and a second run adds the rest")
      ->check(CLI::PositiveNumber);
  cmd->add_option("-j,--threads", opts->threads, "worker threads (default: one per core)");
  cmd->callback([input, opts, store_path, batch, &global] {
    Result<std::unique_ptr<store::SqliteStore>> opened = store::SqliteStore::Open(*store_path);
    if (!opened.ok()) {
      std::fprintf(stderr, "acta ingest: %s\n", opened.status().ToString().c_str());
      global.exit_code = kExitData;
      return;
    }
    store::SqliteStore& db = **opened;
    size_t in_batch = 0, added = 0, unchanged = 0, replaced = 0;
    auto fail = [&](const Status& s) {
      std::fprintf(stderr, "acta ingest: %s: %s\n", store_path->c_str(), s.ToString().c_str());
      if (in_batch > 0) (void)db.Rollback();
      in_batch = 0;
      return false;
    };
    CodeOptions code = *opts;
    code.format = "jsonl";
    // A story stored with the same text is not coded again.
    code.skip = [&](const Story& story) {
      Result<bool> held = db.Holds(story);
      if (held.ok() && *held) {
        ++unchanged;
        return true;
      }
      return false;
    };
    code.sink = [&](const Story& story, const std::string& lines) {
      if (in_batch == 0)
        if (Status s = db.Begin(); !s.ok()) return fail(s);
      Result<store::PutOutcome> put = db.Put(story, lines);
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
    Result<store::StoreCounts> counts = db.Counts();
    if (!global.quiet && counts.ok()) {
      std::fprintf(stderr,
                   "acta ingest: %zu stories added, %zu unchanged, %zu replaced; the store "
                   "holds %lld stories, %lld events, %lld mentions\n",
                   added, unchanged, replaced, static_cast<long long>(counts->stories),
                   static_cast<long long>(counts->events),
                   static_cast<long long>(counts->mentions));
    }
  });
}

}  // namespace acta::cli
