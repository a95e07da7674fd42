// `acta analyze`: shows, sentence by sentence, what acta's analysis sees:
// tokens with byte offsets, POS tags, chunks, entities and lemmas.
#include <unistd.h>

#include <fmt/format.h>
#include <CLI/CLI.hpp>

#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "acta/analysis.h"
#include "acta/story.h"
#include "commands.h"
#include "json_writer.h"
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

void WriteSpans(const Analysis& a, const std::vector<Span>& spans, const Sentence& s,
                JsonWriter* w) {
  w->BeginArray();
  for (const Span& sp : spans) {
    if (sp.first < s.first_token || sp.first >= s.last_token) continue;
    w->BeginObject();
    w->Key("type");
    w->Value(sp.label);
    w->Key("first_token");
    w->Value(uint64_t{sp.first - s.first_token});
    w->Key("last_token");
    w->Value(uint64_t{sp.last - s.first_token});
    w->Key("begin");
    w->Value(uint64_t{a.tokens[sp.first].begin});
    w->Key("end");
    w->Value(uint64_t{a.tokens[sp.last - 1].end});
    w->Key("text");
    w->Value(SpanText(a, sp));
    w->EndObject();
  }
  w->EndArray();
}

void PrintJson(const Story& story, const Analysis& a, std::string* buf) {
  buf->clear();
  JsonWriter w(buf);
  w.BeginObject();
  w.Key("id");
  w.Value(story.id);
  w.Key("date");
  w.Value(story.date.ToString());
  w.Key("sentences");
  w.BeginArray();
  for (const Sentence& s : a.sentences) {
    w.BeginObject();
    w.Key("begin");
    w.Value(uint64_t{s.begin});
    w.Key("end");
    w.Value(uint64_t{s.end});
    w.Key("text");
    w.Value(Slice(a, s.begin, s.end));
    w.Key("tokens");
    w.BeginArray();
    for (uint32_t i = s.first_token; i < s.last_token; ++i) {
      const Token& t = a.tokens[i];
      w.BeginObject();
      w.Key("text");
      w.Value(Slice(a, t.begin, t.end));
      w.Key("form");
      w.Value(t.form);
      w.Key("begin");
      w.Value(uint64_t{t.begin});
      w.Key("end");
      w.Value(uint64_t{t.end});
      w.Key("pos");
      w.Value(t.pos);
      w.Key("chunk");
      w.Value(t.chunk);
      w.Key("entity");
      w.Value(t.entity);
      w.Key("lemma");
      w.Value(t.lemma);
      w.EndObject();
    }
    w.EndArray();
    w.Key("chunks");
    WriteSpans(a, a.chunks, s, &w);
    w.Key("entities");
    WriteSpans(a, a.entities, s, &w);
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  buf->push_back('\n');
  std::fwrite(buf->data(), 1, buf->size(), stdout);
}

}  // namespace

Result<std::shared_ptr<const Analyzer>> LoadAnalyzer(const GlobalOptions& global) {
  AnalyzerOptions options;
  if (!global.data_dir.empty()) options.model_dir = global.data_dir + "/models";
  options.wordnet_dir = global.wordnet_dir;
  return Analyzer::Load(options);
}

void RegisterAnalyze(CLI::App& app, GlobalOptions& global) {
  CLI::App* cmd = app.add_subcommand(
      "analyze", "show sentences, tokens with byte offsets, tags, chunks, entities and lemmas");
  auto input = std::make_shared<StoryInputOptions>();
  auto json = std::make_shared<bool>(false);
  AddStoryInputOptions(cmd, input.get());
  cmd->add_flag("--json", *json, "one JSON object per story (JSON Lines)");
  cmd->callback([input, json, &global] {
    Result<std::shared_ptr<const Analyzer>> analyzer = LoadAnalyzer(global);
    if (!analyzer.ok()) {
      std::fprintf(stderr, "acta analyze: %s\n", analyzer.status().ToString().c_str());
      global.exit_code = kExitData;
      return;
    }
    Analysis analysis;
    std::string buffer;
    global.exit_code = ForEachStory(*input, global, "analyze", [&](const Story& story) {
      (*analyzer)->Analyze(story.text, &analysis);
      if (*json) {
        PrintJson(story, analysis, &buffer);
      } else {
        PrintText(story, analysis);
      }
      return analysis.sentences.size();
    });
  });
}

}  // namespace acta::cli
