#include "story/attribution.h"

#include <gtest/gtest.h>

#include <string>

namespace acta::story {
namespace {

struct AttributionCase {
  const char* sentence;
  const char* text;  // "" when the sentence names no reporter
  const char* cue;
};

constexpr AttributionCase kCases[] = {
    {"Ismail Haniyeh is set to visit Tehran, Iran, for crucial discussions with Iranian "
     "officials, as reported by Iranian media and Press TV.",
     "Iranian media and Press TV", "as reported by"},
    {"At least 156 people were killed, according to the UN refugee agency.", "UN refugee agency",
     "according to"},
    {"According to Iraqi officials, the raid destroyed two bridges.", "Iraqi officials",
     "According to"},
    {"Israeli aircraft struck Gaza on Sunday, killing 12 people, medics said.", "medics", "said"},
    {"The army withdrew from the town, a senior official said on Sunday.", "senior official",
     "said"},
    {"Rebels shelled the airport, Ansa news agency reported.", "Ansa news agency", "reported"},
    {"Reuters reported that the talks had collapsed.", "Reuters", "reported"},
    {"Iraq said its forces sank three Iranian boats.", "Iraq", "said"},
    {"The Tass news agency said the talks would resume in March.", "Tass news agency", "said"},
    {"Police arrested 12 people, the interior ministry told reporters.", "interior ministry",
     "told"},
    {"The ceasefire held, diplomats in Geneva said.", "diplomats in Geneva", "said"},
    {"The bill was passed, the speaker announced in parliament.", "speaker", "announced"},
    {"The strike was called off, as quoted by the state news agency.", "state news agency",
     "as quoted by"},
    {"Iran denied the report, which was published by a London newspaper.", "", ""},
    {"The two sides agreed to meet again next month.", "", ""},
    {"Troops fired on protesters, who said they would return.", "", ""},
    {"The minister, speaking in Cairo, praised the accord.", "", ""},
    {"The foreign ministry has said the embassy will reopen.", "foreign ministry", "said"},
    {"For its part the Soviet Union has said its missions are watched.", "", ""},
};

class AttributionTest : public ::testing::TestWithParam<AttributionCase> {};

TEST_P(AttributionTest, Finds) {
  const AttributionCase& c = GetParam();
  const std::optional<Attribution> a = FindAttribution(c.sentence);
  if (std::string(c.text).empty()) {
    EXPECT_FALSE(a.has_value()) << c.sentence << " -> " << a->text;
    return;
  }
  ASSERT_TRUE(a.has_value()) << c.sentence;
  EXPECT_EQ(a->text, c.text) << c.sentence;
  EXPECT_EQ(a->cue, c.cue) << c.sentence;
  EXPECT_EQ(std::string(c.sentence).substr(a->begin, a->end - a->begin), a->text);
}

INSTANTIATE_TEST_SUITE_P(Table, AttributionTest, ::testing::ValuesIn(kCases));

}  // namespace
}  // namespace acta::story
