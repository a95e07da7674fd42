// Sentence splitting for news text: ICU's sentence BreakIterator (English rules)
// over the UTF-8 bytes, with acta's own rules on top:
//   - Line structure. A single line break is wrapping, not a boundary (news
//     bodies are hard-wrapped). A paragraph end is always a boundary: a blank
//     line, U+2029, a line break followed by an indented line (Reuters
//     paragraphs and tables) or by a list bullet ("- ", "* ", "• "). So a
//     headline or section title on its own paragraph is its own sentence.
//   - Abbreviations (abbreviations.inc) and initials. After a title or other
//     prefix ("Gen.", "Mrs.", "No.") a sentence never ends. After any other
//     abbreviation or initials ("U.S.", "Inc.", "Aug.", "W.", "p.m.") it ends
//     only when the next word is a common sentence opener ("The", "He", "But";
//     see IsSentenceStarter) and two words precede it in the sentence:
//     "U.S. officials said" and "U.S. President Biden"
//     stay whole, "...to the U.S. He said" splits, "...to the U.S. Officials
//     said" does not (the ambiguity is resolved towards not splitting).
//   - A period followed by a closing quote or bracket always ends a sentence.
//   - "?" or "!" followed by a lower-case word does not end one ("Why?" he asked).
//   - A list number at the start of a sentence ("1. Troops will withdraw.")
//     and an agency credit after a dateline ("ST. LOUIS, Mo. (AP) -") do not
//     end one.
// Decimals ("3.5"), numbers ("1,000.50") and ellipses before a lower-case word
// are never split, as in ICU.
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
  // NotFound if ICU's sentence break data cannot be loaded.
  static Result<std::unique_ptr<SentenceSplitter>> Create();
  virtual ~SentenceSplitter() = default;

  // Appends to `out` the sentences of `text` (valid UTF-8) as byte ranges, in
  // order, trimmed of surrounding white space and invisible format characters
  // (zero-width, bidi marks), never empty, never overlapping. Linear in the
  // text's length. Texts longer than 2 GiB are split only up to 2 GiB.
  // Thread-safe: each thread uses its own clone of the ICU iterator.
  virtual void Split(std::string_view text, std::vector<ByteRange>* out) const = 0;
};

}  // namespace acta

#endif  // ACTA_SENTENCE_SENTENCE_SPLITTER_H_
