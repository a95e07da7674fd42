#include "story/event_date.h"

#include <gtest/gtest.h>

#include <string>

namespace acta::story {
namespace {

struct DateCase {
  const char* story;     // story date
  const char* sentence;  // one expression in it
  Tense tense;
  const char* date;       // resolved, "" for none
  const char* precision;  // day, week, month, year
  const char* text;       // the expression as found
};

// 2024-03-26 is a Tuesday; 2024-01-01 a Monday; 1987-02-26 a Thursday.
constexpr DateCase kCases[] = {
    {"2024-03-26", "This significant meeting is scheduled for Tuesday.", Tense::kFuture,
     "2024-03-26", "day", "Tuesday"},
    {"2024-03-26", "Rebels attacked the town on Sunday.", Tense::kPast, "2024-03-24", "day",
     "on Sunday"},
    {"2024-03-26", "The minister will visit Cairo on Friday.", Tense::kFuture, "2024-03-29", "day",
     "on Friday"},
    {"2024-03-26", "The talks began on Wednesday.", Tense::kPast, "2024-03-20", "day",
     "on Wednesday"},
    {"2024-01-01", "Troops shelled the city on Saturday.", Tense::kPast, "2023-12-30", "day",
     "on Saturday"},
    {"2023-12-30", "He will fly to Paris on Tuesday.", Tense::kFuture, "2024-01-02", "day",
     "on Tuesday"},
    {"2024-03-26", "Police said the attack happened last Tuesday.", Tense::kPast, "2024-03-19",
     "day", "last Tuesday"},
    {"2024-03-01", "Protesters marched yesterday in the capital.", Tense::kPast, "2024-02-29",
     "day", "yesterday"},
    {"2023-12-31", "The summit opens tomorrow.", Tense::kFuture, "2024-01-01", "day", "tomorrow"},
    {"2024-01-03", "The ceasefire took effect on December 28.", Tense::kPast, "2023-12-28", "day",
     "on December 28"},
    {"2023-12-20", "Elections are due on January 7.", Tense::kFuture, "2024-01-07", "day",
     "on January 7"},
    {"2024-03-26", "Iraq and Iran signed the accord on 7 March.", Tense::kPast, "2024-03-07", "day",
     "on 7 March"},
    {"2024-03-26", "The deal was reached on March 7, 2019.", Tense::kPast, "2019-03-07", "day",
     "on March 7, 2019"},
    {"2024-03-26", "The clashes began on the 21st of", Tense::kPast, "", "", ""},
    {"2024-01-15", "Exports fell last month.", Tense::kPast, "2023-12-01", "month", "last month"},
    {"2024-01-15", "Fighting intensified last week.", Tense::kPast, "2024-01-08", "week",
     "last week"},
    {"2024-01-15", "The treaty expired last year.", Tense::kPast, "2023-01-01", "year",
     "last year"},
    {"2024-03-26", "The group was founded three years ago.", Tense::kPast, "2021-01-01", "year",
     "three years ago"},
    {"2024-03-26", "He was arrested 10 days ago.", Tense::kPast, "2024-03-16", "day",
     "10 days ago"},
    {"2024-02-10", "The army withdrew two months ago.", Tense::kPast, "2023-12-01", "month",
     "two months ago"},
    {"2024-01-10", "Talks collapsed in December.", Tense::kPast, "2023-12-01", "month",
     "in December"},
    {"1987-02-26", "The two countries went to war in 1980.", Tense::kPast, "1980-01-01", "year",
     "in 1980"},
    {"2024-03-26", "Voters may elect a new president.", Tense::kPast, "", "", ""},
    {"2024-03-26", "Thousands march against the war.", Tense::kPast, "", "", ""},
    {"2024-03-26", "The vote was held on October 5.", Tense::kPast, "2023-10-05", "day",
     "on October 5"},
    {"1987-04-11", "Japan warned of sanctions on April 17.", Tense::kPast, "1987-04-17", "day",
     "on April 17"},
    {"2024-03-26", "The vote will be held on May 5.", Tense::kFuture, "2024-05-05", "day",
     "on May 5"},
};

class EventDateTest : public ::testing::TestWithParam<DateCase> {};

TEST_P(EventDateTest, Resolves) {
  const DateCase& c = GetParam();
  const std::vector<DateMention> found = FindDates(c.sentence, *Date::ParseIso(c.story), c.tense);
  if (std::string(c.date).empty()) {
    EXPECT_TRUE(found.empty()) << c.sentence << " -> " << found[0].text;
    return;
  }
  ASSERT_EQ(found.size(), 1u) << c.sentence;
  EXPECT_EQ(found[0].date.ToString(), c.date) << c.sentence;
  EXPECT_EQ(PrecisionName(found[0].precision), c.precision) << c.sentence;
  EXPECT_EQ(found[0].text, c.text) << c.sentence;
  EXPECT_EQ(std::string(c.sentence).substr(found[0].begin, found[0].end - found[0].begin),
            found[0].text);
}

INSTANTIATE_TEST_SUITE_P(Table, EventDateTest, ::testing::ValuesIn(kCases));

TEST(EventDateTest, NoMentionPointsPastTheCalendar) {
  // tests/regression/dates_fuzz: "yesterday" in a story of 0001-01-01.
  EXPECT_TRUE(FindDates("It happened yesterday.", Date{1, 1, 1}).empty());
  EXPECT_TRUE(FindDates("It happened two years ago.", Date{1, 6, 1}).empty());
  EXPECT_TRUE(FindDates("They meet next year.", Date{9999, 12, 31}, Tense::kFuture).empty());
  const std::vector<DateMention> ok = FindDates("It happened yesterday.", Date{1, 1, 2});
  ASSERT_EQ(ok.size(), 1u);
  EXPECT_EQ(ok[0].date.ToString(), "0001-01-01");
}

TEST(EventDateTest, TenseOfAVerb) {
  const std::string s = "Ministers agreed on February 22 to meet, and Abe will fly on Sunday.";
  EXPECT_EQ(TenseAt(s, static_cast<uint32_t>(s.find("agreed"))), Tense::kPast);
  EXPECT_EQ(TenseAt(s, static_cast<uint32_t>(s.find("fly"))), Tense::kFuture);
  const std::string t = "Haniyeh is set to visit Tehran.";
  EXPECT_EQ(TenseAt(t, static_cast<uint32_t>(t.find("visit"))), Tense::kFuture);
}

TEST(EventDateTest, SentenceDatesReadEachVerbInItsTense) {
  const std::string s = "Rebels struck on Monday, and they will strike again on Tuesday.";
  SentenceDates dates(s, Date{2024, 3, 27});  // a Wednesday
  const DateMention* struck = dates.For(static_cast<uint32_t>(s.find("struck")));
  const DateMention* strike = dates.For(static_cast<uint32_t>(s.find("strike again")));
  ASSERT_NE(struck, nullptr);
  ASSERT_NE(strike, nullptr);
  EXPECT_EQ(struck->date.ToString(), "2024-03-25");
  EXPECT_EQ(strike->date.ToString(), "2024-04-02");
}

TEST(EventDateTest, NearestMentionToAWord) {
  const std::string s = "On Monday police said the raid took place on Saturday.";
  const std::vector<DateMention> found = FindDates(s, Date{2024, 3, 26});
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(NearestDate(s, found, static_cast<uint32_t>(s.find("raid")))->text, "on Saturday");
  EXPECT_EQ(NearestDate(s, found, 3)->text, "On Monday");
  EXPECT_EQ(NearestDate(s, {}, 0), nullptr);
  // A date in another comma clause dates nothing here, unless it opens the
  // sentence.
  const std::string t = "The meeting is set for Tuesday, following a resolution calling for calm.";
  const std::vector<DateMention> one = FindDates(t, Date{2024, 3, 26});
  ASSERT_EQ(one.size(), 1u);
  EXPECT_EQ(NearestDate(t, one, static_cast<uint32_t>(t.find("set")))->text, "Tuesday");
  EXPECT_EQ(NearestDate(t, one, static_cast<uint32_t>(t.find("calling"))), nullptr);
  const std::string u = "On Monday, rebels attacked the town.";
  const std::vector<DateMention> monday = FindDates(u, Date{2024, 3, 26});
  const DateMention* opening = NearestDate(u, monday, static_cast<uint32_t>(u.find("attacked")));
  ASSERT_NE(opening, nullptr);
  EXPECT_EQ(opening->date.ToString(), "2024-03-25");
  // An opening phrase of place and time that the first comma closes dates
  // the sentence too; a date in a later clause, or one that the comma does
  // not follow, does not.
  const std::string v = "In Paris on February 22, the six agreed to hold their currencies.";
  const std::vector<DateMention> paris = FindDates(v, Date{1987, 3, 23});
  ASSERT_EQ(paris.size(), 1u);
  const DateMention* feb22 = NearestDate(v, paris, static_cast<uint32_t>(v.find("agreed")));
  ASSERT_NE(feb22, nullptr);
  EXPECT_EQ(feb22->date.ToString(), "1987-02-22");
  const std::string w = "Iran, which met Iraq in Baghdad on Friday, said it would attack.";
  const std::vector<DateMention> friday = FindDates(w, Date{2024, 3, 26});
  ASSERT_EQ(friday.size(), 1u);
  EXPECT_EQ(NearestDate(w, friday, static_cast<uint32_t>(w.find("attack"))), nullptr);
  const std::string x = "In Paris on Monday police said, the raid began.";
  const std::vector<DateMention> monday2 = FindDates(x, Date{2024, 3, 26});
  ASSERT_EQ(monday2.size(), 1u);
  EXPECT_EQ(NearestDate(x, monday2, static_cast<uint32_t>(x.find("began"))), nullptr);
}

// A later sentence that names a meeting told before and dates it.
TEST(EventDateTest, DateOfAMeetingNamedAgain) {
  const Date tue{2024, 3, 26};
  auto date = [&](const char* sentence) {
    const std::optional<DateMention> m = DateOfMeetingNamed(sentence, tue);
    return m ? m->date.ToString() + " " + m->text : std::string("-");
  };
  EXPECT_EQ(date("This significant meeting is scheduled for Tuesday, following a resolution."),
            "2024-03-26 Tuesday");
  EXPECT_EQ(date("The visit is due to start on Friday."), "2024-03-29 on Friday");
  EXPECT_EQ(date("The talks were held on Sunday."), "2024-03-24 on Sunday");
  EXPECT_EQ(date("That summit is planned for March 30."), "2024-03-30 March 30");
  // A comma between them: the date is another clause's.
  EXPECT_EQ(date("That summit, planned for March 30, was postponed."), "-");
  // No meeting named, or no date for it in its clause.
  EXPECT_EQ(date("The resolution was adopted on Monday."), "-");
  EXPECT_EQ(date("The meeting is important, officials said on Monday."), "-");
  EXPECT_EQ(date("A meeting is scheduled for Tuesday."), "-");
}

}  // namespace
}  // namespace acta::story
