// `acta dict lookup` and `acta dict lint`: acta's own dictionaries
// (docs/dictionaries.md) from the command line.
#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <cstdio>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "acta/analysis.h"
#include "acta/date.h"
#include "codebook/codebook.h"
#include "coder/coder.h"
#include "coder/coder_words.h"
#include "coder/compiled_dictionary.h"
#include "commands.h"
#include "dict/acta_loader.h"
#include "dict/acta_writer.h"
#include "dict/dict_lint.h"

namespace acta::cli {
namespace {

std::string DictionaryPath(const GlobalOptions& global, const std::string& given) {
  if (!given.empty()) return given;
  return (global.data_dir.empty() ? DefaultDataDir() : global.data_dir) + "/dictionaries";
}

// Prints the actors and agents that start in `name` and the code each gives.
int Lookup(const std::string& name, const Date& date, const dict::Dictionary& d) {
  auto compiled = coder::CompiledDictionary::Compile(d);
  const dict::Dictionary& dd = compiled->dictionary();
  coder::CoderWords words = coder::SplitCoderWords(name, coder::WordStyle::kTreebank);
  const auto n = static_cast<uint32_t>(words.words.size());
  int found = 0;
  for (uint32_t at = 0; at < n; ++at) {
    std::vector<coder::PhraseMatch> matches;
    compiled->MatchAt(words.words, at, n, &matches);
    for (const coder::PhraseMatch& m : matches) {
      std::string code, text, label;
      dict::SourceRef where;
      if (m.ref.cls == coder::PhraseClass::kActor) {
        const dict::ActorEntry& a = dd.actors[m.ref.entry];
        code = coder::ResolveActorCode(a, date);
        text = a.texts[m.ref.phrase];
        label = "actor " + a.comment;
        where = a.where;
      } else if (m.ref.cls == coder::PhraseClass::kAgent) {
        const dict::AgentEntry& a = dd.agents[m.ref.entry];
        code = a.suffix ? "~" + a.code : a.code + "~";
        text = a.texts[m.ref.phrase];
        label = "agent " + a.code;
        where = a.where;
      } else {
        continue;
      }
      fmt::print("{}\t{}\t\"{}\"\t{}:{}: {}\n", date.ToString(), code, text, dd.files[where.file],
                 where.line, label);
      ++found;
    }
  }
  if (found == 0) fmt::print("no actor or agent matches \"{}\"\n", name);
  return found == 0 ? kExitFailure : kExitOk;
}

bool WriteFile(const std::string& path, const std::string& text) {
  std::FILE* f = std::fopen(path.c_str(), "wb");
  if (f == nullptr) return false;
  const bool ok = std::fwrite(text.data(), 1, text.size(), f) == text.size();
  return std::fclose(f) == 0 && ok;
}

// PREFIX.project naming PREFIX.actors, PREFIX.agents and PREFIX.verbs.
int WriteTabariProject(const dict::Dictionary& d, const std::string& prefix) {
  if (prefix.empty()) {
    std::fprintf(stderr, "acta dict convert: --to tabari needs -o PREFIX\n");
    return kExitUsage;
  }
  const dict::TabariFiles files = dict::WriteTabariDictionary(d);
  const std::string base = prefix.substr(prefix.find_last_of('/') + 1);
  const std::string project = fmt::format(
      "TABARI project converted by acta dict convert\n<actorsfile> {0}.actors\n"
      "<verbsfile> {0}.verbs\n<agentsfile> {0}.agents\n",
      base);
  const std::pair<const char*, const std::string*> outputs[] = {{".actors", &files.actors},
                                                                {".agents", &files.agents},
                                                                {".verbs", &files.verbs},
                                                                {".project", &project}};
  for (const auto& [ext, text] : outputs) {
    if (!WriteFile(prefix + ext, *text)) {
      std::fprintf(stderr, "acta dict convert: cannot write %s%s\n", prefix.c_str(), ext);
      return kExitFailure;
    }
  }
  std::fprintf(stderr, "acta dict convert: wrote %s.project, .actors, .agents and .verbs\n",
               prefix.c_str());
  return kExitOk;
}

}  // namespace

void RegisterDict(CLI::App& app, GlobalOptions& global) {
  CLI::App* dict_cmd =
      app.add_subcommand("dict", "acta's own dictionaries: lookup, convert, lint, suggest");
  dict_cmd->require_subcommand(1);
  RegisterDictSuggest(dict_cmd, global);

  CLI::App* lookup = dict_cmd->add_subcommand(
      "lookup", "print the code a name gets on a date and the entry it comes from");
  auto name = std::make_shared<std::string>();
  auto date = std::make_shared<std::string>();
  auto path = std::make_shared<std::string>();
  lookup->add_option("NAME", *name, "the name to look up, as a story writes it")->required();
  lookup->add_option("--date", *date, "the date, YYYY-MM-DD")->required();
  lookup->add_option("--dict", *path, "dictionary file or directory (default: the shipped ones)");
  lookup->callback([name, date, path, &global] {
    std::optional<Date> d = Date::ParseIso(*date);
    if (!d) {
      std::fprintf(stderr, "acta dict lookup: --date '%s' is not a date (YYYY-MM-DD)\n",
                   date->c_str());
      global.exit_code = kExitUsage;
      return;
    }
    Result<dict::Dictionary> loaded = dict::LoadActaDictionaries(DictionaryPath(global, *path));
    if (!loaded.ok()) {
      std::fprintf(stderr, "acta dict lookup: %s\n", loaded.status().ToString().c_str());
      global.exit_code = kExitData;
      return;
    }
    global.exit_code = Lookup(*name, *d, *loaded);
  });

  CLI::App* convert = dict_cmd->add_subcommand(
      "convert", "write TABARI or PETRARCH dictionaries (or acta's own) in acta's native format");
  auto spec = std::make_shared<std::string>();
  auto output = std::make_shared<std::string>();
  auto to = std::make_shared<std::string>("acta");
  convert->add_option("DICT", *spec, "tabari:FILE.project, petrarch:FILE.ini or acta:PATH")
      ->required();
  convert->add_option("-o,--output", *output,
                      "write here instead of standard output (--to tabari: the files' prefix)");
  convert->add_option("--to", *to, "acta (the native format) or tabari")
      ->check(CLI::IsMember({"acta", "tabari"}));
  convert->callback([spec, output, to, &global] {
    Result<dict::Dictionary> loaded = LoadDictionarySpec(*spec, global);
    if (!loaded.ok()) {
      std::fprintf(stderr, "acta dict convert: %s\n", loaded.status().ToString().c_str());
      global.exit_code =
          loaded.status().code() == Status::Code::kInvalidArgument ? kExitUsage : kExitData;
      return;
    }
    if (*to == "tabari") {
      global.exit_code = WriteTabariProject(*loaded, *output);
      return;
    }
    dict::ConvertLosses losses;
    const std::string text = dict::WriteActaDictionary(*loaded, &losses);
    std::FILE* out = output->empty() ? stdout : std::fopen(output->c_str(), "wb");
    if (out == nullptr || std::fwrite(text.data(), 1, text.size(), out) != text.size()) {
      std::fprintf(stderr, "acta dict convert: cannot write %s\n", output->c_str());
      global.exit_code = kExitFailure;
      if (out != nullptr && out != stdout) std::fclose(out);
      return;
    }
    if (out != stdout && std::fclose(out) != 0) {
      std::fprintf(stderr, "acta dict convert: cannot write %s\n", output->c_str());
      global.exit_code = kExitFailure;
      return;
    }
    const dict::LoadCounts& c = loaded->counts;
    std::fprintf(stderr,
                 "acta dict convert: %u actors, %u agents, %u verbs (%u patterns) written; not "
                 "carried over: %u patterns naming synonym sets, %u other entries; %u phrases "
                 "whose words could stand apart written joined\n",
                 c.actors, c.agents, c.verbs, c.verb_patterns, losses.synset_patterns, losses.other,
                 losses.gapped_phrases);
  });

  CLI::App* lint = dict_cmd->add_subcommand(
      "lint", "check dictionaries: syntax, dates, overlapping roles, duplicate phrases, codes");
  auto lint_path = std::make_shared<std::string>();
  lint->add_option("PATH", *lint_path, "dictionary file or directory (default: the shipped ones)");
  lint->callback([lint_path, &global] {
    const std::string where = DictionaryPath(global, *lint_path);
    Result<dict::Dictionary> loaded = dict::LoadActaDictionaries(where);
    if (!loaded.ok()) {
      std::fprintf(stderr, "acta dict lint: %s\n", loaded.status().ToString().c_str());
      global.exit_code = kExitData;
      return;
    }
    const std::string data_dir = global.data_dir.empty() ? DefaultDataDir() : global.data_dir;
    Result<Codebook> book = Codebook::Load(Codebook::DefaultPath(data_dir));
    if (!book.ok()) {
      std::fprintf(stderr, "acta dict lint: %s\n", book.status().ToString().c_str());
      global.exit_code = kExitData;
      return;
    }
    std::set<std::string> codes;
    for (const auto& entry : book->entries()) codes.insert(entry.first);
    std::vector<std::string> problems = dict::LintDictionary(*loaded, &codes);
    for (const std::string& p : problems) fmt::print("{}\n", p);
    const dict::LoadCounts& c = loaded->counts;
    fmt::print(stderr,
               "acta dict lint: {} files, {} actors ({} phrases), {} agents ({} phrases), {} verbs "
               "({} patterns); {} problems\n",
               loaded->files.size(), c.actors, c.actor_phrases, c.agents, c.agent_phrases, c.verbs,
               c.verb_patterns, problems.size());
    global.exit_code = problems.empty() ? kExitOk : kExitFailure;
  });
}

}  // namespace acta::cli
