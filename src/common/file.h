// Reading a whole file, as every loader of acta's tables and inputs does.
#ifndef ACTA_COMMON_FILE_H_
#define ACTA_COMMON_FILE_H_

#include <string>
#include <string_view>

#include "acta/status.h"

namespace acta {

// The bytes of the file at `path`. NotFound names `what` ("the codebook
// table") when it cannot be opened; IoError when reading fails.
Result<std::string> ReadWholeFile(const std::string& path, std::string_view what);

}  // namespace acta

#endif  // ACTA_COMMON_FILE_H_
