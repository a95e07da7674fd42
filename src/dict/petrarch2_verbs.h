// The PETRARCH-2 verb dictionary format (CAMEO.2.0.txt).
//
// A file holds synonym sets, verb blocks and transformations; '#' starts a
// comment anywhere, "<!-- -->" too, and ';' after a verb ends it (a TABARI
// habit some lines keep).
//
//   &CURRENCY              a synonym set; "+DOLLAR" lines are its members.
//   +PRIME_MINISTER        Plurals of the last word are added (DOLLARS, PRIME
//                          MINISTERS) unless the set's name or the member ends
//                          in '_' ("&AUXVERB1_", "+CASH_").
//   --- CLOSE [172] ---    a block of synonymous verbs whose default code is 172
//                          ("---" when none is given);
//   SHUT                   a verb of the block: its -S/-ED/-ING forms are added;
//   SHOOT {SHOOTS SHOT}    ... or, when braces are given, exactly the forms in
//                          them ("{}": none);
//   REQUEST [020]          ... with its own code instead of the block's;
//   +CALL_OFF {+CALLS_OFF} a multi-word verb: '+' marks the word the parser tags
//                          as the verb (PhraseWord::head), '_' joins the words;
//   - $ * {ARMS SHIPMENT} (TO +) [072:073]
//                          a pattern of the block: '*' is the verb; words are
//                          nouns, each the head of a noun phrase; "{...}" is a
//                          noun phrase whose last word is its head
//                          (kNounPhrase); "(...)" is a prepositional phrase
//                          whose first word is the preposition (kPrepPhrase);
//                          "&SET", '$' source, '+' target, '%' both, '^' an
//                          actor to skip; "A/B" either word (kAlternatives).
//   ~ a (b . ATTACK) SAY = a b 112
//                          a transformation (VerbTransformation).
//
// Codes: "[042:043]" is a code for the event from source to target (042) and
// one for the event back from target to source (043); either may be empty
// ("[:173]"). They are stored as written ("042:043"); SplitPairedCode splits
// them.
//
// Every word is a whole word (stem = false, endings = false) because PETRARCH
// compares words exactly; all generated forms are listed. A block's patterns
// are stored on its first VerbEntry; the block's other entries share them
// through VerbEntry::block.
#ifndef ACTA_DICT_PETRARCH2_VERBS_H_
#define ACTA_DICT_PETRARCH2_VERBS_H_

#include <string>
#include <string_view>
#include <vector>

#include "acta/status.h"
#include "dict/dictionary.h"

namespace acta::dict {

// True when `contents` looks like a PETRARCH-2 verb file rather than a
// PETRARCH-1 (TABARI-like) one: some pattern line ("- ..."), outside
// comments, holds a '(' group or a '{' group without '|' (TABARI's
// alternatives), or some line is a '~' transformation.
bool LooksLikePetrarch2Verbs(std::string_view contents);

// Reads a PETRARCH-2 verb dictionary held in `contents` into *dict (appending
// to what is there) and sets dict->flavor to kPetrarch2. `name` is the file name
// used in SourceRefs and warnings. Never fails: a malformed line is reported
// in dict->warnings with its line number and skipped or, when the intent is
// clear, repaired ("[080!]" read as "[080]", a stray ')' dropped).
void LoadPetrarch2VerbsFromBuffer(std::string_view contents, std::string_view name,
                                  Dictionary* dict);

// Parses a verb as PETRARCH-1 and -2 write it on a verb line: words joined by
// '_', the word the parser tags as the verb marked with '+' ("+CALL_OFF",
// "RE_+ARREST"); a single word needs no '+'. Words are whole, upper case, each
// adjacent to the next. A multi-word verb without '+' gets its first word as
// head and *head_guessed = true. Errors: InvalidArgument for an empty verb or
// word, blanks, characters with a meaning in patterns, or several '+'.
Result<Phrase> ParsePetrarchVerb(std::string_view text, bool* head_guessed);

// The regular forms of a verb: its head word replaced by each of
// RegularVerbForms ("+CALL_OFF": CALLS_OFF, CALLED_OFF, CALLING_OFF).
std::vector<Phrase> RegularVerbPhrases(const Phrase& verb);

// A verb written back in PETRARCH's syntax: "RE_+ARREST", "SAY".
std::string PetrarchVerbText(const Phrase& verb);

// Splits a paired code "042:043" into its forward ("042") and reverse ("043")
// codes; a code without ':' is all forward.
struct PairedCode {
  std::string forward;
  std::string reverse;
};
PairedCode SplitPairedCode(std::string_view code);

}  // namespace acta::dict

#endif  // ACTA_DICT_PETRARCH2_VERBS_H_
