#include "acta/status.h"

namespace acta {

std::string Status::ToString() const {
  const char* kind = "ok";
  switch (code_) {
    case Code::kOk:
      return "ok";
    case Code::kInvalidArgument:
      kind = "invalid argument";
      break;
    case Code::kNotFound:
      kind = "not found";
      break;
    case Code::kIoError:
      kind = "I/O error";
      break;
    case Code::kCorrupt:
      kind = "corrupt";
      break;
    case Code::kUnsupported:
      kind = "unsupported";
      break;
  }
  return std::string(kind) + ": " + message_;
}

}  // namespace acta
