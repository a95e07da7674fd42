// The word view a dictionary coder works on: the sentence upper-cased and
// filtered the way TABARI filters its input (diacritics dropped, hyphens and
// '?', '!' turned into blanks, commas inside numbers removed, ';' read as a
// comma, commas and double quotes standing as words of their own, a period
// after a lower-case letter dropped), each word keeping the byte span of the
// text it came from.
#ifndef ACTA_CODER_CODER_WORDS_H_
#define ACTA_CODER_CODER_WORDS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace acta::coder {

struct CoderWord {
  std::string text;    // upper case ASCII (letters without diacritics), digits, ' . & etc.
  uint32_t begin = 0;  // byte span in the sentence
  uint32_t end = 0;
  bool capitalized = false;   // first letter upper case in the original text
  bool has_lower = false;     // some letter lower case in the original text
  bool after_hyphen = false;  // joined by a hyphen to the word before ("long-threatened")
  // What acta's tagger says the word is, when the caller tagged the sentence.
  enum class Tag : uint8_t { kUnknown, kNoun, kVerb, kOther };
  Tag tag = Tag::kUnknown;
};

struct CoderWords {
  std::vector<CoderWord> words;
  bool all_caps = false;  // the text has no lower-case letters at all
};

// How words are cut: TABARI keeps "GONDOR'S" and "DIDN'T" whole; PETRARCH's
// dictionaries are written for Penn Treebank tokens, which split off the
// possessive and contractions ("GONDOR" "'S", "DID" "N'T", "CA" "N'T").
enum class WordStyle { kTabari, kTreebank };

// Splits and filters `sentence` (UTF-8). Never fails; bytes that are not
// letters, digits or the punctuation above act as blanks.
CoderWords SplitCoderWords(std::string_view sentence, WordStyle style = WordStyle::kTabari);

// Marks each word with the part of speech of the tagged token it starts in:
// `token_begin[i]` / `token_pos[i]` are the byte offset (relative to the
// sentence) and Penn Treebank tag of the sentence's tokens, in order.
void TagCoderWords(const std::vector<uint32_t>& token_begin,
                   const std::vector<std::string_view>& token_pos, CoderWords* words);

}  // namespace acta::coder

#endif  // ACTA_CODER_CODER_WORDS_H_
