#include "geo/fold.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace acta::geo {
namespace {

// Letters NFD does not take apart into a base letter and marks.
const char* PlainLetters(UChar32 c) {
  switch (c) {
    case 0x00DF:  // ß
      return "ss";
    case 0x00E6:  // æ
      return "ae";
    case 0x00F0:  // ð
    case 0x0111:  // đ
      return "d";
    case 0x00F8:  // ø
      return "o";
    case 0x00FE:  // þ
      return "th";
    case 0x0131:  // ı
      return "i";
    case 0x0142:  // ł
      return "l";
    case 0x0153:  // œ
      return "oe";
    default:
      return nullptr;
  }
}

bool Dropped(UChar32 c) {
  // Apostrophes and the signs transliterations use for ʿayn and hamza.
  return c == '\'' || c == '`' || c == 0x2018 || c == 0x2019 || c == 0x02BB || c == 0x02BC ||
         c == 0x02BE || c == 0x02BF || c == 0x02B9 || c == '.';
}

void Append(std::string* out, UChar32 c) {
  char buf[4];
  int32_t n = 0;
  UBool error = false;
  U8_APPEND(buf, n, 4, c, error);
  if (!error) out->append(buf, static_cast<size_t>(n));
}

}  // namespace

std::string FoldName(std::string_view name) {
  std::string out;
  out.reserve(name.size());
  bool ascii = true;
  for (char c : name) ascii &= static_cast<unsigned char>(c) < 0x80;
  bool space = true;  // no leading space
  auto put_space = [&] {
    if (!space) out.push_back(' ');
    space = true;
  };
  auto put = [&](UChar32 c) {
    if (c == ' ' || c == '-' || c == ',' || c == '\t' || c == '\n' || c == 0x2010 || c == 0x2013 ||
        c == 0x2014 || c == 0x00A0) {
      put_space();
      return;
    }
    if (Dropped(c)) return;
    space = false;
    if (c < 0x80) {
      out.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c));
    } else if (const char* plain = PlainLetters(u_tolower(c))) {
      out.append(plain);
    } else {
      Append(&out, u_tolower(c));
    }
  };
  if (ascii) {
    for (char c : name) put(static_cast<unsigned char>(c));
  } else {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
    const icu::UnicodeString decomposed =
        U_SUCCESS(status) ? nfd->normalize(icu::UnicodeString::fromUTF8(icu::StringPiece(
                                               name.data(), static_cast<int32_t>(name.size()))),
                                           status)
                          : icu::UnicodeString::fromUTF8(
                                icu::StringPiece(name.data(), static_cast<int32_t>(name.size())));
    for (int32_t i = 0; i < decomposed.length();) {
      const UChar32 c = decomposed.char32At(i);
      i += U16_LENGTH(c);
      if (u_charType(c) == U_NON_SPACING_MARK) continue;
      put(c);
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  if (out.starts_with("the ")) out.erase(0, 4);
  return out;
}

}  // namespace acta::geo
