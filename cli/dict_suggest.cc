// `acta dict suggest STORIES...`: the people and organisations the stories
// name most that acta's actor dictionaries do not know, with an example
// sentence each: what a dictionary maintainer should add next.
#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <memory>
#include <set>
#include <string>

#include "acta/analysis.h"
#include "coder/coder.h"
#include "coder/compiled_dictionary.h"
#include "commands.h"
#include "common/tsv.h"
#include "story/unknown_names.h"
#include "story_input.h"

namespace acta::cli {
namespace {

struct SuggestOptions {
  std::string dict;
  size_t top = 50;
};

}  // namespace

void RegisterDictSuggest(CLI::App* dict_cmd, GlobalOptions& global) {
  CLI::App* cmd = dict_cmd->add_subcommand(
      "suggest",
      "list the people and organisations stories name most that no actor entry knows, with an "
      "example sentence each");
  auto input = std::make_shared<StoryInputOptions>();
  auto opts = std::make_shared<SuggestOptions>();
  AddStoryInputOptions(cmd, input.get());
  cmd->add_option("--dict", opts->dict, "dictionaries (default: acta's own)");
  cmd->add_option("--top", opts->top, "how many names to list (default 50)");
  cmd->callback([input, opts, &global] {
    Result<dict::Dictionary> d = LoadDictionarySpec(opts->dict, global);
    if (!d.ok()) {
      std::fprintf(stderr, "acta dict suggest: %s\n", d.status().ToString().c_str());
      global.exit_code = kExitData;
      return;
    }
    Result<std::shared_ptr<const Analyzer>> analyzer = LoadAnalyzer(global);
    if (!analyzer.ok()) {
      std::fprintf(stderr, "acta dict suggest: %s\n", analyzer.status().ToString().c_str());
      global.exit_code = kExitData;
      return;
    }
    auto compiled = coder::CompiledDictionary::Compile(std::move(d).value());
    const coder::Coder coder(compiled, coder::OptionsFor(compiled->dictionary()));
    story::UnknownNameTally tally;
    Analysis a;
    global.exit_code = ForEachStory(*input, global, "dict suggest", [&](const Story& story) {
      (*analyzer)->Analyze(story.text, &a);
      for (const Sentence& s : a.sentences) {
        const std::vector<story::UnknownName> names = story::UnknownNames(a, s, *compiled);
        if (names.empty()) continue;
        const std::string_view text = a.text.substr(s.begin, s.end - s.begin);
        const coder::SentenceCoding coding = coder.Code(text, story.date);
        const std::string country = story::SentenceCountry(coding.entities);
        for (const story::UnknownName& n : names)
          tally.Add(n, country, !coding.events.empty(), text);
      }
      return a.sentences.size();
    });
    fmt::print("count\tin_events\ttype\tname\tcountry\texample\n");
    for (const story::UnknownNameTally::Entry* e : tally.Top(opts->top)) {
      std::string country;
      size_t best = 0;
      for (const auto& [c, n] : e->countries)
        if (n > best) {
          country = c;
          best = n;
        }
      fmt::print("{}\t{}\t{}\t{}\t{}\t{}\n", e->count, e->in_event_sentences, e->type,
                 TsvField(e->text), country, TsvField(e->example));
    }
  });
}

}  // namespace acta::cli
