// Helpers shared by the reader tests.
#ifndef ACTA_READER_READER_TEST_UTIL_H_
#define ACTA_READER_READER_TEST_UTIL_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "acta/story.h"

namespace acta {

// Everything one read produced.
struct ReadOutput {
  std::vector<Story> stories;
  std::vector<ReadIssue> issues;
  ReadStats stats;
};

inline ReadOutput ReadBuffer(std::string_view data, InputFormat format = InputFormat::kAuto,
                             std::optional<Date> default_date = std::nullopt,
                             const std::string& origin = "input") {
  ReadOutput out;
  ReaderOptions options;
  options.format = format;
  options.default_date = default_date;
  ReadStoriesFromBuffer(
      data, origin, options, [&out](Story&& s) { out.stories.push_back(std::move(s)); },
      [&out](const ReadIssue& issue) { out.issues.push_back(issue); }, &out.stats);
  return out;
}

inline Date D(int y, int m, int d) { return Date{y, m, d}; }

}  // namespace acta

#endif  // ACTA_READER_READER_TEST_UTIL_H_
