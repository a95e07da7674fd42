#include "reader/emitter.h"

#include <algorithm>
#include <cstring>
#include <utility>

#include "common/utf8.h"

namespace acta {
namespace {

bool IsSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

void Trim(std::string* s) {
  size_t end = s->size();
  while (end > 0 && IsSpace((*s)[end - 1])) --end;
  size_t begin = 0;
  while (begin < end && IsSpace((*s)[begin])) ++begin;
  s->erase(end);
  s->erase(0, begin);
}

// Replaces every NUL in *s with U+FFFD; returns how many there were.
size_t ReplaceNuls(std::string* s) {
  if (std::memchr(s->data(), '\0', s->size()) == nullptr) return 0;
  std::string out;
  out.reserve(s->size() + 8);
  size_t count = 0;
  for (char c : *s) {
    if (c == '\0') {
      out.append("\xEF\xBF\xBD");
      ++count;
    } else {
      out.push_back(c);
    }
  }
  *s = std::move(out);
  return count;
}

// CRLF and lone CR become LF.
void NormalizeLineEnds(std::string* s) {
  if (s->find('\r') == std::string::npos) return;
  size_t w = 0;
  for (size_t r = 0; r < s->size(); ++r) {
    char c = (*s)[r];
    if (c == '\r') {
      if (r + 1 < s->size() && (*s)[r + 1] == '\n') continue;
      c = '\n';
    }
    (*s)[w++] = c;
  }
  s->resize(w);
}

}  // namespace

size_t RepairText(std::string* s) {
  size_t n = 0;
  if (!IsValidUtf8(*s)) {
    std::string repaired;
    n = RepairUtf8(*s, &repaired);
    *s = std::move(repaired);
  }
  return n + ReplaceNuls(s);
}

StoryEmitter::StoryEmitter(std::string_view origin, const ReaderOptions& options,
                           const StorySink& sink, const IssueSink& on_issue, ReadStats* stats)
    : origin_(origin), options_(options), sink_(sink), on_issue_(on_issue), stats_(stats) {}

void StoryEmitter::Emit(RawStory raw) {
  size_t repairs = raw.prior_utf8_repairs;
  repairs += RepairText(&raw.id);
  repairs += RepairText(&raw.title);
  repairs += RepairText(&raw.source);
  repairs += RepairText(&raw.url);
  repairs += RepairText(&raw.text);
  NormalizeLineEnds(&raw.text);
  Trim(&raw.text);
  Trim(&raw.title);
  Trim(&raw.id);

  const std::string who = raw.id.empty() ? "" : "story " + raw.id + ": ";
  Story story;
  if (raw.date.has_value()) {
    story.date = *raw.date;
  } else if (options_.default_date.has_value()) {
    story.date = *options_.default_date;
    story.date_defaulted = true;
  } else {
    Reject(raw.line, who + raw.date_problem, RejectReason::kNoDate);
    return;
  }
  if (raw.text.empty()) {
    Reject(raw.line, who + "story has no text", RejectReason::kNoText);
    return;
  }
  if (options_.max_story_bytes > 0 && raw.text.size() > options_.max_story_bytes) {
    Reject(raw.line,
           who + "story of " + std::to_string(raw.text.size()) + " bytes is over the limit of " +
               std::to_string(options_.max_story_bytes) + " (--max-story-bytes)",
           RejectReason::kTooLarge);
    return;
  }
  if (story.date_defaulted) {
    Note(raw.line,
         who + raw.date_problem + "; using default date " + options_.default_date->ToString());
  }

  story.id = raw.id.empty() ? ContentHashId(story.date, raw.text) : std::move(raw.id);
  story.title = std::move(raw.title);
  story.source = std::move(raw.source);
  story.url = std::move(raw.url);
  story.text = std::move(raw.text);
  story.origin = origin_;
  story.line = raw.line;
  story.utf8_repairs = repairs;

  ++stats_->read;
  ++stats_->accepted;
  stats_->utf8_repairs += repairs;
  if (repairs > 0) ++stats_->utf8_repaired_stories;
  if (sink_) sink_(std::move(story));
}

void StoryEmitter::Reject(int line, std::string message, RejectReason reason) {
  RepairText(&message);
  ++stats_->read;
  ++stats_->rejected;
  ++stats_->rejected_by[static_cast<size_t>(reason)];
  if (on_issue_)
    on_issue_(ReadIssue{origin_, line, std::move(message), /*rejected_story=*/true, reason});
}

void StoryEmitter::Note(int line, std::string message) {
  RepairText(&message);
  if (on_issue_) on_issue_(ReadIssue{origin_, line, std::move(message), /*rejected_story=*/false});
}

std::string ContentHashId(const Date& date, std::string_view text) {
  constexpr uint64_t kOffset = 0xcbf29ce484222325ULL;
  constexpr uint64_t kPrime = 0x100000001b3ULL;
  uint64_t h = kOffset;
  auto mix = [&h](std::string_view bytes) {
    for (unsigned char c : bytes) {
      h ^= c;
      h *= kPrime;
    }
  };
  mix(date.ToString());
  mix("\n");
  mix(text);
  static constexpr char kHex[] = "0123456789abcdef";
  std::string id = "h";
  for (int shift = 60; shift >= 0; shift -= 4) id.push_back(kHex[(h >> shift) & 0xF]);
  return id;
}

std::optional<Date> ParseDateOrTimestamp(std::string_view text) {
  if (text.size() > 10) {
    const char sep = text[10];
    if (sep != 'T' && sep != 't' && sep != ' ') return std::nullopt;
    text = text.substr(0, 10);
  }
  return Date::ParseIso(text);
}

std::string QuoteForIssue(std::string_view text) {
  constexpr size_t kMax = 40;
  std::string quoted;
  quoted.reserve(kMax + 5);
  quoted.push_back('"');
  quoted.append(text.substr(0, kMax));
  if (text.size() > kMax) quoted.append("...");
  quoted.push_back('"');
  return quoted;
}

int CountNewlines(std::string_view data, size_t begin, size_t end) {
  end = std::min(end, data.size());
  if (begin >= end) return 0;
  return static_cast<int>(std::count(data.begin() + begin, data.begin() + end, '\n'));
}

}  // namespace acta
