// The in-memory form of event-coding dictionaries: actors, agents, verb
// patterns, synonym sets, discards and issues, as read from TABARI and
// PETRARCH files (and, later, acta's own format). Loaders fill a Dictionary;
// the matcher compiles it once into an immutable structure for coding.
//
// Words are stored upper case, as the peers' dictionaries write them, with
// their connector semantics made explicit: a word written with a trailing
// '_' (or '=') must match a whole text word, one written without it matches
// any text word it is a prefix of ("stem"); '_' between two words (or '~'
// after a stem) means the next word must follow immediately.
#ifndef ACTA_DICT_DICTIONARY_H_
#define ACTA_DICT_DICTIONARY_H_

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "acta/date.h"

namespace acta::dict {

// Where an entry was written: an index into Dictionary::files and a 1-based line.
struct SourceRef {
  uint32_t file = 0;
  uint32_t line = 0;
};

// One element of an actor, agent or verb phrase.
struct PhraseWord {
  enum class Kind : uint8_t {
    kWord,          // literal text
    kVerb,          // '*': where the verb itself stands (verb patterns only)
    kSource,        // '$': the source actor goes here
    kTarget,        // '+': the target actor goes here
    kBoth,          // '%': a compound actor that is both source and target
    kSkipActor,     // '^': an actor skipped without being assigned
    kSynset,        // '&NAME': any phrase of a synonym set (text = "NAME", without '&')
    kAlternatives,  // '{ a | b }': any one of `alternatives`
    kNounPhrase,    // PETRARCH-2 '{ ... }': words that must be one noun phrase
    kPrepPhrase,    // PETRARCH-2 '( ... )': a prepositional phrase
  };
  Kind kind = Kind::kWord;
  std::string text;  // kWord: upper case; kSynset: the set's name
  // kWord: true when the word may be any text word it is a prefix of.
  bool stem = true;
  // kWord: false when written with '=' (no regular -S/-ED/-ING/'S endings).
  bool endings = true;
  // The element after this one must be the next text word ('_' or '~' connector).
  bool adjacent_next = false;
  // kWord in a multi-word verb root or form: the word a parser tags as the verb
  // (PETRARCH's '+' in "+CALL_OFF", "RE_+ARREST").
  bool head = false;
  // kAlternatives: each alternative is a phrase; kNounPhrase/kPrepPhrase: one phrase.
  std::vector<std::vector<PhraseWord>> alternatives;

  bool operator==(const PhraseWord&) const = default;
};

using Phrase = std::vector<PhraseWord>;

// A code and the days it applies on. An undated code applies whenever no dated
// code of the same entry does. Dates are inclusive.
struct DatedCode {
  std::string code;           // "USAGOV", "---" for the null code
  std::optional<Date> from;   // '>date' or 'from-to'
  std::optional<Date> until;  // '<date' or 'from-to'
};

// The days both `a` and `b` apply on, as `a`'s code with the shared dates
// (either end open), or nullopt when they share none. An undated code applies
// on every day here.
std::optional<DatedCode> SharedDays(const DatedCode& a, const DatedCode& b);

// An actor entry: a root phrase with '+' synonyms sharing one set of codes.
struct ActorEntry {
  std::vector<Phrase> phrases;     // phrases[0] is the root as written
  std::vector<std::string> texts;  // each phrase as written, for explain and round trips
  std::vector<DatedCode> codes;    // several undated codes = several actors at once
  std::string comment;
  SourceRef where;
  // A place that stands for an actor (a capital as metonym: "Tehran said");
  // after IN, AT or NEAR it is only where something happened.
  bool place = false;
  // acta: a person's short names as written ("Blair", "bin Laden"); each
  // becomes an entry of its own (AddShortNames in acta_loader.h).
  std::vector<std::string> short_names;
  // An entry made from short names: it names whoever of the people sharing
  // it holds a role on the story's date, and matches only a capitalised word
  // not after THE; `title_only` when the name is also a common word
  // ("Brown", "May"), which then needs a title before it ("Mr Brown").
  bool short_name = false;
  bool title_only = false;
  // acta: phrases from this index on are the actor's adjectives ("Iranian").
  uint32_t adjectives_from = UINT32_MAX;
  // acta, short names: the elite code of its people when they share one
  // country, for a titled short name on days none holds a role ("President
  // Bush" in 2000); empty otherwise.
  std::string titled_elite;
  // acta: a person (an entry of a people file, or a short name of people),
  // whom "he", "she" and "the minister" of later sentences may refer to.
  bool person = false;
};

// An agent: a common noun whose code attaches to an actor's code.
struct AgentEntry {
  std::vector<Phrase> phrases;
  std::vector<std::string> texts;
  std::string code;    // without the '~'
  bool suffix = true;  // "[~GOV]" appends (ISR + GOV); "[NGO~]" prepends
  std::string comment;
  SourceRef where;
};

// One verb pattern ("- * DIPLOMATIC TIES [064]") under a verb root.
struct VerbPattern {
  Phrase phrase;     // contains exactly one kVerb for TABARI/PETRARCH-1 patterns
  std::string text;  // as written
  std::string code;  // "064", "---" (null: do not code), "###" (discard sentence)
  std::string comment;
  SourceRef where;
};

// A verb root with its forms and patterns. TABARI's "{BROKE_ BROKEN_}" lists
// irregular forms; PETRARCH-2 blocks ("--- CLOSE [172] ---") group several
// roots under one default code.
struct VerbEntry {
  Phrase root;  // the verb as written on its line
  std::string root_text;
  std::vector<Phrase> forms;  // irregular forms, each matching like the root
  std::vector<std::string> form_texts;
  std::string code;  // the root's own code; may be "---"
  std::vector<VerbPattern> patterns;
  std::string block;  // PETRARCH-2 block name, empty otherwise
  std::string comment;
  SourceRef where;
};

// A named synonym set ("&CURRENCY" with "+DOLLAR" ...).
struct Synset {
  std::string name;  // without '&'
  std::vector<Phrase> phrases;
  std::vector<std::string> texts;
  SourceRef where;
};

// A TABARI <TIME> entry: a phrase that shifts the event date by `days`
// (or discards with "###", or codes as "- - -").
struct TimeShift {
  Phrase phrase;
  std::string text;
  std::string code;  // "-7", "+1", "###", "---", "+++"
  SourceRef where;
};

// A PETRARCH discard phrase: "+PHRASE" discards the whole story, a plain
// phrase discards the sentence.
struct DiscardEntry {
  Phrase phrase;
  std::string text;
  bool whole_story = false;
  SourceRef where;
};

// A PETRARCH issue phrase and the issue code it marks.
struct IssueEntry {
  enum class Kind : uint8_t {
    kIssue,           // "phrase [CODE]": the sentence is about issue CODE
    kIgnoreSentence,  // "~phrase": no issues are coded for a sentence containing it
    kIgnoreStory,     // "~~phrase": no issues are coded for a story containing it
  };
  Phrase phrase;
  std::string text;
  std::string code;  // empty for the kIgnore kinds
  Kind kind = Kind::kIssue;
  std::string category;  // the enclosing <ISSUE CATEGORY="...">, if any
  SourceRef where;
};

// A PETRARCH-2 transformation ("~ a (b . ATTACK) SAY = a b 112"): an event
// whose target is itself an event is coded as one simpler event.
struct VerbTransformation {
  // The left side, outermost event first: {source, verb}. Each event's target
  // is the next event; the innermost one's target is `target`. Actors are
  // variables ("a", "b"), "_" (no actor) or "." (any actor); verbs are verbs of
  // the dictionary, "WILL_ATTACK" a sequence of them, "Q" any verb.
  std::vector<std::pair<std::string, std::string>> events;
  std::string target;
  // The right side: the event coded instead; code "Q" keeps the innermost code.
  std::string result_source, result_target, result_code;
  std::string text;
  SourceRef where;
};

// A problem found while loading: the entry is skipped (or repaired, see
// `repaired`), loading goes on.
struct LoadWarning {
  std::string file;
  uint32_t line = 0;
  std::string message;
  bool repaired = false;  // true when the entry was kept after a fix (e.g. stray space in a date)
  // "file:line: message"
  std::string ToString() const;
};

// Counts per kind of entry, for the load summary.
struct LoadCounts {
  uint32_t actors = 0, actor_phrases = 0;
  uint32_t agents = 0, agent_phrases = 0;
  uint32_t verbs = 0, verb_patterns = 0;
  uint32_t synsets = 0, nouns = 0, adjectives = 0, time_shifts = 0;
  uint32_t discards = 0, issues = 0;
  uint32_t transformations = 0;
  uint32_t skipped = 0;      // malformed entries that were reported and dropped
  uint32_t short_names = 0;  // acta: entries made from people's short names
};

// A TABARI "LABEL: code=text" line.
struct CodeLabel {
  std::string code;
  std::string text;
};

// TABARI COMPLEX: conditions under which a sentence is set aside as too
// complex to code. A count of 0 or false means the condition is not checked.
struct ComplexRules {
  uint32_t verbs = 0, actors = 0, pronouns = 0, conjunctions = 0, commas = 0, late_verb = 0;
  bool no_actor_prior = false, no_actor_after = false, no_verb = false;
  bool no_source = false, no_target = false, no_event = false;
  bool explain = false, no_save = false;
};

// Options that change how sentences are coded. Defaults are TABARI's.
struct CodingOptions {
  // TABARI COMPLEX:/SET:/OUTPUT: lines we act on; anything else is kept verbatim.
  uint32_t minimum_words = 8;     // TABARI: sentences shorter than this are not coded
  bool time_shift = true;         // apply <TIME> entries
  bool convert_agents = false;    // lone agents become actors
  bool code_by_sentence = true;   // PETRARCH code_by_sentence
  bool require_dyad = false;      // PETRARCH require_dyad
  uint32_t new_actor_length = 0;  // PETRARCH new_actor_length
  // PETRARCH comma_* limits on comma-delimited clauses to drop.
  int comma_min = 2, comma_max = 8, comma_bmin = 0, comma_bmax = 0, comma_emin = 2, comma_emax = 8;
  // TABARI .options commands (manual chapter 8).
  bool code_all = false;   // SET: CODE ALL: every event of a sentence, overriding code_by_sentence
  bool comma_off = false;  // COMMA: OFF: keep comma-delimited clauses
  ComplexRules complex;
  std::vector<CodeLabel> labels;               // LABEL: lines, in order
  std::string default_source, default_target;  // DEFAULT: codes; empty when not set
  bool default_source_prior = false;           // DEFAULT: SOURCE [x] PRIOR
  bool default_target_after = false;           // DEFAULT: TARGET [x] AFTER
  enum class Nonevents : uint8_t { kFalse, kTrue, kOnly };
  Nonevents nonevents = Nonevents::kFalse;  // NONEVENTS:
  std::vector<std::string> output_fields;   // OUTPUT: keywords, upper case, in order
  bool duplicate_warnings = true;  // SET: DUP WARNING; duplicate entries are dropped either way
  std::vector<std::string> raw;    // every option line as written, in order
};

// Everything loaded from one set of dictionary files.
struct Dictionary {
  enum class Flavor : uint8_t { kTabari, kPetrarch1, kPetrarch2, kActa };
  Flavor flavor = Flavor::kTabari;
  std::vector<std::string> files;  // SourceRef::file indexes this
  std::vector<ActorEntry> actors;
  std::vector<AgentEntry> agents;
  std::vector<VerbEntry> verbs;
  std::vector<Synset> synsets;
  std::vector<Phrase> nouns;       // TABARI <NOUN> section
  std::vector<Phrase> adjectives;  // TABARI <ADJECTIVE> section
  std::vector<TimeShift> time_shifts;
  std::vector<DiscardEntry> discards;
  std::vector<IssueEntry> issues;
  std::vector<VerbTransformation> transformations;  // PETRARCH-2
  std::vector<std::string> event_codes;  // the valid code list (.options / codebook), if given
  // PETRARCH-1 agents may name sets: "!PERSON! = MAN, MEN, ..." expands in phrases.
  CodingOptions options;
  std::vector<LoadWarning> warnings;
  LoadCounts counts;
};

}  // namespace acta::dict

#endif  // ACTA_DICT_DICTIONARY_H_
