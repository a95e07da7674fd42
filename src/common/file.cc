#include "common/file.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>

#include <sys/stat.h>

namespace acta {

Result<std::string> ReadWholeFile(const std::string& path) {
  std::unique_ptr<FILE, int (*)(FILE*)> file(std::fopen(path.c_str(), "rb"), &std::fclose);
  if (!file) {
    const int err = errno;
    std::string message = path + ": " + std::strerror(err);
    if (err == ENOENT) return Status::NotFound(message);
    return Status::IoError(message);
  }
  std::string contents;
  // Read into a string of the file's size: growing it as it fills would
  // copy a large file several times.
  struct stat st;
  if (fstat(fileno(file.get()), &st) == 0 && st.st_size > 0)
    contents.reserve(static_cast<size_t>(st.st_size));
  char buffer[1 << 16];
  size_t n;
  while ((n = std::fread(buffer, 1, sizeof(buffer), file.get())) > 0) contents.append(buffer, n);
  if (std::ferror(file.get())) return Status::IoError(path + ": read failed");
  return contents;
}

}  // namespace acta
