// Hashing used to turn feature templates into 64-bit feature keys without
// building strings: every feature is Combine(template, value hashes...).
#ifndef ACTA_TAGGER_HASH_H_
#define ACTA_TAGGER_HASH_H_

#include <cstdint>
#include <string_view>

namespace acta {

// 64-bit FNV-1a followed by a finaliser; stable across platforms and runs
// (models store these keys, so this function must never change).
inline uint64_t HashBytes(std::string_view s) {
  uint64_t h = 0xcbf29ce484222325ULL;
  for (unsigned char c : s) {
    h ^= c;
    h *= 0x100000001b3ULL;
  }
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdULL;
  h ^= h >> 33;
  return h;
}

inline uint64_t Mix64(uint64_t x) {
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ULL;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebULL;
  x ^= x >> 31;
  return x;
}

inline uint64_t Combine(uint64_t a, uint64_t b) {
  return Mix64(a ^ (b + 0x9e3779b97f4a7c15ULL + (a << 6) + (a >> 2)));
}

}  // namespace acta

#endif  // ACTA_TAGGER_HASH_H_
