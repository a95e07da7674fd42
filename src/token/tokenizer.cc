#include "token/tokenizer.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <string>

#include "sentence/abbreviations.h"
#include "token/char_class.h"
#include "token/token_form.h"

namespace acta {
namespace {

// What a character does to token boundaries.
enum class Kind : uint8_t {
  kWord,        // letters, digits, marks and symbols kept inside words
  kSpace,       // separates chunks
  kIgnorable,   // invisible; kept inside whatever surrounds it, dropped from forms
  kApostrophe,  // ' ` and curly single quotes: clitics, possessives, quotes
  kSplit,       // always its own token: " ( ) ; ! ? em dash, ellipsis, ...
  kComma,       // , : and / split unless between two digits ("1,000" "15:01" "1/2")
  kColon,
  kSlash,
  kDot,       // kept inside words ("U.S", "3.5"); see PeelTrailing for the last one
  kHyphen,    // - and Unicode hyphens/minus: kept inside words, "--" runs split
  kCurrency,  // $ and Unicode currency signs: split before a number
  kPercent,   // split at either end of a chunk, kept inside
  kTagMark,   // # and @: word characters that may start a hashtag or handle
};

constexpr uint32_t Bit(Kind k) { return 1u << static_cast<unsigned>(k); }
constexpr uint32_t kNonAsciiBit = 1u << 31;

constexpr std::array<Kind, 128> MakeAsciiKinds() {
  std::array<Kind, 128> k{};
  for (Kind& x : k) x = Kind::kWord;
  for (char c : std::string_view(" \t\n\v\f\r")) k[static_cast<size_t>(c)] = Kind::kSpace;
  for (char c : std::string_view("\"()[]{}<>;!?")) k[static_cast<size_t>(c)] = Kind::kSplit;
  k['\''] = Kind::kApostrophe;
  k['`'] = Kind::kApostrophe;
  k[','] = Kind::kComma;
  k[':'] = Kind::kColon;
  k['/'] = Kind::kSlash;
  k['.'] = Kind::kDot;
  k['-'] = Kind::kHyphen;
  k['$'] = Kind::kCurrency;
  k['%'] = Kind::kPercent;
  k['#'] = Kind::kTagMark;
  k['@'] = Kind::kTagMark;
  return k;
}
constexpr std::array<Kind, 128> kAsciiKinds = MakeAsciiKinds();

Kind KindOf(char32_t c) {
  if (c < 0x80) return kAsciiKinds[c];
  if (IsSpace(c)) return Kind::kSpace;
  if (IsIgnorable(c)) return Kind::kIgnorable;
  if (IsSingleQuote(c)) return Kind::kApostrophe;
  if (IsDoubleQuote(c)) return Kind::kSplit;
  switch (c) {
    case 0x2010:  // hyphen
    case 0x2011:  // non-breaking hyphen
    case 0x2012:  // figure dash
    case 0x2013:  // en dash: ranges and compounds ("2010–15", "Israel–Hamas")
    case 0x2212:  // minus sign
      return Kind::kHyphen;
    case 0x2030:  // per mille
      return Kind::kPercent;
    case 0x05F3:  // Hebrew geresh and gershayim are part of words
    case 0x05F4:
      return Kind::kWord;
    default:
      break;
  }
  switch (u_charType(static_cast<UChar32>(c))) {
    case U_CURRENCY_SYMBOL:
      return Kind::kCurrency;
    case U_DASH_PUNCTUATION:
    case U_START_PUNCTUATION:
    case U_END_PUNCTUATION:
    case U_INITIAL_PUNCTUATION:
    case U_FINAL_PUNCTUATION:
    case U_OTHER_PUNCTUATION:
    case U_MATH_SYMBOL:
    case U_OTHER_SYMBOL:
      return Kind::kSplit;
    default:
      return Kind::kWord;
  }
}

bool IsApostrophe(char32_t c) { return c == '\'' || c == 0x2019; }

// Quotation marks that may follow a sentence's final period. Brackets do not
// count: in "Todd Martin (U.S.)" the period belongs to the abbreviation.
bool IsClosingQuote(char32_t c) {
  return IsSingleQuote(c) || IsDoubleQuote(c) ||
         (c >= 0x80 && u_charType(static_cast<UChar32>(c)) == U_FINAL_PUNCTUATION);
}

// Characters peeled off the end of a chunk one at a time.
bool IsTrailingPunct(Kind k) {
  return k == Kind::kSplit || k == Kind::kApostrophe || k == Kind::kComma || k == Kind::kColon ||
         k == Kind::kPercent || k == Kind::kIgnorable;
}

bool StartsWithNoCase(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i) {
    char c = s[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != prefix[i]) return false;
  }
  return true;
}

// URLs ("https://...", "www.x.org/a") and e-mail addresses stay one token.
bool IsUrlOrEmail(std::string_view w) {
  if (w.find("://") != std::string_view::npos || StartsWithNoCase(w, "www.")) return true;
  size_t at = w.find('@');
  if (at == 0 || at == std::string_view::npos) return false;
  size_t dot = w.find('.', at);
  return dot != std::string_view::npos && dot > at + 1 && dot + 1 < w.size();
}

// "#hashtag" and "@handle".
bool IsTagOrHandle(std::string_view w) {
  return w.size() >= 2 && (w[0] == '#' || w[0] == '@') &&
         (IsAlnum(DecodeAt(w, 1).cp) || w[1] == '_');
}

class Scanner {
 public:
  Scanner(std::string_view text, size_t end, TextArena* arena, std::vector<Token>* out)
      : s_(text.substr(0, end)), arena_(arena), out_(out) {}

  void Run(size_t begin);

 private:
  void Chunk(size_t b, size_t e);
  // The end of the word before the punctuation peeled off the chunk's end.
  size_t PeelTrailing(size_t b, size_t e) const;
  // Whether the single period at `dot` (the last character of the chunk when
  // `dot + 1 == chunk_end`) stays with the word [b, dot).
  bool KeepsPeriod(size_t b, size_t dot, size_t chunk_end) const;
  void Middle(size_t b, size_t e);
  // Emits [b, e) with "n't", "'s", "'re", "'ve", "'ll", "'d", "'m" split off.
  void Word(size_t b, size_t e);
  void EmitTrailing(size_t b, size_t e);
  void Emit(size_t b, size_t e);

  size_t DotRunBefore(size_t i) const {
    size_t j = i;
    while (j > 0 && s_[j - 1] == '.') --j;
    return i - j;
  }
  size_t RunAt(size_t i, char c) const {
    size_t j = i;
    while (j < s_.size() && s_[j] == c) ++j;
    return j - i;
  }
  bool CliticAt(size_t i, size_t e) const;

  std::string_view s_;  // the text up to the end of the sentence
  TextArena* arena_;
  std::vector<Token>* out_;
  size_t final_dot_ = std::string_view::npos;  // the sentence-final period
  uint32_t chunk_kinds_ = 0;  // Bit() of every kind in the current chunk, kNonAsciiBit
};

void Scanner::Run(size_t begin) {
  // The sentence-final period: the last one, followed only by closing quotes
  // and invisible characters. It is always its own token, as in
  // CoNLL-2003 ("... Walt Disney Co ." and "... at the U.S .").
  size_t i = s_.size();
  while (i > begin) {
    DecodedChar c = DecodeBefore(s_, i);
    if (IsSpace(c.cp) || IsIgnorable(c.cp) || IsClosingQuote(c.cp)) {
      i -= c.len;
      continue;
    }
    if (c.cp == '.' && DotRunBefore(i) == 1) final_dot_ = i - 1;
    break;
  }

  i = begin;
  const size_t n = s_.size();
  while (i < n) {
    uint32_t space = SpaceLengthAt(s_, i);
    if (space > 0) {
      i += space;
      continue;
    }
    size_t j = i;
    uint32_t kinds = 0;
    while (j < n) {
      const auto byte = static_cast<unsigned char>(s_[j]);
      if (byte < 0x80) {
        const Kind k = kAsciiKinds[byte];
        if (k == Kind::kSpace) break;
        kinds |= Bit(k);
        ++j;
      } else {
        if (SpaceLengthAt(s_, j) > 0) break;
        kinds |= kNonAsciiBit;
        j += DecodeAt(s_, j).len;
      }
    }
    chunk_kinds_ = kinds;
    if (kinds == Bit(Kind::kWord)) {
      Emit(i, j);  // the common case: a plain ASCII word or number
    } else {
      Chunk(i, j);
    }
    i = j;
  }
}

bool Scanner::CliticAt(size_t i, size_t e) const {
  // An apostrophe at i followed by s, d, m, ll, re or ve and then no more
  // letters or digits: "'s" written as its own chunk, as in pre-tokenised text.
  size_t j = i + DecodeAt(s_, i).len;
  size_t k = j;
  while (k < e && k - j < 3 && static_cast<unsigned char>(s_[k]) < 0x80 &&
         IsLetter(static_cast<unsigned char>(s_[k]))) {
    ++k;
  }
  if (k < e && IsAlnum(DecodeAt(s_, k).cp)) return false;
  char lower[3] = {0, 0, 0};
  for (size_t n = 0; n < k - j; ++n) lower[n] = static_cast<char>(s_[j + n] | 0x20);
  const std::string_view rest(lower, k - j);
  return rest == "s" || rest == "d" || rest == "m" || rest == "ll" || rest == "re" || rest == "ve";
}

void Scanner::Chunk(size_t b, size_t e) {
  // Leading punctuation, one token at a time.
  while (b < e) {
    DecodedChar c = DecodeAt(s_, b);
    const Kind k = KindOf(c.cp);
    const char32_t next = b + c.len < e ? DecodeAt(s_, b + c.len).cp : 0;
    if (k == Kind::kApostrophe) {
      if (c.len == 1 && next == c.cp) {  // `` or ''
        Emit(b, b + 2);
        b += 2;
        continue;
      }
      if (IsApostrophe(c.cp) && (CliticAt(b, e) || IsDigit(next))) break;  // 's  '90s
    } else if (k == Kind::kDot) {
      size_t run = RunAt(b, '.');
      if (run < 2) break;  // ".5"
      run = std::min(run, e - b);
      Emit(b, b + run);
      b += run;
      continue;
    } else if (k == Kind::kHyphen) {
      size_t run = c.cp == '-' ? std::min(RunAt(b, '-'), e - b) : 1;
      if (run == 1 && !IsLetter(next)) break;  // "-5", "-"
      Emit(b, b + run * c.len);
      b += run * c.len;
      continue;
    } else if (k == Kind::kWord || k == Kind::kTagMark) {
      break;
    }
    Emit(b, b + c.len);
    b += c.len;
  }
  if (b >= e) return;
  const size_t te = PeelTrailing(b, e);
  if (b < te) Middle(b, te);
  EmitTrailing(te, e);
}

size_t Scanner::PeelTrailing(size_t b, size_t e) const {
  size_t te = e;
  while (te > b) {
    DecodedChar c = DecodeBefore(s_, te);
    const Kind k = KindOf(c.cp);
    if (IsTrailingPunct(k) ||
        (k == Kind::kCurrency && te - c.len > b && IsDigit(DecodeBefore(s_, te - c.len).cp))) {
      te -= c.len;  // "3€" -> "3" "€"
      continue;
    }
    if (c.cp == '-') {
      size_t run = 0;
      while (te - run > b && s_[te - run - 1] == '-') ++run;
      if (run < 2 || run == te - b) break;  // "6-" keeps its hyphen
      te -= run;
      continue;
    }
    if (c.cp != '.') break;
    size_t run = std::min(DotRunBefore(te), te - b);
    if (run >= 2) {  // ellipsis
      te -= run;
      continue;
    }
    const size_t dot = te - 1;
    if (dot == b || dot == final_dot_ || !KeepsPeriod(b, dot, e)) {
      te = dot;
      continue;
    }
    break;
  }
  return te;
}

bool Scanner::KeepsPeriod(size_t b, size_t dot, size_t chunk_end) const {
  std::string_view word = s_.substr(b, dot - b);
  if (IsAbbreviation(word)) return true;
  if (word.size() <= 2 &&
      std::all_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    return true;  // a list number: "1. Ajax"
  }
  if (dot + 1 != chunk_end) return false;
  // An unlisted word with a period inside a sentence ("Calif. ,", "Kan. and")
  // is an abbreviation unless a capitalised word follows.
  size_t i = chunk_end;
  while (i < s_.size()) {
    uint32_t space = SpaceLengthAt(s_, i);
    if (space == 0) break;
    i += space;
  }
  if (i >= s_.size()) return false;
  return !IsUpper(DecodeAt(s_, i).cp);
}

void Scanner::Middle(size_t b, size_t e) {
  std::string_view w = s_.substr(b, e - b);
  if ((chunk_kinds_ & (Bit(Kind::kColon) | Bit(Kind::kTagMark))) != 0 ||
      StartsWithNoCase(w, "www.")) {
    if (IsUrlOrEmail(w) || IsTagOrHandle(w)) {
      Word(b, e);
      return;
    }
  }
  constexpr uint32_t kMaySplit = Bit(Kind::kSplit) | Bit(Kind::kComma) | Bit(Kind::kColon) |
                                 Bit(Kind::kSlash) | Bit(Kind::kDot) | Bit(Kind::kHyphen) |
                                 Bit(Kind::kCurrency) | kNonAsciiBit;
  if ((chunk_kinds_ & kMaySplit) == 0) {
    Word(b, e);
    return;
  }
  size_t start = b;  // of the current piece
  size_t i = b;
  while (i < e) {
    const auto byte = static_cast<unsigned char>(s_[i]);
    DecodedChar c = byte < 0x80 ? DecodedChar{byte, 1} : DecodeAt(s_, i);
    const Kind k = KindOf(c.cp);
    size_t split_len = 0;  // a token of this many bytes starts at i
    switch (k) {
      case Kind::kSplit:
        split_len = c.len;
        break;
      case Kind::kComma:
      case Kind::kColon:
      case Kind::kSlash: {
        const bool digits = i > b && i + 1 < e && IsDigit(DecodeBefore(s_, i).cp) &&
                            IsDigit(DecodeAt(s_, i + 1).cp);
        if (!digits) split_len = 1;
        break;
      }
      case Kind::kDot:
      case Kind::kHyphen:
        // Runs split ("wait...what", "word--word"); a single period or hyphen
        // stays in the word ("U.S", "3.5", "German-based").
        if (byte < 0x80) {
          size_t run = std::min(RunAt(i, static_cast<char>(byte)), e - i);
          if (run >= 2) split_len = run;
        }
        break;
      case Kind::kCurrency:
        if (i + c.len < e && IsDigit(DecodeAt(s_, i + c.len).cp)) {
          if (start < i) {  // "US$" "5"
            Word(start, i + c.len);
            start = i + c.len;
          } else {  // "$" "5"
            split_len = c.len;
          }
        }
        break;
      default:
        break;
    }
    if (split_len > 0) {
      if (start < i) Word(start, i);
      Emit(i, i + split_len);
      i += split_len;
      start = i;
    } else {
      i += c.len;
    }
  }
  if (start < e) Word(start, e);
}

void Scanner::Word(size_t b, size_t e) {
  if ((chunk_kinds_ & (Bit(Kind::kApostrophe) | kNonAsciiBit)) == 0) {
    Emit(b, e);
    return;
  }
  // Decode up to four characters back from the end.
  char32_t last[4] = {0, 0, 0, 0};
  size_t at[4] = {e, e, e, e};  // where last[k] starts
  size_t i = e;
  for (int k = 0; k < 4 && i > b; ++k) {
    DecodedChar c = DecodeBefore(s_, i);
    i -= c.len;
    last[k] = c.cp;
    at[k] = i;
  }
  auto lower = [](char32_t c) { return c >= 'A' && c <= 'Z' ? c + 32 : c; };
  auto alnum_before = [&](size_t pos) { return pos > b && IsAlnum(DecodeBefore(s_, pos).cp); };
  size_t split = e;
  const char32_t l0 = lower(last[0]), l1 = lower(last[1]), l2 = lower(last[2]);
  if (l0 == 't' && IsApostrophe(last[1]) && l2 == 'n' && at[2] > b &&
      IsLetter(DecodeBefore(s_, at[2]).cp)) {
    split = at[2];  // "does" "n't", "ca" "n't"
  } else if ((l0 == 's' || l0 == 'd' || l0 == 'm') && IsApostrophe(last[1]) &&
             alnum_before(at[1])) {
    split = at[1];  // "Iran" "'s"
  } else if (((l1 == 'l' && l0 == 'l') || (l1 == 'r' && l0 == 'e') || (l1 == 'v' && l0 == 'e')) &&
             IsApostrophe(last[2]) && alnum_before(at[2])) {
    split = at[2];  // "they" "'re"
  }
  if (split < e) {
    Emit(b, split);
    Emit(split, e);
  } else {
    Emit(b, e);
  }
}

void Scanner::EmitTrailing(size_t b, size_t e) {
  while (b < e) {
    const char c = s_[b];
    size_t len;
    if (c == '.' || c == '-') {
      len = std::min(RunAt(b, c), e - b);
    } else if ((c == '\'' || c == '`') && b + 1 < e && s_[b + 1] == c) {
      len = 2;
    } else {
      len = DecodeAt(s_, b).len;
    }
    Emit(b, b + len);
    b += len;
  }
}

void Scanner::Emit(size_t b, size_t e) {
  if (b >= e) return;
  std::string_view raw = s_.substr(b, e - b);
  std::string_view form = raw;
  if ((chunk_kinds_ & kNonAsciiBit) != 0 || raw[0] == '`' || (raw[0] == '\'' && raw.size() == 2)) {
    thread_local std::string normalized;
    if (NormalizeTokenForm(raw, &normalized)) {
      if (normalized.empty()) return;  // only invisible characters
      form = arena_->Store(normalized);
    }
  }
  Token t;
  t.begin = static_cast<uint32_t>(b);
  t.end = static_cast<uint32_t>(e);
  t.form = form;
  out_->push_back(t);
}

}  // namespace

void Tokenize(std::string_view text, ByteRange range, TextArena* arena, std::vector<Token>* out) {
  // Token offsets are 32-bit: nothing past 4 GiB is tokenised.
  const size_t end = std::min<size_t>({range.end, text.size(), UINT32_MAX});
  if (range.begin >= end) return;
  Scanner(text, end, arena, out).Run(range.begin);
}

}  // namespace acta
