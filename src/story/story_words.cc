#include "story/story_words.h"

namespace acta::story {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

}  // namespace

std::vector<StoryWord> SplitStoryWords(std::string_view s) {
  std::vector<StoryWord> out;
  for (uint32_t i = 0; i < s.size();) {
    const bool digit = IsDigit(s[i]);
    if (!digit && !IsLetter(s[i])) {
      ++i;
      continue;
    }
    StoryWord w;
    w.begin = i;
    w.number = digit;
    w.capitalized = s[i] >= 'A' && s[i] <= 'Z';
    while (i < s.size()) {
      const char c = s[i];
      const bool inside_number =
          digit && (c == ',' || c == '.') && i + 1 < s.size() && IsDigit(s[i + 1]);
      if (!(digit ? IsDigit(c) || inside_number : IsLetter(c))) break;
      w.lower.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
      ++i;
    }
    // "7th", "21st": the ordinal ending belongs to the number.
    if (digit && i + 1 < s.size()) {
      const std::string_view tail = s.substr(i, 2);
      if ((tail == "st" || tail == "nd" || tail == "rd" || tail == "th") &&
          (i + 2 == s.size() || !IsLetter(s[i + 2]))) {
        w.lower.append(tail);
        i += 2;
      }
    }
    w.end = i;
    out.push_back(std::move(w));
  }
  return out;
}

int IndexOf(std::string_view word, const std::string_view* names, size_t n) {
  for (size_t i = 0; i < n; ++i)
    if (word == names[i]) return static_cast<int>(i);
  return -1;
}

}  // namespace acta::story
