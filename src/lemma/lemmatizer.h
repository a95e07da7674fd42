// WordNet lemmatisation (morphy): exception lists plus detachment rules checked
// against WordNet's index, all in memory.
#ifndef ACTA_LEMMA_LEMMATIZER_H_
#define ACTA_LEMMA_LEMMATIZER_H_

#include <memory>
#include <string>
#include <string_view>

#include "acta/status.h"

namespace acta {

enum class WordClass { kNoun, kVerb, kAdjective, kAdverb, kOther };

// Maps a Penn Treebank tag to the WordNet word class (VBD -> kVerb, NNS -> kNoun, ...).
WordClass WordClassOfPennTag(std::string_view tag);

class Lemmatizer {
 public:
  // Loads {noun,verb,adj,adv}.exc and index.{noun,verb,adj,adv} from `wordnet_dir`
  // (empty: the system WordNet, Debian's wordnet-base).
  // NotFound/IoError when a file cannot be read; Corrupt ("file:line: ...") for
  // an exception line without a base form.
  static Result<std::shared_ptr<const Lemmatizer>> Load(const std::string& wordnet_dir);
  virtual ~Lemmatizer() = default;

  // The base form of `lower` (already lower-cased) used as `cls`: "met"/kVerb ->
  // "meet", "fled" -> "flee", "children"/kNoun -> "child". Returns `lower` itself
  // when WordNet knows no other base form. The view is into `lower` or into the
  // lemmatizer's tables. Thread-safe.
  //
  // Order, as WordNet's morphy: the class's exception list (first single-word
  // base); then, for verbs and adjectives only, `lower` itself when the index
  // lists it ("feed" stays "feed"); then the first detachment rule whose result
  // is in the index; for verbs, finally "-ed"/"-ing" with a doubled consonant
  // undone ("planned" -> "plan"). Collocations (with '_') are never returned.
  virtual std::string_view Lemma(std::string_view lower, WordClass cls) const = 0;

  // What WordNet says `lower` (already lower-cased) can be, as bits: for each
  // class k (WordClass order), in bits 16k..16k+15: 1 = the index lists the
  // form itself, 2 = the exception list has it as an inflected form, 4 << r =
  // detachment rule r of the class is the first to give a listed base form
  // (r = the number of rules: a doubled consonant undone before -ed/-ing).
  // 0 for a form WordNet knows nothing of. "trickled" -> verb rule "-ed";
  // "american" -> adjective and noun. Thread-safe.
  virtual uint64_t Readings(std::string_view lower) const = 0;
};

}  // namespace acta

#endif  // ACTA_LEMMA_LEMMATIZER_H_
