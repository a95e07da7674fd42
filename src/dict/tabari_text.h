// Internal to the TABARI loaders (tabari_loader.cc, tabari_verbs.cc,
// tabari_options.cc): line splitting, comment and code-block scanning, and the
// FileLoader base that reports warnings with file:line.
#ifndef ACTA_DICT_TABARI_TEXT_H_
#define ACTA_DICT_TABARI_TEXT_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "dict/dictionary.h"

namespace acta::dict::tabari_internal {

inline bool IsBlank(char c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' || c == '\f';
}
inline bool IsDigit(char c) { return c >= '0' && c <= '9'; }

std::string_view Trim(std::string_view s);
// ASCII upper case.
std::string Upper(std::string_view s);
bool StartsWith(std::string_view s, std::string_view prefix);

// The key under which duplicate phrases are found: upper case, '-' as '_',
// blanks collapsed.
std::string PhraseKey(std::string_view text);

// True for "~FINISH", "~~FINISH 16:10 CDT ...".
bool IsFinish(std::string_view trimmed);

// A line's text before its comment and the comment, both trimmed. A comment
// starts at ';' outside brackets, or at '#' outside brackets that begins the
// line or follows a blank or ']' (so "[###]" and "PAPUA#X" are not comments).
struct Commented {
  std::string_view body;
  std::string_view comment;
};
Commented SplitComment(std::string_view line);

// An entry's phrase and the insides of its "[...]" blocks.
struct EntryText {
  std::string_view phrase;               // trimmed text before the first '['
  std::vector<std::string_view> blocks;  // without brackets
  std::string junk;                      // text between or after blocks, blank-joined
  bool unclosed = false;                 // a '[' without ']'
};
EntryText SplitEntry(std::string_view body);

// "[inside]", built by appending (GCC 12 misreports "[" + std::string(...) + "]").
std::string Bracketed(std::string_view inside);

// Repairs a ']' typed for '}' ("{ WAS | WERE ]") and drops any other ']' of a
// phrase ("FAEROYENE]_"). Returns false (and leaves *fixed alone) when `text`
// has no ']'.
bool RepairBrackets(std::string_view text, std::string* fixed);

// Shared state of one file being loaded.
class FileLoader {
 public:
  FileLoader(std::string_view contents, std::string_view name, Dictionary* dict)
      : contents_(contents), name_(name), dict_(dict) {
    file_ = static_cast<uint32_t>(dict->files.size());
    dict->files.emplace_back(name);
  }

 protected:
  // Calls handle(line, number, indented) for each line that is not blank or a
  // comment line, until the end or a ~FINISH line. `line` is cleaned of control
  // characters and ill-formed UTF-8.
  template <typename Handle>
  void ForEachLine(Handle handle) {
    size_t pos = 0;
    uint32_t number = 0;
    std::string scratch;
    after_blank_ = false;
    while (pos < contents_.size() && !stop_) {
      size_t end = contents_.find('\n', pos);
      if (end == std::string_view::npos) end = contents_.size();
      std::string_view line = contents_.substr(pos, end - pos);
      pos = end + 1;
      ++number;
      if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
      line = Clean(line, number, &scratch);
      std::string_view trimmed = Trim(line);
      if (trimmed.empty()) after_blank_ = true;
      if (trimmed.empty() || trimmed[0] == '#' || trimmed[0] == '/') continue;
      if (IsFinish(trimmed)) break;
      handle(line, number, IsBlank(line[0]));
      after_blank_ = false;
    }
  }

  void Warn(uint32_t line, std::string message, bool repaired) {
    dict_->warnings.push_back(LoadWarning{std::string(name_), line, std::move(message), repaired});
  }
  // Reports an entry that is dropped.
  void Skip(uint32_t line, std::string message) {
    Warn(line, std::move(message), false);
    ++dict_->counts.skipped;
  }
  void WarnNotes(uint32_t line, std::string_view what, std::vector<std::string>* notes) {
    for (std::string& note : *notes) Warn(line, std::string(what) + ": " + note, true);
    notes->clear();
  }
  // A duplicate is reported unless the options turned duplicate warnings off;
  // `kept` when it was merged into the first entry rather than dropped.
  void Duplicate(uint32_t line, std::string message, bool kept = false) {
    if (dict_->options.duplicate_warnings) Warn(line, std::move(message), kept);
  }
  std::string Where(SourceRef ref) const {
    return dict_->files[ref.file] + ":" + std::to_string(ref.line);
  }
  SourceRef Here(uint32_t line) const { return SourceRef{file_, line}; }

  std::string_view contents_;
  std::string_view name_;
  Dictionary* dict_;
  uint32_t file_ = 0;
  bool stop_ = false;         // set by a handler to end ForEachLine
  bool after_blank_ = false;  // in a handler: a blank line came since the previous handled line

 private:
  // Drops control characters (but tab) and ill-formed UTF-8 bytes, with a
  // warning; returns `line` itself when it has neither.
  std::string_view Clean(std::string_view line, uint32_t number, std::string* scratch);
};

}  // namespace acta::dict::tabari_internal

#endif  // ACTA_DICT_TABARI_TEXT_H_
