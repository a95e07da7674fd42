// Helpers for the story stage's tests.
#ifndef ACTA_STORY_STORY_TEST_UTIL_H_
#define ACTA_STORY_STORY_TEST_UTIL_H_

#include "coder/coder.h"

namespace acta::story {

// A coded event with just its source, target and code.
inline coder::CodedEvent Event(const char* source, const char* target, const char* code) {
  coder::CodedEvent e;
  e.source = source;
  e.target = target;
  e.code = code;
  return e;
}

}  // namespace acta::story

#endif  // ACTA_STORY_STORY_TEST_UTIL_H_
