// The story input formats. Each parser takes a whole file's bytes (any bytes:
// invalid UTF-8, NULs, truncation and garbage are reported, never fatal) and
// reports every story it finds to `emitter`. None of them allocates more than
// a small multiple of one story beyond the input itself.
#ifndef ACTA_READER_FORMATS_H_
#define ACTA_READER_FORMATS_H_

#include <string_view>

#include "acta/story.h"
#include "reader/emitter.h"

namespace acta {

// Decides the format from the first bytes that are not whitespace or a UTF-8
// byte order mark: '{' is JSON Lines, '<' is SGML, anything else a plain story.
// Never returns kAuto.
InputFormat DetectFormat(std::string_view data);

// A plain story: optional whitespace, then "date YYYY-MM-DD" ("date" in any
// case, optionally followed by ':'), then the text on the same line or the
// following ones. Without such a header the whole content is the text and the
// story has no usable date.
void ParsePlainStory(std::string_view data, StoryEmitter* emitter);

// One JSON object per line: "id", "date", "text", optional "title", "source",
// "url". Blank lines are skipped; every other line is one story.
void ParseJsonLines(std::string_view data, StoryEmitter* emitter);

// Reuters-21578 SGML: every <REUTERS ... NEWID="N"> element is one story.
void ParseReutersSgml(std::string_view data, StoryEmitter* emitter);

}  // namespace acta

#endif  // ACTA_READER_FORMATS_H_
