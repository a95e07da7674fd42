// Sentence splitting for news text: ICU's sentence BreakIterator with a news
// abbreviation list, plus rules for datelines, initials and decimals.
#ifndef ACTA_SENTENCE_SENTENCE_SPLITTER_H_
#define ACTA_SENTENCE_SENTENCE_SPLITTER_H_

#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

#include "acta/status.h"

namespace acta {

struct ByteRange {
  uint32_t begin = 0;
  uint32_t end = 0;
};

class SentenceSplitter {
 public:
  static Result<std::unique_ptr<SentenceSplitter>> Create();
  virtual ~SentenceSplitter() = default;

  // Appends to `out` the sentences of `text` (valid UTF-8) as byte ranges, in
  // order, trimmed of surrounding whitespace, never empty, never overlapping.
  // Thread-safe: per-thread ICU state is kept internally.
  virtual void Split(std::string_view text, std::vector<ByteRange>* out) const = 0;
};

}  // namespace acta

#endif  // ACTA_SENTENCE_SENTENCE_SPLITTER_H_
