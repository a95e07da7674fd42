// The plain word view the story stage reads sentences with: runs of ASCII
// letters or of digits (with the commas and points inside a number), each
// with its byte span, lower-cased.
#ifndef ACTA_STORY_STORY_WORDS_H_
#define ACTA_STORY_STORY_WORDS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace acta::story {

struct StoryWord {
  std::string lower;  // letters lower-cased; a number as written ("32,000", "1.5", "21st")
  uint32_t begin = 0, end = 0;
  bool capitalized = false;
  bool number = false;
};

std::vector<StoryWord> SplitStoryWords(std::string_view sentence);

// The index of `word` in `names`, or -1.
int IndexOf(std::string_view word, const std::string_view* names, size_t n);

}  // namespace acta::story

#endif  // ACTA_STORY_STORY_WORDS_H_
