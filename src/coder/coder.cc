#include "coder/coder.h"

#include <algorithm>
#include <array>
#include <functional>
#include <optional>

#include <fmt/format.h>

namespace acta::coder {
namespace {

using Kind = dict::PhraseWord::Kind;

enum class WordType : uint8_t {
  kNone,
  kActor,
  kAgent,
  kVerb,
  kNoun,
  kAdjective,
  kTime,
  kDeterm,
  kConj,
  kComma,
  kPronoun,
  kAux,
  kBy,
  kNumber,
  kPrep,
  kFormer,
};

const char* TypeName(WordType t) {
  static constexpr std::array<const char*, 16> kNames = {
      "-",    "actor", "agent",   "verb",  "noun",   "adjctv", "time", "determ",
      "conj", "comma", "pronoun", "auxil", "byword", "number", "prep", "former"};
  return kNames[static_cast<size_t>(t)];
}

// A classified stretch of words.
struct Unit {
  WordType type = WordType::kNone;
  uint32_t begin = 0, end = 0;  // words
  int entry = -1;               // dictionary entry for actors, agents, verbs, time
  std::string code;             // actors: resolved code; verbs: root code
  // Actors: an agent that followed the actor ("Gondor legislators") or came
  // before it through IN / OF ("the ambassadors of Arnor"), with FORMER.
  int shared_agent = -1;
  bool shared_agent_former = false;
  bool has_agent = false;  // actors: an agent is already part of the code
  bool place = false;      // a place after IN/AT/NEAR, read as a noun; code kept
  bool adjective = false;  // actors: matched by an adjective ("Iranian")
  bool referred = false;   // actors: named in an earlier sentence ("the Palestinian group")
  // Agents: further agent phrases inside this one, in order (PETRARCH reads
  // "human rights activists" as HGM and, within it, "rights activists" SGM).
  std::vector<int> more_agents;
};

// An actor as coded: possibly with agents attached, possibly a coded compound.
struct ActorMention {
  uint32_t begin = 0, end = 0;  // words covered, agents included
  std::vector<std::string> codes;
  int entry = -1;
  int shared_agent = -1;  // see Unit::shared_agent
  bool shared_agent_former = false;
  bool has_agent = false;
  bool inherited = false;  // an agent given the sentence's one country
  bool referred = false;   // acta: named in an earlier sentence of the story
  std::string base_code;   // the actor's own code, before agents
};

// One actor or a parsed compound of several; pronouns refer to one of these.
struct Group {
  uint32_t begin = 0, end = 0;
  std::vector<int> members;  // ActorMention indexes
  bool compound = false;
};

struct PatternResult {
  std::optional<int> source, target;  // group indexes
  bool both = false;                  // '%': the compound is source and target
  int both_group = -1;
  uint32_t chars = 0;  // letters of the text the pattern's words matched
};

bool IsBuiltin(std::string_view w, WordType* type) {
  static constexpr std::array<std::pair<std::string_view, WordType>, 22> kWords = {{
      {"THE", WordType::kDeterm},    {"A", WordType::kDeterm},      {"AN", WordType::kDeterm},
      {"AND", WordType::kConj},      {"BUT", WordType::kConj},      {"OR", WordType::kConj},
      {"NOR", WordType::kConj},      {"HE", WordType::kPronoun},    {"SHE", WordType::kPronoun},
      {"IT", WordType::kPronoun},    {"ITS", WordType::kPronoun},   {"HIS", WordType::kPronoun},
      {"HER", WordType::kPronoun},   {"HIM", WordType::kPronoun},   {"THEY", WordType::kPronoun},
      {"THEM", WordType::kPronoun},  {"THEIR", WordType::kPronoun}, {"WAS", WordType::kAux},
      {"WERE", WordType::kAux},      {"BEEN", WordType::kAux},      {"BY", WordType::kBy},
      {"FORMER", WordType::kFormer},
  }};
  for (const auto& [word, t] : kWords) {
    if (w == word) {
      *type = t;
      return true;
    }
  }
  if (w == "IN" || w == "OF") {
    *type = WordType::kPrep;
    return true;
  }
  if (!w.empty() && w[0] >= '0' && w[0] <= '9') {
    *type = WordType::kNumber;
    return true;
  }
  return false;
}

int ClassPriority(PhraseClass c) {
  switch (c) {
    case PhraseClass::kActor:
      return 5;
    case PhraseClass::kAgent:
      return 4;
    case PhraseClass::kNoun:
      return 3;
    case PhraseClass::kAdjective:
      return 2;
    case PhraseClass::kVerb:
      return 1;
    case PhraseClass::kTime:
    case PhraseClass::kDiscard:
      return 0;
  }
  return 0;
}

std::vector<std::string> SplitCodes(const std::string& code) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= code.size()) {
    size_t slash = code.find('/', start);
    if (slash == std::string::npos) slash = code.size();
    if (slash > start) out.push_back(code.substr(start, slash - start));
    start = slash + 1;
  }
  return out;
}

// Everything the coder works out about one sentence.
bool IsTitle(std::string_view w);  // below, with short names

class SentenceParse {
 public:
  SentenceParse(const CompiledDictionary& dict, const CoderOptions& options,
                const CoderWords& words, const Date& date, const std::string& previous_actor,
                const StoryContext* story, SentenceCoding* out)
      : petrarch_(dict.dictionary().flavor != dict::Dictionary::Flavor::kTabari),
        acta_(dict.dictionary().flavor == dict::Dictionary::Flavor::kActa),
        previous_actor_(previous_actor),
        story_(story),
        dict_(dict),
        d_(dict.dictionary()),
        options_(options),
        cw_(words),
        w_(words.words),
        date_(date),
        out_(out) {}

  void Run();

 private:
  void Classify();
  // Whether a person's short name may stand at word i (ActorEntry::short_name).
  bool ShortNameFits(uint32_t i, bool title_only) const;
  // acta: whether actor match `m` is written as its name needs: a short name
  // where ShortNameFits, a name written in capitals ("US", "IS") in capitals.
  bool ActorNameFits(const PhraseMatch& m) const;
  void ShiftVerbsToNouns();
  void BuildActors();
  // acta: whether agent unit k, with no actor, is MILITARY or OFFICIAL
  // used as an adjective: right before a word that is neither a verb form
  // ending in -ED or -S nor a helper ("military aid", "official visit",
  // but "the military said", "officials say").
  bool AdjectiveAgent(size_t k) const;
  // acta: the actor unit after agent unit k and up to three capitalised
  // words of a name ("President Omar El Bashir"), or units_.size().
  size_t NamedAfterTitle(size_t k) const;
  // acta: an agent with no actor right before ", NAME" is NAME ("Qatar's
  // emir, Sheikh Hamad ...").
  void Appositions();
  void PossessivesAsDeterminers();
  void CountryModifiers();
  void DefiniteDescriptions();
  bool HyphenAdjective(uint32_t i) const;
  // acta: an agent with no actor ("the president", "police") belongs to the
  // one country the sentence names, when it names exactly one.
  void InheritCountry();
  bool IsPossessive(const Unit& u) const;
  void NestedAgents(Unit* u) const;
  size_t PossessorBefore(size_t k) const;
  void BuildCompounds();
  void ShareAgent(const Group& g);
  void MarkCompoundNouns();
  void ResolvePronouns();
  // Pronouns with no antecedent in the sentence refer to the previous
  // sentence's first actor.
  void ForwardPronouns();
  // acta, with a story: the actor of an earlier sentence that entities
  // `fits`, named in one of the two sentences before, the latest first.
  const StoryEntity* EarlierInStory(const std::function<bool(const StoryEntity&)>& fits) const;
  // acta: he, she, his, her, him with no antecedent in the sentence, its and
  // their before agents, and "the minister" with no country, refer to the
  // story (StoryContext).
  void StoryPronouns();
  // "the minister" is a person of the story before the sentence's country
  // is considered (InheritCountry); "the army" only after.
  void StoryAgents(bool people);
  void AddPronounGroup(const Unit& u, Group g);
  bool OwnAgents(const Unit& pronoun, const Group& owner);
  // A group holding the bare country of group `g`'s first member (IRN for
  // IRNGOV), or -1 when it has none.
  int OwnCountryGroup(int g);
  // A group holding `country` alone, over words [begin, end).
  int CountryGroup(std::string country, uint32_t begin, uint32_t end);
  // A group holding the country of the first place named after IN, AT or
  // NEAR between `verb` and `end` ("shelled targets in Jericho"), or -1.
  int PlaceAfter(const Unit& verb, uint32_t end);
  // Whether every member of group `g` is an agent with no country ("---MIL").
  bool AgentsOnly(int g) const;
  void DropCommaClauses();
  bool NameAside(const std::vector<uint32_t>& commas);
  void SplitClauses();
  bool TooComplex();
  int NullGroup();
  void AddDefaultGroups();
  void CodeClauses();
  // acta: codes verb `verb` as CodeVerb does into SentenceCoding::set_aside,
  // with modality `m`.
  void SetAside(const Unit& verb, uint32_t cb, uint32_t object_end, uint32_t clause_end,
                int source_group, CodedEvent::Modality m);
  // acta: the verb a denial at `verb` denies, when an act is stated after it
  // in its clause ("denied attacking", "denied that its forces attacked",
  // "denied Kuwait was pumping"), or null ("denied Iraq's charges").
  const Unit* DeniedVerb(const Unit& verb, uint32_t clause_end) const;

  // `object_end` ends the verb's object; `clause_end` the clause, where an
  // appeal, demand or threat finds its target ("demanded that Israel ...").
  // *settled is the event code it settled on before looking for actors.
  bool CodeVerb(const Unit& verb, uint32_t clause_begin, uint32_t object_end, uint32_t clause_end,
                int source_group, std::vector<CodedEvent>* events, int* verb_class,
                std::string* settled);
  // acta: WILL, WOULD, MAY, PLANS TO, PREPARES TO, DUE TO, VOWED TO ... right
  // before the verb (TO, BE and a few adverbs between): a stated plan.
  bool PlanBefore(const Unit& verb, uint32_t from) const;
  // acta: UNLESS or IF after the verb in its clause: a condition.
  bool ConditionAfter(const Unit& verb, uint32_t end) const;
  // acta: MUST, SHOULD, OUGHT TO, NEED(S) TO, HAS/HAVE TO right before the
  // verb: an obligation, not an event.
  bool Obliged(const Unit& verb, uint32_t from) const;
  bool Capacity(const Unit& verb, uint32_t from) const;
  bool MayMatch(const dict::Phrase& p) const;
  const WordFilter& SentenceFilter() const;
  bool MatchPattern(const dict::Phrase& p, const Unit& verb, uint32_t cb, uint32_t ce,
                    PatternResult* r) const;
  bool MatchRight(const dict::Phrase& p, size_t from, uint32_t pos, uint32_t ce,
                  PatternResult* r) const;
  bool MatchLeft(const dict::Phrase& p, size_t k, size_t to, uint32_t pos, uint32_t verb,
                 bool adjacent, PatternResult* r) const;
  bool ElementAt(const dict::PhraseWord& e, uint32_t i, uint32_t limit, uint32_t* end,
                 uint32_t* chars) const;
  int GroupStartingAt(uint32_t i) const;
  // The actor group that ends right before `verb` (helpers such as HAD
  // between) and starts right after a verb or THAT, at or after word `from`;
  // -1 when there is none.
  int SubjectBefore(const Unit& verb, uint32_t from) const;
  // Whether group `g` starts a clause: right after THAT, a reporting word or
  // (when `after_any_verb`) any verb, determiners between.
  bool OpensClause(int g, uint32_t from, bool after_any_verb) const;
  // The last group in [from, pos) that opens a reported clause ("said
  // [that] Iranian forces ..."), or -1.
  int ReportedSubjectBefore(uint32_t pos, uint32_t from) const;
  int ReporterBefore(const Unit& verb) const;
  // The first word of a visible verb in [begin, end), or `end`.
  uint32_t FirstVerbIn(uint32_t begin, uint32_t end) const;
  // Where the subject of the first later verb before `end` begins, or `end`.
  uint32_t NextSubjectAfter(const Unit& verb, uint32_t end) const;
  bool Negated(const Unit& verb, uint32_t from) const;
  // Whether actor mention `mention` is a dictionary entity none of group
  // `group`'s members is.
  bool OtherEntity(int mention, int group) const;
  int FirstGroupIn(uint32_t begin, uint32_t end) const;
  void Emit(const std::string& code, int source_group, int target_group, const Unit& verb,
            int pattern, std::vector<CodedEvent>* events) const;
  void EmitPair(const std::string& code, int source_actor, int target_actor, const Group& where,
                const Unit& verb, int pattern, std::vector<CodedEvent>* events) const;
  bool Visible(uint32_t i) const { return !removed_[i]; }
  void Trace(std::string line) const {
    if (options_.trace) out_->trace.push_back(std::move(line));
  }

  const bool petrarch_;  // PETRARCH's reading of compounds rather than TABARI's
  // acta's own dictionaries: readings of real news that the peers' suites do
  // not expect (a possessive's agents, a reported clause's own subject).
  const bool acta_;
  const std::string& previous_actor_;
  const StoryContext* story_;  // acta: what the story named before, or null
  const CompiledDictionary& dict_;
  const dict::Dictionary& d_;
  const CoderOptions& options_;
  const CoderWords& cw_;
  const std::vector<CoderWord>& w_;
  Date date_;
  SentenceCoding* out_;

  std::vector<Unit> units_;
  std::vector<int> unit_of_;   // word -> unit index, -1 when unclassified
  std::vector<bool> removed_;  // word dropped with a comma-delimited clause
  std::vector<bool> joins_;    // conjunction or comma inside a compound: no clause break
  std::vector<ActorMention> actors_;
  std::vector<Group> groups_;
  std::vector<int> group_at_;  // word -> group index starting there (pronouns too)
  std::vector<std::pair<uint32_t, uint32_t>> clauses_;
  // The sentence's words in sorted order, built on first use: a cheap test
  // that rules out most patterns before they are matched.
  mutable std::vector<std::string_view> sorted_words_;
  mutable WordFilter filter_;  // every word of the sentence
  mutable bool filter_ready_ = false;
  uint32_t dropped_clauses_ = 0;
  int default_source_ = -1, default_target_ = -1;  // groups for DEFAULT: codes
  int null_group_ = -1;                            // "---" when require_dyad is off
  uint32_t independent_from_ = UINT32_MAX;         // comma opening a clause coded on its own
};

// Whether mention `m` is an agent with no actor: all its codes "---" plus a
// role ("---GOV").
bool AgentOnly(const ActorMention& m) {
  return !m.codes.empty() && std::all_of(m.codes.begin(), m.codes.end(), [](const std::string& c) {
    return c.starts_with("---") && c.size() > 3;
  });
}

// The country an actor code names: its first three letters, unless they mark
// an agent with no actor or a body that belongs to no country.
std::string_view CountryOf(std::string_view code) {
  if (code.size() < 3 || code.starts_with("---")) return {};
  const std::string_view head = code.substr(0, 3);
  for (std::string_view stateless : {"IGO", "NGO", "MNC", "UIS"})
    if (head == stateless) return {};
  return head;
}

void SentenceParse::Run() {
  if (w_.size() < options_.minimum_words) {
    out_->too_short = true;
    Trace(fmt::format("{} words: fewer than the minimum {}", w_.size(), options_.minimum_words));
    return;
  }
  Classify();
  if (out_->discarded) return;
  ShiftVerbsToNouns();
  if (acta_) {
    CountryModifiers();
    DefiniteDescriptions();
  }
  BuildActors();
  if (acta_) {
    Appositions();
    StoryAgents(true);
    InheritCountry();
    StoryAgents(false);
    PossessivesAsDeterminers();
  }
  BuildCompounds();
  MarkCompoundNouns();
  ResolvePronouns();
  if (acta_) StoryPronouns();
  ForwardPronouns();
  DropCommaClauses();
  SplitClauses();
  if (options_.trace) {
    std::string line;
    for (const Unit& u : units_) {
      std::string text;
      for (uint32_t i = u.begin; i < u.end; ++i) text += (i > u.begin ? " " : "") + w_[i].text;
      line +=
          fmt::format("[{} {}{}{}] ", TypeName(u.type), text, u.code.empty() ? "" : " ", u.code);
    }
    Trace("words: " + line);
  }
  if (TooComplex()) {
    out_->complex = true;
    return;
  }
  AddDefaultGroups();
  CodeClauses();
}

bool SentenceParse::TooComplex() {
  const CoderOptions::Complexity& cx = options_.complex;
  uint32_t verbs = 0, pronouns = 0, conj = 0;
  int first_verb = -1;
  for (const Unit& u : units_) {
    if (!Visible(u.begin)) continue;
    if (u.type == WordType::kVerb) {
      ++verbs;
      if (first_verb < 0) first_verb = static_cast<int>(u.begin);
    }
    if (u.type == WordType::kPronoun) ++pronouns;
    if (u.type == WordType::kConj && !joins_[u.begin]) ++conj;
  }
  bool actor_prior = false, actor_after = false;
  for (const Group& g : groups_) {
    if (!Visible(g.begin)) continue;
    if (first_verb >= 0 && g.begin < static_cast<uint32_t>(first_verb)) actor_prior = true;
    if (first_verb >= 0 && g.begin > static_cast<uint32_t>(first_verb)) actor_after = true;
  }
  std::string why;
  if (cx.verbs > 0 && verbs >= cx.verbs)
    why = fmt::format("{} verbs", verbs);
  else if (cx.actors > 0 && actors_.size() >= cx.actors)
    why = fmt::format("{} actors", actors_.size());
  else if (cx.pronouns > 0 && pronouns >= cx.pronouns)
    why = fmt::format("{} pronouns", pronouns);
  else if (cx.conjunctions > 0 && conj >= cx.conjunctions)
    why = fmt::format("{} conjunctions", conj);
  else if (cx.commas > 0 && dropped_clauses_ >= cx.commas)
    why = fmt::format("{} comma clauses", dropped_clauses_);
  else if (cx.no_verb && first_verb < 0)
    why = "no verb";
  else if (cx.no_actor_prior && !actor_prior)
    why = "no actor before the first verb";
  else if (cx.no_actor_after && first_verb >= 0 && !actor_after)
    why = "no actor after the first verb";
  if (why.empty()) return false;
  Trace("too complex: " + why);
  return true;
}

int SentenceParse::NullGroup() {
  if (null_group_ < 0) {
    ActorMention m;
    m.codes = {"---"};
    actors_.push_back(std::move(m));
    Group g;
    g.members = {static_cast<int>(actors_.size() - 1)};
    groups_.push_back(std::move(g));
    null_group_ = static_cast<int>(groups_.size() - 1);
  }
  return null_group_;
}

void SentenceParse::AddDefaultGroups() {
  auto add = [this](const std::string& code) {
    ActorMention m;
    m.codes = {code};
    actors_.push_back(std::move(m));
    Group g;
    g.members = {static_cast<int>(actors_.size() - 1)};
    groups_.push_back(std::move(g));
    return static_cast<int>(groups_.size() - 1);
  };
  if (!options_.default_source.empty()) default_source_ = add(options_.default_source);
  if (!options_.default_target.empty()) default_target_ = add(options_.default_target);
}

void SentenceParse::Classify() {
  const auto n = static_cast<uint32_t>(w_.size());
  unit_of_.assign(n, -1);
  removed_.assign(n, false);
  joins_.assign(n, false);
  std::vector<PhraseMatch> matches;
  uint32_t i = 0;
  while (i < n) {
    const std::string& w = w_[i].text;
    Unit u;
    u.begin = i;
    u.end = i + 1;
    if (w == ",") {
      u.type = WordType::kComma;
    } else if (w == "\"") {
      ++i;
      continue;
    } else {
      matches.clear();
      dict_.MatchAt(w_, i, n, &matches);
      const PhraseMatch* best = nullptr;
      for (const PhraseMatch& m : matches) {
        if (m.ref.cls == PhraseClass::kDiscard) {
          const dict::DiscardEntry& de = d_.discards[m.ref.entry];
          out_->discarded = true;
          out_->story_discarded |= de.whole_story;
          Trace(fmt::format("discard phrase \"{}\" matched", de.text));
          continue;
        }
        if (m.ref.cls == PhraseClass::kActor && acta_ && !ActorNameFits(m)) continue;
        if (best == nullptr || m.chars > best->chars ||
            (m.chars == best->chars && m.end - m.begin < best->end - best->begin) ||
            (m.chars == best->chars && m.end - m.begin == best->end - best->begin &&
             (m.exact > best->exact ||
              (m.exact == best->exact &&
               ClassPriority(m.ref.cls) > ClassPriority(best->ref.cls))))) {
          best = &m;
        }
      }
      WordType builtin;
      const bool is_builtin = IsBuiltin(w, &builtin);
      if (best != nullptr &&
          !(is_builtin && best->end - best->begin == 1 && best->ref.cls != PhraseClass::kActor)) {
        u.end = best->end;
        u.entry = static_cast<int>(best->ref.entry);
        switch (best->ref.cls) {
          case PhraseClass::kActor: {
            const dict::ActorEntry& actor = d_.actors[best->ref.entry];
            u.code = ResolveActorCode(actor, date_);
            if (u.code == "---" && !actor.titled_elite.empty() && u.begin > 0 &&
                IsTitle(w_[u.begin - 1].text))
              u.code = actor.titled_elite;
            u.adjective = best->ref.phrase >= actor.adjectives_from;
            u.type = u.code == "---" ? WordType::kNoun : WordType::kActor;
            // "in Tehran", "in the West Bank"
            const uint32_t before = i > 1 && w_[i - 1].text == "THE" ? i - 2 : i - 1;
            if (actor.place && i > 0 &&
                (w_[before].text == "IN" || w_[before].text == "AT" || w_[before].text == "NEAR")) {
              Trace(fmt::format("{} after {} is a place, not an actor", w, w_[i - 1].text));
              u.type = WordType::kNoun;
              u.place = true;
            }
            // PETRARCH keeps "###" as the actor's code; TABARI discards.
            if (u.code == "###" && !petrarch_) out_->discarded = true;
            if (u.code == "+++") out_->complex = true;
            break;
          }
          case PhraseClass::kAgent:
            u.type = WordType::kAgent;
            if (petrarch_) NestedAgents(&u);
            break;
          case PhraseClass::kNoun:
            u.type = WordType::kNoun;
            break;
          case PhraseClass::kAdjective:
            u.type = WordType::kAdjective;
            break;
          case PhraseClass::kDiscard:
            break;
          case PhraseClass::kTime: {
            u.type = WordType::kTime;
            const std::string& code = d_.time_shifts[best->ref.entry].code;
            if (code == "###") out_->discarded = true;
            if (code == "+++") out_->complex = true;
            break;
          }
          case PhraseClass::kVerb: {
            const dict::VerbEntry& v = d_.verbs[best->ref.entry];
            u.code = v.code;
            u.type = (v.code == "---" && v.patterns.empty()) ? WordType::kNoun : WordType::kVerb;
            if (v.code == "###") out_->discarded = true;
            if (v.code == "+++") out_->complex = true;
            break;
          }
        }
      } else if (is_builtin) {
        u.type = builtin;
      }
    }
    for (uint32_t k = u.begin; k < u.end; ++k) unit_of_[k] = static_cast<int>(units_.size());
    units_.push_back(u);
    i = u.end;
  }
  if (out_->discarded) Trace("a discard entry matched: nothing is coded");
}

// Titles before a surname: "Mr Blair", "President Bush", "Gen. Avril".
bool IsTitle(std::string_view w) {
  if (w.ends_with('.')) w.remove_suffix(1);
  static constexpr std::array<std::string_view, 36> kTitles = {
      "MR",        "MRS",       "MS",       "MISS",      "DR",         "SIR",
      "LORD",      "LADY",      "DAME",     "PRESIDENT", "PREMIER",    "CHANCELLOR",
      "MINISTER",  "SECRETARY", "SENATOR",  "SEN",       "GOVERNOR",   "GOV",
      "GEN",       "GENERAL",   "KING",     "QUEEN",     "PRINCE",     "SHEIKH",
      "AYATOLLAH", "COL",       "COLONEL",  "JUDGE",     "AMBASSADOR", "REP",
      "SPEAKER",   "LEADER",    "CHAIRMAN", "EMIR",      "PM",         "MESSRS"};
  return std::find(kTitles.begin(), kTitles.end(), w) != kTitles.end();
}

bool SentenceParse::ActorNameFits(const PhraseMatch& m) const {
  const dict::ActorEntry& a = d_.actors[m.ref.entry];
  if (a.short_name) return ShortNameFits(m.begin, a.title_only);
  if (m.end != m.begin + 1 || m.ref.phrase >= a.texts.size()) return true;
  const std::string& written = a.texts[m.ref.phrase];
  const bool acronym =
      written.size() >= 2 && std::all_of(written.begin(), written.end(),
                                         [](char c) { return (c >= 'A' && c <= 'Z') || c == '.'; });
  return !acronym || !w_[m.begin].has_lower;
}

bool SentenceParse::ShortNameFits(uint32_t i, bool title_only) const {
  // "President Abdelaziz Bouteflika", "Charles E. Baxter": a capitalised word
  // or an initial after it makes the short name part of a longer one. (An
  // initial before it does not: "James A. Baker" is the James Baker the
  // dictionary may list without it.)
  if (!cw_.all_caps && i + 1 < w_.size() && w_[i + 1].capitalized) {
    const std::string_view next = w_[i + 1].text;
    const bool initial = next.size() == 2 && next[1] == '.';
    if (w_[i + 1].has_lower || initial) return false;
  }
  const bool titled = i > 0 && IsTitle(w_[i - 1].text);
  if (titled) return true;
  if (title_only || cw_.all_caps || !w_[i].capitalized) return false;
  return i == 0 || w_[i - 1].text != "THE";
}

// acta: a participle joined by a hyphen to the word before it is an
// adjective ("its long-threatened invasion", "an open-ended strike",
// "US-led forces"), unless that word is a prefix ("re-opened").
bool SentenceParse::HyphenAdjective(uint32_t i) const {
  if (i == 0 || !w_[i].after_hyphen) return false;
  const std::string_view w = w_[i].text;
  if (!w.ends_with("ED") && !w.ends_with("EN") && !w.ends_with("ING")) return false;
  static constexpr std::array<std::string_view, 9> kPrefixes = {"RE",   "CO", "PRE",   "MIS", "OUT",
                                                                "OVER", "UN", "UNDER", "DE"};
  return std::find(kPrefixes.begin(), kPrefixes.end(), w_[i - 1].text) == kPrefixes.end();
}

void SentenceParse::ShiftVerbsToNouns() {
  for (size_t k = 0; k < units_.size(); ++k) {
    Unit& u = units_[k];
    if (u.type != WordType::kVerb) continue;
    // After a determiner, or in the PETRARCH reading a possessive: "its
    // forces", "Iraq 's forces" name things, they do not act.
    const bool after_determiner =
        k > 0 &&
        (units_[k - 1].type == WordType::kDeterm || (petrarch_ && IsPossessive(units_[k - 1])) ||
         (petrarch_ && units_[k - 1].type == WordType::kPronoun &&
          (w_[units_[k - 1].begin].text == "ITS" || w_[units_[k - 1].begin].text == "THEIR" ||
           w_[units_[k - 1].begin].text == "HIS")));
    const bool capitalized = u.begin > 0 && !cw_.all_caps && w_[u.begin].capitalized;
    // acta's tagger, when the sentence was tagged: "its forces", "the attack".
    const bool tagged_noun = w_[u.begin].tag == CoderWord::Tag::kNoun;
    if (after_determiner || capitalized || tagged_noun || (acta_ && HyphenAdjective(u.begin)))
      u.type = WordType::kNoun;
  }
}

std::string ComposeAll(const std::string& codes, const dict::AgentEntry& agent, bool former) {
  dict::AgentEntry a = agent;
  if (former) a.code = "ELI";
  std::string out;
  for (const std::string& c : SplitCodes(codes)) {
    if (!out.empty()) out += '/';
    out += ComposeAgent(c, a);
  }
  return out;
}

// PETRARCH only: the actor that owns agent unit k through a possessive a few
// words before it ("Ithilen's awful and evil minister"), or units_.size().
size_t SentenceParse::PossessorBefore(size_t k) const {
  if (!petrarch_) return units_.size();
  for (size_t back = 1; back <= 5 && back + 1 <= k; ++back) {
    const Unit& u = units_[k - back];
    if (IsPossessive(u)) {
      return units_[k - back - 1].type == WordType::kActor ? k - back - 1 : units_.size();
    }
    if (u.type != WordType::kNone && u.type != WordType::kAdjective && u.type != WordType::kConj)
      return units_.size();
  }
  return units_.size();
}

void SentenceParse::NestedAgents(Unit* u) const {
  std::vector<PhraseMatch> inner;
  for (uint32_t i = u->begin + 1; i < u->end; ++i) {
    inner.clear();
    dict_.MatchAt(w_, i, u->end, &inner);
    for (const PhraseMatch& m : inner) {
      if (m.ref.cls != PhraseClass::kAgent || static_cast<int>(m.ref.entry) == u->entry) continue;
      if (std::find(u->more_agents.begin(), u->more_agents.end(), static_cast<int>(m.ref.entry)) ==
          u->more_agents.end())
        u->more_agents.push_back(static_cast<int>(m.ref.entry));
    }
  }
}

bool SentenceParse::IsPossessive(const Unit& u) const {
  if (u.type != WordType::kNone || u.end != u.begin + 1) return false;
  const std::string& w = w_[u.begin].text;
  return w == "'S" || w == "'";
}

void SentenceParse::BuildActors() {
  // Attach each agent to the actor right after it, right before it, or after IN / OF.
  for (size_t k = 0; k < units_.size(); ++k) {
    if (units_[k].type != WordType::kAgent) continue;
    const dict::AgentEntry& agent = d_.agents[static_cast<size_t>(units_[k].entry)];
    bool former = k > 0 && units_[k - 1].type == WordType::kFormer;
    size_t before = former && k > 1 ? k - 2 : k - 1;  // "Arnor former officials"
    // A possessive split off as its own word: "Gondor 's government".
    if (k > 0 && before > 0 && before < units_.size() && IsPossessive(units_[before])) --before;
    size_t target = units_.size();
    size_t absorbed = units_.size();  // a name right after the agent, same noun phrase
    // An actor phrase that took in the words before the agent ("Danish Islamist").
    while (k > 0 && before > 0 && units_[before].type == WordType::kNone &&
           units_[before - 1].type == WordType::kActor &&
           units_[before - 1].end > units_[before].begin)
      --before;
    if (k > 0 && units_[before].type == WordType::kActor) {
      target = before;
    } else if (size_t owner = PossessorBefore(k); owner < units_.size()) {
      // PETRARCH reads "Dagolath's first Deputy Prime Minister Telemar" as
      // one noun phrase: the agent goes with the possessor, the name after it
      // adds nothing.
      target = owner;
      if (k + 1 < units_.size() && units_[k + 1].type == WordType::kActor) absorbed = k + 1;
    } else if (k + 1 < units_.size() && units_[k + 1].type == WordType::kActor) {
      target = k + 1;
    } else if (const size_t named = acta_ ? NamedAfterTitle(k) : units_.size();
               named < units_.size()) {
      target = named;  // "President Omar El Bashir": the title is the person's
    } else if (k + 2 < units_.size() && (units_[k + 1].type == WordType::kPrep ||
                                         (petrarch_ && w_[units_[k + 1].begin].text == "FROM"))) {
      size_t j = k + 2;
      while (j < units_.size() && units_[j].type == WordType::kDeterm) ++j;
      if (j < units_.size() && units_[j].type == WordType::kActor) target = j;
      // acta: "demonstrators in Baghdad", "rebels in the West Bank": an
      // agent with no actor belongs to the country of the place it is in;
      // not troops, which are as often abroad ("troops in Iraq").
      if (acta_ && j < units_.size() && units_[j].place && agent.code != "MIL" &&
          !CountryOf(units_[j].code).empty()) {
        units_[j].type = WordType::kActor;
        units_[j].code = std::string(CountryOf(units_[j].code));
        units_[j].entry = -1;
        target = j;
      }
    }
    // "former Gondor prosecutors": FORMER before the actor.
    if (target < units_.size() && target > 0 && target < k &&
        units_[target - 1].type == WordType::kFormer)
      former = true;
    if (target == units_.size() && petrarch_ && k >= 2 && units_[k - 1].type == WordType::kConj) {
      // "Danish media and government": the second agent shares the actor
      // whose agent ends right before the conjunction.
      size_t owner = units_.size();
      for (size_t j = k - 1; j-- > 0;) {
        if (units_[j].type == WordType::kActor && units_[j].end == units_[k - 1].begin &&
            units_[j].entry >= 0 && units_[j].end > units_[j].begin + 1)
          owner = j;
        if (units_[j].type == WordType::kActor) break;
      }
      if (owner < units_.size()) {
        const std::string base =
            ResolveActorCode(d_.actors[static_cast<size_t>(units_[owner].entry)], date_);
        units_[k].type = WordType::kActor;
        units_[k].code = ComposeAll(base, agent, former);
        units_[k].entry = units_[owner].entry;
        units_[k].has_agent = true;
        continue;
      }
    }
    if (target == units_.size() && acta_ && AdjectiveAgent(k)) {
      units_[k].type = WordType::kNone;  // "military aid", "an official protest"
      Trace(fmt::format("{} at word {} is an adjective here, not an agent",
                        w_[units_[k].begin].text, units_[k].begin));
      continue;
    }
    if (target == units_.size()) {
      // PETRARCH codes an agent with no actor as "---" plus its code.
      if ((petrarch_ || !options_.require_dyad) && !options_.convert_agents) {
        dict::AgentEntry a = agent;
        if (former) a.code = "ELI";
        units_[k].type = WordType::kActor;
        units_[k].code = ComposeAgent("---", a);
        units_[k].entry = -1;  // an agent, not an entry of the actor dictionary
        continue;
      }
      if (options_.convert_agents) {
        units_[k].type = WordType::kActor;
        // Coded with its connector, so converted agents can be told apart.
        const std::string code = former ? std::string("ELI") : agent.code;
        units_[k].code = agent.suffix ? "~" + code : code + "~";
      }
      continue;
    }
    Unit& actor = units_[target];
    // acta's own dictionaries give people and groups their full code
    // (GBRGOV, PSEREBHMS): an agent only adds a role to a bare country.
    const bool composes = !acta_ || actor.code.size() == 3;
    if (composes) actor.code = ComposeAll(actor.code, agent, former);
    actor.has_agent = true;
    for (int more : units_[k].more_agents)
      if (composes)
        actor.code = ComposeAll(actor.code, d_.agents[static_cast<size_t>(more)], false);
    // An agent after the actor, or before it through a preposition, may
    // speak for a whole compound (PETRARCH): remember it.
    if (target < k || target > k + 1) {
      actor.shared_agent = units_[k].entry;
      actor.shared_agent_former = former;
    }
    const uint32_t begin = std::min(actor.begin, units_[k].begin);
    const uint32_t end = std::max(actor.end, units_[k].end);
    // The agent (and anything between) becomes part of the actor's span.
    actor.begin = begin;
    actor.end = end;
    units_[k].type = WordType::kNone;
    if (absorbed < units_.size()) {
      actor.end = std::max(actor.end, units_[absorbed].end);
      units_[absorbed].type = WordType::kNone;
    }
  }
  group_at_.assign(w_.size() + 1, -1);
  for (const Unit& u : units_) {
    if (u.type != WordType::kActor) continue;
    if (out_->first_actor.empty() && u.entry >= 0)
      out_->first_actor = ResolveActorCode(d_.actors[static_cast<size_t>(u.entry)], date_);
    if (acta_ && u.entry >= 0 && !u.adjective) {
      const bool person = d_.actors[static_cast<size_t>(u.entry)].person;
      out_->entities.push_back({u.code, person, story_ != nullptr ? story_->sentence : 0});
    }
    ActorMention m;
    m.begin = u.begin;
    m.end = u.end;
    m.codes = SplitCodes(u.code);
    m.entry = u.entry;
    m.shared_agent = u.shared_agent;
    m.shared_agent_former = u.shared_agent_former;
    m.has_agent = u.has_agent;
    m.referred = u.referred;
    if (u.entry >= 0)
      m.base_code = ResolveActorCode(d_.actors[static_cast<size_t>(u.entry)], date_);
    actors_.push_back(std::move(m));
  }
}

bool IsVerbHelper(std::string_view w);  // below, with the subject readings

bool SentenceParse::AdjectiveAgent(size_t k) const {
  const Unit& agent = units_[k];
  if (agent.end != agent.begin + 1) return false;
  const std::string& w = w_[agent.begin].text;
  if (w != "MILITARY" && w != "OFFICIAL") return false;
  if (agent.end >= w_.size() || k + 1 >= units_.size()) return false;
  const Unit& next = units_[k + 1];
  if (next.type != WordType::kNone && next.type != WordType::kVerb) return false;
  const std::string& n = w_[next.begin].text;
  if (n.size() < 3 || IsVerbHelper(n) || n.ends_with("ED") || n.ends_with("S")) return false;
  return std::all_of(n.begin(), n.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

size_t SentenceParse::NamedAfterTitle(size_t k) const {
  if (cw_.all_caps) return units_.size();
  size_t j = k + 1;
  while (j < units_.size() && j <= k + 3 && units_[j].type == WordType::kNone &&
         units_[j].end == units_[j].begin + 1 && w_[units_[j].begin].capitalized)
    ++j;
  if (j == k + 1 || j >= units_.size()) return units_.size();
  const Unit& u = units_[j];
  return u.type == WordType::kActor && u.entry >= 0 && u.begin == units_[j - 1].end ? j
                                                                                    : units_.size();
}

void SentenceParse::Appositions() {
  for (size_t a = 0; a + 1 < actors_.size(); ++a) {
    ActorMention& m = actors_[a];
    const ActorMention& next = actors_[a + 1];
    if (!AgentOnly(m) || next.entry < 0 || m.end >= w_.size() || w_[m.end].text != "," ||
        next.begin != m.end + 1)
      continue;
    m.codes = next.codes;
    m.entry = next.entry;
    m.base_code = next.base_code;
    Trace(fmt::format("agent at word {} is the name after its comma: {}", m.begin, m.codes[0]));
  }
}

void SentenceParse::InheritCountry() {
  std::string_view country;
  for (const ActorMention& m : actors_) {
    for (const std::string& c : m.codes) {
      const std::string_view here = CountryOf(c);
      if (here.empty()) continue;
      if (!country.empty() && here != country) return;  // two countries: no guess
      country = here;
    }
  }
  if (country.empty()) return;
  const std::string prefix(country);
  for (ActorMention& m : actors_) {
    if (!AgentOnly(m)) continue;
    for (std::string& c : m.codes) c = prefix + c.substr(3);
    m.inherited = true;
    Trace(
        fmt::format("agent at word {} takes the sentence's one country: {}", m.begin, m.codes[0]));
  }
}

// acta: a country's name between THE and two common nouns modifies them
// ("opposed the Iran arms initiative", "the Iraq peace plan"): the
// initiative is opposed, not Iran.
void SentenceParse::CountryModifiers() {
  static constexpr std::array<std::string_view, 46> kNotNouns = {
      "LAST",     "THIS",     "NEXT",    "EARLIER", "LATER", "TODAY",  "YESTERDAY", "ALSO",
      "TOMORROW", "RECENTLY", "NOW",     "STILL",   "ALONE", "ITSELF", "ABOUT",     "FOR",
      "TO",       "WITH",     "FROM",    "BY",      "AS",    "AFTER",  "BEFORE",    "OVER",
      "UNDER",    "AGAINST",  "INTO",    "SINCE",   "UNTIL", "WHICH",  "WHO",       "THAT",
      "WHERE",    "WHEN",     "WHILE",   "IF",      "BUT",   "OR",     "AND",       "THAN",
      "DURING",   "WITHOUT",  "THROUGH", "BETWEEN", "OF",    "ON"};
  auto common_noun = [&](uint32_t i) {
    // A word of no unit (-1) is of no type either.
    return i < w_.size() && !w_[i].capitalized &&
           (unit_of_[i] < 0 || units_[static_cast<size_t>(unit_of_[i])].type == WordType::kNone) &&
           std::find(kNotNouns.begin(), kNotNouns.end(), w_[i].text) == kNotNouns.end() &&
           !IsVerbHelper(w_[i].text);
  };
  if (cw_.all_caps) return;
  for (Unit& u : units_) {
    // The name, not its adjective ("the Thai border" is on the border).
    if (u.type != WordType::kActor || u.code.size() != 3 || u.code.starts_with("IGO") ||
        u.adjective || u.begin == 0 || w_[u.begin - 1].text != "THE" || !common_noun(u.end) ||
        !common_noun(u.end + 1))
      continue;
    u.type = WordType::kNone;
    Trace(fmt::format("country at word {} modifies the nouns after it", u.begin));
  }
}

// acta: "the Palestinian group", "the Lebanese movement": a country's
// adjective before a word for a group names the group of that country the
// story named last (Hamas, PSEREBHMS), when it named one; "the group" alone
// names the story's last group of the two sentences before.
void SentenceParse::DefiniteDescriptions() {
  if (story_ == nullptr || story_->entities.empty()) return;
  static constexpr std::array<std::string_view, 6> kGroups = {
      "GROUP", "MOVEMENT", "ORGANIZATION", "ORGANISATION", "FACTION", "MILITIA"};
  static constexpr std::array<std::string_view, 6> kRoles = {"REB", "PTY", "OPP",
                                                             "RAD", "UAF", "IRG"};
  auto group_word = [&](uint32_t i) {
    return i < w_.size() && std::find(kGroups.begin(), kGroups.end(), w_[i].text) != kGroups.end();
  };
  auto group_of = [&](std::string_view country) {
    return [country](const StoryEntity& e) {
      return e.code.size() >= 6 && (country.empty() || e.code.starts_with(country)) &&
             std::find(kRoles.begin(), kRoles.end(), std::string_view(e.code).substr(3, 3)) !=
                 kRoles.end();
    };
  };
  for (Unit& u : units_) {
    if (u.begin == 0 || w_[u.begin - 1].text != "THE") continue;
    if (u.type == WordType::kNone && u.end == u.begin + 1 && group_word(u.begin)) {
      const StoryEntity* e = EarlierInStory(group_of(""));
      if (e == nullptr) continue;
      Trace(fmt::format("the {} at word {} is the story's {}", w_[u.begin].text, u.begin, e->code));
      u.type = WordType::kActor;
      u.code = e->code;
      u.referred = true;
      continue;
    }
    if (u.type != WordType::kActor || !u.adjective || u.code.size() != 3 || !group_word(u.end))
      continue;
    const auto fits = group_of(u.code);
    for (auto it = story_->entities.rbegin(); it != story_->entities.rend(); ++it) {
      if (!fits(*it)) continue;
      Trace(fmt::format("the {} {} at word {} is the story's {}", w_[u.begin].text, w_[u.end].text,
                        u.begin, it->code));
      u.code = it->code;
      u.adjective = false;
      u.referred = true;
      if (unit_of_[u.end] >= 0) units_[static_cast<size_t>(unit_of_[u.end])].type = WordType::kNone;
      u.end += 1;
      break;
    }
  }
}

// acta: a possessive pronoun after AND and right before an actor of its own
// ("President Kagame and his Rwandan Patriotic Front") only determines it:
// the actor is named, and the compound goes on through it.
void SentenceParse::PossessivesAsDeterminers() {
  for (size_t k = 1; k + 1 < units_.size(); ++k) {
    Unit& u = units_[k];
    if (u.type != WordType::kPronoun || units_[k - 1].type != WordType::kConj) continue;
    const std::string& w = w_[u.begin].text;
    if (w != "HIS" && w != "HER" && w != "ITS" && w != "THEIR") continue;
    size_t j = k + 1;
    while (j < units_.size() && units_[j].type == WordType::kAdjective) ++j;
    if (j < units_.size() && units_[j].type == WordType::kActor && !units_[j].code.empty() &&
        !units_[j].code.starts_with("---"))
      u.type = WordType::kDeterm;
  }
}

void SentenceParse::BuildCompounds() {
  // Actor units in word order, with the unit index of each.
  std::vector<size_t> actor_units;
  for (size_t k = 0; k < units_.size(); ++k)
    if (units_[k].type == WordType::kActor) actor_units.push_back(k);
  size_t a = 0;
  while (a < actors_.size()) {
    Group g;
    g.begin = actors_[a].begin;
    g.end = actors_[a].end;
    g.members.push_back(static_cast<int>(a));
    std::vector<uint32_t> separators;
    size_t last_and_member = 0;  // members up to here end the compound
    std::vector<uint32_t> kept_separators;
    // Units inside an actor's span (an agent it took in) are part of it.
    auto after = [this](size_t unit) {
      size_t k = unit + 1;
      while (k < units_.size() && units_[k].begin < units_[unit].end) ++k;
      return k;
    };
    size_t k = after(actor_units[a]);
    size_t next = a + 1;
    while (k < units_.size() && next < actors_.size()) {
      // ", and" counts as one separator.
      const bool listed = std::any_of(separators.begin(), separators.end(),
                                      [this](uint32_t at) { return w_[at].text == ","; });
      if (listed && units_[k].type == WordType::kComma && k + 1 < units_.size() &&
          units_[k + 1].type == WordType::kConj && w_[units_[k + 1].begin].text == "AND") {
        separators.push_back(units_[k].begin);
        ++k;
      }
      const Unit& sep = units_[k];
      const bool is_and = sep.type == WordType::kConj &&
                          (w_[sep.begin].text == "AND" || w_[sep.begin].text == "NOR");
      if (!is_and && sep.type != WordType::kComma) break;
      size_t j = k + 1;
      uint32_t loose = 0;  // PETRARCH: words its noun phrase would hold ("the evil awful")
      while (j < units_.size() &&
             (units_[j].type == WordType::kDeterm || units_[j].type == WordType::kAdjective ||
              (petrarch_ && units_[j].type == WordType::kNone && ++loose <= 3 &&
               w_[units_[j].begin].text != "\"")))
        ++j;
      // An actor whose agent came first ("the government of Gondor") starts
      // where its agent does.
      if (j < units_.size() && j != actor_units[next] &&
          units_[actor_units[next]].begin == units_[j].begin)
        j = actor_units[next];
      if (j != actor_units[next]) break;
      separators.push_back(sep.begin);
      g.members.push_back(static_cast<int>(next));
      if (is_and) {
        last_and_member = g.members.size() - 1;
        kept_separators = separators;
      }
      k = after(j);
      ++next;
    }
    if (last_and_member > 0) {
      g.members.resize(last_and_member + 1);
      g.compound = true;
      g.end = actors_[static_cast<size_t>(g.members.back())].end;
      for (uint32_t s : kept_separators) joins_[s] = true;
      if (petrarch_) ShareAgent(g);
    } else {
      g.members.resize(1);
    }
    // Coded duplicates in a parsed compound count once.
    std::vector<int> unique;
    std::vector<std::string> seen;
    for (int m : g.members) {
      const auto& codes = actors_[static_cast<size_t>(m)].codes;
      std::string key = codes.empty() ? "" : codes[0];
      if (std::find(seen.begin(), seen.end(), key) != seen.end()) continue;
      seen.push_back(key);
      unique.push_back(m);
    }
    g.members = unique;
    group_at_[g.begin] = static_cast<int>(groups_.size());
    const uint32_t group_end = g.end;
    groups_.push_back(std::move(g));
    while (a < actors_.size() && actors_[a].begin < group_end) ++a;
  }
}

// "Fornost and Gondor legislators", "the ambassadors of Arnor, Osgiliath and
// Gondor": the agent written once applies to every member of the compound.
void SentenceParse::ShareAgent(const Group& g) {
  const ActorMention& last = actors_[static_cast<size_t>(g.members.back())];
  const ActorMention& first = actors_[static_cast<size_t>(g.members.front())];
  const ActorMention* from = last.shared_agent >= 0 && last.end > last.begin ? &last : nullptr;
  if (from == nullptr && first.shared_agent >= 0) from = &first;
  if (from == nullptr) return;
  const dict::AgentEntry& agent = d_.agents[static_cast<size_t>(from->shared_agent)];
  for (int m : g.members) {
    ActorMention& a = actors_[static_cast<size_t>(m)];
    if (a.has_agent || a.base_code.empty()) continue;
    a.codes = SplitCodes(ComposeAll(a.base_code, agent, from->shared_agent_former));
  }
}

void SentenceParse::MarkCompoundNouns() {
  for (size_t k = 1; k + 1 < units_.size(); ++k) {
    if (units_[k].type != WordType::kConj) continue;
    const WordType before = units_[k - 1].type;
    size_t j = k + 1;
    while (j < units_.size() && units_[j].type == WordType::kAdjective) ++j;
    const bool noun_after = j < units_.size() && units_[j].type == WordType::kNoun;
    // PETRARCH's parse also joins two plain words ("death and injury toll").
    const bool plain_pair =
        petrarch_ && before == WordType::kNone && units_[k + 1].type == WordType::kNone;
    if ((before == WordType::kNoun && noun_after) || plain_pair ||
        (before == WordType::kAdjective && units_[k + 1].type == WordType::kAdjective)) {
      joins_[units_[k].begin] = true;
    }
  }
}

void SentenceParse::ResolvePronouns() {
  if (groups_.empty()) return;
  int first_compound = -1;
  for (size_t g = 0; g < groups_.size(); ++g) {
    if (groups_[g].compound) {
      first_compound = static_cast<int>(g);
      break;
    }
  }
  for (Unit& u : units_) {
    if (u.type != WordType::kPronoun) continue;
    const std::string& w = w_[u.begin].text;
    int ref = -1;
    if (w == "HIM" && acta_ && story_ != nullptr) {
      continue;  // an object pronoun is not its clause's subject: see StoryPronouns
    } else if (w == "HE" || w == "SHE" || w == "IT" || w == "HIM") {
      ref = 0;
    } else if (w == "ITS" || w == "HIS" || w == "HER") {
      // The first actor of the sentence, provided it comes before the pronoun.
      if (groups_[0].end <= u.begin) ref = 0;
    } else {
      ref = first_compound >= 0 ? first_compound : 0;
    }
    if (ref < 0 || groups_[static_cast<size_t>(ref)].begin >= u.begin) continue;
    if (acta_ && (w == "ITS" || w == "HIS" || w == "HER" || w == "THEIR") &&
        OwnAgents(u, groups_[static_cast<size_t>(ref)]))
      continue;
    AddPronounGroup(u, groups_[static_cast<size_t>(ref)]);
    Trace(fmt::format("pronoun {} at word {} refers to the actor at word {}", w, u.begin,
                      groups_[static_cast<size_t>(ref)].begin));
  }
}

// The code of agent code `agent` ("---MIL") owned by actor code `owner`
// (IRN: IRNMIL); "their forces" after "the Iranian Army" is IRNMIL, not
// IRNMILMIL.
std::string OwnedCode(const std::string& owner, const std::string& agent) {
  const std::string role = agent.substr(3);
  const bool has_role = agent.starts_with("---") && owner.size() > role.size() &&
                        owner.ends_with(role) && (owner.size() - role.size()) % 3 == 0;
  return has_role                   ? owner
         : agent.starts_with("---") ? owner + role
                                    : agent.substr(0, agent.size() - 3) + owner;
}

// "its troops", "his government": an agent with no actor of its own after a
// possessive pronoun belongs to the pronoun's actor (Iraq ... its troops ->
// IRQMIL), and the pronoun becomes part of that actor's words.
bool SentenceParse::OwnAgents(const Unit& pronoun, const Group& owner) {
  uint32_t i = pronoun.end;
  while (i < w_.size() && unit_of_[i] >= 0 &&
         units_[static_cast<size_t>(unit_of_[i])].type == WordType::kAdjective)
    ++i;
  const int g = GroupStartingAt(i);
  if (g < 0 || owner.members.empty()) return false;
  Group& agents = groups_[static_cast<size_t>(g)];
  for (int m : agents.members)
    for (const std::string& c : actors_[static_cast<size_t>(m)].codes)
      if (!c.starts_with("---") && !c.ends_with("---")) return false;
  std::vector<int> members;
  for (int am : agents.members) {
    for (int om : owner.members) {
      ActorMention m = actors_[static_cast<size_t>(am)];
      std::vector<std::string> codes;
      for (const std::string& oc : actors_[static_cast<size_t>(om)].codes) {
        if (oc.starts_with("---")) continue;
        for (const std::string& ac : m.codes) codes.push_back(OwnedCode(oc, ac));
      }
      if (codes.empty()) return false;
      m.codes = std::move(codes);
      m.begin = pronoun.begin;
      m.entry = actors_[static_cast<size_t>(om)].entry;
      m.base_code = actors_[static_cast<size_t>(om)].base_code;
      m.referred = actors_[static_cast<size_t>(om)].referred;
      actors_.push_back(std::move(m));
      members.push_back(static_cast<int>(actors_.size() - 1));
    }
  }
  agents.members = std::move(members);
  agents.begin = pronoun.begin;
  group_at_[pronoun.begin] = g;
  Trace(fmt::format("pronoun {} at word {} owns the agents at word {}", w_[pronoun.begin].text,
                    pronoun.begin, i));
  return true;
}

// Measures a government takes at home: easing or imposing restrictions,
// curfews, bans and states of emergency, and political reform (CAMEO 081,
// 082, 083, 172, and the plans and threats of them: 034, 0351, 0352, 132).
// With no target named, their target is the source's own
// country ("Sudan lifted the state of emergency in West Darfur").
// The CAMEO code for a stated plan of the action `code` names: an intent
// to cooperate (03x) for cooperative and yielding actions, a threat (13x)
// for hostile ones; empty for codes that have none (statements, appeals,
// intents and threats themselves, disapproval, rejection, investigation).
std::string PlannedCode(std::string_view code) {
  struct Plan {
    std::string_view prefix, planned;
  };
  // Longest prefix first.
  static constexpr std::array<Plan, 43> kPlans = {{
      {"0831", "0341"}, {"0832", "0342"}, {"0833", "0343"}, {"0834", "0344"}, {"1721", "1321"},
      {"1722", "1322"}, {"1723", "1323"}, {"1724", "1324"}, {"1661", "136"},  {"1662", "136"},
      {"1663", "136"},  {"040", "036"},   {"042", "036"},   {"043", "036"},   {"044", "036"},
      {"045", "039"},   {"046", "036"},   {"057", "030"},   {"061", "0311"},  {"062", "0311"},
      {"063", "0313"},  {"064", "0314"},  {"071", "0331"},  {"072", "0332"},  {"073", "0333"},
      {"074", "0334"},  {"081", "0351"},  {"082", "0352"},  {"083", "034"},   {"084", "0353"},
      {"085", "0354"},  {"086", "0355"},  {"087", "0356"},  {"161", "1313"},  {"162", "1311"},
      {"163", "1312"},  {"164", "134"},   {"165", "135"},   {"166", "136"},   {"172", "132"},
      {"191", "1381"},  {"192", "1382"},  {"18", "1383"},
  }};
  static constexpr std::array<Plan, 9> kRoots = {{{"04", "036"},
                                                  {"05", "032"},
                                                  {"06", "031"},
                                                  {"07", "033"},
                                                  {"14", "133"},
                                                  {"16", "131"},
                                                  {"17", "137"},
                                                  {"19", "1384"},
                                                  {"20", "1385"}}};
  for (const Plan& p : kPlans)
    if (code.starts_with(p.prefix)) return std::string(p.planned);
  for (const Plan& p : kRoots)
    if (code.starts_with(p.prefix)) return std::string(p.planned);
  return "";
}

// Codes whose event is something said about another act: appeals,
// investigations, demands, disapproval, rejection and threats (02, 09, 10,
// 11, 12, 13). Their target may be the subject or object of the clause they
// govern ("demanded that Israel ease ...", "refused to meet King Abdullah").
bool IsSpeechActCode(std::string_view code) {
  for (std::string_view root : {"02", "09", "10", "11", "12", "13"})
    if (code.starts_with(root)) return true;
  return false;
}

bool IsDomesticCode(std::string_view code) {
  for (std::string_view family : {"081", "082", "083", "172", "132", "034", "0351", "0352"})
    if (code.starts_with(family)) return true;
  return false;
}

int SentenceParse::OwnCountryGroup(int g) {
  const Group& from = groups_[static_cast<size_t>(g)];
  if (from.members.empty()) return -1;
  const ActorMention& first = actors_[static_cast<size_t>(from.members[0])];
  if (first.codes.empty()) return -1;
  const std::string_view country = CountryOf(first.codes[0]);
  if (country.empty()) return -1;
  return CountryGroup(std::string(country), from.begin, from.end);
}

int SentenceParse::CountryGroup(std::string country, uint32_t begin, uint32_t end) {
  ActorMention m;
  m.codes = {std::move(country)};
  m.begin = begin;
  m.end = end;
  actors_.push_back(std::move(m));
  Group group;
  group.begin = begin;
  group.end = end;
  group.members = {static_cast<int>(actors_.size() - 1)};
  groups_.push_back(std::move(group));
  return static_cast<int>(groups_.size() - 1);
}

int SentenceParse::PlaceAfter(const Unit& verb, uint32_t end) {
  for (uint32_t i = verb.end; i < end && i < w_.size(); ++i) {
    const int u = unit_of_[i];
    if (u < 0 || !Visible(i)) continue;
    const Unit& place = units_[static_cast<size_t>(u)];
    if (!place.place || place.begin != i) continue;
    const std::string_view country = CountryOf(place.code);
    if (!country.empty()) return CountryGroup(std::string(country), place.begin, place.end);
  }
  return -1;
}

bool SentenceParse::AgentsOnly(int g) const {
  const std::vector<int>& members = groups_[static_cast<size_t>(g)].members;
  return std::all_of(members.begin(), members.end(),
                     [this](int m) { return AgentOnly(actors_[static_cast<size_t>(m)]); });
}

void SentenceParse::AddPronounGroup(const Unit& u, Group g) {
  g.begin = u.begin;
  g.end = u.end;
  group_at_[u.begin] = static_cast<int>(groups_.size());
  groups_.push_back(std::move(g));
}

const StoryEntity* SentenceParse::EarlierInStory(
    const std::function<bool(const StoryEntity&)>& fits) const {
  if (story_ == nullptr) return nullptr;
  for (auto it = story_->entities.rbegin(); it != story_->entities.rend(); ++it) {
    if (it->sentence >= story_->sentence) continue;
    if (story_->sentence - it->sentence > 2) break;
    if (fits(*it)) return &*it;
  }
  return nullptr;
}

void SentenceParse::StoryPronouns() {
  for (const Unit& u : units_) {
    if (u.type != WordType::kPronoun || group_at_[u.begin] >= 0) continue;
    const std::string& w = w_[u.begin].text;
    const bool person = w == "HE" || w == "SHE" || w == "HIM" || w == "HIS" || w == "HER";
    const bool owner = w == "ITS" || w == "THEIR";
    if (!person && !owner) continue;
    const StoryEntity* e =
        EarlierInStory([person](const StoryEntity& x) { return x.person == person; });
    if (e == nullptr) continue;
    ActorMention m;
    m.begin = u.begin;
    m.end = u.end;
    // "its troops" after "Tehran said": the country's troops, IRNMIL.
    const std::string_view country = CountryOf(e->code);
    m.codes = owner && !country.empty() ? std::vector<std::string>{std::string(country)}
                                        : SplitCodes(e->code);
    m.referred = true;
    actors_.push_back(std::move(m));
    Group g;
    g.members = {static_cast<int>(actors_.size() - 1)};
    // A possessive names the story's actor only as the owner of agents
    // ("his ministers", "its troops"); alone it is no actor ("his
    // popularity").
    const bool possessive = owner || w == "HIS" || w == "HER";
    if (possessive ? OwnAgents(u, g) : (AddPronounGroup(u, std::move(g)), true))
      Trace(fmt::format("pronoun {} at word {} refers to the story's {}", w, u.begin, e->code));
  }
}

void SentenceParse::StoryAgents(bool people) {
  for (ActorMention& m : actors_) {
    // "Its forces later shelled Iraqi positions": with no actor before the
    // possessive in the sentence, the owner is the story's.
    if (people && AgentOnly(m) && m.begin > 0) {
      const std::string& p = w_[m.begin - 1].text;
      const bool person = p == "HIS" || p == "HER";
      const bool any_before = std::any_of(actors_.begin(), actors_.end(), [&m](const auto& a) {
        return a.end < m.begin && !AgentOnly(a);
      });
      if ((person || p == "ITS" || p == "THEIR") && !any_before) {
        const StoryEntity* e =
            EarlierInStory([person](const StoryEntity& x) { return x.person == person; });
        if (e != nullptr) {
          const std::string_view country = CountryOf(e->code);
          const std::string owner = !person && !country.empty() ? std::string(country) : e->code;
          for (std::string& c : m.codes) c = OwnedCode(owner, c);
          m.referred = true;
          Trace(fmt::format("{} at word {} is the story's {}", p, m.begin - 1, e->code));
          continue;
        }
      }
    }
    if (!AgentOnly(m) || m.codes.size() != 1 || m.codes[0].size() != 6 || m.begin == 0 ||
        w_[m.begin - 1].text != "THE")
      continue;
    const std::string_view role = std::string_view(m.codes[0]).substr(3);
    const StoryEntity* e = EarlierInStory([role, people](const StoryEntity& x) {
      return (x.person || !people) && x.code.size() >= 6 &&
             std::string_view(x.code).substr(3, 3) == role;
    });
    if (e == nullptr) continue;
    Trace(fmt::format("the {} at word {} is the story's {}", w_[m.begin].text, m.begin, e->code));
    m.codes = {e->code};
    m.referred = true;
  }
}

void SentenceParse::ForwardPronouns() {
  if (previous_actor_.empty()) return;
  int forwarded = -1;
  for (const Unit& u : units_) {
    if (u.type != WordType::kPronoun || group_at_[u.begin] >= 0) continue;
    if (forwarded < 0) {
      ActorMention m;
      m.codes = SplitCodes(previous_actor_);
      actors_.push_back(std::move(m));
      forwarded = static_cast<int>(actors_.size() - 1);
    }
    Group g;
    g.members = {forwarded};
    AddPronounGroup(u, std::move(g));
    Trace(fmt::format("pronoun {} at word {} refers to the previous sentence's {}",
                      w_[u.begin].text, u.begin, previous_actor_));
  }
}

// Verbs of saying, which code nothing themselves in acta's dictionaries but
// end a reporting clause: what follows has its own subject.
bool IsReportingWord(std::string_view w) {
  static constexpr std::array<std::string_view, 20> kWords = {
      "SAID",   "SAYS",      "SAY",      "SAYING", "TOLD",      "TELLS",   "ADDED",
      "ADDS",   "REPORTED",  "REPORTS",  "STATED", "ANNOUNCED", "CLAIMED", "DECLARED",
      "QUOTED", "CONFIRMED", "INSISTED", "WROTE",  "EXPLAINED", "NOTED"};
  return std::find(kWords.begin(), kWords.end(), w) != kWords.end();
}

// acta: "Kenzo Oshima, the United Nations relief coordinator, demanded ...":
// a name the dictionaries do not know, then an aside naming an actor, then
// the verb. The aside is the subject; the name and the commas go.
bool SentenceParse::NameAside(const std::vector<uint32_t>& commas) {
  constexpr uint32_t kNameMax = 4;
  if (commas.size() < 2 || commas[0] == 0 || commas[0] > kNameMax || cw_.all_caps) return false;
  for (uint32_t i = 0; i < commas[0]; ++i) {
    const int u = unit_of_[i];
    if (!w_[i].capitalized || (u >= 0 && units_[static_cast<size_t>(u)].type != WordType::kNoun &&
                               units_[static_cast<size_t>(u)].type != WordType::kNone))
      return false;
  }
  bool actor = false;
  for (uint32_t i = commas[0] + 1; i < commas[1] && !actor; ++i)
    actor =
        unit_of_[i] >= 0 && (units_[static_cast<size_t>(unit_of_[i])].type == WordType::kActor ||
                             units_[static_cast<size_t>(unit_of_[i])].type == WordType::kAgent);
  uint32_t v = commas[1] + 1;
  while (v < w_.size() && IsVerbHelper(w_[v].text)) ++v;
  const bool verb = v < w_.size() && unit_of_[v] >= 0 &&
                    units_[static_cast<size_t>(unit_of_[v])].type == WordType::kVerb;
  if (!actor || !verb) return false;
  for (uint32_t i = 0; i <= commas[0]; ++i) removed_[i] = true;
  removed_[commas[1]] = true;
  Trace(fmt::format("name at words 0..{} is the aside's actor", commas[0] - 1));
  return true;
}

void SentenceParse::DropCommaClauses() {
  if (options_.comma_max == 0 && options_.comma_end_max == 0) return;
  std::vector<uint32_t> commas;
  for (const Unit& u : units_)
    if (u.type == WordType::kComma && !joins_[u.begin]) commas.push_back(u.begin);
  const auto n = static_cast<uint32_t>(w_.size());
  if (acta_ && NameAside(commas)) commas.erase(commas.begin(), commas.begin() + 2);
  if (!commas.empty() && commas[0] > options_.comma_begin_min &&
      commas[0] <= options_.comma_begin_max) {
    for (uint32_t i = 0; i <= commas[0]; ++i) removed_[i] = true;
    ++dropped_clauses_;
    Trace(fmt::format("comma-delimited opening clause dropped: words 0..{}", commas[0]));
  }
  if (petrarch_ && !commas.empty()) {
    // PETRARCH parses a closing ", the agency said" as a sentence of its own:
    // it is coded separately rather than dropped.
    const uint32_t last = commas.back();
    const uint32_t words = n - last - 1;
    // Only when the main clause, with a verb of its own, comes before it.
    const bool verb_before = std::any_of(units_.begin(), units_.end(), [last](const Unit& u) {
      return u.type == WordType::kVerb && u.begin < last;
    });
    // PETRARCH's parse makes it a sentence whatever comma_emax says; a dozen
    // words is what an attribution clause takes.
    constexpr uint32_t kClosingClauseMax = 12;
    if (verb_before && words > options_.comma_end_min && words <= kClosingClauseMax) {
      independent_from_ = last;
      commas.pop_back();
      Trace(fmt::format("closing comma clause coded on its own: words {}..{}", last, n));
    }
  }
  size_t c = 0;
  while (c < commas.size()) {
    const uint32_t from = commas[c];
    const bool has_next = c + 1 < commas.size();
    const bool before_independent = !has_next && independent_from_ != UINT32_MAX;
    const uint32_t to = has_next ? commas[c + 1] : before_independent ? independent_from_ : n;
    const uint32_t words = to - from - 1;
    uint32_t lo = has_next || before_independent ? options_.comma_min : options_.comma_end_min;
    const uint32_t hi =
        has_next || before_independent ? options_.comma_max : options_.comma_end_max;
    bool keep = false;
    if (acta_) {
      // acta's own dictionaries: a short aside (", received here,") goes too,
      // but never a clause that reports ("..., said Iranian forces smashed"),
      // nor the main clause after an opening phrase ("On Monday, troops
      // attacked ...": no verb before the comma).
      lo = 0;
      for (uint32_t i = from + 1; i < to && !keep; ++i) keep = IsReportingWord(w_[i].text);
      if (!has_next && !before_independent) {
        keep = keep || std::none_of(units_.begin(), units_.end(), [&](const Unit& u) {
                 return u.type == WordType::kVerb && u.begin < from && !removed_[u.begin];
               });
      }
    }
    if (!keep && words > lo && words <= hi) {
      for (uint32_t i = from; i < to || (has_next && i == to); ++i) removed_[i] = true;
      ++dropped_clauses_;
      Trace(fmt::format("comma-delimited clause dropped: words {}..{}", from, to));
      c += has_next ? 2 : 1;  // the closing comma is used up with its clause
      continue;
    }
    ++c;
  }
}

void SentenceParse::SplitClauses() {
  const auto n = static_cast<uint32_t>(w_.size());
  uint32_t start = 0;
  for (const Unit& u : units_) {
    if (u.begin == independent_from_) {
      clauses_.emplace_back(start, u.begin);
      start = u.end;
      continue;
    }
    if (u.type == WordType::kConj && !joins_[u.begin] && !removed_[u.begin]) {
      clauses_.emplace_back(start, u.begin);
      start = u.end;
    }
  }
  clauses_.emplace_back(start, n);
}

int SentenceParse::GroupStartingAt(uint32_t i) const {
  return i < group_at_.size() ? group_at_[i] : -1;
}

int SentenceParse::FirstGroupIn(uint32_t begin, uint32_t end) const {
  for (uint32_t i = begin; i < end; ++i) {
    if (!Visible(i)) continue;
    int g = GroupStartingAt(i);
    if (g >= 0) return g;
  }
  return -1;
}

// Does element `e` (a word, synset or alternative set) match at word i? Sets *end.
bool SentenceParse::ElementAt(const dict::PhraseWord& e, uint32_t i, uint32_t limit, uint32_t* end,
                              uint32_t* chars) const {
  if (w_[i].text == ",") return false;
  return dict_.MatchElement(e, w_, i, limit, Endings::kNone, end, chars);
}

bool IsActorToken(Kind k) {
  return k == Kind::kSource || k == Kind::kTarget || k == Kind::kBoth || k == Kind::kSkipActor;
}

// `petrarch_side`: PETRARCH reads '%' as the compound on its side of the
// verb (the source before it, the target after it); TABARI as both.
enum class CompoundSide { kBoth, kSource, kTarget };

void Assign(const dict::PhraseWord& e, int group, PatternResult* r, CompoundSide side) {
  if (e.kind == Kind::kSource && !r->source) r->source = group;
  if (e.kind == Kind::kTarget && !r->target) r->target = group;
  if (e.kind == Kind::kBoth && side == CompoundSide::kTarget) {
    if (!r->target) r->target = group;
  } else if (e.kind == Kind::kBoth && side == CompoundSide::kSource) {
    if (!r->source) r->source = group;
  } else if (e.kind == Kind::kBoth) {
    r->both = true;
    r->both_group = group;
  }
}

// Matches p[from..] left to right starting at word `pos`.
bool SentenceParse::MatchRight(const dict::Phrase& p, size_t from, uint32_t pos, uint32_t ce,
                               PatternResult* r) const {
  bool adjacent = from > 0 && p[from - 1].adjacent_next;
  for (size_t k = from; k < p.size(); ++k) {
    const dict::PhraseWord& e = p[k];
    bool found = false;
    uint32_t i = pos;
    while (i < ce && !found) {
      if (!Visible(i)) {
        ++i;
        continue;
      }
      if (w_[i].text == ",") break;
      if (IsActorToken(e.kind)) {
        uint32_t j = i;
        while (j < ce && unit_of_[j] >= 0 &&
               (units_[static_cast<size_t>(unit_of_[j])].type == WordType::kDeterm ||
                units_[static_cast<size_t>(unit_of_[j])].type == WordType::kAdjective))
          ++j;
        int g = GroupStartingAt(j);
        if (g >= 0 && (e.kind != Kind::kBoth || groups_[static_cast<size_t>(g)].compound)) {
          Assign(e, g, r, petrarch_ ? CompoundSide::kTarget : CompoundSide::kBoth);
          pos = groups_[static_cast<size_t>(g)].end;
          found = true;
          break;
        }
      } else {
        uint32_t end = 0, chars = 0;
        if (ElementAt(e, i, ce, &end, &chars)) {
          pos = end;
          r->chars += chars;
          found = true;
          break;
        }
      }
      if (adjacent) break;
      ++i;
    }
    if (!found) return false;
    adjacent = e.adjacent_next;
  }
  return true;
}

// Matches p[k..to) left to right between word `pos` and the verb at `verb`,
// trying each place an element can go in reading order (TABARI assigns the
// first actor it meets), backtracking when a later element fails.
bool SentenceParse::MatchLeft(const dict::Phrase& p, size_t k, size_t to, uint32_t pos,
                              uint32_t verb, bool adjacent, PatternResult* r) const {
  if (k == to) {
    if (!adjacent) return true;
    while (pos < verb && !Visible(pos)) ++pos;
    return pos == verb;
  }
  const dict::PhraseWord& e = p[k];
  // Places to try: the next word when joined, else nearest the verb first
  // (TABARI assigns the actor closest to what follows it), never across a comma.
  std::vector<uint32_t> places;
  if (adjacent) {
    while (pos < verb && !Visible(pos)) ++pos;
    if (pos < verb) places.push_back(pos);
  } else {
    for (uint32_t i = verb; i-- > pos;) {
      if (!Visible(i)) continue;
      if (w_[i].text == ",") break;
      places.push_back(i);
    }
  }
  for (uint32_t i : places) {
    if (w_[i].text == ",") continue;
    uint32_t end = 0, chars = 0;
    PatternResult trial = *r;
    bool here = false;
    if (IsActorToken(e.kind)) {
      uint32_t j = i;
      while (j < verb && unit_of_[j] >= 0 &&
             (units_[static_cast<size_t>(unit_of_[j])].type == WordType::kDeterm ||
              units_[static_cast<size_t>(unit_of_[j])].type == WordType::kAdjective))
        ++j;
      const int g = GroupStartingAt(j);
      if (g >= 0 && (e.kind != Kind::kBoth || groups_[static_cast<size_t>(g)].compound)) {
        Assign(e, g, &trial, petrarch_ ? CompoundSide::kSource : CompoundSide::kBoth);
        end = groups_[static_cast<size_t>(g)].end;
        here = end <= verb;
      }
    } else {
      here = ElementAt(e, i, verb, &end, &chars);
    }
    trial.chars += chars;
    if (here && MatchLeft(p, k + 1, to, end, verb, e.adjacent_next, &trial)) {
      *r = trial;
      return true;
    }
  }
  return false;
}

const WordFilter& SentenceParse::SentenceFilter() const {
  if (!filter_ready_) {
    for (const CoderWord& w : w_) filter_.AddTextWord(w.text);
    filter_ready_ = true;
  }
  return filter_;
}

bool SentenceParse::MayMatch(const dict::Phrase& p) const {
  if (sorted_words_.empty()) {
    for (const CoderWord& w : w_) sorted_words_.push_back(w.text);
    std::sort(sorted_words_.begin(), sorted_words_.end());
  }
  // Every literal word of the pattern must begin some word of the sentence.
  for (const dict::PhraseWord& pw : p) {
    if (pw.kind != Kind::kWord || pw.text.empty()) continue;
    auto it =
        std::lower_bound(sorted_words_.begin(), sorted_words_.end(), std::string_view(pw.text));
    if (it == sorted_words_.end() || !it->starts_with(pw.text)) return false;
  }
  return true;
}

bool SentenceParse::MatchPattern(const dict::Phrase& p, const Unit& verb, uint32_t cb, uint32_t ce,
                                 PatternResult* r) const {
  if (!MayMatch(p)) return false;
  size_t star = p.size();
  for (size_t k = 0; k < p.size(); ++k)
    if (p[k].kind == Kind::kVerb) star = k;
  if (star == p.size()) return false;
  *r = PatternResult{};
  return MatchRight(p, star + 1, verb.end, ce, r) &&
         MatchLeft(p, 0, star, cb, verb.begin, false, r);
}

// Whether `code` (country + roles) names people of the country rather than
// an office or a firm: opposition, rebels, radicals, civilians, workers,
// refugees.
bool PeopleRole(std::string_view code) {
  if (code.size() < 6) return false;
  static constexpr std::array<std::string_view, 6> kPeople = {"OPP", "REB", "RAD",
                                                              "CVL", "LAB", "REF"};
  return std::find(kPeople.begin(), kPeople.end(), code.substr(3, 3)) != kPeople.end();
}

void SentenceParse::EmitPair(const std::string& code, int source_actor, int target_actor,
                             const Group& where, const Unit& verb, int pattern,
                             std::vector<CodedEvent>* events) const {
  const ActorMention& sa = actors_[static_cast<size_t>(source_actor)];
  const ActorMention& ta = actors_[static_cast<size_t>(target_actor)];
  for (const std::string& sc : sa.codes) {
    for (const std::string& tc : ta.codes) {
      // The same code on both sides is an event only between two entities
      // of acta's own dictionaries (Tony Blair backing Gordon Brown, both
      // GBRGOV), never an actor with itself.
      // An agent given the sentence's country is someone else than the
      // entity on the other side ("Mr Blair praised his chancellor").
      const bool two_entities =
          acta_ && ((sa.entry >= 0 && ta.entry >= 0 && sa.entry != ta.entry) ||
                    (sa.inherited && ta.entry >= 0) || (ta.inherited && sa.entry >= 0));
      if (sc == tc && !two_entities) {
        Trace(fmt::format("{} with itself: not coded", sc));
        continue;
      }
      // An agent that took its country from the other side is a domestic
      // event only between two roles ("Rwandan rebels" -> "the president"),
      // never an office or a firm with its own country ("the president
      // accused Britain" is as often another country's president); people
      // of the country may be ("Nigerians protested against the radicals").
      if ((sa.inherited && tc.size() == 3 && !PeopleRole(sc)) ||
          (ta.inherited && sc.size() == 3 && !PeopleRole(tc))) {
        Trace(fmt::format("{} and {}: a role with its own country, not coded", sc, tc));
        continue;
      }
      if (!options_.code_unknown_actors && (sc.starts_with("---") || tc.starts_with("---"))) {
        Trace(fmt::format("{} and {}: an actor with no country, not coded", sc, tc));
        continue;
      }
      const bool seen = std::any_of(events->begin(), events->end(), [&](const CodedEvent& x) {
        return x.source == sc && x.target == tc && x.code == code;
      });
      if (seen) continue;  // the same event once per verb
      CodedEvent e;
      e.source = sc;
      e.target = tc;
      e.code = code;
      e.source_begin = sa.begin == sa.end ? where.begin : sa.begin;
      e.source_end = sa.begin == sa.end ? where.end : sa.end;
      e.target_begin = ta.begin == ta.end ? where.begin : ta.begin;
      e.target_end = ta.begin == ta.end ? where.end : ta.end;
      e.verb_begin = verb.begin;
      e.verb_end = verb.end;
      e.verb_entry = verb.entry;
      e.pattern_entry =
          pattern >= 0 ? static_cast<int>(dict_.PatternEntry(static_cast<uint32_t>(verb.entry)))
                       : -1;
      e.pattern = pattern;
      e.source_actor = sa.entry;
      e.target_actor = ta.entry;
      e.referred = sa.referred || ta.referred;
      events->push_back(std::move(e));
    }
  }
}

void SentenceParse::Emit(const std::string& code, int source_group, int target_group,
                         const Unit& verb, int pattern, std::vector<CodedEvent>* events) const {
  const Group& s = groups_[static_cast<size_t>(source_group)];
  const Group& t = groups_[static_cast<size_t>(target_group)];
  for (int sm : s.members)
    for (int tm : t.members) EmitPair(code, sm, tm, s, verb, pattern, events);
}

// Codes verb `verb`; returns true when it produced events (or a null/discard
// decision that ends the search). *verb_class: 0 normal, 1 subordinate, 2 dominant.
bool SentenceParse::CodeVerb(const Unit& verb, uint32_t cb, uint32_t ce, uint32_t clause_end,
                             int source_group, std::vector<CodedEvent>* events, int* verb_class,
                             std::string* settled) {
  const dict::VerbEntry& v = d_.verbs[static_cast<size_t>(verb.entry)];
  const dict::VerbEntry& pv = d_.verbs[dict_.PatternEntry(static_cast<uint32_t>(verb.entry))];
  std::string code = v.code;
  int pattern = -1;
  PatternResult r;
  // Longest pattern first; a match whose alternatives matched fewer letters
  // than the pattern's nominal length lets longer patterns try first.
  const std::vector<uint32_t>& order = dict_.PatternOrder(static_cast<uint32_t>(verb.entry));
  const std::vector<WordFilter>& needs = dict_.PatternFilters(static_cast<uint32_t>(verb.entry));
  const WordFilter& has = SentenceFilter();
  for (size_t n = 0; n < order.size(); ++n) {
    if (has.Lacks(needs[n])) continue;
    const uint32_t k = order[n];
    PatternResult attempt;
    if (!MatchPattern(pv.patterns[k].phrase, verb, cb, ce, &attempt)) continue;
    pattern = static_cast<int>(k);
    r = attempt;
    for (size_t m = n + 1; m < order.size(); ++m) {
      const uint32_t k2 = order[m];
      if (PatternLength(pv.patterns[k2].phrase) <= attempt.chars) break;
      PatternResult longer;
      if (MatchPattern(pv.patterns[k2].phrase, verb, cb, ce, &longer) &&
          longer.chars > attempt.chars) {
        pattern = static_cast<int>(k2);
        r = longer;
        break;
      }
    }
    code = pv.patterns[static_cast<size_t>(pattern)].code;
    Trace(fmt::format("verb {} pattern \"{}\" [{}]", v.root_text,
                      pv.patterns[static_cast<size_t>(pattern)].text, code));
    break;
  }
  if (pattern < 0) Trace(fmt::format("verb {} root code [{}]", v.root_text, code));
  if (code.empty() || code == "---") return false;
  if (code == "###") {
    out_->discarded = true;
    return true;
  }
  if (code == "+++") {
    out_->complex = true;
    return true;
  }
  *verb_class = 0;
  if (code.back() == '?') {
    *verb_class = 1;
    code.pop_back();
  } else if (code.back() == '!') {
    *verb_class = 2;
    code.pop_back();
  } else if (petrarch_ && code == "010") {
    // PETRARCH reads "X said Y attacked Z" through the parse to the embedded
    // event; without a parse, a plain statement (010) yields to any other
    // event of the clause, as TABARI's subordinate codes do.
    *verb_class = 1;
  }
  *settled = code;
  CodedEvent::Modality modality = CodedEvent::Modality::kOccurred;
  std::string claimed_by;
  if (acta_) {
    const bool plan = PlanBefore(verb, cb), condition = ConditionAfter(verb, clause_end);
    if (plan || condition) {
      modality = plan ? CodedEvent::Modality::kPlanned : CodedEvent::Modality::kConditional;
    } else if (const int claimant = ReporterBefore(verb); claimant >= 0) {
      modality = CodedEvent::Modality::kClaimed;
      const Group& g = groups_[static_cast<size_t>(claimant)];
      if (!g.members.empty() && !actors_[static_cast<size_t>(g.members[0])].codes.empty())
        claimed_by = actors_[static_cast<size_t>(g.members[0])].codes[0];
    }
  }
  if (acta_ && code.find(':') == std::string::npos) {
    // "will withdraw its peacekeepers unless ...", "plans to impose
    // restrictions": a stated plan is an intent (03) or, for a hostile
    // step, a threat (13), as the coding conventions ask.
    if (const std::string planned = PlannedCode(code);
        !planned.empty() && modality != CodedEvent::Modality::kOccurred &&
        modality != CodedEvent::Modality::kClaimed) {
      Trace(fmt::format("verb at word {} is a stated plan: {} becomes {}", verb.begin, code,
                        planned));
      code = planned;
    }
  }
  // Source and target.
  int src = r.source.value_or(-1);
  int tgt = r.target.value_or(-1);
  const bool designated = r.source || r.target || r.both;
  if (r.both) {
    src = tgt = r.both_group;
  } else {
    if (!designated) {
      // Passive voice: WAS / WERE / BEEN one or two words before, BY right after.
      bool aux = false;
      for (uint32_t back = 1; back <= 2 && back <= verb.begin; ++back) {
        const int u = unit_of_[verb.begin - back];
        if (u >= 0 && units_[static_cast<size_t>(u)].type == WordType::kAux) aux = true;
      }
      uint32_t by_at = verb.end;
      auto is_by = [this](uint32_t i) {
        return i < w_.size() && unit_of_[i] >= 0 &&
               units_[static_cast<size_t>(unit_of_[i])].type == WordType::kBy;
      };
      if (!is_by(by_at) && is_by(by_at + 1)) ++by_at;  // "was opposed earlier by"
      const bool by = is_by(by_at);
      if (aux && by) {
        const int agent = FirstGroupIn(by_at + 1, ce);
        if (agent >= 0 && source_group >= 0) {
          Trace("passive voice: source and target reversed");
          src = agent;
          tgt = source_group;
        }
      }
    }
    if (src < 0) {
      src = source_group;
      // acta's own dictionaries: a verb's subject comes before it ("This
      // meeting is scheduled, following a UN resolution" names no one who
      // meets); the passive's agent above is the exception.
      if (acta_ && !designated && src >= 0 && groups_[static_cast<size_t>(src)].begin > verb.begin)
        src = -1;
    }
    if (r.target && src == tgt) {
      // The pattern took the sentence's first actor as target: the source is
      // the first other actor of the clause.
      src = -1;
      for (uint32_t i = cb; i < ce && src < 0; ++i) {
        const int g = Visible(i) ? GroupStartingAt(i) : -1;
        if (g >= 0 && g != tgt) src = g;
      }
    }
    if (acta_ && tgt >= 0 && src >= 0 && tgt != src &&
        groups_[static_cast<size_t>(tgt)].members == groups_[static_cast<size_t>(src)].members) {
      // "insisted on its demands that Burundi's government ...", "continued
      // their hunger strike to demand ...": the source's own possessive is
      // not its target; the target is further on.
      const std::string& w = w_[groups_[static_cast<size_t>(tgt)].begin].text;
      if (w == "ITS" || w == "HIS" || w == "HER" || w == "THEIR") {
        Trace(fmt::format("{} at word {} is the source's own: the target is further on", w,
                          groups_[static_cast<size_t>(tgt)].begin));
        tgt = -1;
      }
    }
    if (!designated && default_source_ >= 0 &&
        (src < 0 || (options_.default_source_prior &&
                     groups_[static_cast<size_t>(src)].begin >= verb.begin))) {
      src = default_source_;
    }
    if (tgt < 0 && src >= 0) {
      std::vector<std::string> source_codes;
      for (int m : groups_[static_cast<size_t>(src)].members)
        for (const std::string& c : actors_[static_cast<size_t>(m)].codes)
          source_codes.push_back(c);
      auto distinct = [&](int g) {
        // acta: an agent with no country ("troops") is not a target to code,
        // nor is the source's own possessive ("their hunger strike").
        if (acta_ && !options_.code_unknown_actors && AgentsOnly(g)) return false;
        if (acta_ &&
            groups_[static_cast<size_t>(g)].members == groups_[static_cast<size_t>(src)].members)
          return false;
        for (int m : groups_[static_cast<size_t>(g)].members) {
          if (acta_ && (OtherEntity(m, src) || actors_[static_cast<size_t>(m)].inherited))
            return true;
          for (const std::string& c : actors_[static_cast<size_t>(m)].codes)
            if (std::find(source_codes.begin(), source_codes.end(), c) == source_codes.end())
              return true;
        }
        return false;
      };
      const bool speech_act = acta_ && IsSpeechActCode(code);
      uint32_t target_end = speech_act ? clause_end : ce;
      if (speech_act && !options_.code_unknown_actors) {
        // What an accusation or demand is about may name others: when its
        // object is an actor acta does not know ("accused the rebels of
        // striking Iraq"), it has no target.
        uint32_t object = verb.end;
        while (object < w_.size() && unit_of_[object] >= 0 &&
               units_[static_cast<size_t>(unit_of_[object])].type == WordType::kDeterm)
          ++object;
        const int g = object < w_.size() ? GroupStartingAt(object) : -1;
        if (g >= 0 && g != src && AgentsOnly(g)) target_end = verb.end;
      }
      for (uint32_t i = verb.end; i < target_end && tgt < 0; ++i) {
        if (!Visible(i)) continue;
        int g = GroupStartingAt(i);
        if (g >= 0 && g != src && distinct(g)) tgt = g;
      }
      for (uint32_t i = verb.begin; i-- > cb && tgt < 0;) {
        if (!Visible(i)) continue;
        // acta: whoever speaks before a reporting verb ("Baker said Reagan
        // will meet the press") reports the event; it is not its target.
        if (acta_ && IsReportingWord(w_[i].text)) break;
        int g = GroupStartingAt(i);
        if (g >= 0 && g != src && distinct(g)) tgt = g;
      }
    }
  }
  if (!designated && default_source_ >= 0 &&
      (src < 0 ||
       (options_.default_source_prior && groups_[static_cast<size_t>(src)].begin >= verb.begin))) {
    src = default_source_;
  }
  if (!designated && default_target_ >= 0 &&
      (tgt < 0 ||
       (options_.default_target_after && groups_[static_cast<size_t>(tgt)].begin < verb.end))) {
    tgt = default_target_;
  }
  Trace(fmt::format("source: group at word {}, target: group at word {}",
                    src >= 0 ? static_cast<int>(groups_[static_cast<size_t>(src)].begin) : -1,
                    tgt >= 0 ? static_cast<int>(groups_[static_cast<size_t>(tgt)].begin) : -1));
  if ((petrarch_ || acta_) && tgt < 0 && src >= 0 && groups_[static_cast<size_t>(src)].compound) {
    // A compound subject with no object codes its members with each other
    // ("Gondor and Osgiliath have renewed diplomatic ties"), as PETRARCH
    // does and the coding conventions ask.
    r.both = true;
    r.both_group = src;
    tgt = src;
  }
  if (acta_ && tgt < 0 && src >= 0 && !IsSpeechActCode(code) && !code.starts_with("01") &&
      !code.starts_with("04") && !code.starts_with("036")) {
    // "fired shells at targets in Jericho", "suspended aid deliveries in
    // Baghdad": with no other target, the place an act is aimed at or
    // happens in stands for its country; not for statements and meetings
    // (or plans to meet), which are held in places, not with them.
    tgt = PlaceAfter(verb, clause_end);
    if (tgt >= 0) Trace("no target named: the place after the verb stands for its country");
  }
  if (acta_ && tgt < 0 && src >= 0 && IsDomesticCode(code)) {
    tgt = OwnCountryGroup(src);
    if (tgt >= 0)
      Trace("a domestic measure with no target: the source's own country is its target");
  }
  if (!options_.require_dyad && (src >= 0 || tgt >= 0)) {
    if (src < 0) src = NullGroup();
    if (tgt < 0) tgt = NullGroup();
  }
  if (src < 0 || tgt < 0) {
    Trace("no source or no target: not coded");
    return false;
  }
  const size_t colon = code.find(':');
  const size_t before = events->size();
  if (r.both && colon != std::string::npos) {
    // A compound with a paired code: every ordered pair (a, b) codes a->b
    // with the first code and b->a with the second.
    const Group& g = groups_[static_cast<size_t>(src)];
    for (size_t a = 0; a < g.members.size(); ++a) {
      for (size_t b = 0; b < g.members.size(); ++b) {
        if (a == b) continue;
        EmitPair(code.substr(0, colon), g.members[a], g.members[b], g, verb, pattern, events);
        EmitPair(code.substr(colon + 1), g.members[b], g.members[a], g, verb, pattern, events);
      }
    }
  } else if (r.both) {
    // A compound coded both ways: every ordered pair of its members.
    Emit(code.substr(0, colon), src, tgt, verb, pattern, events);
  } else if (colon == std::string::npos) {
    Emit(code, src, tgt, verb, pattern, events);
  } else {
    Emit(code.substr(0, colon), src, tgt, verb, pattern, events);
    Emit(code.substr(colon + 1), tgt, src, verb, pattern, events);
  }
  for (size_t k = before; k < events->size(); ++k) {
    (*events)[k].modality = modality;
    (*events)[k].claimed_by = claimed_by;
  }
  return events->size() > before;
}

// acta: the actor that reports the clause of `verb` ("Iraq said its forces
// sank ...", "Iran claimed that ..."): the group right before a reporting
// word that comes before the verb in its sentence, or -1.
int SentenceParse::ReporterBefore(const Unit& verb) const {
  for (uint32_t r = verb.begin; r-- > 0;) {
    if (!IsReportingWord(w_[r].text)) continue;
    uint32_t end = r;
    while (end > 0 && IsVerbHelper(w_[end - 1].text)) --end;
    for (size_t g = 0; g < groups_.size(); ++g)
      if (groups_[g].end == end && groups_[g].begin < end) return static_cast<int>(g);
    return -1;
  }
  return -1;
}

// Words between a subject and its verb that do not end the subject: helpers
// and a few adverbs ("its troops had repelled", "Iran has already called").
bool IsVerbHelper(std::string_view w) {
  static constexpr std::array<std::string_view, 28> kHelpers = {
      "HAD", "HAS",  "HAVE",    "WILL", "WOULD", "WAS",   "WERE",       "IS",    "ARE",   "BEEN",
      "BE",  "ALSO", "ALREADY", "NOT",  "N'T",   "COULD", "MAY",        "MIGHT", "SHALL", "SHOULD",
      "CAN", "DID",  "DOES",    "DO",   "JUST",  "STILL", "REPORTEDLY", "MUST"};
  return std::find(kHelpers.begin(), kHelpers.end(), w) != kHelpers.end();
}

// Whether the verb at `verb` is negated: NOT, N'T or NEVER within the three
// words before it, or NO within the four ("did not attack", "has never
// visited", "no plans for a meeting").
bool SentenceParse::OtherEntity(int mention, int group) const {
  const int entry = actors_[static_cast<size_t>(mention)].entry;
  if (entry < 0 || group < 0) return false;
  for (int m : groups_[static_cast<size_t>(group)].members)
    if (actors_[static_cast<size_t>(m)].entry < 0 || actors_[static_cast<size_t>(m)].entry == entry)
      return false;
  return true;
}

bool SentenceParse::Negated(const Unit& verb, uint32_t from) const {
  for (uint32_t back = 1; back <= 4 && back <= verb.begin - from; ++back) {
    const std::string& w = w_[verb.begin - back].text;
    if (w == "," || IsReportingWord(w)) return false;
    if (back <= 3 && (w == "NOT" || w == "N'T" || w == "NEVER")) return true;
    if (w == "NO") return true;
  }
  return false;
}

bool SentenceParse::PlanBefore(const Unit& verb, uint32_t from) const {
  static constexpr std::array<std::string_view, 30> kPlans = {
      "WILL",   "WOULD",    "'LL",       "MAY",     "MIGHT",     "COULD",
      "SHALL",  "PLANS",    "PLAN",      "PLANNED", "PLANNING",  "INTENDS",
      "INTEND", "INTENDED", "VOWED",     "VOWS",    "PLEDGED",   "SWORN",
      "SWORE",  "PREPARED", "PREPARES",  "PREPARE", "PREPARING", "EXPECTED",
      "SET",    "DUE",      "SCHEDULED", "SLATED",  "AIMS",      "HOPES"};
  static constexpr std::array<std::string_view, 9> kBetween = {
      "TO", "BE", "ALSO", "SOON", "NOW", "FIRST", "THEN", "SHORTLY", "EVENTUALLY"};
  for (uint32_t back = 1; back <= 4 && back <= verb.begin - from; ++back) {
    const std::string_view w = w_[verb.begin - back].text;
    if (std::find(kPlans.begin(), kPlans.end(), w) != kPlans.end()) return true;
    if (std::find(kBetween.begin(), kBetween.end(), w) == kBetween.end()) return false;
  }
  return false;
}

bool SentenceParse::ConditionAfter(const Unit& verb, uint32_t end) const {
  for (uint32_t i = verb.end; i < end && i < w_.size(); ++i) {
    if (w_[i].text == "UNLESS" || w_[i].text == "IF") return true;
    if (w_[i].text == ",") return false;
  }
  return false;
}

// "the right to veto legislation", "the power to dissolve parliament", "it
// will be difficult for him to retake control": what someone may or could do
// is not something done.
bool SentenceParse::Capacity(const Unit& verb, uint32_t from) const {
  if (verb.begin < from + 2 || w_[verb.begin - 1].text != "TO") return false;
  static constexpr std::array<std::string_view, 7> kNouns = {
      "RIGHT", "RIGHTS", "POWER", "POWERS", "AUTHORITY", "ABILITY", "CAPACITY"};
  static constexpr std::array<std::string_view, 5> kJudgements = {"DIFFICULT", "HARD", "EASY",
                                                                  "IMPOSSIBLE", "UNLIKELY"};
  const std::string_view w = w_[verb.begin - 2].text;
  if (std::find(kNouns.begin(), kNouns.end(), w) != kNouns.end()) return true;
  // "difficult [for him] to": the judgement within four words before TO.
  for (uint32_t back = 2; back <= 5 && back <= verb.begin - from; ++back) {
    const std::string_view j = w_[verb.begin - back].text;
    if (std::find(kJudgements.begin(), kJudgements.end(), j) != kJudgements.end()) return true;
    const int u = unit_of_[verb.begin - back];
    if (j == "," || (u >= 0 && units_[static_cast<size_t>(u)].type == WordType::kVerb))
      return false;
  }
  return false;
}

bool SentenceParse::Obliged(const Unit& verb, uint32_t from) const {
  auto word = [&](uint32_t back) -> std::string_view {
    return back <= verb.begin - from ? std::string_view(w_[verb.begin - back].text)
                                     : std::string_view();
  };
  for (uint32_t back = 1; back <= 2; ++back) {
    const std::string_view w = word(back);
    if (w == "MUST" || w == "SHOULD") return true;
    if (w != "ALSO" && w != "STILL" && w != "FIRST" && w != "FULLY" && w != "NOW" && w != "BE")
      break;
  }
  if (word(1) != "TO") return false;
  const std::string_view w = word(2);
  return w == "OUGHT" || w == "NEED" || w == "NEEDS" || w == "HAS" || w == "HAVE";
}

int SentenceParse::SubjectBefore(const Unit& verb, uint32_t from) const {
  uint32_t i = verb.begin;
  while (i > from && (IsVerbHelper(w_[i - 1].text) || !Visible(i - 1))) --i;
  int best = -1;
  for (size_t g = 0; g < groups_.size(); ++g) {
    const Group& gr = groups_[g];
    if (gr.end != i || gr.begin < from || gr.begin >= gr.end) continue;
    if (best < 0 || gr.begin < groups_[static_cast<size_t>(best)].begin) best = static_cast<int>(g);
  }
  if (best < 0) return -1;
  // Only a clause's own subject: right after a verb or THAT ("said [that]
  // the Iranian troops seized").
  return OpensClause(best, from, true) ? best : -1;
}

bool SentenceParse::OpensClause(int g, uint32_t from, bool after_any_verb) const {
  uint32_t before = groups_[static_cast<size_t>(g)].begin;
  while (before > from && unit_of_[before - 1] >= 0 &&
         units_[static_cast<size_t>(unit_of_[before - 1])].type == WordType::kDeterm)
    --before;
  if (before == from || before == 0) return false;
  const int u = unit_of_[before - 1];
  const bool after_verb = u >= 0 && units_[static_cast<size_t>(u)].type == WordType::kVerb;
  return (after_any_verb && after_verb) || w_[before - 1].text == "THAT" ||
         IsReportingWord(w_[before - 1].text);
}

uint32_t SentenceParse::FirstVerbIn(uint32_t begin, uint32_t end) const {
  for (const Unit& u : units_)
    if (u.type == WordType::kVerb && u.begin >= begin && u.begin < end && Visible(u.begin))
      return u.begin;
  return end;
}

int SentenceParse::ReportedSubjectBefore(uint32_t pos, uint32_t from) const {
  int best = -1;
  for (size_t g = 0; g < groups_.size(); ++g) {
    const Group& gr = groups_[g];
    if (gr.begin < from || gr.end > pos || gr.begin >= gr.end || !Visible(gr.begin)) continue;
    if (best >= 0 && gr.begin <= groups_[static_cast<size_t>(best)].begin) continue;
    if (OpensClause(static_cast<int>(g), from, false)) best = static_cast<int>(g);
  }
  return best;
}

uint32_t SentenceParse::NextSubjectAfter(const Unit& verb, uint32_t end) const {
  for (const Unit& u : units_) {
    if (u.type != WordType::kVerb || u.begin < verb.end || u.begin >= end || !Visible(u.begin))
      continue;
    const int g = SubjectBefore(u, verb.end);
    if (g >= 0) return groups_[static_cast<size_t>(g)].begin;
  }
  return end;
}

void SentenceParse::SetAside(const Unit& verb, uint32_t cb, uint32_t object_end,
                             uint32_t clause_end, int source_group, CodedEvent::Modality m) {
  std::vector<CodedEvent> found;
  int cls = 0;
  std::string settled;
  const bool discarded = out_->discarded, complex = out_->complex;
  const bool coded =
      CodeVerb(verb, cb, object_end, clause_end, source_group, &found, &cls, &settled);
  out_->discarded = discarded;  // what is set aside decides nothing
  out_->complex = complex;
  if (!coded) return;
  for (CodedEvent& e : found) {
    e.modality = m;
    e.claimed_by.clear();
    out_->set_aside.push_back(std::move(e));
  }
}

const Unit* SentenceParse::DeniedVerb(const Unit& verb, uint32_t clause_end) const {
  if (verb.entry < 0 || d_.verbs[static_cast<size_t>(verb.entry)].code != "016") return nullptr;
  const uint32_t next = FirstVerbIn(verb.end, clause_end);
  if (next >= clause_end) return nullptr;
  const Unit& v = units_[static_cast<size_t>(unit_of_[next])];
  const std::string_view after = w_[verb.end].text;
  const bool stated = next == verb.end || after == "THAT" ||
                      (next == verb.end + 1 && (after == "HAVING" || after == "EVER")) ||
                      SubjectBefore(v, verb.end) >= 0;
  return stated ? &v : nullptr;
}

void SentenceParse::CodeClauses() {
  std::vector<CodedEvent> normal, subordinate, dominant;
  int source = FirstGroupIn(0, static_cast<uint32_t>(w_.size()));
  int reported = -1;  // acta: the subject of the last reported clause ("said Iranian forces ...")
  bool sentence_done = false;
  for (size_t c = 0; c < clauses_.size() && !sentence_done; ++c) {
    const auto [cb, ce] = clauses_[c];
    if (independent_from_ != UINT32_MAX && cb == independent_from_ + 1) {
      const int previous = source;
      source = FirstGroupIn(cb, ce);
      // acta: a comma clause with no actor before its first verb goes on
      // with the sentence's subject (", killed or wounded 1,500 soldiers").
      if (acta_ && (source < 0 || groups_[static_cast<size_t>(source)].begin > FirstVerbIn(cb, ce)))
        source = reported >= 0 ? reported : previous;
    } else if (c > 0) {
      // An actor right after the conjunction becomes the new source.
      uint32_t i = cb;
      while (i < ce && (!Visible(i) ||
                        (unit_of_[i] >= 0 &&
                         (units_[static_cast<size_t>(unit_of_[i])].type == WordType::kDeterm ||
                          units_[static_cast<size_t>(unit_of_[i])].type == WordType::kAdjective))))
        ++i;
      const int g = GroupStartingAt(i);
      if (g >= 0) {
        source = g;
      } else if (acta_ && reported >= 0) {
        source = reported;  // "said Iranian forces smashed ... and wounded ..."
      }
    }
    if (acta_) {
      if (const int r = ReportedSubjectBefore(ce, cb); r >= 0) reported = r;
    }
    CodedEvent::Modality aside = CodedEvent::Modality::kOccurred;
    for (const Unit& u : units_) {
      if (u.type != WordType::kVerb || u.begin < cb || u.begin >= ce || !Visible(u.begin)) continue;
      std::vector<CodedEvent> found;
      int cls = 0;
      int verb_source = source;
      int own_subject = -1;
      uint32_t verb_end = ce;
      if (acta_) {
        // Without a parse, an actor right after a verb or THAT and right
        // before this verb is its subject ("Iraq said its troops repelled
        // ..."), and a verb's object ends where a later verb's subject begins.
        int own = SubjectBefore(u, cb);
        // "Iran said Iranian forces smashed ..., killed ...": a later verb
        // of the reported clause keeps the clause's subject.
        if (own < 0) own = ReportedSubjectBefore(u.begin, cb);
        if (own >= 0) verb_source = own;
        own_subject = own;
        verb_end = NextSubjectAfter(u, ce);
        if (Negated(u, cb)) {
          Trace(fmt::format("verb at word {} is negated: set aside", u.begin));
          SetAside(u, cb, verb_end, ce, verb_source, CodedEvent::Modality::kNegated);
          continue;
        }
      }
      if (acta_ && Capacity(u, cb)) {
        Trace(fmt::format("verb at word {} is a right or power, not an act: not coded", u.begin));
        continue;
      }
      if (acta_ && Obliged(u, cb)) {
        // "Washington declared that China must drop barriers": the
        // clause's source demands it of the obliged subject.
        Trace(fmt::format("verb at word {} is an obligation: not coded", u.begin));
        if (own_subject >= 0 && source >= 0 && own_subject != source &&
            groups_[static_cast<size_t>(source)].begin <
                groups_[static_cast<size_t>(own_subject)].begin) {
          Emit("100", source, own_subject, u, -1, &found);
          normal.insert(normal.end(), found.begin(), found.end());
          if (options_.code_by != CoderOptions::CodeBy::kAll && !found.empty()) break;
        }
        continue;
      }
      if (aside != CodedEvent::Modality::kOccurred) {
        Trace(fmt::format("verb at word {} is {}: set aside", u.begin, ModalityName(aside)));
        SetAside(u, cb, verb_end, ce, verb_source, aside);
        break;
      }
      if (acta_ && DeniedVerb(u, ce) != nullptr) {
        Trace(fmt::format("verb at word {} denies the act after it", u.begin));
        aside = CodedEvent::Modality::kDenied;
        continue;
      }
      std::string settled;
      if (!CodeVerb(u, cb, verb_end, ce, verb_source, &found, &cls, &settled)) {
        // "accused Darfur rebels of violating the ceasefire": what an
        // accusation, demand, appeal, threat, rejection or investigation
        // says is no event of its own, even when its actors are unknown.
        if (acta_ && IsSpeechActCode(settled)) {
          Trace(fmt::format("verb at word {} governs the rest of its clause", u.begin));
          break;
        }
        continue;
      }
      if (out_->discarded || out_->complex) return;
      auto& bucket = cls == 1 ? subordinate : cls == 2 ? dominant : normal;
      bucket.insert(bucket.end(), found.begin(), found.end());
      // "demanded that Hamas release the hostages": the release is demanded.
      if (acta_ && !found.empty() && found[0].code.starts_with("10")) {
        aside = CodedEvent::Modality::kDemanded;
        continue;
      }
      if (options_.code_by == CoderOptions::CodeBy::kAll) continue;
      if (cls == 1) continue;  // a subordinate event does not end the clause
      if (options_.code_by == CoderOptions::CodeBy::kSentence) sentence_done = true;
      break;
    }
  }
  std::vector<CodedEvent>& chosen = !dominant.empty() ? dominant
                                    : !normal.empty() ? normal
                                                      : subordinate;
  // One event per (source, target, code) in a sentence: the first that coded it.
  for (CodedEvent& e : chosen) {
    const bool seen =
        std::any_of(out_->events.begin(), out_->events.end(), [&e](const CodedEvent& x) {
          return x.source == e.source && x.target == e.target && x.code == e.code;
        });
    if (!seen) out_->events.push_back(std::move(e));
  }
  // What is set aside is not also an event ("demanded that Hamas release
  // the hostages" may read the release as the demand again).
  std::erase_if(out_->set_aside, [this](const CodedEvent& a) {
    return std::any_of(out_->events.begin(), out_->events.end(), [&a](const CodedEvent& x) {
      return x.source == a.source && x.target == a.target && x.code == a.code;
    });
  });
}

}  // namespace

CoderOptions OptionsFor(const dict::Dictionary& d) {
  const dict::CodingOptions& o = d.options;
  CoderOptions c;
  const bool tabari = d.flavor == dict::Dictionary::Flavor::kTabari;
  c.minimum_words = tabari ? o.minimum_words : 0;
  c.convert_agents = o.convert_agents;
  c.require_dyad = tabari || o.require_dyad;
  if (tabari) {
    c.code_by = o.code_all           ? CoderOptions::CodeBy::kAll
                : o.code_by_sentence ? CoderOptions::CodeBy::kSentence
                                     : CoderOptions::CodeBy::kClause;
  }
  auto count = [](int v) { return static_cast<uint32_t>(std::max(v, 0)); };
  if (o.comma_off) {
    c.comma_max = c.comma_end_max = 0;
  } else if (!tabari) {
    // PETRARCH reads only comma_min from its config (the other comma_* keys
    // never reach its coder), so its clauses are dropped with the defaults.
    c.comma_min = count(o.comma_min);
  } else {
    c.comma_min = count(o.comma_min);
    c.comma_max = count(o.comma_max);
    c.comma_end_min = count(o.comma_emin);
    c.comma_end_max = count(o.comma_emax);
    c.comma_begin_min = count(o.comma_bmin);
    c.comma_begin_max = count(o.comma_bmax);
  }
  c.complex.verbs = o.complex.verbs;
  c.complex.actors = o.complex.actors;
  c.complex.pronouns = o.complex.pronouns;
  c.complex.conjunctions = o.complex.conjunctions;
  c.complex.commas = o.complex.commas;
  c.complex.no_actor_prior = o.complex.no_actor_prior;
  c.complex.no_actor_after = o.complex.no_actor_after;
  c.complex.no_verb = o.complex.no_verb;
  c.default_source = o.default_source;
  c.default_target = o.default_target;
  c.default_source_prior = o.default_source_prior;
  c.default_target_after = o.default_target_after;
  return c;
}

std::string_view ModalityName(CodedEvent::Modality m) {
  switch (m) {
    case CodedEvent::Modality::kOccurred:
      return "occurred";
    case CodedEvent::Modality::kPlanned:
      return "planned";
    case CodedEvent::Modality::kConditional:
      return "conditional";
    case CodedEvent::Modality::kClaimed:
      return "claimed";
    case CodedEvent::Modality::kNegated:
      return "negated";
    case CodedEvent::Modality::kDenied:
      return "denied";
    case CodedEvent::Modality::kDemanded:
      return "demanded";
  }
  return "occurred";
}

std::string ResolveActorCode(const dict::ActorEntry& actor, const Date& date) {
  // A compound block "[GME/GMW <901103]" is loaded as consecutive codes with
  // the same dates: they apply together.
  const auto& codes = actor.codes;
  auto run = [&codes](size_t i) {
    std::string out = codes[i].code;
    for (size_t k = i + 1;
         k < codes.size() && codes[k].from == codes[i].from && codes[k].until == codes[i].until;
         ++k)
      out += "/" + codes[k].code;
    return out;
  };
  size_t fallback = codes.size();
  for (size_t i = 0; i < codes.size(); ++i) {
    const dict::DatedCode& c = codes[i];
    if (!c.from && !c.until) {
      if (fallback == codes.size()) fallback = i;
      continue;
    }
    if (c.from && date < *c.from) continue;
    if (c.until && *c.until < date) continue;
    return run(i);
  }
  return fallback < codes.size() ? run(fallback) : std::string("---");
}

std::string ComposeAgent(const std::string& actor, const dict::AgentEntry& agent) {
  if (agent.code.empty()) return actor;
  // Already there on a 3-character boundary?
  for (size_t at = 0; at + agent.code.size() <= actor.size(); at += 3)
    if (actor.compare(at, agent.code.size(), agent.code) == 0) return actor;
  return agent.suffix ? actor + agent.code : agent.code + actor;
}

Coder::Coder(std::shared_ptr<const CompiledDictionary> dictionary, CoderOptions options)
    : dict_(std::move(dictionary)), options_(options) {}

SentenceCoding Coder::Code(std::string_view sentence, const Date& date,
                           const std::string& previous_actor) const {
  return Code(Words(sentence), date, previous_actor);
}

CoderWords Coder::Words(std::string_view sentence) const {
  const WordStyle style = dict_->dictionary().flavor == dict::Dictionary::Flavor::kTabari
                              ? WordStyle::kTabari
                              : WordStyle::kTreebank;
  return SplitCoderWords(sentence, style);
}

SentenceCoding Coder::Code(const CoderWords& words, const Date& date,
                           const std::string& previous_actor) const {
  SentenceCoding out;
  SentenceParse parse(*dict_, options_, words, date, previous_actor, nullptr, &out);
  parse.Run();
  return out;
}

SentenceCoding Coder::Code(const CoderWords& words, const Date& date,
                           const std::string& previous_actor, const StoryContext& story) const {
  SentenceCoding out;
  SentenceParse parse(*dict_, options_, words, date, previous_actor, &story, &out);
  parse.Run();
  return out;
}

void StoryContext::Add(const SentenceCoding& coded) {
  for (StoryEntity e : coded.entities) {
    e.sentence = sentence;
    entities.push_back(std::move(e));
  }
  ++sentence;
}

}  // namespace acta::coder
