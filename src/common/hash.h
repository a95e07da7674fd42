// FNV-1a, 64 bits: a fast, stable hash for ids that must not change from
// run to run or machine to machine (content hashes, event ids). Not for
// anything an adversary chooses to collide.
#ifndef ACTA_COMMON_HASH_H_
#define ACTA_COMMON_HASH_H_

#include <cstdint>
#include <string_view>

namespace acta {

inline constexpr uint64_t kFnvOffset = 14695981039346656037ULL;

// The hash of `bytes` continued from `h` (kFnvOffset to start).
constexpr uint64_t Fnv1a(std::string_view bytes, uint64_t h = kFnvOffset) {
  for (char c : bytes) {
    h ^= static_cast<unsigned char>(c);
    h *= 1099511628211ULL;
  }
  return h;
}

}  // namespace acta

#endif  // ACTA_COMMON_HASH_H_
