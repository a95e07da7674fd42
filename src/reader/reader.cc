// The public reader API: inputs (files, directories, standard input) to
// buffers, buffers to the format parsers.
#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <string>
#include <system_error>
#include <vector>

#include "acta/story.h"
#include "reader/emitter.h"
#include "reader/formats.h"

namespace acta {
namespace {

namespace fs = std::filesystem;

constexpr std::string_view kBom = "\xEF\xBB\xBF";
constexpr char kStdinOrigin[] = "<stdin>";

bool IsBlank(char c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v';
}

// Position of the first byte after any byte order mark and blank space.
size_t SkipBlank(std::string_view data) {
  size_t pos = data.substr(0, kBom.size()) == kBom ? kBom.size() : 0;
  while (pos < data.size() && IsBlank(data[pos])) ++pos;
  return pos;
}

// Reads all of `file` into *out.
Status ReadAll(std::FILE* file, std::string* out) {
  out->clear();
  char buffer[1 << 16];
  while (true) {
    const size_t n = std::fread(buffer, 1, sizeof buffer, file);
    out->append(buffer, n);
    if (n < sizeof buffer) break;
  }
  if (std::ferror(file)) return Status::IoError(std::strerror(errno));
  return Status::Ok();
}

Status ReadFile(const std::string& path, std::string* out) {
  std::FILE* file = std::fopen(path.c_str(), "rb");
  if (file == nullptr) return Status::IoError(std::strerror(errno));
  // A regular file's size lets the buffer be allocated once.
  std::error_code ec;
  const auto size = fs::file_size(path, ec);
  if (!ec) out->reserve(size);
  Status status = ReadAll(file, out);
  std::fclose(file);
  return status;
}

// Reading state shared by every input of one ReadStories call.
class InputReader {
 public:
  InputReader(const ReaderOptions& options, const StorySink& sink, const IssueSink& on_issue,
              ReadStats* stats)
      : options_(options), sink_(sink), on_issue_(on_issue), stats_(stats) {}

  // Returns true when at least one file (or standard input) was read.
  bool ReadInput(const std::string& input) {
    if (input == "-") {
      std::string data;
      const Status status = ReadAll(stdin, &data);
      if (!status.ok()) return Unreadable(kStdinOrigin, status.message());
      ReadStoriesFromBuffer(data, kStdinOrigin, options_, sink_, on_issue_, stats_);
      return true;
    }
    std::error_code ec;
    const fs::file_status status = fs::status(input, ec);
    if (ec || !fs::exists(status)) {
      return Unreadable(input, ec ? ec.message() : "No such file or directory");
    }
    if (fs::is_directory(status)) {
      std::vector<std::string> files;
      CollectFiles(input, &files);
      std::sort(files.begin(), files.end());
      for (const auto& file : files) ReadOneFile(file);
      return true;  // the directory itself was readable
    }
    return ReadOneFile(input);
  }

 private:
  bool ReadOneFile(const std::string& path) {
    std::string data;
    const Status status = ReadFile(path, &data);
    if (!status.ok()) return Unreadable(path, status.message());
    ReadStoriesFromBuffer(data, path, options_, sink_, on_issue_, stats_);
    return true;
  }

  // Appends the paths of the regular files under `dir`, skipping hidden
  // entries. Symbolic links to files are followed, to directories not (they
  // could form a cycle); each skipped non-hidden entry is reported.
  void CollectFiles(const fs::path& dir, std::vector<std::string>* files) {
    std::error_code ec;
    fs::directory_iterator it(dir, ec);
    if (ec) {
      Unreadable(dir.string(), "cannot list directory: " + ec.message());
      return;
    }
    for (; it != fs::directory_iterator(); it.increment(ec)) {
      const fs::path& path = it->path();
      if (path.filename().string().starts_with('.')) continue;
      std::error_code type_ec;
      const bool is_link = it->is_symlink(type_ec);
      if (it->is_directory(type_ec)) {
        if (is_link) {
          Report(path.string(), "symbolic link to a directory, not followed");
        } else {
          CollectFiles(path, files);
        }
      } else if (it->is_regular_file(type_ec)) {
        files->push_back(path.string());
      } else {
        Report(path.string(), "not a regular file, skipped");
      }
    }
    if (ec) Unreadable(dir.string(), "cannot list directory: " + ec.message());
  }

  void Report(const std::string& origin, const std::string& message) {
    if (on_issue_) on_issue_(ReadIssue{origin, 0, message, /*rejected_story=*/false});
  }

  bool Unreadable(const std::string& origin, const std::string& reason) {
    ++stats_->unreadable_files;
    Report(origin, "cannot read: " + reason);
    return false;
  }

  const ReaderOptions& options_;
  const StorySink& sink_;
  const IssueSink& on_issue_;
  ReadStats* stats_;
};

}  // namespace

std::string_view RejectReasonName(RejectReason reason) {
  switch (reason) {
    case RejectReason::kNoDate:
      return "no usable date";
    case RejectReason::kNoText:
      return "no text";
    case RejectReason::kMalformed:
      return "malformed record";
    case RejectReason::kTooLarge:
      return "over the size limit";
  }
  return "malformed record";
}

std::optional<InputFormat> ParseInputFormat(const std::string& name) {
  if (name == "auto") return InputFormat::kAuto;
  if (name == "story") return InputFormat::kStory;
  if (name == "jsonl") return InputFormat::kJsonl;
  if (name == "sgml") return InputFormat::kSgml;
  return std::nullopt;
}

InputFormat DetectFormat(std::string_view data) {
  const size_t pos = SkipBlank(data);
  if (pos == data.size()) return InputFormat::kStory;
  if (data[pos] == '{') return InputFormat::kJsonl;
  if (data[pos] == '<') return InputFormat::kSgml;
  return InputFormat::kStory;
}

void ReadStoriesFromBuffer(std::string_view data, const std::string& origin,
                           const ReaderOptions& options, const StorySink& sink,
                           const IssueSink& on_issue, ReadStats* stats) {
  ReadStats unused;
  if (stats == nullptr) stats = &unused;
  ++stats->files;
  StoryEmitter emitter(origin, options, sink, on_issue, stats);
  if (SkipBlank(data) == data.size()) {
    emitter.Note(0, "empty file");
    return;
  }
  const InputFormat format =
      options.format == InputFormat::kAuto ? DetectFormat(data) : options.format;
  switch (format) {
    case InputFormat::kJsonl:
      ParseJsonLines(data, &emitter);
      break;
    case InputFormat::kSgml:
      ParseReutersSgml(data, &emitter);
      break;
    case InputFormat::kAuto:
    case InputFormat::kStory:
      ParsePlainStory(data, &emitter);
      break;
  }
}

Status ReadStories(const std::vector<std::string>& inputs, const ReaderOptions& options,
                   const StorySink& sink, const IssueSink& on_issue, ReadStats* stats) {
  if (inputs.empty()) return Status::InvalidArgument("no input given");
  ReadStats unused;
  if (stats == nullptr) stats = &unused;
  InputReader reader(options, sink, on_issue, stats);
  bool any = false;
  for (const auto& input : inputs) any = reader.ReadInput(input) || any;
  if (!any) return Status::NotFound("none of the inputs could be read");
  return Status::Ok();
}

}  // namespace acta
