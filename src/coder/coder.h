// The dictionary coder: from one sentence and its date to events, the way
// TABARI's sparse parser codes them (actors and agents, compound actors,
// pronouns, comma-delimited clauses, compound sentences, verb patterns with
// designated actors, passive voice, paired / subordinate / dominant codes,
// null and discard codes).
#ifndef ACTA_CODER_CODER_H_
#define ACTA_CODER_CODER_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "acta/date.h"
#include "coder/coder_words.h"
#include "coder/compiled_dictionary.h"

namespace acta::coder {

// One coded event of a sentence.
struct CodedEvent {
  std::string source;  // actor code, e.g. "USAGOV"
  std::string target;
  std::string code;  // event code, e.g. "064"
  // Word spans (indexes into CoderWords::words, [begin, end)) of what fired.
  uint32_t source_begin = 0, source_end = 0;
  uint32_t target_begin = 0, target_end = 0;
  uint32_t verb_begin = 0, verb_end = 0;
  int verb_entry = -1;     // Dictionary::verbs index
  int pattern_entry = -1;  // the verb entry holding the pattern (its block's for PETRARCH)
  int pattern = -1;        // index into that entry's patterns, -1 for the root code
  int source_actor = -1;   // Dictionary::actors index of the source's head actor (-1: none/agent)
  int target_actor = -1;
  // acta's own dictionaries: whether the sentence says it happened, is
  // planned ("will visit", "is set to visit"), would happen on a condition
  // ("unless ..."), or is claimed by someone who reports it ("Iraq said its
  // forces sank ..."), with the claimant's code.
  // Negated ("did not attack"), denied ("denied attacking") and demanded
  // ("demanded that Hamas release ...") events are set aside
  // (SentenceCoding::set_aside): the coding conventions code none of them.
  enum class Modality : uint8_t {
    kOccurred,
    kPlanned,
    kConditional,
    kClaimed,
    kNegated,
    kDenied,
    kDemanded
  };
  Modality modality = Modality::kOccurred;
  std::string claimed_by;
  // acta: an actor of the event is named only in an earlier sentence of the
  // story ("he", "the minister", "the Palestinian group").
  bool referred = false;
};

std::string_view ModalityName(CodedEvent::Modality m);

// acta: an actor a sentence of a story names.
struct StoryEntity {
  std::string code;       // as coded on the story's date ("PSEREBHMS")
  bool person = false;    // a person ("he", "the minister" may be them)
  uint32_t sentence = 0;  // index in the story of the sentence that names it
};

struct SentenceCoding {
  std::vector<CodedEvent> events;
  // acta: what the sentence negates, denies or only demands, with that
  // modality: not events, for callers that want them marked.
  std::vector<CodedEvent> set_aside;
  bool discarded = false;          // a [###] entry or a discard phrase matched: nothing is coded
  bool story_discarded = false;    // a PETRARCH "+" discard: the whole story codes nothing
  bool complex = false;            // a [+++] entry matched
  bool too_short = false;          // fewer words than the minimum
  std::vector<std::string> trace;  // filled when tracing: how the sentence was read and why
  // The code of the sentence's first actor as its dictionary entry gives it
  // (agents not attached), for pronouns of the next sentence; empty if none.
  std::string first_actor;
  // acta: the actors the sentence names (not by an adjective), in order,
  // for words of later sentences that refer back to them.
  std::vector<StoryEntity> entities;
};

// acta: what the earlier sentences of a story named, for the words of a
// later one that refer back: pronouns (he, she, his, her, him) to the last
// person of the two sentences before; "the minister", "the spokesman" (an
// agent with no country) to the last actor of those sentences with that
// role; "the group", "the Palestinian movement" to the story's last armed
// group or party (of that country).
struct StoryContext {
  std::vector<StoryEntity> entities;  // oldest first
  uint32_t sentence = 0;              // index of the sentence being coded
  // Records what `coded`, the sentence at index `sentence`, named, and moves
  // on to the next.
  void Add(const SentenceCoding& coded);
};

struct CoderOptions {
  enum class CodeBy { kClause, kSentence, kAll };
  CodeBy code_by = CodeBy::kClause;
  uint32_t minimum_words = 8;
  // Comma-delimited clauses with more than comma_min and at most comma_max
  // words are dropped (TABARI's defaults); comma_max 0 turns this off.
  uint32_t comma_min = 2, comma_max = 10;
  // ... between a comma and the end of the sentence.
  uint32_t comma_end_min = 2, comma_end_max = 10;
  // ... between the start of the sentence and the first comma (off by default).
  uint32_t comma_begin_min = 128, comma_begin_max = 0;
  // TABARI's COMPLEX: conditions under which a sentence is too complex to
  // code (0 / false: not checked).
  struct Complexity {
    uint32_t verbs = 0, actors = 0, pronouns = 0, conjunctions = 0, commas = 0;
    bool no_actor_prior = false, no_actor_after = false, no_verb = false;
  } complex;
  // TABARI's DEFAULT: codes used when no source / target is found; with
  // `prior` the default source applies whenever no actor precedes the verb,
  // with `after` the default target whenever no actor follows it.
  std::string default_source, default_target;
  bool default_source_prior = false, default_target_after = false;
  // TABARI's SET: CONVERT AGENTS: an agent with no actor is coded as an actor
  // whose code is the agent's ("~REB" -> "REB").
  bool convert_agents = false;
  // Events whose source or target is only an agent with no actor ("---GOV",
  // "an official said") or a missing side ("---"). PETRARCH codes them; acta
  // leaves them out unless asked, as they name no one.
  bool code_unknown_actors = false;
  // TABARI's FORWARD: callers pass each sentence the previous sentence's
  // first actor of the same story, for pronouns with no antecedent.
  bool forward_pronouns = false;
  // PETRARCH's require_dyad: when false, an event with no source or no
  // target is still coded, the missing side as "---", and an agent with no
  // actor as "---" plus its code ("---GOV").
  bool require_dyad = true;
  bool trace = false;
};

class Coder {
 public:
  Coder(std::shared_ptr<const CompiledDictionary> dictionary, CoderOptions options);

  // Codes one sentence dated `date`. `previous_actor` (SentenceCoding::
  // first_actor of the story's previous sentence, or empty) is what a pronoun
  // with no antecedent in this sentence refers to (TABARI's FORWARD).
  SentenceCoding Code(std::string_view sentence, const Date& date,
                      const std::string& previous_actor = "") const;
  SentenceCoding Code(const CoderWords& words, const Date& date,
                      const std::string& previous_actor = "") const;
  // The same, with what the story's earlier sentences named, which pronouns
  // and definite
  // description ("the Palestinian group") refers to.
  SentenceCoding Code(const CoderWords& words, const Date& date, const std::string& previous_actor,
                      const StoryContext& story) const;

  // The sentence's words, cut the way the loaded dictionaries expect them
  // (TABARI's words or Penn Treebank tokens for PETRARCH dictionaries).
  CoderWords Words(std::string_view sentence) const;

  const CompiledDictionary& dictionary() const { return *dict_; }
  const CoderOptions& options() const { return options_; }

 private:
  std::shared_ptr<const CompiledDictionary> dict_;
  CoderOptions options_;
};

// The coding options a set of dictionaries asks for: TABARI's .options
// (CODE BY, COMMA, MINIMUM WORDS, COMPLEX, DEFAULT, CONVERT AGENTS) or
// PETRARCH's [Options] (require_dyad, comma_*); PETRARCH codes sentences of
// any length.
CoderOptions OptionsFor(const dict::Dictionary& dictionary);

// The code an actor entry carries on `date` (TABARI's rules: the first dated
// code that applies, else the undated default, else the null code "---").
// Several codes separated by '/' are one coded compound.
std::string ResolveActorCode(const dict::ActorEntry& actor, const Date& date);

// Joins an actor code and an agent code the way TABARI does: the agent goes
// after (suffix) or before the actor code unless the actor code already holds
// it on a 3-character boundary.
std::string ComposeAgent(const std::string& actor, const dict::AgentEntry& agent);

}  // namespace acta::coder

#endif  // ACTA_CODER_CODER_H_
