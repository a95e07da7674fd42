// `acta analyze`: shows, sentence by sentence, what acta's analysis sees:
// tokens with byte offsets, POS tags, chunks, entities and lemmas.
#include <unistd.h>

#include <fmt/format.h>
#include <CLI/CLI.hpp>

#include <cstdio>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "acta/analysis.h"
#include "acta/story.h"
#include "commands.h"
#include "story_input.h"

namespace acta::cli {
namespace {

std::string_view Slice(const Analysis& a, uint32_t begin, uint32_t end) {
  return a.text.substr(begin, end - begin);
}

std::string SpanText(const Analysis& a, const Span& s) {
  return std::string(Slice(a, a.tokens[s.first].begin, a.tokens[s.last - 1].end));
}

void PrintText(const Story& story, const Analysis& a) {
  fmt::print("story {} {} ({}:{})\n", story.id, story.date.ToString(), story.origin, story.line);
  size_t chunk = 0, entity = 0;
  for (size_t si = 0; si < a.sentences.size(); ++si) {
    const Sentence& s = a.sentences[si];
    fmt::print("\nsentence {} [{}, {}): {}\n", si + 1, s.begin, s.end, Slice(a, s.begin, s.end));
    for (uint32_t i = s.first_token; i < s.last_token; ++i) {
      const Token& t = a.tokens[i];
      fmt::print("  {:<18} {:>6}-{:<6} {:<5} {:<7} {:<7} {}\n", t.form, t.begin, t.end, t.pos,
                 t.chunk, t.entity, t.lemma);
    }
    std::string line;
    for (; entity < a.entities.size() && a.entities[entity].first < s.last_token; ++entity) {
      line += fmt::format(" [{} {}]", a.entities[entity].label, SpanText(a, a.entities[entity]));
    }
    if (!line.empty()) fmt::print("  entities:{}\n", line);
    line.clear();
    for (; chunk < a.chunks.size() && a.chunks[chunk].first < s.last_token; ++chunk) {
      line += fmt::format(" [{} {}]", a.chunks[chunk].label, SpanText(a, a.chunks[chunk]));
    }
    if (!line.empty()) fmt::print("  chunks:{}\n", line);
  }
  fmt::print("\n");
}

nlohmann::json Spans(const Analysis& a, const std::vector<Span>& spans, const Sentence& s) {
  nlohmann::json out = nlohmann::json::array();
  for (const Span& sp : spans) {
    if (sp.first < s.first_token || sp.first >= s.last_token) continue;
    out.push_back({{"type", sp.label},
                   {"first_token", sp.first - s.first_token},
                   {"last_token", sp.last - s.first_token},
                   {"begin", a.tokens[sp.first].begin},
                   {"end", a.tokens[sp.last - 1].end},
                   {"text", SpanText(a, sp)}});
  }
  return out;
}

void PrintJson(const Story& story, const Analysis& a) {
  nlohmann::json j;
  j["id"] = story.id;
  j["date"] = story.date.ToString();
  nlohmann::json sentences = nlohmann::json::array();
  for (const Sentence& s : a.sentences) {
    nlohmann::json tokens = nlohmann::json::array();
    for (uint32_t i = s.first_token; i < s.last_token; ++i) {
      const Token& t = a.tokens[i];
      tokens.push_back({{"text", Slice(a, t.begin, t.end)},
                        {"form", t.form},
                        {"begin", t.begin},
                        {"end", t.end},
                        {"pos", t.pos},
                        {"chunk", t.chunk},
                        {"entity", t.entity},
                        {"lemma", t.lemma}});
    }
    sentences.push_back({{"begin", s.begin},
                         {"end", s.end},
                         {"text", Slice(a, s.begin, s.end)},
                         {"tokens", std::move(tokens)},
                         {"chunks", Spans(a, a.chunks, s)},
                         {"entities", Spans(a, a.entities, s)}});
  }
  j["sentences"] = std::move(sentences);
  std::string line = j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  std::fwrite(line.data(), 1, line.size(), stdout);
  std::fputc('\n', stdout);
}

}  // namespace

void RegisterAnalyze(CLI::App& app, GlobalOptions& global) {
  CLI::App* cmd = app.add_subcommand(
      "analyze", "show sentences, tokens with byte offsets, tags, chunks, entities and lemmas");
  auto input = std::make_shared<StoryInputOptions>();
  auto json = std::make_shared<bool>(false);
  AddStoryInputOptions(cmd, input.get());
  cmd->add_flag("--json", *json, "one JSON object per story (JSON Lines)");
  cmd->callback([input, json, &global] {
    AnalyzerOptions options;
    if (!global.data_dir.empty()) options.model_dir = global.data_dir + "/models";
    options.wordnet_dir = global.wordnet_dir;
    Result<std::shared_ptr<const Analyzer>> analyzer = Analyzer::Load(options);
    if (!analyzer.ok()) {
      std::fprintf(stderr, "acta analyze: %s\n", analyzer.status().ToString().c_str());
      global.exit_code = kExitData;
      return;
    }
    Analysis analysis;
    global.exit_code = ForEachStory(*input, global, "analyze", [&](const Story& story) {
      (*analyzer)->Analyze(story.text, &analysis);
      if (*json) {
        PrintJson(story, analysis);
      } else {
        PrintText(story, analysis);
      }
      return analysis.sentences.size();
    });
  });
}

}  // namespace acta::cli
