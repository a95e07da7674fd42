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

  // Days since 1970-01-01 (negative before), and back.
  long DayNumber() const;
  static Date FromDayNumber(long days);
  Date AddDays(long days) const { return FromDayNumber(DayNumber() + days); }
  // The same day `months` months later (or earlier), clamped to the month's
  // last day (2024-01-31 + 1 month = 2024-02-29).
  Date AddMonths(int months) const;
  // 0 for Monday ... 6 for Sunday.
  int Weekday() const;
  static int DaysInMonth(int year, int month);

  auto operator<=>(const Date&) const = default;
};

}  // namespace acta

#endif  // ACTA_DATE_H_
