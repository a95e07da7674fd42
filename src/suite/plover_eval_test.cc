#include "suite/plover_eval.h"

#include <gtest/gtest.h>

#include "coder/compiled_dictionary.h"
#include "dict/acta_loader.h"

namespace acta::suite {
namespace {

constexpr char kRecords[] = R"([
  {"id": "DOC", "event": "DOCUMENT", "eventText": "notes"},
  {"id": "R1", "date": "2000-01-01", "event": "FIGHT", "text": "Iran attacked Iraq.",
   "source": [{"code": "IRN"}], "target": [{"code": "IRQGOV"}]},
  {"id": "R2", "date": "2000-01-02", "event": "FIGHT", "text": "Iraq attacked Iran.",
   "source": [{"code": "IRQ"}], "target": [{"code": "SYR"}]},
  {"id": "R3", "date": "2000-01-03", "event": "DEMAND", "text": "Iran asked Iraq for aid.",
   "source": [{"code": "IRN"}]}
])";

TEST(PloverEvalTest, ParsesRecordsWithText) {
  Result<std::vector<PloverRecord>> r = ParsePloverRecords(kRecords);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  ASSERT_EQ(r->size(), 3u);  // the DOCUMENT record is left out
  EXPECT_EQ((*r)[0].id, "R1");
  EXPECT_EQ((*r)[0].target_countries, std::set<std::string>{"IRQ"});
  EXPECT_TRUE((*r)[2].target_countries.empty());
  EXPECT_FALSE(ParsePloverRecords("{}").ok());
  EXPECT_FALSE(ParsePloverRecords(R"([{"id": "X", "date": "2000-13-01", "event": "AID",
                                       "text": "t"}])")
                   .ok());
}

TEST(PloverEvalTest, TypesDyadsAndTheRecordsTypeNames) {
  dict::Dictionary d;
  dict::LoadActaDictionaryFromBuffer(
      "actor Iran\n  names: Iran\n  code: IRN\nactor Iraq\n  names: Iraq\n  code: IRQ\n"
      "verb ATTACK\n  names: attack\n  code: 190\n",
      "d.txt", &d);
  auto compiled = coder::CompiledDictionary::Compile(std::move(d));
  const coder::Coder coder(compiled, coder::OptionsFor(compiled->dictionary()));
  // Types as the records' PLOVER version names them, by cue category.
  EXPECT_EQ(GsrEventType("190"), "FIGHT");
  EXPECT_EQ(GsrEventType("1712"), "COERCE");
  EXPECT_EQ(GsrEventType("100"), "DEMAND");
  EXPECT_EQ(GsrEventType("090"), "INVESTIGATE");
  EXPECT_EQ(GsrEventType("0813"), "CONCEDE");
  EXPECT_EQ(GsrEventType("0874"), "RETREAT");
  EXPECT_EQ(GsrEventType("022"), "");
  EXPECT_EQ(GsrEventType("x"), "");
  Result<std::vector<PloverRecord>> records = ParsePloverRecords(kRecords);
  ASSERT_TRUE(records.ok());
  const PloverScore s = ScorePlover(coder, *records);
  // R1: 190 is FIGHT, IRN -> IRQ: type and dyad right. R2: FIGHT, but the
  // record's target is Syria: type right only. R3: no verb.
  EXPECT_EQ(s.total.records, 3);
  EXPECT_EQ(s.total.type_right, 2);
  EXPECT_EQ(s.total.dyad_right, 1);
  EXPECT_EQ(s.by_type.at("FIGHT").type_right, 2);
  ASSERT_EQ(s.misses.size(), 1u);
  EXPECT_EQ(s.misses[0].first->id, "R3");
}

}  // namespace
}  // namespace acta::suite
