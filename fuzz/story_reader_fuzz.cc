// Fuzzes the story readers: arbitrary bytes as a file of each format. The
// readers must never crash, and must account for every story they find.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "acta/story.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  // The first byte picks the format, so one corpus covers every reader.
  const acta::InputFormat formats[] = {acta::InputFormat::kAuto, acta::InputFormat::kStory,
                                       acta::InputFormat::kJsonl, acta::InputFormat::kSgml};
  acta::ReaderOptions options;
  options.format = formats[data[0] % 4];
  if (data[0] & 4) options.default_date = acta::Date{2024, 3, 26};
  std::string_view input(reinterpret_cast<const char*>(data + 1), size - 1);
  acta::ReadStats stats;
  acta::ReadStoriesFromBuffer(
      input, "fuzz", options, [](acta::Story&&) {}, [](const acta::ReadIssue&) {}, &stats);
  if (stats.read != stats.accepted + stats.rejected) std::abort();
  return 0;
}
