#include "coder/coder_words.h"

#include <algorithm>

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace acta::coder {
namespace {

// The ASCII letter a code point reads as once its diacritics are dropped
// ('e' for U+00E9), or 0 when it is not a Latin letter.
char BaseLetter(UChar32 c) {
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ? static_cast<char>(c) : 0;
  if (!u_isalpha(c)) return 0;
  UErrorCode status = U_ZERO_ERROR;
  static const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  if (nfd == nullptr) return 0;
  icu::UnicodeString decomposed;
  if (!nfd->getDecomposition(c, decomposed) || decomposed.length() == 0) return 0;
  UChar32 base = decomposed.char32At(0);
  return base < 0x80 && ((base >= 'a' && base <= 'z') || (base >= 'A' && base <= 'Z'))
             ? static_cast<char>(base)
             : 0;
}

bool IsApostrophe(UChar32 c) { return c == '\'' || c == 0x2019 || c == 0x2018; }
bool IsDoubleQuote(UChar32 c) { return c == '"' || c == 0x201C || c == 0x201D; }

class Splitter {
 public:
  explicit Splitter(CoderWords* out) : out_(out) {}

  void Char(char upper, uint32_t begin, uint32_t end, bool is_upper) {
    if (current_.text.empty()) {
      current_.begin = begin;
      current_.capitalized = is_upper;
      current_.after_hyphen = hyphen_;
    }
    hyphen_ = false;
    current_.text.push_back(upper);
    current_.end = end;
  }
  void MarkLower() { current_.has_lower = true; }
  void Break() {
    if (!current_.text.empty()) out_->words.push_back(std::move(current_));
    current_ = CoderWord{};
    hyphen_ = false;
  }
  // A hyphen right after a word: the next word, if it starts right after,
  // is joined to it.
  void Hyphen() {
    const bool joined = InWord();
    Break();
    hyphen_ = joined;
  }
  void Single(const char* text, uint32_t begin, uint32_t end) {
    Break();
    out_->words.push_back(CoderWord{text, begin, end, false});
  }
  bool InWord() const { return !current_.text.empty(); }
  char LastChar() const { return current_.text.empty() ? 0 : current_.text.back(); }

 private:
  CoderWords* out_;
  CoderWord current_;
  bool hyphen_ = false;
};

// Cuts Treebank clitics off the end of each word: 'S, ', N'T, 'RE, 'LL, 'VE,
// 'D, 'M. Byte spans follow the letters (the apostrophe is one or three bytes).
void SplitClitics(CoderWords* cw, std::string_view s) {
  std::vector<CoderWord> out;
  out.reserve(cw->words.size() + 4);
  for (CoderWord& w : cw->words) {
    const std::string& t = w.text;
    size_t cut = std::string::npos;
    if (t.size() > 3 && t.compare(t.size() - 3, 3, "N'T") == 0) {
      cut = t.size() - 3;
    } else {
      const size_t apos = t.rfind('\'');
      if (apos != std::string::npos && apos > 0) {
        const std::string_view tail = std::string_view(t).substr(apos);
        if (tail == "'" || tail == "'S" || tail == "'RE" || tail == "'LL" || tail == "'VE" ||
            tail == "'D" || tail == "'M")
          cut = apos;
      }
    }
    if (cut == std::string::npos || cut == 0) {
      out.push_back(std::move(w));
      continue;
    }
    // Find the byte where the clitic starts: walk back over its characters.
    uint32_t clitic_bytes = 0;
    const size_t clitic_chars = t.size() - cut;
    uint32_t end = w.end;
    for (size_t k = 0; k < clitic_chars && end > w.begin; ++k) {
      // Step back one UTF-8 character.
      uint32_t b = end - 1;
      while (b > w.begin && (static_cast<unsigned char>(s[b]) & 0xC0) == 0x80) --b;
      clitic_bytes += end - b;
      end = b;
    }
    const std::string_view base_bytes = s.substr(w.begin, w.end - clitic_bytes - w.begin);
    const bool base_lower = std::any_of(base_bytes.begin(), base_bytes.end(),
                                        [](char c) { return c >= 'a' && c <= 'z'; });
    CoderWord base{t.substr(0, cut), w.begin, w.end - clitic_bytes, w.capitalized, base_lower};
    CoderWord clitic{t.substr(cut), w.end - clitic_bytes, w.end, false};
    out.push_back(std::move(base));
    out.push_back(std::move(clitic));
  }
  cw->words = std::move(out);
}

}  // namespace

CoderWords SplitCoderWords(std::string_view s, WordStyle style) {
  CoderWords result;
  Splitter words(&result);
  bool any_lower = false, any_letter = false;
  bool last_lower = false;  // the last letter of the current word was lower case
  const auto* bytes = reinterpret_cast<const uint8_t*>(s.data());
  const int32_t n = static_cast<int32_t>(s.size());
  int32_t i = 0;
  while (i < n) {
    const int32_t begin = i;
    UChar32 c;
    U8_NEXT(bytes, i, n, c);
    const auto b = static_cast<uint32_t>(begin), e = static_cast<uint32_t>(i);
    if (c < 0) {
      words.Break();
      continue;
    }
    if (char letter = BaseLetter(c)) {
      const bool lower = letter >= 'a' && letter <= 'z';
      any_letter = true;
      any_lower |= lower;
      last_lower = lower;
      words.Char(lower ? static_cast<char>(letter - 'a' + 'A') : letter, b, e, !lower);
      if (lower) words.MarkLower();
    } else if (c >= '0' && c <= '9') {
      last_lower = false;
      words.Char(static_cast<char>(c), b, e, false);
    } else if (c == ',') {
      // A comma between digits ("1,500") is dropped; any other stands alone.
      const bool in_number = words.InWord() && words.LastChar() >= '0' && words.LastChar() <= '9' &&
                             i < n && bytes[i] >= '0' && bytes[i] <= '9';
      if (!in_number) words.Single(",", b, e);
    } else if (c == ';') {
      words.Single(",", b, e);
    } else if (IsDoubleQuote(c)) {
      words.Single("\"", b, e);
    } else if (IsApostrophe(c) || c == '&') {
      if (words.InWord()) words.Char(IsApostrophe(c) ? '\'' : '&', b, e, false);
    } else if (c == '.') {
      // Kept inside abbreviations (U.N.) and numbers; dropped after a lower-case letter.
      const bool next_is_word = i < n && bytes[i] != ' ' && bytes[i] != '\n' && bytes[i] != '\t';
      if (words.InWord() && !last_lower &&
          (next_is_word || words.LastChar() < '0' || words.LastChar() > '9')) {
        words.Char('.', b, e, false);
      } else {
        words.Break();
      }
    } else if (c == '-') {
      words.Hyphen();
    } else {
      words.Break();  // blanks, dashes, '?', '!', brackets and everything else
    }
  }
  words.Break();
  // A sentence-final period on a word without other periods is punctuation.
  if (!result.words.empty()) {
    CoderWord& last = result.words.back();
    if (last.text.size() > 1 && last.text.back() == '.' &&
        last.text.find('.') == last.text.size() - 1) {
      last.text.pop_back();
      --last.end;
    }
  }
  result.all_caps = any_letter && !any_lower;
  if (style == WordStyle::kTreebank) SplitClitics(&result, s);
  return result;
}

void TagCoderWords(const std::vector<uint32_t>& token_begin,
                   const std::vector<std::string_view>& token_pos, CoderWords* words) {
  size_t t = 0;
  for (CoderWord& w : words->words) {
    // The last token starting at or before the word.
    while (t + 1 < token_begin.size() && token_begin[t + 1] <= w.begin) ++t;
    if (t >= token_pos.size() || token_begin[t] > w.begin) continue;
    const std::string_view pos = token_pos[t];
    w.tag = pos.starts_with("NN") || pos.starts_with("JJ") || pos == "CD" ? CoderWord::Tag::kNoun
            : pos.starts_with("VB") || pos == "MD"                        ? CoderWord::Tag::kVerb
                                                                          : CoderWord::Tag::kOther;
  }
}

}  // namespace acta::coder
