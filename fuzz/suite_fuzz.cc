// Fuzzes the readers of the peers' validation suites: TABARI's text records
// and PETRARCH's XML. Arbitrary bytes must be read or reported as warnings,
// never crash or read out of bounds, and every record must point at a line
// of the input.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "suite/petrarch_suite.h"
#include "suite/tabari_suite.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  // The first byte picks the reader, so one corpus covers both.
  std::string_view input(reinterpret_cast<const char*>(data + 1), size - 1);
  size_t lines = 1;
  for (char c : input) lines += c == '\n';
  if (data[0] & 1) {
    acta::suite::PetrarchSuite s = acta::suite::ParsePetrarchSuite(input, "fuzz.xml");
    for (const acta::suite::PetrarchRecord& r : s.records) {
      if (r.line > lines) std::abort();
    }
  } else {
    acta::suite::TabariSuite s = acta::suite::ParseTabariSuite(input, "fuzz.txt");
    for (const acta::suite::TabariRecord& r : s.records) {
      if (r.line > lines || (r.date.year != 0 && !r.date.IsValid())) std::abort();
    }
  }
  return 0;
}
