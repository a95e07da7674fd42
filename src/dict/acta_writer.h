// Writes a Dictionary (from any loader) in acta's native format
// (docs/dictionaries.md), for `acta dict convert`.
#ifndef ACTA_DICT_ACTA_WRITER_H_
#define ACTA_DICT_ACTA_WRITER_H_

#include <string>

#include "dict/dictionary.h"

namespace acta::dict {

// What a conversion could not carry over, counted by kind.
struct ConvertLosses {
  uint32_t gapped_phrases = 0;   // phrases whose words could be apart: written joined
  uint32_t synset_patterns = 0;  // patterns naming a synonym set: left out
  uint32_t other = 0;  // synonym sets, nouns, adjectives, time shifts, discards, issues, and
                       // verbs that code nothing on their own (PETRARCH-2 block members)
};

// The actors, agents and verbs of `d` as native entries, each with a
// `source:` line naming the file and line it came from. A phrase is written
// word by word, lower case; a TABARI stem ("IRAN" matching IRANIAN) gets a
// trailing '*'; words that may stand apart in the original are written
// joined (counted in losses). Dated codes become `role:` lines, undated ones
// `code:`. Verb patterns keep their TABARI text.
std::string WriteActaDictionary(const Dictionary& d, ConvertLosses* losses);

// The same entries in TABARI's formats, for a TABARI project: `actors`
// (phrases joined with '_', synonyms as '+' lines, dated codes as
// [CODE YYYYMMDD-YYYYMMDD], [CODE >YYYYMMDD] or [CODE <YYYYMMDD]), `agents`
// ([~CODE] or [CODE~]) and `verbs` (roots with their forms in braces, codes,
// and "- pattern [code]" lines). A stem is written as TABARI writes it (no
// trailing '_'); a whole word with a trailing '_'.
struct TabariFiles {
  std::string actors, agents, verbs;
};
TabariFiles WriteTabariDictionary(const Dictionary& d);

}  // namespace acta::dict

#endif  // ACTA_DICT_ACTA_WRITER_H_
