// The one place where parsed stories are checked, repaired, counted and handed
// on. Every format parser reports each story it finds through a StoryEmitter,
// which keeps the invariant read == accepted + rejected.
#ifndef ACTA_READER_EMITTER_H_
#define ACTA_READER_EMITTER_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "acta/date.h"
#include "acta/story.h"

namespace acta {

// A story as a format parser found it, before any checks.
struct RawStory {
  int line = 0;    // 1-based line where the story starts
  std::string id;  // empty: the emitter derives "h" + content hash
  std::optional<Date> date;
  std::string date_problem;  // why `date` is empty, e.g. "invalid date \"2024-02-30\""
  std::string title;
  std::string source;
  std::string url;
  std::string text;  // may hold invalid UTF-8, NULs and CRLF line ends
  // Repairs the parser already made to this story's bytes (it may repair a
  // whole record before it can parse it); added to the emitter's own count.
  size_t prior_utf8_repairs = 0;
};

class StoryEmitter {
 public:
  // All references must outlive the emitter. `sink` and `on_issue` may be empty
  // functions; `stats` must not be null.
  StoryEmitter(std::string_view origin, const ReaderOptions& options, const StorySink& sink,
               const IssueSink& on_issue, ReadStats* stats);

  StoryEmitter(const StoryEmitter&) = delete;
  StoryEmitter& operator=(const StoryEmitter&) = delete;

  // Counts one story, then either accepts it (repairs UTF-8 and NULs in every
  // text field, turns CRLF and lone CR into LF, trims the text, fills the id and
  // a defaulted date) or rejects it with an issue: no usable date and no
  // default date, no text, or more text than ReaderOptions::max_story_bytes.
  void Emit(RawStory raw);

  // Counts one story that was dropped, and reports `message`.
  void Reject(int line, std::string message, RejectReason reason = RejectReason::kMalformed);

  // Reports a problem that drops no story (line 0: the whole input).
  void Note(int line, std::string message);

  const std::string& origin() const { return origin_; }

 private:
  std::string origin_;
  const ReaderOptions& options_;
  const StorySink& sink_;
  const IssueSink& on_issue_;
  ReadStats* stats_;
};

// "h" + 16 lowercase hex digits of the 64-bit FNV-1a hash of
// date + "\n" + text. Stable across runs, builds and machines.
std::string ContentHashId(const Date& date, std::string_view text);

// Parses "YYYY-MM-DD", or an ISO 8601 timestamp that starts with one followed by
// 'T', 't' or ' ' ("2024-03-26T10:00:00Z" gives 2024-03-26; the time and zone
// are ignored). Nullopt for anything else or an impossible day.
std::optional<Date> ParseDateOrTimestamp(std::string_view text);

// Makes *s valid UTF-8 without NUL bytes: each maximal ill-formed subpart and
// each NUL becomes U+FFFD. Returns the number of replacements.
size_t RepairText(std::string* s);

// `text` in double quotes for an issue message, cut to at most 40 bytes.
std::string QuoteForIssue(std::string_view text);

// Counts '\n' in [begin, end) of `data`.
int CountNewlines(std::string_view data, size_t begin, size_t end);

}  // namespace acta

#endif  // ACTA_READER_EMITTER_H_
