// What the commands over a store share (acta query, agg, export, dedup):
// opening it, the options that select events, and printing tables.
#ifndef ACTA_CLI_STORE_OPTIONS_H_
#define ACTA_CLI_STORE_OPTIONS_H_

#include <CLI/CLI.hpp>
#include <cstdio>
#include <memory>
#include <string>

#include "commands.h"
#include "store/query.h"
#include "store/store.h"

namespace acta::cli {

struct StoreSelection {
  std::string store = "acta.db";
  store::EventFilter filter;
  std::string bbox;
  bool unmerged = false;
};

// --store and the event filters of store::EventFilter.
void AddSelectionOptions(CLI::App* cmd, StoreSelection* s);

// Opens the store `s` names and completes its filter: the bounding box
// read, and merged events chosen unless --unmerged or the store has none.
// Null after printing why ("acta COMMAND: ...") and setting the exit code.
std::unique_ptr<store::Store> OpenSelection(const char* command, StoreSelection* s,
                                            GlobalOptions& global);

// Where output goes: the file `path` names, or standard output for "" or
// "-". Null after printing why and setting the exit code.
std::FILE* OpenOutput(const char* command, const std::string& path, GlobalOptions& global);

// `t` as an aligned table (long texts cut), CSV with a header, or JSON
// Lines of objects keyed by column.
void PrintTable(const store::Table& t, const std::string& format, std::FILE* out);

}  // namespace acta::cli

#endif  // ACTA_CLI_STORE_OPTIONS_H_
