// Reads tests/known-differences/NAME.tsv: "record id <TAB> reason" lines
// (comments start with '#'). Every line must give a reason.
#ifndef ACTA_TESTS_KNOWN_DIFFERENCES_H_
#define ACTA_TESTS_KNOWN_DIFFERENCES_H_

#include <gtest/gtest.h>

#include <fstream>
#include <set>
#include <string>

namespace acta {

inline std::set<std::string> ReadKnownDifferences(const std::string& name) {
  const std::string path = std::string(ACTA_SOURCE_DIR) + "/tests/known-differences/" + name;
  std::ifstream in(path);
  EXPECT_TRUE(in.good()) << "cannot read " << path;
  std::set<std::string> ids;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    const size_t tab = line.find('\t');
    EXPECT_NE(tab, std::string::npos) << "no reason given: " << line;
    EXPECT_GT(line.size(), tab + 10) << "reason too short: " << line;
    ids.insert(line.substr(0, tab));
  }
  return ids;
}

// Expects the failing ids to be exactly the known ones.
inline void ExpectOnlyKnownDifferences(const std::set<std::string>& failing,
                                       const std::string& name) {
  const std::set<std::string> known = ReadKnownDifferences(name);
  for (const std::string& id : failing)
    EXPECT_TRUE(known.count(id)) << id << " fails and is not in tests/known-differences/" << name;
  for (const std::string& id : known)
    EXPECT_TRUE(failing.count(id))
        << id << " now passes: remove it from known-differences/" << name;
}

}  // namespace acta

#endif  // ACTA_TESTS_KNOWN_DIFFERENCES_H_
