// Registration of acta's subcommands. Each Register* adds one subcommand whose
// callback stores its exit code in GlobalOptions::exit_code.
#ifndef ACTA_CLI_COMMANDS_H_
#define ACTA_CLI_COMMANDS_H_

#include <memory>
#include <string>

#include "acta/analysis.h"
#include "acta/status.h"
#include "dict/dictionary.h"

namespace CLI {
class App;
}

namespace acta::cli {

// Exit codes (documented in docs/cli.md).
constexpr int kExitOk = 0;
constexpr int kExitFailure = 1;  // the command could not do its job
constexpr int kExitUsage = 2;    // bad arguments
constexpr int kExitInput = 3;    // no input could be read
constexpr int kExitData = 4;     // models or dictionaries missing or corrupt
constexpr int kExitPartial = 5;  // done, but some stories were rejected

struct GlobalOptions {
  std::string data_dir;
  std::string wordnet_dir;
  bool quiet = false;
  int exit_code = kExitOk;
};

// Loads the dictionaries a --dict value names: "tabari:PATH.project",
// "petrarch:PATH.ini", "acta:PATH" (a native file or directory), a path ending
// .project or .ini; empty: acta's own under the data directory.
// InvalidArgument for a value of no known kind.
Result<dict::Dictionary> LoadDictionarySpec(const std::string& spec, const GlobalOptions& global);

// acta's analysis models and WordNet lemmas, from --data-dir and
// --wordnet-dir (or their defaults).
Result<std::shared_ptr<const Analyzer>> LoadAnalyzer(const GlobalOptions& global);

void RegisterAnalyze(CLI::App& app, GlobalOptions& global);
void RegisterTrain(CLI::App& app, GlobalOptions& global);
void RegisterEval(CLI::App& app, GlobalOptions& global);
void RegisterCode(CLI::App& app, GlobalOptions& global);
void RegisterIngest(CLI::App& app, GlobalOptions& global);
// acta query, acta agg, acta dedup.
void RegisterStoreCommands(CLI::App& app, GlobalOptions& global);
void RegisterExport(CLI::App& app, GlobalOptions& global);
void RegisterExplain(CLI::App& app, GlobalOptions& global);
void RegisterDict(CLI::App& app, GlobalOptions& global);
void RegisterGeo(CLI::App& app, GlobalOptions& global);
// Adds `dict suggest` under `dict`.
void RegisterDictSuggest(CLI::App* dict_cmd, GlobalOptions& global);
// Adds `eval tabari` (and later `eval petrarch`) under `eval`.
void RegisterEvalSuites(CLI::App* eval, GlobalOptions& global);
// Adds `eval geo` under `eval`.
void RegisterEvalGeo(CLI::App* eval, GlobalOptions& global);

}  // namespace acta::cli

#endif  // ACTA_CLI_COMMANDS_H_
