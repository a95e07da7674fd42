#include "sentence/sentence_splitter.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/utext.h>

#include <algorithm>
#include <climits>
#include <string>
#include <utility>

#include "sentence/abbreviations.h"
#include "token/char_class.h"

namespace acta {
namespace {

// How far the break filter looks around an ICU boundary. Abbreviations and
// sentence starters are short; anything longer is not one of them, and the
// bound keeps the filter linear on pathological input.
constexpr size_t kMaxLook = 64;

bool IsOpener(char32_t c) {
  return c == '(' || c == '[' || c == '{' || IsSingleQuote(c) || IsDoubleQuote(c);
}

bool IsCloser(char32_t c) {
  return c == ')' || c == ']' || c == '}' || IsSingleQuote(c) || IsDoubleQuote(c);
}

bool IsDashAt(std::string_view s, size_t i) {
  if (i >= s.size()) return false;
  char32_t c = DecodeAt(s, i).cp;
  return c == '-' || c == 0x2013 || c == 0x2014 || c == 0x2015;
}

// Per-thread ICU state: BreakIterator is not thread-safe, so each thread works
// on its own clone of the splitter's prototype.
struct ThreadState {
  std::unique_ptr<icu::BreakIterator> iter;
  std::string flat;                // the text with line breaks turned into spaces
  std::vector<uint32_t> forced;    // paragraph ends: a sentence never spans one
  std::vector<uint32_t> boundary;  // accepted ICU boundaries
};

// Copies `text` into `flat` with every line break (CR, LF, NEL, U+2028,
// U+2029) replaced by as many spaces as it has bytes, so byte offsets are
// unchanged and ICU sees hard-wrapped lines as one paragraph. Appends to
// `forced` the offsets where a paragraph ends:
//   - a blank line (a line break, optional blanks, a line break);
//   - U+2029 PARAGRAPH SEPARATOR;
//   - a line break followed by an indented line (a tab or two or more spaces),
//     as in Reuters bodies and tables;
//   - a line break followed by a list bullet ("- ", "* ", "• ").
void Flatten(std::string_view text, std::string* flat, std::vector<uint32_t>* forced) {
  flat->assign(text);
  const size_t n = text.size();
  for (size_t i = 0; i < n; ++i) {
    const auto b = static_cast<unsigned char>(text[i]);
    if (b == '\r') {
      (*flat)[i] = ' ';
    } else if (b == '\n') {
      (*flat)[i] = ' ';
      size_t j = i + 1;
      size_t blanks = 0;
      bool tab = false;
      while (j < n && (text[j] == ' ' || text[j] == '\t' || text[j] == '\r' || text[j] == '\v' ||
                       text[j] == '\f')) {
        if (text[j] == ' ') ++blanks;
        if (text[j] == '\t') tab = true;
        ++j;
      }
      if (j >= n) continue;
      bool bullet = false;
      if (text[j] == '-' || text[j] == '*') {
        bullet = j + 1 < n && (text[j + 1] == ' ' || text[j + 1] == '\t');
      } else if (text.substr(j, 4) == "\xE2\x80\xA2 ") {
        bullet = true;
      }
      if (text[j] == '\n' || blanks >= 2 || tab || bullet) forced->push_back(i);
    } else if (b == 0xC2 && i + 1 < n && static_cast<unsigned char>(text[i + 1]) == 0x85) {
      (*flat)[i] = ' ';
      (*flat)[i + 1] = ' ';
      ++i;
    } else if (b == 0xE2 && i + 2 < n && static_cast<unsigned char>(text[i + 1]) == 0x80 &&
               (static_cast<unsigned char>(text[i + 2]) & 0xFE) == 0xA8) {
      if (text[i + 2] == '\xA9') forced->push_back(static_cast<uint32_t>(i));
      flat->replace(i, 3, "   ");
      i += 2;
    }
  }
}

// The word that starts at s[i] after any opening quotes or brackets: a run of
// letters followed by the end, a space or punctuation other than '.', '-' and
// digits (an apostrophe is allowed, as in "It's").
std::string_view NextWord(std::string_view s, size_t i) {
  const size_t limit = std::min(s.size(), i + kMaxLook);
  while (i < limit) {
    DecodedChar c = DecodeAt(s, i);
    if (!IsOpener(c.cp)) break;
    i += c.len;
  }
  size_t j = i;
  while (j < limit) {
    DecodedChar c = DecodeAt(s, j);
    if (!IsLetter(c.cp)) break;
    j += c.len;
  }
  if (j == i || j >= limit) return {};
  char32_t after = DecodeAt(s, j).cp;
  if (after == '.' || after == '-' || IsAlnum(after)) return {};
  return s.substr(i, j - i);
}

// True if s[i] starts a news-agency credit followed by a dash, "(Reuters) -"
// or "(AP) —": a dateline, which belongs to the sentence it introduces.
bool IsAgencyCredit(std::string_view s, size_t i) {
  if (i >= s.size() || s[i] != '(') return false;
  size_t close = s.find(')', i);
  if (close == std::string_view::npos || close - i > 32) return false;
  size_t j = close + 1;
  while (j < s.size() && s[j] == ' ') ++j;
  return IsDashAt(s, j);
}

// True if at least two words stand in s[segment_begin, end).
bool HasTwoWordsBefore(std::string_view s, size_t end, size_t segment_begin) {
  int words = 0;
  bool in_word = false;
  for (size_t i = end; i > segment_begin && end - i < kMaxLook;) {
    DecodedChar c = DecodeBefore(s, i);
    const bool space = IsSpace(c.cp);
    if (!space && !in_word && ++words == 2) return true;
    in_word = !space;
    i -= c.len;
  }
  return false;
}

// Decides whether ICU's boundary `b` in the flattened text `s` ends a
// sentence. `segment_begin` is where the current sentence starts.
// REQUIRES: 0 < b < s.size().
bool KeepBoundary(std::string_view s, size_t b, size_t segment_begin) {
  // Back over the spaces ICU put before the boundary, then closing marks.
  size_t q = b;
  while (q > segment_begin && b - q < kMaxLook) {
    DecodedChar c = DecodeBefore(s, q);
    if (!IsSpace(c.cp)) break;
    q -= c.len;
  }
  size_t r = q;
  while (r > segment_begin && q - r < kMaxLook) {
    DecodedChar c = DecodeBefore(s, r);
    if (!IsCloser(c.cp)) break;
    r -= c.len;
  }
  if (r <= segment_begin) return true;
  const char32_t term = DecodeBefore(s, r).cp;
  if (term == '?' || term == '!') {
    // "Is it?" he asked. -- a question or exclamation inside a sentence.
    size_t i = b;
    while (i < s.size() && i - b < kMaxLook) {
      DecodedChar c = DecodeAt(s, i);
      if (!IsOpener(c.cp)) break;
      i += c.len;
    }
    return i >= s.size() || !IsLower(DecodeAt(s, i).cp);
  }
  if (term != '.') return true;
  if (IsAgencyCredit(s, b)) return false;
  // A period followed by a closing quote or bracket ends the sentence even
  // after an abbreviation: `... in the U.S." Then`.
  if (r != q) return true;
  const size_t dot = r - 1;
  size_t w = dot;
  while (w > segment_begin && dot - w < kMaxLook) {
    DecodedChar c = DecodeBefore(s, w);
    if (IsSpace(c.cp) || IsOpener(c.cp)) break;
    w -= c.len;
  }
  std::string_view word = s.substr(w, dot - w);
  if (word.empty()) return true;
  // "1. The first point": a list number at the start of a sentence.
  if (word.size() <= 2 &&
      std::all_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    size_t k = w;
    while (k > segment_begin && w - k < kMaxLook && IsSpace(DecodeBefore(s, k).cp)) {
      k -= DecodeBefore(s, k).len;
    }
    if (k == segment_begin) return false;
  }
  if (IsPrefixAbbreviation(word)) return false;
  if (IsAbbreviation(word)) {
    // "The U.S." alone is never a sentence: at least two words must come first.
    return IsSentenceStarter(NextWord(s, b)) && HasTwoWordsBefore(s, w, segment_begin);
  }
  return true;
}

class IcuSentenceSplitter final : public SentenceSplitter {
 public:
  explicit IcuSentenceSplitter(std::unique_ptr<icu::BreakIterator> prototype)
      : prototype_(std::move(prototype)) {}

  void Split(std::string_view text, std::vector<ByteRange>* out) const override;

 private:
  // Trims [begin, end) of white space and invisible format characters and
  // appends it to `out` unless nothing is left.
  static void Emit(std::string_view text, size_t begin, size_t end, std::vector<ByteRange>* out);

  std::unique_ptr<icu::BreakIterator> prototype_;
};

void IcuSentenceSplitter::Emit(std::string_view text, size_t begin, size_t end,
                               std::vector<ByteRange>* out) {
  while (begin < end) {
    DecodedChar c = DecodeAt(text, begin);
    if (!IsSpace(c.cp) && !IsIgnorable(c.cp)) break;
    begin += c.len;
  }
  while (end > begin) {
    DecodedChar c = DecodeBefore(text, end);
    if (!IsSpace(c.cp) && !IsIgnorable(c.cp)) break;
    end -= c.len;
  }
  if (begin < end) out->push_back({static_cast<uint32_t>(begin), static_cast<uint32_t>(end)});
}

void IcuSentenceSplitter::Split(std::string_view text, std::vector<ByteRange>* out) const {
  // ICU boundaries are int32_t; longer texts are cut at a character start.
  if (text.size() > INT32_MAX) {
    size_t n = INT32_MAX;
    while (n > 0 && (static_cast<unsigned char>(text[n]) & 0xC0) == 0x80) --n;
    text = text.substr(0, n);
  }
  if (text.empty()) return;

  thread_local ThreadState state;
  if (state.iter == nullptr) state.iter.reset(prototype_->clone());
  state.forced.clear();
  state.boundary.clear();
  Flatten(text, &state.flat, &state.forced);
  const std::string_view flat = state.flat;

  UErrorCode status = U_ZERO_ERROR;
  UText ut = UTEXT_INITIALIZER;
  utext_openUTF8(&ut, flat.data(), static_cast<int64_t>(flat.size()), &status);
  state.iter->setText(&ut, status);
  utext_close(&ut);
  if (U_FAILURE(status)) {
    // Paragraphs alone are still a usable split.
    state.iter.reset();
  } else {
    // Walk ICU's boundaries and the forced paragraph ends together, so the
    // filter knows where the current sentence begins.
    size_t segment_begin = 0;
    size_t f = 0;
    for (int32_t b = state.iter->next();
         b != icu::BreakIterator::DONE && static_cast<size_t>(b) < flat.size();
         b = state.iter->next()) {
      while (f < state.forced.size() && state.forced[f] <= static_cast<uint32_t>(b)) {
        segment_begin = state.forced[f++];
      }
      if (KeepBoundary(flat, static_cast<size_t>(b), segment_begin)) {
        state.boundary.push_back(static_cast<uint32_t>(b));
        segment_begin = static_cast<size_t>(b);
      }
    }
  }

  std::vector<uint32_t>& cuts = state.boundary;
  const size_t icu_cuts = cuts.size();
  cuts.insert(cuts.end(), state.forced.begin(), state.forced.end());
  std::inplace_merge(cuts.begin(), cuts.begin() + static_cast<ptrdiff_t>(icu_cuts), cuts.end());
  size_t begin = 0;
  for (uint32_t cut : cuts) {
    if (cut <= begin) continue;
    Emit(text, begin, cut, out);
    begin = cut;
  }
  Emit(text, begin, text.size(), out);
}

}  // namespace

Result<std::unique_ptr<SentenceSplitter>> SentenceSplitter::Create() {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> iter(
      icu::BreakIterator::createSentenceInstance(icu::Locale::getEnglish(), status));
  if (U_FAILURE(status) || iter == nullptr) {
    return Status::NotFound(std::string("ICU sentence break rules unavailable: ") +
                            u_errorName(status));
  }
  return std::unique_ptr<SentenceSplitter>(new IcuSentenceSplitter(std::move(iter)));
}

}  // namespace acta
