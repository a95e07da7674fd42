#include "token/token_form.h"

#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>

#include "token/char_class.h"

namespace acta {
namespace {

// The ASCII spelling `c` normalises to, or empty if it stays as it is.
// Ignorable characters are handled by the caller.
std::string_view MappedSpelling(char32_t c) {
  switch (c) {
    case 0x2018:
    case 0x2019:
    case 0x201A:
    case 0x201B:
      return "'";
    case 0x201C:
    case 0x201D:
    case 0x201E:
    case 0x201F:
    case 0xAB:
    case 0xBB:
      return "\"";
    case 0x2014:
    case 0x2015:
      return "--";
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2212:
      return "-";
    case 0x2026:
      return "...";
    default:
      return {};
  }
}

bool HasNonAscii(std::string_view s) {
  for (char c : s) {
    if (static_cast<unsigned char>(c) >= 0x80) return true;
  }
  return false;
}

}  // namespace

bool NormalizeTokenForm(std::string_view raw, std::string* out) {
  if (!HasNonAscii(raw)) {
    if (raw == "``" || raw == "''") {
      out->assign(1, '"');
      return true;
    }
    if (raw == "`") {
      out->assign(1, '\'');
      return true;
    }
    return false;
  }
  out->clear();
  bool changed = false;
  bool non_ascii = false;
  for (size_t i = 0; i < raw.size();) {
    DecodedChar c = DecodeAt(raw, i);
    std::string_view mapped = MappedSpelling(c.cp);
    if (!mapped.empty()) {
      out->append(mapped);
      changed = true;
    } else if (IsIgnorable(c.cp)) {
      changed = true;
    } else {
      out->append(raw.substr(i, c.len));
      non_ascii |= c.len > 1;
    }
    i += c.len;
  }
  if (non_ascii) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
    if (U_SUCCESS(status) && !nfc->isNormalizedUTF8(*out, status) && U_SUCCESS(status)) {
      thread_local std::string composed;
      composed.clear();
      icu::StringByteSink<std::string> sink(&composed);
      nfc->normalizeUTF8(0, *out, sink, nullptr, status);
      if (U_SUCCESS(status)) {
        out->swap(composed);
        changed = true;
      }
    }
  }
  return changed && *out != raw;
}

}  // namespace acta
