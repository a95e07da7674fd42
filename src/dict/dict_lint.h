// Checks of a loaded dictionary beyond what loading reports: the problems
// `acta dict lint` prints (docs/dictionaries.md).
#ifndef ACTA_DICT_DICT_LINT_H_
#define ACTA_DICT_DICT_LINT_H_

#include <set>
#include <string>
#include <vector>

#include "dict/dictionary.h"

namespace acta::dict {

// Every problem of `d` as "file:line: message", in file order: the loader's
// warnings; roles of one entry with the same code whose dates overlap; a
// phrase listed by two actor entries; an actor code whose first 3-letter block
// is neither a 3-letter code some actor entry declares (a country) nor one
// of the CAMEO international prefixes (IGO, NGO, IMG, MNC); and, when
// `event_codes` is given, a verb or pattern code not in it. Empty when clean.
std::vector<std::string> LintDictionary(const Dictionary& d,
                                        const std::set<std::string>* event_codes = nullptr);

}  // namespace acta::dict

#endif  // ACTA_DICT_DICT_LINT_H_
