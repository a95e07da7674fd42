#include "acta/version.h"

namespace acta {

const char* Version() { return ACTA_VERSION; }

}  // namespace acta
