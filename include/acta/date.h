// Calendar dates (proleptic Gregorian) as acta uses them for story and event dates.
#ifndef ACTA_DATE_H_
#define ACTA_DATE_H_

#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace acta {

struct Date {
  int year = 0;
  int month = 0;  // 1-12
  int day = 0;    // 1-31

  // True for a real calendar day (2024-02-30 and 0000-00-00 are not).
  bool IsValid() const;
  // "YYYY-MM-DD".
  std::string ToString() const;
  // Parses "YYYY-MM-DD" exactly; nullopt for anything else or an invalid day.
  static std::optional<Date> ParseIso(std::string_view text);

  auto operator<=>(const Date&) const = default;
};

}  // namespace acta

#endif  // ACTA_DATE_H_
