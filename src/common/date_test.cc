#include "acta/date.h"

#include <gtest/gtest.h>

namespace acta {
namespace {

TEST(DateTest, ParsesIsoDates) {
  auto d = Date::ParseIso("2024-03-26");
  ASSERT_TRUE(d.has_value());
  EXPECT_EQ(d->year, 2024);
  EXPECT_EQ(d->month, 3);
  EXPECT_EQ(d->day, 26);
  EXPECT_EQ(d->ToString(), "2024-03-26");
}

TEST(DateTest, RejectsImpossibleDays) {
  EXPECT_FALSE(Date::ParseIso("2024-02-30").has_value());
  EXPECT_FALSE(Date::ParseIso("0000-00-00").has_value());
  EXPECT_FALSE(Date::ParseIso("2023-02-29").has_value());
  EXPECT_TRUE(Date::ParseIso("2024-02-29").has_value());
  EXPECT_FALSE(Date::ParseIso("2024-3-26").has_value());
  EXPECT_FALSE(Date::ParseIso("2024-03-26x").has_value());
}

}  // namespace
}  // namespace acta
