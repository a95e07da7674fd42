// Stories and the readers that turn input files into them.
#ifndef ACTA_STORY_H_
#define ACTA_STORY_H_

#include <array>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "acta/date.h"
#include "acta/status.h"

namespace acta {

// One dated news story. `text` is valid UTF-8 without NUL bytes (repaired by the
// reader when the input was not), with "\n" line ends and no leading or
// trailing blank space; every later stage keeps byte offsets into it.
struct Story {
  std::string id;  // given by the input, or "h" + 16 hex digits of a content hash
  Date date;
  std::string title;
  std::string source;
  std::string url;
  std::string text;
  std::string origin;           // file path, or "<stdin>"
  int line = 0;                 // 1-based line in `origin` where the story starts
  size_t utf8_repairs = 0;      // invalid UTF-8 sequences and NULs replaced by U+FFFD
  bool date_defaulted = false;  // the date came from --default-date
};

enum class InputFormat {
  kAuto,   // decided per file from its first non-blank bytes
  kStory,  // "date YYYY-MM-DD" then the text
  kJsonl,  // one JSON object per line: id, date, text, optional title/source/url
  kSgml,   // Reuters-21578 SGML
};

// Parses "auto", "story", "jsonl", "sgml"; nullopt otherwise.
std::optional<InputFormat> ParseInputFormat(const std::string& name);

struct ReaderOptions {
  InputFormat format = InputFormat::kAuto;
  // Given to stories whose own date is missing or unusable; without it they are rejected.
  std::optional<Date> default_date;
  // A story whose text is longer (in bytes, as read) is rejected; 0: no limit.
  size_t max_story_bytes = 0;
};

// Why a story was rejected.
enum class RejectReason : uint8_t {
  kNoDate,     // no date, or one that is not a real day, and no default date
  kNoText,     // nothing to code
  kMalformed,  // the record could not be read: bad JSON, wrong field types, broken SGML
  kTooLarge,   // over ReaderOptions::max_story_bytes
};
constexpr size_t kNumRejectReasons = 4;

// "no usable date", "no text", "malformed record", "over the size limit".
std::string_view RejectReasonName(RejectReason reason);

// A problem with the input, always with where it was found.
struct ReadIssue {
  std::string origin;
  int line = 0;  // 0 when the problem concerns a whole file
  std::string message;
  bool rejected_story = false;                     // true when a story was dropped because of it
  RejectReason reason = RejectReason::kMalformed;  // why, when rejected_story
};

// Counts over a whole run. Invariant after reading: read == accepted + rejected.
struct ReadStats {
  size_t files = 0;             // files read; standard input and each buffer count as one
  size_t unreadable_files = 0;  // inputs that could not be opened or listed
  size_t read = 0;              // stories found in the input
  size_t accepted = 0;          // stories handed to the sink
  size_t rejected = 0;          // stories dropped, each reported as a ReadIssue
  std::array<size_t, kNumRejectReasons> rejected_by{};  // `rejected` by RejectReason
  size_t utf8_repaired_stories = 0;                     // accepted stories with utf8_repairs > 0
  size_t utf8_repairs = 0;                              // sum of utf8_repairs over accepted stories
};

using StorySink = std::function<void(Story&& story)>;
using IssueSink = std::function<void(const ReadIssue& issue)>;

// Reads every story from `inputs`: files, directories (recursively, in sorted
// order) or "-" for standard input. Never stops at a bad story or file: each
// problem goes to `on_issue` and is counted in `stats`. Returns non-OK only
// when nothing could be read at all (for example every input is missing).
Status ReadStories(const std::vector<std::string>& inputs, const ReaderOptions& options,
                   const StorySink& sink, const IssueSink& on_issue, ReadStats* stats);

// Reads stories from an in-memory buffer as if it were a file named `origin`.
void ReadStoriesFromBuffer(std::string_view data, const std::string& origin,
                           const ReaderOptions& options, const StorySink& sink,
                           const IssueSink& on_issue, ReadStats* stats);

}  // namespace acta

#endif  // ACTA_STORY_H_
