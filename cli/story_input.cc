#include "story_input.h"

#include <unistd.h>

#include <CLI/CLI.hpp>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <mutex>
#include <optional>
#include <thread>

namespace acta::cli {

void AddStoryInputOptions(CLI::App* cmd, StoryInputOptions* o) {
  cmd->add_option("INPUT", o->inputs, "story files, directories (recursive), or - for stdin")
      ->required();
  cmd->add_option("--input-format", o->format, "auto, story, jsonl or sgml")
      ->check(CLI::IsMember({"auto", "story", "jsonl", "sgml"}));
  cmd->add_option("--default-date", o->default_date,
                  "date (YYYY-MM-DD) for stories without a usable one; else they are rejected");
  cmd->add_option("--max-story-bytes", o->max_story_bytes,
                  "reject a story whose text is longer than this many bytes (0: no limit)")
      ->capture_default_str();
}

int ForEachStory(const StoryInputOptions& o, const GlobalOptions& global, const char* command,
                 const std::function<size_t(const Story&)>& process) {
  return ForEachStoryBatch(o, global, command, 1, [&process](std::vector<Story>& batch) {
    size_t sentences = 0;
    for (const Story& story : batch) sentences += process(story);
    return sentences;
  });
}

namespace {

// Hands batches from the reading thread to one processing thread, one at a
// time: Put waits while the previous batch is still waiting to be taken.
class BatchHandoff {
 public:
  explicit BatchHandoff(const std::function<void(std::vector<Story>&)>& process)
      : thread_([this, process] {
          std::vector<Story> batch;
          while (Take(&batch)) {
            process(batch);
            batch.clear();
          }
        }) {}
  ~BatchHandoff() {
    {
      std::lock_guard<std::mutex> lock(mu_);
      done_ = true;
    }
    cv_.notify_all();
    thread_.join();
  }
  void Put(std::vector<Story>* batch) {
    std::unique_lock<std::mutex> lock(mu_);
    cv_.wait(lock, [this] { return !full_; });
    waiting_.swap(*batch);
    full_ = true;
    cv_.notify_all();
  }

 private:
  bool Take(std::vector<Story>* batch) {
    std::unique_lock<std::mutex> lock(mu_);
    cv_.wait(lock, [this] { return full_ || done_; });
    if (!full_) return false;
    batch->swap(waiting_);
    full_ = false;
    cv_.notify_all();
    return true;
  }

  std::mutex mu_;
  std::condition_variable cv_;
  std::vector<Story> waiting_;
  bool full_ = false, done_ = false;
  std::thread thread_;  // last: started once the rest is ready
};

}  // namespace

int ForEachStoryBatch(const StoryInputOptions& o, const GlobalOptions& global, const char* command,
                      size_t batch_size,
                      const std::function<size_t(std::vector<Story>&)>& process_batch,
                      bool read_ahead) {
  ReaderOptions ro;
  ro.format = ParseInputFormat(o.format).value_or(InputFormat::kAuto);
  ro.max_story_bytes = o.max_story_bytes;
  if (!o.default_date.empty()) {
    ro.default_date = Date::ParseIso(o.default_date);
    if (!ro.default_date) {
      std::fprintf(stderr, "acta %s: --default-date must be a real YYYY-MM-DD date, not '%s'\n",
                   command, o.default_date.c_str());
      return kExitUsage;
    }
  }
  const bool progress = !global.quiet && isatty(STDERR_FILENO);
  const auto start = std::chrono::steady_clock::now();
  auto last = start;
  std::atomic<size_t> sentences = 0, coded = 0;
  ReadStats stats;
  auto on_issue = [&](const ReadIssue& issue) {
    if (progress) std::fputs("\r\033[K", stderr);
    if (issue.line > 0) {
      std::fprintf(stderr, "%s:%d: %s\n", issue.origin.c_str(), issue.line, issue.message.c_str());
    } else {
      std::fprintf(stderr, "%s: %s\n", issue.origin.c_str(), issue.message.c_str());
    }
  };
  std::vector<Story> batch;
  batch.reserve(batch_size);
  auto process = [&](std::vector<Story>& b) {
    sentences += process_batch(b);
    coded += b.size();
  };
  std::optional<BatchHandoff> handoff;
  if (read_ahead) handoff.emplace(process);
  auto flush = [&] {
    if (batch.empty()) return;
    if (handoff) {
      handoff->Put(&batch);
    } else {
      process(batch);
    }
    batch.clear();
  };
  auto sink = [&](Story&& story) {
    batch.push_back(std::move(story));
    if (batch.size() < batch_size) return;
    flush();
    if (!progress) return;
    auto now = std::chrono::steady_clock::now();
    if (now - last < std::chrono::milliseconds(250)) return;
    last = now;
    double secs = std::chrono::duration<double>(now - start).count();
    std::fprintf(stderr, "\r\033[K%zu stories, %zu sentences, %.0f sentences/s", coded.load(),
                 sentences.load(), static_cast<double>(sentences) / (secs > 0 ? secs : 1));
  };
  Status s = ReadStories(o.inputs, ro, sink, on_issue, &stats);
  flush();
  handoff.reset();  // waits for the last batch
  if (progress) std::fputs("\r\033[K", stderr);
  if (!global.quiet) {
    double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::fprintf(stderr, "acta %s: stories read %zu, coded %zu, rejected %zu", command, stats.read,
                 coded.load(), stats.rejected);
    // Why stories were rejected, reason by reason.
    const char* sep = " (";
    for (size_t r = 0; r < kNumRejectReasons; ++r) {
      if (stats.rejected_by[r] == 0) continue;
      const std::string_view why = RejectReasonName(static_cast<RejectReason>(r));
      std::fprintf(stderr, "%s%.*s: %zu", sep, static_cast<int>(why.size()), why.data(),
                   stats.rejected_by[r]);
      sep = ", ";
    }
    if (stats.rejected > 0) std::fputc(')', stderr);
    std::fprintf(stderr, "; %zu sentences in %.2f s", sentences.load(), secs);
    if (stats.utf8_repairs > 0) {
      std::fprintf(stderr, "; invalid UTF-8 repaired %zu times in %zu stories", stats.utf8_repairs,
                   stats.utf8_repaired_stories);
    }
    if (stats.unreadable_files > 0) {
      std::fprintf(stderr, "; %zu unreadable inputs", stats.unreadable_files);
    }
    std::fputc('\n', stderr);
  }
  if (!s.ok()) {
    std::fprintf(stderr, "acta %s: %s\n", command, s.message().c_str());
    return kExitInput;
  }
  return stats.rejected > 0 || stats.unreadable_files > 0 ? kExitPartial : kExitOk;
}

}  // namespace acta::cli
