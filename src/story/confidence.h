// How far to trust a coded event, from the evidence the coder had: a
// number in [0, 1] that `acta eval gold` checks against hand coding (its
// calibration table).
#ifndef ACTA_STORY_CONFIDENCE_H_
#define ACTA_STORY_CONFIDENCE_H_

#include <cstddef>
#include <vector>

#include "coder/coder.h"

namespace acta::story {

// Starts at 0.6 and moves with the evidence:
//   +0.10 when a verb pattern matched (the phrase says more than the verb);
//   +0.05 for each actor that is a dictionary entity rather than an agent
//         alone;
//   -0.20 for statements, appeals and intents (cue categories 01-03), the
//         verbal acts coders agree on least;
//   +0.10 for force (18-20: assaults, fighting, mass violence), which news
//         states in plain verbs that coders agree on most;
//   -0.10 when a side is the press (a role ending in MED): the coding
//         conventions make reporters no actors, so a coded medium is more
//         often the report than a party to it;
//   -0.05 when an actor is named only in an earlier sentence (coreference);
//   -0.15 for an actor coded as an elite because no role of theirs covers
//         the date, and for the same code on both sides;
//   -0.05 for a conditional event (a claim is coded as surely as a report:
//         on the gold set the claimed events were right);
//   -0.10 when an earlier event of its sentence has the same source and
//         target (a sentence's main act is the first; a second code for
//         the same pair is more often a coder's overreach);
//   +0.05 for each further mention in the story, at most +0.10;
// then is kept within [0.05, 0.95].
double EventConfidence(const coder::CodedEvent& e, size_t mentions = 1, bool repeats_pair = false);

// For each event of one sentence, whether an earlier one has its source and
// target.
std::vector<bool> RepeatedPairs(const std::vector<coder::CodedEvent>& sentence_events);

}  // namespace acta::story

#endif  // ACTA_STORY_CONFIDENCE_H_
