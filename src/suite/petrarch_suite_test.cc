#include "suite/petrarch_suite.h"

#include <gtest/gtest.h>

#include <filesystem>

namespace acta::suite {
namespace {

constexpr char kXml[] = R"(<Validation>
<!-- a comment with <Sentence id="NOT-A-RECORD"> inside -->
<Environment>
    <Verbfile>PETR.Validate.verbs.txt</Verbfile>
    <Config option="stop_on_error" value="True"></Config>
</Environment>
<Sentences>
<Sentence date="19950103" id="DEMO-02" category="DEMO" valid="true">
<EventCoding sourcecode="DAGGOV" targetcode="GON" eventcode="032"></EventCoding>
<EventCoding sourcecode='"INJURY TOLL"' targetcode="GON" eventcode="033"></EventCoding>
<Text>
Dagolath's first Deputy   Prime Minister
Telemar left for Minas Tirith.
</Text>
<Parse>(ROOT (S (NP (NNP Dagolath))))</Parse>
</Sentence>
<Config option="require_dyad" value="false"></Config>
<Sentence date = "20080801" id ="ERROR-01"  category="ERROR" valid="false">
<EventCoding error="dateline"></EventCoding>
<Text>CEBU CITY: -- text</Text>
</Sentence>
<Sentence date="19950101" id="NONE-01" category="X" valid="true">
<EventCoding noevents = "True"></EventCoding>
<Text>Nothing.</Text>
</Sentence>
</Sentences></Validation>
)";

TEST(PetrarchSuiteTest, ReadsRecords) {
  PetrarchSuite s = ParsePetrarchSuite(kXml, "x.xml");
  ASSERT_EQ(s.records.size(), 3u);
  ASSERT_EQ(s.environment.size(), 2u);
  EXPECT_EQ(s.environment[0],
            (std::pair<std::string, std::string>{"Verbfile", "PETR.Validate.verbs.txt"}));
  EXPECT_EQ(s.environment[1].second, "stop_on_error=True");
  const PetrarchRecord& a = s.records[0];
  EXPECT_EQ(a.id, "DEMO-02");
  EXPECT_EQ(a.line, 8u);
  EXPECT_TRUE(a.valid);
  EXPECT_EQ(a.date, (Date{1995, 1, 3}));
  EXPECT_EQ(a.text, "Dagolath's first Deputy Prime Minister Telemar left for Minas Tirith.");
  ASSERT_EQ(a.gold.size(), 2u);
  EXPECT_EQ(a.gold[0], (GoldEvent{"DAGGOV", "GON", "032", ""}));
  EXPECT_EQ(a.gold[1].source, "\"INJURY TOLL\"");
  const PetrarchRecord& b = s.records[1];
  EXPECT_FALSE(b.valid);
  EXPECT_EQ(b.expect_error, "dateline");
  ASSERT_EQ(b.options.size(), 1u);
  EXPECT_EQ(b.options[0].first, "require_dyad");
  EXPECT_TRUE(s.records[2].expect_none);
}

TEST(PetrarchSuiteTest, UnitTestFileHas276ValidRecords) {
  const std::string path =
      std::string(ACTA_SHARED_DIR) + "/suites/petrarch/PETR.UnitTest.records.xml";
  if (!std::filesystem::exists(path)) GTEST_SKIP() << "PETRARCH suite not found at " << path;
  Result<PetrarchSuite> s = ReadPetrarchSuite(path);
  ASSERT_TRUE(s.ok());
  // grep -c "<Sentence " -> 281; grep -c 'valid="true"' -> 276
  EXPECT_EQ(s->records.size(), 281u);
  size_t valid = 0, with_text = 0;
  for (const PetrarchRecord& r : s->records) {
    valid += r.valid ? 1 : 0;
    with_text += r.text.empty() ? 0 : 1;
  }
  EXPECT_EQ(valid, 276u);
  EXPECT_EQ(with_text, 281u);
  EXPECT_TRUE(s->warnings.empty()) << s->warnings[0];
}

}  // namespace
}  // namespace acta::suite
