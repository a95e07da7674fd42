#include <CLI/CLI.hpp>

#include "commands.h"

namespace acta::cli {

void RegisterAnalyze(CLI::App& app, GlobalOptions& global) {
  (void)app;
  (void)global;
}

}  // namespace acta::cli
