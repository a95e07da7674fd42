// Names of people and organisations the actor dictionaries do not know: the
// dictionary maintainer's worklist (`acta dict suggest`).
#ifndef ACTA_STORY_UNKNOWN_NAMES_H_
#define ACTA_STORY_UNKNOWN_NAMES_H_

#include <cstddef>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "acta/analysis.h"
#include "coder/coder.h"
#include "coder/compiled_dictionary.h"

namespace acta::story {

struct UnknownName {
  std::string text;             // as written ("Kenzo Oshima")
  std::string type;             // the entity type acta's tagger gives it: PER or ORG
  uint32_t begin = 0, end = 0;  // bytes in the analysed text
};

// The PER and ORG entities of sentence `s` of `a` that no actor entry of
// `dict` names whole (a name with an entry inside it, "the Iranian Red
// Crescent" for Iran, still counts as unknown).
std::vector<UnknownName> UnknownNames(const Analysis& a, const Sentence& s,
                                      const coder::CompiledDictionary& dict);

// The one country the actors a sentence names belong to ("IRN" for Tehran
// and Iran), or "" when they name none or several; international bodies
// count for none.
std::string SentenceCountry(const std::vector<coder::StoryEntity>& entities);

// Counts unknown names over many stories.
class UnknownNameTally {
 public:
  struct Entry {
    std::string text, type;
    size_t count = 0;
    size_t in_event_sentences = 0;            // in sentences where an event was coded
    std::map<std::string, size_t> countries;  // the sentence's one country, when it has one
    std::string example;                      // the first sentence it was seen in
  };

  // One sighting; `country` is "" when the sentence names no single country.
  void Add(const UnknownName& name, const std::string& country, bool in_event_sentence,
           std::string_view sentence);
  // The `n` most frequent, most frequent first (ties by text).
  std::vector<const Entry*> Top(size_t n) const;

 private:
  std::map<std::pair<std::string, std::string>, Entry> entries_;
};

}  // namespace acta::story

#endif  // ACTA_STORY_UNKNOWN_NAMES_H_
