// acta's command line: parses arguments and calls the library. Each command
// lives in its own file; see cli/commands.h.
#include <CLI/CLI.hpp>

#include "acta/version.h"
#include "commands.h"

int main(int argc, char** argv) {
  CLI::App app{"acta: political event data from news stories"};
  app.set_version_flag("--version", std::string("acta ") + acta::Version());
  app.require_subcommand(1);
  app.fallthrough();
  acta::cli::GlobalOptions global;
  app.add_option("--data-dir", global.data_dir,
                 "directory of acta's models and dictionaries (default: $ACTA_DATA_DIR or the "
                 "installed data)");
  app.add_option("--wordnet-dir", global.wordnet_dir, "WordNet dictionary directory");
  app.add_flag("-q,--quiet", global.quiet, "no progress or summary on stderr");

  acta::cli::RegisterAnalyze(app, global);
  acta::cli::RegisterCode(app, global);
  acta::cli::RegisterIngest(app, global);
  acta::cli::RegisterStoreCommands(app, global);
  acta::cli::RegisterExport(app, global);
  acta::cli::RegisterExplain(app, global);
  acta::cli::RegisterDict(app, global);
  acta::cli::RegisterGeo(app, global);
  acta::cli::RegisterTrain(app, global);
  acta::cli::RegisterEval(app, global);

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? 0 : acta::cli::kExitUsage;
  }
  return global.exit_code;
}
