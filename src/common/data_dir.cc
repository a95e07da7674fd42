#include <cstdlib>
#include <string>

#include "acta/analysis.h"

namespace acta {

std::string DefaultDataDir() {
  const char* env = std::getenv("ACTA_DATA_DIR");
  if (env != nullptr && *env != '\0') return env;
  return ACTA_DEFAULT_DATA_DIR;
}

}  // namespace acta
