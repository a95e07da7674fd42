#include "suite/tabari_suite.h"

#include <gtest/gtest.h>

#include <filesystem>

namespace acta::suite {
namespace {

constexpr char kRecords[] =
    "# comment block\n"
    "\n"
    "950101  DEMO-01\n"
    "Arnor is about to restore full diplomatic ties with Gondor almost \n"
    "five years after crowds trashed its embassy. \n"
    "/*\\n------------------------------------------------------------------\n"
    "\\n[Simple coding]\n"
    "\\n{ ARN / GON / 064 } */    \n"
    "\n"
    "950103  DEMO-04\n"
    "Dagolath left for Minas Tirith.\n"
    "/*\\n{ DAG / GON / 032 } 950103      \n"
    "\\n{ GON / DAG / 033 } 950103   \n"
    "\\n-{ARN / GON / 064  } */\n"
    "\n"
    "950101  OPT-01\n"
    "Nothing here at all.\n"
    "/*\\n{ OPTION: SET: CODE ALL } \n\\n{---} */\n"
    "\n"
    "990101  FINAL-01\n"
    "Not read.\n";

TEST(TabariSuiteTest, ReadsRecordsGoldAndOptions) {
  TabariSuite s = ParseTabariSuite(kRecords, "x.text");
  ASSERT_EQ(s.records.size(), 3u);
  const TabariRecord& a = s.records[0];
  EXPECT_EQ(a.id, "DEMO-01");
  EXPECT_EQ(a.line, 3u);
  EXPECT_EQ(a.date, (Date{1995, 1, 1}));
  EXPECT_EQ(a.text,
            "Arnor is about to restore full diplomatic ties with Gondor almost  five years after "
            "crowds trashed its embassy.");
  ASSERT_EQ(a.gold.size(), 1u);
  EXPECT_EQ(a.gold[0], (GoldEvent{"ARN", "GON", "064", ""}));
  const TabariRecord& b = s.records[1];
  ASSERT_EQ(b.gold.size(), 2u);  // the "-{...}" line is switched off
  EXPECT_EQ(b.gold[1], (GoldEvent{"GON", "DAG", "033", "950103"}));
  const TabariRecord& c = s.records[2];
  EXPECT_TRUE(c.expect_none);
  ASSERT_EQ(c.options.size(), 1u);
  EXPECT_EQ(c.options[0], "SET: CODE ALL");
}

TEST(TabariSuiteTest, HeaderWithoutId) {
  // tests/regression/suite_fuzz: a header line of a date and blanks alone.
  TabariSuite s = ParseTabariSuite("950101  \nArnor met Gondor.\n", "x.text");
  ASSERT_EQ(s.records.size(), 1u);
  EXPECT_EQ(s.records[0].id, "");
  EXPECT_EQ(s.records[0].date, (Date{1995, 1, 1}));
  EXPECT_EQ(s.records[0].text, "Arnor met Gondor.");
}

TEST(TabariSuiteTest, Dates) {
  EXPECT_EQ(ParseTabariDate("950101"), (Date{1995, 1, 1}));
  EXPECT_EQ(ParseTabariDate("300101"), (Date{2030, 1, 1}));
  EXPECT_EQ(ParseTabariDate("310101"), (Date{1931, 1, 1}));
  EXPECT_EQ(ParseTabariDate("20150607"), (Date{2015, 6, 7}));
  EXPECT_FALSE(ParseTabariDate("950230"));
  EXPECT_FALSE(ParseTabariDate("95010"));
  EXPECT_EQ(ParseTabariDate("9501201"), (Date{1995, 1, 20}));
  EXPECT_EQ(ParseTabariDate("186010029"), (Date{1860, 10, 2}));
}

TEST(TabariSuiteTest, ValidationSuiteHas466RecordsBeforeFinal) {
  const std::string path = std::string(ACTA_SHARED_DIR) + "/suites/tabari/Validate.text";
  if (!std::filesystem::exists(path)) GTEST_SKIP() << "TABARI suite not found at " << path;
  Result<TabariSuite> s = ReadTabariSuite(path);
  ASSERT_TRUE(s.ok());
  // 466 records dated YYMMDD (../shared/README.md's count) and 6 more whose
  // headers test 8-digit and malformed dates:
  //   awk 'NR<3993 && /^[0-9]+[ \t]/' Validate.text | wc -l   -> 472
  EXPECT_EQ(s->records.size(), 472u);
  EXPECT_TRUE(s->warnings.empty()) << s->warnings[0];
}

}  // namespace
}  // namespace acta::suite
