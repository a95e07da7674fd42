// TABARI's validation records (Validate.text): a dated sentence followed by a
// /* ... */ comment holding the gold events "{ SRC / TGT / CODE }", "{---}"
// (no event), "{###}" (discarded), "{+++}" (complex), or option changes
// "{ OPTION: ... }" that apply from that record on.
#ifndef ACTA_SUITE_TABARI_SUITE_H_
#define ACTA_SUITE_TABARI_SUITE_H_

#include <string>
#include <string_view>
#include <vector>

#include "acta/date.h"
#include "acta/status.h"

namespace acta::suite {

struct GoldEvent {
  std::string source, target, code;
  std::string date;  // as written after the braces (YYMMDD), may be empty
  auto operator<=>(const GoldEvent&) const = default;
};

struct TabariRecord {
  std::string id;         // "DEMO-01"
  std::string date_text;  // "950101"
  Date date;              // resolved (two-digit years: 00-30 are 20xx)
  std::string text;       // the sentence(s), lines joined by blanks, /* */ comments removed
  uint32_t line = 0;      // 1-based line of the header in the file
  std::vector<GoldEvent> gold;
  bool expect_none = false;          // {---}
  bool expect_discard = false;       // {###}
  bool expect_complex = false;       // {+++}
  std::vector<std::string> options;  // "SET: TIME SHIFT = FALSE" ... to apply before coding
};

struct TabariSuite {
  std::vector<TabariRecord> records;  // those before the stop record
  std::vector<std::string> warnings;  // "file:line: ..." for records that could not be read
};

// Reads the records of `contents` up to (not including) the record whose id is
// `stop_id` ("FINAL-01"); `name` is used in warnings.
TabariSuite ParseTabariSuite(std::string_view contents, std::string_view name,
                             std::string_view stop_id = "FINAL-01");
Result<TabariSuite> ReadTabariSuite(const std::string& path, std::string_view stop_id = "FINAL-01");

// TABARI dates: YYMMDD with years 00-30 read as 2000-2030, or YYYYMMDD.
// Headers with a stray digit are read the way TABARI reads them: "9501201"
// as 950120, "186010029" as 18601002.
std::optional<Date> ParseTabariDate(std::string_view text);

}  // namespace acta::suite

#endif  // ACTA_SUITE_TABARI_SUITE_H_
