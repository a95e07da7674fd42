#include "coder/coder.h"

#include <gtest/gtest.h>

#include <set>
#include <string>
#include <tuple>

#include "dict/phrase_parser.h"

namespace acta::coder {
namespace {

using dict::PhraseContext;

dict::Phrase P(std::string_view text, PhraseContext ctx = PhraseContext::kActor) {
  Result<dict::Phrase> p = dict::ParseTabariPhrase(text, ctx);
  EXPECT_TRUE(p.ok()) << text << ": " << p.status().ToString();
  return p.ok() ? *p : dict::Phrase{};
}

void Actor(dict::Dictionary* d, std::string_view phrase, std::string_view codes) {
  dict::ActorEntry a;
  a.phrases.push_back(P(phrase));
  a.texts.emplace_back(phrase);
  Result<std::vector<dict::DatedCode>> c = dict::ParseCodeBlocks(codes);
  EXPECT_TRUE(c.ok()) << codes;
  a.codes = *c;
  d->actors.push_back(std::move(a));
}

void Agent(dict::Dictionary* d, std::string_view phrase, std::string code, bool suffix = true) {
  dict::AgentEntry a;
  a.phrases.push_back(P(phrase, PhraseContext::kAgent));
  a.texts.emplace_back(phrase);
  a.code = std::move(code);
  a.suffix = suffix;
  d->agents.push_back(std::move(a));
}

dict::VerbEntry& Verb(dict::Dictionary* d, std::string_view root, std::string code) {
  dict::VerbEntry v;
  v.root = P(root, PhraseContext::kActor);
  v.root_text = std::string(root);
  v.code = std::move(code);
  d->verbs.push_back(std::move(v));
  return d->verbs.back();
}

void Pattern(dict::VerbEntry* v, std::string_view text, std::string code) {
  dict::VerbPattern p;
  p.phrase = P(text, PhraseContext::kPattern);
  p.text = std::string(text);
  p.code = std::move(code);
  v->patterns.push_back(std::move(p));
}

// A small world of its own, so every expectation can be checked by reading
// the entries above it.
std::shared_ptr<const CompiledDictionary> World() {
  dict::Dictionary d;
  Actor(&d, "NORLAND", "[NOR]");
  Actor(&d, "NORLANDI_", "[NOR]");
  Actor(&d, "SUDMARK", "[SUD]");
  Actor(&d, "OSTRIA", "[OST]");
  Actor(&d, "WESTEN", "[WES]");
  Actor(&d, "KARL_BRANDT", "[NORGOV 900101-991231] [NORELI]");
  Actor(&d, "EASTERN_ALLIANCE", "[OST/WES]");
  Actor(&d, "ROYAL_PALACE", "[---]");
  Actor(&d, "FOOTBALL", "[###]");
  Agent(&d, "PRESIDENT", "GOVPRS");
  Agent(&d, "ARMY", "MIL");
  Agent(&d, "POLICE", "COP");
  dict::VerbEntry& attack = Verb(&d, "ATTACK", "190");
  Pattern(&attack, "* WITH ROCKETS", "195");
  Verb(&d, "CRITICIZ", "111");
  dict::VerbEntry& free = Verb(&d, "FREE", "---");
  Pattern(&free, "+ * FROM $", "066");
  Verb(&d, "MEET", "031:031");
  Verb(&d, "SAID", "010?");
  dict::VerbEntry& visit = Verb(&d, "VISIT", "042:043");
  Pattern(&visit, "* FOOTBALL_MATCH", "---");
  return CompiledDictionary::Compile(std::move(d));
}

using Triple = std::tuple<std::string, std::string, std::string>;

std::set<Triple> CodeOf(std::string_view sentence, Date date = {1995, 6, 1}) {
  static const auto world = World();
  CoderOptions o;
  o.minimum_words = 3;
  Coder coder(world, o);
  std::set<Triple> out;
  for (const CodedEvent& e : coder.Code(sentence, date).events)
    out.emplace(e.source, e.target, e.code);
  return out;
}

TEST(CoderTest, SubjectVerbObject) {
  EXPECT_EQ(CodeOf("Norland attacked Sudmark on Monday."),
            (std::set<Triple>{{"NOR", "SUD", "190"}}));
  EXPECT_EQ(CodeOf("Norlandi troops attacked Sudmark with rockets on Monday."),
            (std::set<Triple>{{"NOR", "SUD", "195"}}));
}

TEST(CoderTest, AgentsJoinTheirActor) {
  EXPECT_EQ(CodeOf("The Norlandi president criticized Sudmark police on Monday."),
            (std::set<Triple>{{"NORGOVPRS", "SUDCOP", "111"}}));
  EXPECT_EQ(CodeOf("The army of Sudmark attacked Ostria on Monday."),
            (std::set<Triple>{{"SUDMIL", "OST", "190"}}));
}

TEST(CoderTest, DateBoundedActors) {
  EXPECT_EQ(CodeOf("Karl Brandt criticized Sudmark on Monday.", {1995, 1, 1}),
            (std::set<Triple>{{"NORGOV", "SUD", "111"}}));
  EXPECT_EQ(CodeOf("Karl Brandt criticized Sudmark on Monday.", {2005, 1, 1}),
            (std::set<Triple>{{"NORELI", "SUD", "111"}}));
}

TEST(CoderTest, CompoundActorsExpand) {
  EXPECT_EQ(CodeOf("Norland and Sudmark criticized Ostria on Monday."),
            (std::set<Triple>{{"NOR", "OST", "111"}, {"SUD", "OST", "111"}}));
  EXPECT_EQ(CodeOf("The Eastern Alliance criticized Norland on Monday."),
            (std::set<Triple>{{"OST", "NOR", "111"}, {"WES", "NOR", "111"}}));
}

TEST(CoderTest, PairedCodesCodeBothDirections) {
  EXPECT_EQ(CodeOf("Norland will meet Sudmark in Ostria next week."),
            (std::set<Triple>{{"NOR", "SUD", "031"}, {"SUD", "NOR", "031"}}));
}

TEST(CoderTest, DesignatedActorsInPatterns) {
  EXPECT_EQ(CodeOf("Ostria prisoners were freed from Norland jails on Monday."),
            (std::set<Triple>{{"NOR", "OST", "066"}}));
}

TEST(CoderTest, PassiveVoiceSwapsSourceAndTarget) {
  EXPECT_EQ(CodeOf("Sudmark was attacked by Norland on Monday."),
            (std::set<Triple>{{"NOR", "SUD", "190"}}));
}

TEST(CoderTest, NullDiscardAndSubordinateCodes) {
  // A null-coded pattern codes nothing; a null-coded actor is no actor.
  EXPECT_TRUE(CodeOf("Norland will visit the football match in Sudmark.").empty());
  EXPECT_EQ(CodeOf("The Royal Palace said Norland attacked Sudmark."),
            (std::set<Triple>{{"NOR", "SUD", "190"}}));
  // A discard actor ends the sentence.
  EXPECT_TRUE(CodeOf("Norland attacked Sudmark in a football final.").empty());
  // "said" is subordinate: used only when nothing else is coded.
  EXPECT_EQ(CodeOf("Norland said Sudmark was wrong about Ostria."),
            (std::set<Triple>{{"NOR", "SUD", "010"}}));
}

TEST(CoderTest, CommaClausesAreDropped) {
  EXPECT_EQ(CodeOf("Norland, which Ostria criticized last year, attacked Sudmark on Monday."),
            (std::set<Triple>{{"NOR", "SUD", "190"}}));
}

TEST(CoderTest, PronounsAndClauses) {
  EXPECT_EQ(CodeOf("Norland criticized Sudmark and then it attacked Ostria."),
            (std::set<Triple>{{"NOR", "SUD", "111"}, {"NOR", "OST", "190"}}));
}

TEST(CoderTest, ShortSentencesAreNotCoded) {
  CoderOptions o;  // TABARI's default minimum of 8 words
  Coder coder(World(), o);
  SentenceCoding c = coder.Code("Norland attacked Sudmark.", {1995, 1, 1});
  EXPECT_TRUE(c.too_short);
  EXPECT_TRUE(c.events.empty());
}

TEST(CoderTest, ComposeAgentKeepsCodesOnce) {
  dict::AgentEntry reb;
  reb.code = "REB";
  EXPECT_EQ(ComposeAgent("LKAREB", reb), "LKAREB");
  EXPECT_EQ(ComposeAgent("AREBKK", reb), "AREBKKREB");
  EXPECT_EQ(ComposeAgent("ISR", reb), "ISRREB");
  dict::AgentEntry ngo;
  ngo.code = "NGO";
  ngo.suffix = false;
  EXPECT_EQ(ComposeAgent("USA", ngo), "NGOUSA");
}

}  // namespace
}  // namespace acta::coder
