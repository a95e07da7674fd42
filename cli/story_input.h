// Options and the read loop shared by every command that takes stories.
#ifndef ACTA_CLI_STORY_INPUT_H_
#define ACTA_CLI_STORY_INPUT_H_

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "acta/story.h"
#include "commands.h"

namespace CLI {
class App;
}

namespace acta::cli {

// A story longer than this is rejected unless --max-story-bytes says otherwise:
// no news story comes near it, and one this long is most likely a whole file
// of something else read as one story.
constexpr size_t kDefaultMaxStoryBytes = 8 << 20;

struct StoryInputOptions {
  std::vector<std::string> inputs;  // files, directories, "-" for stdin
  std::string format = "auto";
  std::string default_date;
  size_t max_story_bytes = kDefaultMaxStoryBytes;  // 0: no limit
};

void AddStoryInputOptions(CLI::App* cmd, StoryInputOptions* options);

// Reads every story and calls `process` on each (which returns the number of
// sentences it handled). Reports every input problem on stderr as
// "file:line: message", a progress line when stderr is a terminal, and a final
// summary. Returns the command's exit code.
int ForEachStory(const StoryInputOptions& options, const GlobalOptions& global, const char* command,
                 const std::function<size_t(const Story&)>& process);

// As ForEachStory, but hands stories over `batch_size` at a time (the last
// batch may be smaller), so a command can work on a batch in parallel and
// still write its output in input order. With `read_ahead`, batches are
// processed on a thread of their own, one after another, while the next is
// read: reading never runs more than one batch ahead.
int ForEachStoryBatch(const StoryInputOptions& options, const GlobalOptions& global,
                      const char* command, size_t batch_size,
                      const std::function<size_t(std::vector<Story>&)>& process_batch,
                      bool read_ahead = false);

}  // namespace acta::cli

#endif  // ACTA_CLI_STORY_INPUT_H_
