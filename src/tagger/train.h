// Training acta's tagger, chunker and named-entity recogniser from CoNLL-2003
// files. Deterministic: the same inputs and options give byte-identical models.
#ifndef ACTA_TAGGER_TRAIN_H_
#define ACTA_TAGGER_TRAIN_H_

#include <string>
#include <vector>

#include "acta/training.h"

namespace acta {

// TrainTaggers is declared in acta/training.h; this header exists for the
// implementation's helpers shared with tests.
std::vector<std::string> ToBilou(const std::vector<std::string>& iob);

}  // namespace acta

#endif  // ACTA_TAGGER_TRAIN_H_
