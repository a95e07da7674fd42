// Word-level knowledge shared by the sentence splitter and the tokenizer: which
// words written with a final period are abbreviations rather than sentence
// ends, and which words typically start a sentence.
#ifndef ACTA_SENTENCE_ABBREVIATIONS_H_
#define ACTA_SENTENCE_ABBREVIATIONS_H_

#include <string_view>

namespace acta {

// True if `word` (without its final period) is in the abbreviation table
// (abbreviations.inc): titles ("Gen"), months ("Sept"), company suffixes
// ("Corp"), AP state names ("Calif"), reference words ("vs", "etc"). Matching is
// case-sensitive; an entry's all-capitals spelling ("GEN") also matches.
bool IsListedAbbreviation(std::string_view word);

// True if `word` is a listed abbreviation that always stands before what it
// qualifies, so no sentence ends after it: titles and ranks ("Gen", "Mrs"),
// "No", "Mt".
bool IsPrefixAbbreviation(std::string_view word);

// True if `word` (without its final period) has the shape of initials: one
// letter ("W"), or groups of one or two letters joined by periods ("U.S",
// "J.R.R", "a.m", "Ph.D"). Letters of any script count.
bool IsInitials(std::string_view word);

// IsListedAbbreviation(word) || IsInitials(word).
bool IsAbbreviation(std::string_view word);

// True if `word` is a capitalised function word that commonly opens a sentence
// and practically never follows a title or initials inside one ("The", "He",
// "But", "In"). Used to end a sentence after "U.S." or "Inc." anyway.
bool IsSentenceStarter(std::string_view word);

}  // namespace acta

#endif  // ACTA_SENTENCE_ABBREVIATIONS_H_
