// PETRARCH's unit-test records (PETR.UnitTest.records.xml): <Sentence date=
// id= category= valid=> elements with gold <EventCoding sourcecode=
// targetcode= eventcode=> (or noevents="True", or error="..."), the <Text>,
// and a <Parse> acta ignores; <Config option= value=> elements between
// records change options from there on.
#ifndef ACTA_SUITE_PETRARCH_SUITE_H_
#define ACTA_SUITE_PETRARCH_SUITE_H_

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "acta/date.h"
#include "acta/status.h"
#include "suite/tabari_suite.h"

namespace acta::suite {

struct PetrarchRecord {
  std::string id, category;
  Date date;
  bool valid = false;
  std::string text;  // blanks collapsed
  uint32_t line = 0;
  std::vector<GoldEvent> gold;
  bool expect_none = false;  // noevents="True"
  std::string expect_error;  // error="dateline"
  // <Config> options met before this record, in order: (option, value).
  std::vector<std::pair<std::string, std::string>> options;
};

struct PetrarchSuite {
  std::vector<PetrarchRecord> records;
  std::vector<std::pair<std::string, std::string>> environment;  // <Environment> children
  std::vector<std::string> warnings;
};

PetrarchSuite ParsePetrarchSuite(std::string_view xml, std::string_view name);
Result<PetrarchSuite> ReadPetrarchSuite(const std::string& path);

}  // namespace acta::suite

#endif  // ACTA_SUITE_PETRARCH_SUITE_H_
