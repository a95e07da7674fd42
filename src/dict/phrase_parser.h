// Parsers for the phrase and code syntax shared by TABARI and PETRARCH-1
// dictionaries: "ISRAELI { TANKS | TROOPS }", "- + * IN_ $", "&TIETYPES_TIES",
// "[USAGOV 991201-010114] [---]". They work on one entry's text; the file
// loaders (tabari_loader.h, petrarch_loader.h) split files into entries.
//
// All functions are pure and thread-safe. None throws or asserts on input:
// malformed text gives a non-OK Status whose message says what is wrong.
#ifndef ACTA_DICT_PHRASE_PARSER_H_
#define ACTA_DICT_PHRASE_PARSER_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "acta/date.h"
#include "acta/status.h"
#include "dict/dictionary.h"

namespace acta::dict {

// Where a phrase was written; it decides which special characters mean something.
enum class PhraseContext {
  kActor,         // actor phrase or '+' synonym: $ + % ^ & * are ordinary characters
  kAgent,         // same rules as kActor
  kPattern,       // verb or <TIME> pattern: tokens * $ + % ^ and &SYNSET
  kSynsetMember,  // '+' line of a <SYNSETS> set: $ + % ^ and &SYNSET, no '*', no { | }
  kNoun,          // <NOUN> and <ADJECTIVE> entries: as kActor
  kVerb,          // verb root, irregular verb form or <TIME> root: as kActor
};

// Parses one phrase as written in a dictionary (without its "[code]", its
// "; comment" and, for patterns, the leading "- "). The rules, from chapter 5
// of the TABARI manual:
//  - words are upper-cased (simple Unicode mapping) and '-' becomes '_';
//  - "WORD" matches any text word it is a prefix of (stem = true);
//    "WORD_" and "WORD=" match whole words only (stem = false), "WORD=" also
//    without regular endings (endings = false);
//  - '_' between two elements ("BURNED_DOWN", "IN_*", "DEMAND_{ A | B }",
//    "}_HERE") and '~' after a stem ("BACK~ POLICY", "NEAT~_PLACE") set
//    adjacent_next on the element before them; a stem followed by '~' keeps
//    stem = true, one followed by '_' becomes exact;
//  - "{ a | b | c }" is one kAlternatives element whose alternatives are
//    phrases (no nesting); the braces and bars need not be blank-delimited;
//  - in kPattern: '*' is kVerb and exactly one is required; in kPattern and
//    kSynsetMember: '$' kSource, '+' kTarget, '%' kBoth, '^' kSkipActor when
//    they stand alone, and "&NAME" is kSynset with text "NAME" (letters,
//    digits and nothing else; "&NAME_X" is NAME adjacent to X).
// Repairs that keep the phrase (doubled connectors, a connector with no word
// before it, which is dropped, or after a blank, "MIBUY _", which joins the
// word before the blank) are appended to *notes when `notes` is not null and
// the phrase is good.
// Errors: InvalidArgument for an empty phrase, unbalanced or nested braces, an
// empty alternative, a '|' outside braces, "&" without a name, a '*' outside
// kPattern, a kPattern without exactly one '*', or braces in kSynsetMember.
Result<Phrase> ParseTabariPhrase(std::string_view text, PhraseContext ctx,
                                 std::vector<std::string>* notes = nullptr);

// The sort length TABARI gives a phrase as written (manual section 5.7.1): the
// number of characters that are not blanks, not tokens (* $ + % ^) and not the
// braces and bars of alternatives, counting only the longest alternative of
// each set. "- + * TO THE NEXT DAY $" has 12, "- * THEIR MEETINGS" 13.
int TabariPhraseLength(std::string_view text);

// Parses a TABARI date: YYMMDD (years 00-30 are 2000-2030, 31-99 are
// 1931-1999, manual section 6.5.2) or YYYYMMDD. Nullopt for anything else,
// including a day the month does not have.
std::optional<Date> ParseTabariDate(std::string_view digits);

// Parses the inside of one actor code block (without the brackets): a code,
// a compound code "GME/GMW", or one of "---" "###" "+++" (also written with
// spaces, "- - -"), optionally followed by a date restriction "<date",
// ">date" or "date-date" (blanks allowed around '<', '>' and '-'). A compound
// code gives one DatedCode per part, each with the block's dates, in order.
// Repairs, appended to *notes when `notes` is not null and the block is good:
//  - a 7-, 9- or 10-digit date whose first or last 6 or 8 digits (exactly one
//    of those readings) form a valid date, and that keeps the range ordered,
//    is read as that date ("1920030320" as 20030320);
//  - a day past the end of its month is moved to the month's last day
//    ("040231" as 2004-02-29);
//  - a range whose 6-digit start falls in 2000-2030 and after its end starts
//    a century earlier ("270101-730717" as 1927-01-01 to 1973-07-17).
// Errors: InvalidArgument for a missing code, characters other than letters
// and digits in a code, a malformed or invalid date, a range that ends
// before it starts, or text after the restriction.
Result<std::vector<DatedCode>> ParseCodeBlock(std::string_view inside,
                                              std::vector<std::string>* notes = nullptr);

// Parses every "[...]" block of `text` with ParseCodeBlock and concatenates
// the codes: "[USAGOV 991201-010114] [---]" gives two DatedCodes. Blanks
// between blocks are allowed; anything else outside brackets, an unclosed
// '[', or a malformed block is an InvalidArgument error naming the block.
Result<std::vector<DatedCode>> ParseCodeBlocks(std::string_view text,
                                               std::vector<std::string>* notes = nullptr);

// An agent's code block, "~GOV" (suffix) or "NGO~" (prefix), blanks allowed.
struct AgentCode {
  std::string code;  // without the '~'
  bool suffix = true;
};

// Parses the inside of an agent code block. Errors: InvalidArgument when the
// '~' is missing, on both sides, or the code is empty or not letters and digits.
Result<AgentCode> ParseAgentCode(std::string_view inside);

}  // namespace acta::dict

#endif  // ACTA_DICT_PHRASE_PARSER_H_
