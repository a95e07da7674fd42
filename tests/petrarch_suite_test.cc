// Runs PETRARCH's unit-test records through acta's coder with the
// dictionaries their <Environment> names, and pins the result: the records
// that fail are exactly those explained in tests/known-differences/petrarch.tsv.
#include <gtest/gtest.h>

#include <filesystem>
#include <set>
#include <string>

#include "coder/compiled_dictionary.h"
#include "dict/petrarch_loader.h"
#include "known_differences.h"
#include "suite/petrarch_eval.h"

namespace acta {
namespace {

TEST(PetrarchUnitTestSuite, OnlyKnownDifferencesFail) {
  const std::string path =
      std::string(ACTA_SHARED_DIR) + "/suites/petrarch/PETR.UnitTest.records.xml";
  if (!std::filesystem::exists(path)) GTEST_SKIP() << "PETRARCH suite not found at " << path;
  Result<dict::Dictionary> d = dict::LoadPetrarchEnvironment(path);
  ASSERT_TRUE(d.ok()) << d.status().ToString();
  Result<suite::PetrarchSuite> s = suite::ReadPetrarchSuite(path);
  ASSERT_TRUE(s.ok());
  auto compiled = coder::CompiledDictionary::Compile(std::move(d).value());
  coder::CoderOptions options = coder::OptionsFor(compiled->dictionary());
  options.code_unknown_actors = true;  // as PETRARCH codes them
  suite::PetrarchScore score = suite::ScorePetrarchSuite(compiled, *s, options);
  ASSERT_EQ(score.passed + score.failed, 276);
  // Measured: 249 of 276 (90.2%); the issue asks for at least 90%.
  EXPECT_GE(score.passed * 10, 9 * (score.passed + score.failed));
  EXPECT_GE(score.passed, 249);
  std::set<std::string> failing;
  for (const suite::PetrarchOutcome& o : score.outcomes)
    if (!o.passed) failing.insert(o.record->id);
  ExpectOnlyKnownDifferences(failing, "petrarch.tsv");
}

}  // namespace
}  // namespace acta
