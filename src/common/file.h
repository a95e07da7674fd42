// Reading a whole file, as every loader of acta's tables and inputs does.
#ifndef ACTA_COMMON_FILE_H_
#define ACTA_COMMON_FILE_H_

#include <string>

#include "acta/status.h"

namespace acta {

// The whole contents of the file at `path`: NotFound when it does not exist,
// IoError (with the system's reason) when it cannot be read.
Result<std::string> ReadWholeFile(const std::string& path);

}  // namespace acta

#endif  // ACTA_COMMON_FILE_H_
