#include "dict/phrase_parser.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <utility>

#include "common/utf8.h"

namespace acta::dict {
namespace {

bool IsBlank(char c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' || c == '\f';
}
bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsAsciiAlnum(char c) { return IsDigit(c) || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }
bool IsConnector(char c) { return c == '_' || c == '~' || c == '='; }

std::string_view Trim(std::string_view s) {
  while (!s.empty() && IsBlank(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsBlank(s.back())) s.remove_suffix(1);
  return s;
}

void Note(std::vector<std::string>* notes, std::string message) {
  if (notes != nullptr) notes->push_back(std::move(message));
}

// Upper-cases `text` with the simple Unicode mapping and turns '-' into '_'.
// Ill-formed UTF-8 bytes are copied unchanged.
std::string NormalizePhraseText(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  size_t i = 0;
  while (i < text.size()) {
    char c = text[i];
    if (static_cast<unsigned char>(c) < 0x80) {
      if (c == '-') c = '_';
      if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
      out.push_back(c);
      ++i;
      continue;
    }
    char32_t cp;
    size_t len = DecodeUtf8(text, i, &cp);
    if (cp == kReplacementChar && text.substr(i, len) != "\xEF\xBF\xBD") {
      out.append(text.substr(i, len));
    } else {
      AppendUtf8(static_cast<char32_t>(u_toupper(static_cast<UChar32>(cp))), &out);
    }
    i += len;
  }
  return out;
}

// Recursive-descent reader over one normalized phrase.
class PhraseReader {
 public:
  PhraseReader(std::string_view text, PhraseContext ctx, std::vector<std::string>* notes)
      : t_(text), ctx_(ctx), notes_(notes) {}

  Status Read(Phrase* out) {
    Status s = ReadSequence(/*in_braces=*/false, out);
    if (!s.ok()) return s;
    if (pos_ < t_.size()) {
      return Status::InvalidArgument(std::string("unexpected '") + t_[pos_] + "' outside braces");
    }
    if (out->empty()) return Status::InvalidArgument("empty phrase");
    if (ctx_ == PhraseContext::kPattern && verbs_ != 1) {
      return Status::InvalidArgument(verbs_ == 0 ? "pattern has no verb marker '*'"
                                                 : "pattern has more than one '*'");
    }
    return Status::Ok();
  }

 private:
  bool TokensAllowed() const {
    return ctx_ == PhraseContext::kPattern || ctx_ == PhraseContext::kSynsetMember;
  }
  bool AtEnd() const { return pos_ >= t_.size(); }
  // True at a character that ends the current element.
  bool AtBoundary(size_t p, bool in_braces) const {
    if (p >= t_.size()) return true;
    char c = t_[p];
    if (IsBlank(c) || IsConnector(c) || c == '{') return true;
    return in_braces && (c == '|' || c == '}');
  }

  // Reads elements up to the end of the text, or, inside braces, up to the
  // next '|' or '}' (left unread).
  Status ReadSequence(bool in_braces, Phrase* out) {
    bool leading_connector_noted = false;
    while (true) {
      while (!AtEnd() && IsBlank(t_[pos_])) ++pos_;
      if (AtEnd()) return Status::Ok();
      char c = t_[pos_];
      if (c == '|' || c == '}') {
        if (in_braces) return Status::Ok();
        return Status::InvalidArgument(std::string("'") + c + "' outside braces");
      }
      if (IsConnector(c) && !out->empty()) {
        // "MIBUY _": the blank before the connector is a typo.
        Note(notes_, std::string("blank before '") + c + "' ignored");
        ReadConnectors(in_braces, &out->back());
        continue;
      }
      if (IsConnector(c)) {
        // A connector with nothing before it to connect ("_FOO", "{ _A }").
        if (!leading_connector_noted) {
          Note(notes_, std::string("connector '") + c + "' with no word before it ignored");
          leading_connector_noted = true;
        }
        ++pos_;
        continue;
      }
      PhraseWord word;
      Status s = ReadElement(in_braces, &word);
      if (!s.ok()) return s;
      ReadConnectors(in_braces, &word);
      out->push_back(std::move(word));
    }
  }

  Status ReadElement(bool in_braces, PhraseWord* word) {
    char c = t_[pos_];
    if (c == '{') return ReadAlternatives(in_braces, word);
    if (TokensAllowed() && c == '&') return ReadSynset(word);
    if (c == '*' && TokensAllowed()) {
      if (ctx_ != PhraseContext::kPattern) {
        return Status::InvalidArgument("verb marker '*' outside a verb pattern");
      }
      if (in_braces) return Status::InvalidArgument("verb marker '*' inside alternatives");
      if (!AtBoundary(pos_ + 1, in_braces)) {
        return Status::InvalidArgument("verb marker '*' must stand alone");
      }
      ++pos_;
      ++verbs_;
      word->kind = PhraseWord::Kind::kVerb;
      word->stem = false;
      return Status::Ok();
    }
    if (TokensAllowed() && (c == '$' || c == '+' || c == '%' || c == '^') &&
        AtBoundary(pos_ + 1, in_braces)) {
      ++pos_;
      word->kind = c == '$'   ? PhraseWord::Kind::kSource
                   : c == '+' ? PhraseWord::Kind::kTarget
                   : c == '%' ? PhraseWord::Kind::kBoth
                              : PhraseWord::Kind::kSkipActor;
      word->stem = false;
      return Status::Ok();
    }
    size_t start = pos_;
    while (!AtBoundary(pos_, in_braces)) {
      if (t_[pos_] == '*' && ctx_ == PhraseContext::kPattern) {
        return Status::InvalidArgument("verb marker '*' must stand alone");
      }
      if (!in_braces && (t_[pos_] == '|' || t_[pos_] == '}')) break;
      ++pos_;
    }
    if (pos_ == start) {
      return Status::InvalidArgument(std::string("unexpected '") + t_[pos_] + "'");
    }
    word->kind = PhraseWord::Kind::kWord;
    word->text.assign(t_.substr(start, pos_ - start));
    return Status::Ok();
  }

  Status ReadSynset(PhraseWord* word) {
    size_t start = ++pos_;
    while (!AtEnd() && IsAsciiAlnum(t_[pos_])) ++pos_;
    if (pos_ == start) return Status::InvalidArgument("'&' without a synonym set name");
    word->kind = PhraseWord::Kind::kSynset;
    word->text.assign(t_.substr(start, pos_ - start));
    word->stem = false;
    word->endings = false;
    return Status::Ok();
  }

  Status ReadAlternatives(bool in_braces, PhraseWord* word) {
    if (in_braces) return Status::InvalidArgument("nested '{'");
    if (ctx_ == PhraseContext::kSynsetMember) {
      return Status::InvalidArgument("synonym set members cannot hold alternatives");
    }
    ++pos_;
    word->kind = PhraseWord::Kind::kAlternatives;
    word->stem = false;
    while (true) {
      Phrase alternative;
      Status s = ReadSequence(/*in_braces=*/true, &alternative);
      if (!s.ok()) return s;
      if (AtEnd()) return Status::InvalidArgument("'{' without '}'");
      if (alternative.empty()) return Status::InvalidArgument("empty alternative in '{ ... }'");
      word->alternatives.push_back(std::move(alternative));
      if (t_[pos_++] == '}') return Status::Ok();
    }
  }

  // Reads the connectors written after an element and sets its flags.
  void ReadConnectors(bool in_braces, PhraseWord* word) {
    bool underscore = false, tilde = false, equals = false;
    size_t count = 0;
    while (!AtEnd() && IsConnector(t_[pos_])) {
      char c = t_[pos_++];
      underscore |= c == '_';
      tilde |= c == '~';
      equals |= c == '=';
      ++count;
    }
    if (count == 0) return;
    if (count > 1 && !(count == 2 && tilde && underscore)) {
      Note(notes_, "repeated connector after '" + word->text + "' read as one");
    }
    bool next_follows =
        !AtEnd() && !IsBlank(t_[pos_]) && !(in_braces && (t_[pos_] == '|' || t_[pos_] == '}'));
    if (word->kind == PhraseWord::Kind::kWord) {
      if (equals) word->endings = false;
      if (!tilde && (underscore || equals)) word->stem = false;
    }
    bool more_follows = next_follows;
    if (tilde && !next_follows) {
      // "BACK~ POLICY": the next element may follow a blank.
      size_t p = pos_;
      while (p < t_.size() && IsBlank(t_[p])) ++p;
      more_follows = p < t_.size() && !(in_braces && (t_[p] == '|' || t_[p] == '}'));
    }
    word->adjacent_next = tilde ? more_follows : next_follows;
  }

  std::string_view t_;
  PhraseContext ctx_;
  std::vector<std::string>* notes_;
  size_t pos_ = 0;
  int verbs_ = 0;
};

int DaysInMonth(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

// Splits 6 or 8 digits into year, month and day without checking the day.
bool SplitDate(std::string_view digits, Date* d) {
  if (digits.size() != 6 && digits.size() != 8) return false;
  for (char c : digits) {
    if (!IsDigit(c)) return false;
  }
  auto number = [&](size_t pos, size_t n) {
    int v = 0;
    for (size_t i = pos; i < pos + n; ++i) v = v * 10 + (digits[i] - '0');
    return v;
  };
  if (digits.size() == 6) {
    int yy = number(0, 2);
    d->year = yy <= 30 ? 2000 + yy : 1900 + yy;
    d->month = number(2, 2);
    d->day = number(4, 2);
  } else {
    d->year = number(0, 4);
    d->month = number(4, 2);
    d->day = number(6, 2);
  }
  return true;
}

// One date of a restriction, with the repairs ParseCodeBlock documents.
Result<Date> ParseRestrictionDate(std::string_view token, std::vector<std::string>* notes) {
  if (token.empty()) return Status::InvalidArgument("missing date");
  for (char c : token) {
    if (!IsDigit(c)) {
      return Status::InvalidArgument("date '" + std::string(token) + "' is not all digits");
    }
  }
  if (token.size() == 6 || token.size() == 8) {
    Date d;
    SplitDate(token, &d);
    if (d.month >= 1 && d.month <= 12 && d.day > DaysInMonth(d.year, d.month) && d.day <= 31 &&
        d.year >= 1) {
      d.day = DaysInMonth(d.year, d.month);
      Note(notes, "date " + std::string(token) + " has no such day; read as " + d.ToString());
    }
    if (!d.IsValid()) return Status::InvalidArgument("invalid date " + std::string(token));
    return d;
  }
  size_t width = token.size() == 7 ? 6 : (token.size() == 9 || token.size() == 10) ? 8 : 0;
  if (width == 0) {
    return Status::InvalidArgument("date " + std::string(token) + " has " +
                                   std::to_string(token.size()) + " digits");
  }
  std::optional<Date> first = ParseTabariDate(token.substr(0, width));
  std::optional<Date> last = ParseTabariDate(token.substr(token.size() - width));
  std::string what =
      "date " + std::string(token) + " has " + std::to_string(token.size()) + " digits";
  if (!first && !last) return Status::InvalidArgument(what);
  if (first && last && *first != *last) {
    return Status::InvalidArgument(what + "; it could be " + first->ToString() + " or " +
                                   last->ToString());
  }
  Date d = first ? *first : *last;
  Note(notes, what + "; read as " + d.ToString());
  return d;
}

bool ValidCodePart(std::string_view part) {
  if (part.empty()) return false;
  return std::all_of(part.begin(), part.end(), IsAsciiAlnum);
}

}  // namespace

Result<Phrase> ParseTabariPhrase(std::string_view text, PhraseContext ctx,
                                 std::vector<std::string>* notes) {
  std::string normalized = NormalizePhraseText(Trim(text));
  Phrase phrase;
  std::vector<std::string> repairs;
  PhraseReader reader(normalized, ctx, &repairs);
  Status s = reader.Read(&phrase);
  if (!s.ok()) return s;
  if (notes != nullptr) notes->insert(notes->end(), repairs.begin(), repairs.end());
  return phrase;
}

int TabariPhraseLength(std::string_view text) {
  auto counts = [](char c) {
    return !IsBlank(c) && c != '*' && c != '$' && c != '+' && c != '%' && c != '^';
  };
  int length = 0;
  size_t i = 0;
  while (i < text.size()) {
    if (text[i] != '{') {
      if (counts(text[i])) ++length;
      ++i;
      continue;
    }
    int longest = 0, current = 0;
    for (++i; i < text.size() && text[i] != '}'; ++i) {
      if (text[i] == '|') {
        longest = std::max(longest, current);
        current = 0;
      } else if (counts(text[i])) {
        ++current;
      }
    }
    length += std::max(longest, current);
    if (i < text.size()) ++i;
  }
  return length;
}

std::optional<Date> ParseTabariDate(std::string_view digits) {
  Date d;
  if (!SplitDate(digits, &d) || !d.IsValid()) return std::nullopt;
  return d;
}

Result<std::vector<DatedCode>> ParseCodeBlock(std::string_view inside,
                                              std::vector<std::string>* notes_out) {
  std::vector<std::string> repairs;  // passed on only when the block is good
  std::vector<std::string>* notes = &repairs;
  std::string_view s = Trim(inside);
  if (s.empty()) return Status::InvalidArgument("empty code block");
  size_t pos = 0;
  std::string code;
  char c = s[0];
  if (c == '-' || c == '#' || c == '+') {
    // "---", "###", "+++", also written with blanks ("- - -").
    int count = 0;
    while (pos < s.size() && (s[pos] == c || IsBlank(s[pos]))) {
      count += s[pos] == c;
      ++pos;
    }
    if (count != 3) {
      return Status::InvalidArgument("special code must be ---, ### or +++, not '" +
                                     std::string(Trim(s.substr(0, pos))) + "'");
    }
    code.assign(3, c);
  } else {
    while (pos < s.size() && !IsBlank(s[pos]) && s[pos] != '<' && s[pos] != '>') ++pos;
    code.assign(s.substr(0, pos));
    if (code.empty()) return Status::InvalidArgument("code block has no code");
    if (IsDigit(code[0]) && code.size() >= 6 &&
        std::all_of(code.begin(), code.end(), [](char ch) { return IsDigit(ch) || ch == '-'; })) {
      return Status::InvalidArgument("code block has a date but no code");
    }
    size_t begin = 0;
    while (true) {
      size_t slash = code.find('/', begin);
      std::string_view part = std::string_view(code).substr(
          begin, slash == std::string::npos ? std::string::npos : slash - begin);
      if (!ValidCodePart(part)) {
        return Status::InvalidArgument("code '" + code + "' is not letters and digits");
      }
      if (slash == std::string::npos) break;
      begin = slash + 1;
    }
  }
  std::string_view rest = Trim(s.substr(pos));
  std::optional<Date> from, until;
  if (!rest.empty()) {
    if (rest[0] == '<' || rest[0] == '>') {
      Result<Date> d = ParseRestrictionDate(Trim(rest.substr(1)), notes);
      if (!d.ok()) return d.status();
      (rest[0] == '<' ? until : from) = *d;
    } else {
      size_t dash = rest.find('-');
      if (dash == std::string_view::npos) {
        return Status::InvalidArgument("date restriction '" + std::string(rest) +
                                       "' is not <date, >date or date-date");
      }
      Result<Date> a = ParseRestrictionDate(Trim(rest.substr(0, dash)), notes);
      if (!a.ok()) return a.status();
      Result<Date> b = ParseRestrictionDate(Trim(rest.substr(dash + 1)), notes);
      if (!b.ok()) return b.status();
      if (*b < *a) {
        // CountryInfo's "270101-730717": a start in 1900-1930 written with
        // two digits reads as 2000-2030 by the manual's rule.
        std::string_view a_digits = Trim(rest.substr(0, dash));
        Date century_earlier = *a;
        century_earlier.year -= 100;
        if (a_digits.size() == 6 && a->year >= 2000 && a->year <= 2030 &&
            century_earlier.IsValid() && !(*b < century_earlier)) {
          Note(notes, "date range " + a->ToString() + " to " + b->ToString() +
                          " ends before it starts; start read as " + century_earlier.ToString());
          *a = century_earlier;
        } else {
          return Status::InvalidArgument("date range " + a->ToString() + " to " + b->ToString() +
                                         " ends before it starts");
        }
      }
      from = *a;
      until = *b;
    }
  }
  std::vector<DatedCode> codes;
  size_t begin = 0;
  while (true) {
    size_t slash = code.find('/', begin);
    DatedCode dc;
    dc.code = code.substr(begin, slash == std::string::npos ? std::string::npos : slash - begin);
    dc.from = from;
    dc.until = until;
    codes.push_back(std::move(dc));
    if (slash == std::string::npos) break;
    begin = slash + 1;
  }
  if (notes_out != nullptr) notes_out->insert(notes_out->end(), repairs.begin(), repairs.end());
  return codes;
}

Result<std::vector<DatedCode>> ParseCodeBlocks(std::string_view text,
                                               std::vector<std::string>* notes) {
  std::vector<DatedCode> codes;
  size_t pos = 0;
  while (true) {
    while (pos < text.size() && IsBlank(text[pos])) ++pos;
    if (pos >= text.size()) break;
    if (text[pos] != '[') {
      return Status::InvalidArgument("text outside code blocks: '" +
                                     std::string(Trim(text.substr(pos))) + "'");
    }
    size_t close = text.find(']', pos);
    if (close == std::string_view::npos) return Status::InvalidArgument("'[' without ']'");
    std::string_view inside = text.substr(pos + 1, close - pos - 1);
    Result<std::vector<DatedCode>> block = ParseCodeBlock(inside, notes);
    if (!block.ok()) {
      std::string message = "[";
      message.append(inside).append("]: ").append(block.status().message());
      return Status::InvalidArgument(std::move(message));
    }
    for (DatedCode& dc : *block) codes.push_back(std::move(dc));
    pos = close + 1;
  }
  if (codes.empty()) return Status::InvalidArgument("no code block");
  return codes;
}

Result<AgentCode> ParseAgentCode(std::string_view inside) {
  std::string compact;
  for (char c : inside) {
    if (!IsBlank(c)) compact.push_back(c);
  }
  bool front = !compact.empty() && compact.front() == '~';
  bool back = compact.size() > 1 && compact.back() == '~';
  if (front == back) {
    return Status::InvalidArgument(front ? "agent code '" + compact + "' has '~' on both sides"
                                         : "agent code '" + compact + "' has no '~'");
  }
  AgentCode agent;
  agent.suffix = front;
  agent.code = front ? compact.substr(1) : compact.substr(0, compact.size() - 1);
  if (!ValidCodePart(agent.code)) {
    return Status::InvalidArgument("agent code '" + compact + "' is not letters and digits");
  }
  return agent;
}

}  // namespace acta::dict
