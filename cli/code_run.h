// `acta code`'s whole run, shared with `acta ingest`: stories read, coded
// and written as events (or handed to a sink).
#ifndef ACTA_CLI_CODE_RUN_H_
#define ACTA_CLI_CODE_RUN_H_

#include <functional>
#include <string>
#include <vector>

#include "acta/story.h"
#include "commands.h"
#include "story_input.h"

namespace acta::cli {

// Sentences longer than these are skipped, each reported: a real news
// sentence is far shorter, and one this long is a table, a list or text
// without stops that no reading of "who did what to whom" fits.
constexpr size_t kDefaultMaxSentenceWords = 400;
constexpr size_t kDefaultMaxSentenceBytes = 10000;

struct CodeOptions {
  std::string command = "code";  // the command that runs, for messages
  std::string dict;
  std::string format = "jsonl";
  std::string output;
  int threads = 0;  // 0: one per core
  bool warnings = false;
  bool unknown_actors = false;
  bool tagger = false;
  std::string stories;  // --stories FILE
  bool all_mentions = false;
  bool all_modalities = false;
  bool unknown_names = false;
  bool no_geo = false;
  bool infer_geo = false;
  size_t max_sentence_words = kDefaultMaxSentenceWords;  // 0: no limit
  size_t max_sentence_bytes = kDefaultMaxSentenceBytes;  // 0: no limit
  // When set, each story's events (JSON Lines) and its story record (as
  // --stories writes it) go here, in input order and from one thread at a
  // time, instead of to the output. A false return stops the run (exit 1).
  std::function<bool(const Story& story, const std::string& event_lines,
                     const std::string& story_record)>
      sink;
  // When set, asked for each batch of stories before coding, from the
  // sink's thread: a story it marks true is not coded (the sink has it
  // already).
  std::function<std::vector<bool>(const std::vector<Story>& stories)> skip;
};

// Adds --max-sentence-words and --max-sentence-bytes to `cmd`.
void AddSentenceLimitOptions(CLI::App* cmd, CodeOptions* options);

// Codes the stories `input` names as `options` says; the exit code.
int RunCode(const StoryInputOptions& input, const CodeOptions& options, GlobalOptions& global);

}  // namespace acta::cli

#endif  // ACTA_CLI_CODE_RUN_H_
