#include "common/file.h"

#include <fmt/format.h>

#include <fstream>
#include <sstream>

namespace acta {

Result<std::string> ReadWholeFile(const std::string& path, std::string_view what) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound(fmt::format("{}: cannot open {}", path, what));
  std::ostringstream ss;
  ss << in.rdbuf();
  if (in.bad()) return Status::IoError(fmt::format("{}: read failed", path));
  return std::move(ss).str();
}

}  // namespace acta
