#include "dict/dictionary.h"

namespace acta::dict {

std::string LoadWarning::ToString() const {
  std::string out = file;
  out += ':';
  out += std::to_string(line);
  out += ": ";
  out += message;
  return out;
}

std::optional<DatedCode> SharedDays(const DatedCode& a, const DatedCode& b) {
  DatedCode shared = a;
  if (b.from && (!shared.from || *shared.from < *b.from)) shared.from = b.from;
  if (b.until && (!shared.until || *b.until < *shared.until)) shared.until = b.until;
  if (shared.from && shared.until && *shared.until < *shared.from) return std::nullopt;
  return shared;
}

}  // namespace acta::dict
