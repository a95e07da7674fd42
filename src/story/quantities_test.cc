#include "story/quantities.h"

#include <gtest/gtest.h>

#include <string>

namespace acta::story {
namespace {

struct QuantityCase {
  const char* sentence;
  const char* type;  // "" when the sentence reports no count of people
  long long count;
  const char* qualifier;
  const char* text;
  const char* of;
};

constexpr QuantityCase kCases[] = {
    {"The conflict in Gaza has tragically resulted in over 32,000 Palestinian casualties.",
     "casualties", 32000, "more_than", "over 32,000 Palestinian casualties", "Palestinian"},
    {"A bomb killed at least five people in Baghdad.", "killed", 5, "at_least",
     "killed at least five people", ""},
    {"Police said 12 people were wounded in the clashes.", "wounded", 12, "exact",
     "12 people were wounded", ""},
    {"Dozens were arrested after the rally.", "arrested", 24, "at_least", "Dozens were arrested",
     ""},
    {"Some 800,000 Iraqi Kurds fled to Iran last month.", "displaced", 800000, "about",
     "Some 800,000 Iraqi Kurds fled", "Iraqi Kurds"},
    {"Two Palestinian suicide bombers killed 23 people in Tel Aviv.", "killed", 23, "exact",
     "killed 23 people", ""},
    {"The death toll from the quake rose to 45 on Sunday.", "killed", 45, "exact",
     "death toll from the quake rose to 45", ""},
    {"More than 3,000 troops crossed the border.", "troops", 3000, "more_than",
     "More than 3,000 troops", ""},
    {"Thousands of protesters marched on parliament.", "protesters", 2000, "at_least",
     "Thousands of protesters", ""},
    {"The war has left two million refugees in camps.", "displaced", 2000000, "exact",
     "two million refugees", ""},
    {"Gunmen killed 23 Israelis on Sunday.", "killed", 23, "exact", "killed 23 Israelis",
     "Israelis"},
    {"About 200 demonstrators gathered outside the embassy.", "protesters", 200, "about",
     "About 200 demonstrators", ""},
    {"In 1987, 17 soldiers died in the attack.", "killed", 17, "exact", "17 soldiers died", ""},
    {"Nearly 1,500 were injured in the fighting.", "injured", 1500, "about",
     "Nearly 1,500 were injured", ""},
    {"Tens of thousands of people fled the city.", "displaced", 20000, "at_least",
     "Tens of thousands of people fled", ""},
    {"Police opened fire, killing one person and wounding two others.", "killed", 1, "exact",
     "killing one person", ""},
    {"A dozen policemen were hurt by stones.", "injured", 12, "about",
     "A dozen policemen were hurt", ""},
    {"Up to 16 Russian civilian advisers were kidnapped.", "", 0, "", "", ""},
    {"The company earned 32 million dollars in 1986.", "", 0, "", "", ""},
    {"Scholl, 21, was arrested in 1943.", "", 0, "", "", ""},
    {"The star of the 1955 Oscars has died.", "", 0, "", "", ""},
    {"IRAN SAYS ALMOST 200 DEAD IN RAID", "", 0, "", "", ""},
    {"Ten were injured. Some 800 people gathered.", "injured", 10, "exact", "Ten were injured", ""},
    {"Twenty-five Afghan rebels were killed, the army said.", "killed", 25, "exact",
     "Twenty-five Afghan rebels were killed", "Afghan"},
};

class QuantityTest : public ::testing::TestWithParam<QuantityCase> {};

TEST_P(QuantityTest, Finds) {
  const QuantityCase& c = GetParam();
  const std::vector<Quantity> found = FindQuantities(c.sentence);
  if (std::string(c.type).empty()) {
    EXPECT_TRUE(found.empty()) << c.sentence << " -> " << found[0].text;
    return;
  }
  ASSERT_FALSE(found.empty()) << c.sentence;
  const Quantity& q = found[0];
  EXPECT_EQ(q.type, c.type) << c.sentence;
  EXPECT_EQ(q.count, c.count) << c.sentence;
  EXPECT_EQ(q.qualifier, c.qualifier) << c.sentence;
  EXPECT_EQ(q.text, c.text) << c.sentence;
  EXPECT_EQ(q.of_text, c.of) << c.sentence;
  EXPECT_EQ(std::string(c.sentence).substr(q.begin, q.end - q.begin), q.text);
}

INSTANTIATE_TEST_SUITE_P(Table, QuantityTest, ::testing::ValuesIn(kCases));

TEST(QuantityTest, EveryCountInASentence) {
  const std::vector<Quantity> found =
      FindQuantities("Police opened fire, killing one person and wounding two others.");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[1].type, "wounded");
  EXPECT_EQ(found[1].count, 2);
  EXPECT_EQ(found[1].text, "wounding two others");
}

TEST(QuantityTest, WhatACountDescribes) {
  EXPECT_TRUE(Describes("killed", "190"));
  EXPECT_TRUE(Describes("casualties", "1831"));
  EXPECT_FALSE(Describes("casualties", "051"));  // support for Hamas is no violence
  EXPECT_TRUE(Describes("arrested", "173"));
  EXPECT_TRUE(Describes("protesters", "141"));
  EXPECT_FALSE(Describes("protesters", "190"));
  EXPECT_TRUE(Describes("troops", "154"));
}

}  // namespace
}  // namespace acta::story
