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

}  // namespace acta::dict
