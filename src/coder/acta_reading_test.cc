#include <gtest/gtest.h>

#include <string>

#include "coder/coder.h"
#include "coder/compiled_dictionary.h"
#include "dict/acta_loader.h"

namespace acta::coder {
namespace {

// The readings the coder gives acta's own dictionaries that depend on more
// than one word: short names of people, agents that take the sentence's one
// country, and compound subjects with no target.
class ActaReadingTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dict::Dictionary d;
    dict::LoadActaDictionaryFromBuffer(
        "actor Britain\n  names: Britain\n  adjectives: British\n  code: GBR\n"
        "actor Jordan\n  names: Jordan\n  code: JOR\n"
        "actor Rwanda\n  names: Rwanda\n  adjectives: Rwandan\n  code: RWA\n"
        "actor United States\n  names: United States; US\n  code: USA\n"
        "actor Iran\n  names: Iran\n  adjectives: Iranian\n  code: IRN\n"
        "actor Iraq\n  names: Iraq\n  adjectives: Iraqi\n  metonyms: Baghdad\n  code: IRQ\n"
        "actor Sudan\n  names: Sudan\n  adjectives: Sudanese\n  code: SDN\n"
        "actor Palestine\n  names: Palestine\n  adjectives: Palestinian\n"
        "  places: Gaza; West Bank\n  code: PSE\n"
        "actor Israel\n  names: Israel\n  code: ISR\n",
        "dictionaries/actors/countries.txt", &d);
    dict::LoadActaDictionaryFromBuffer(
        "actor Tony Blair\n  names: Tony Blair\n  role: GBRGOV 1997-05-02..2007-06-27\n"
        "actor Gordon Brown\n  names: Gordon Brown\n  role: GBRGOV 1997-05-02..2010-05-11\n"
        "actor Liam Fox\n  names: Liam Fox\n  role: GBROPP 2003..2010-05-11\n",
        "dictionaries/people/europe.txt", &d);
    dict::LoadActaDictionaryFromBuffer(
        "agent GOV\n  names: president; chancellor; prime minister; government; official\n"
        "agent REB\n  names: rebels\n"
        "agent OPP\n  names: demonstrators\n"
        "agent MIL\n  names: military; forces; soldiers\n"
        "verb WOUND\n  names: wound\n  code: 190\n"
        "verb WITHDRAW\n  names: withdraw\n  code: 0874\n"
        "verb REITERATE\n  names: reiterate\n  pattern: 100 * DEMAND\n"
        "verb EASE\n  names: ease\n  code: 081\n"
        "verb VISIT\n  names: visit\n  code: 042\n"
        "verb MEET\n  names: meet\n  forms: met\n  code: 040\n"
        "verb LODGE\n  names: lodge\n  pattern: 114 * PROTEST\n"
        "verb LIFT\n  names: lift\n  pattern: 0813 * CURFEW\n"
        "verb SAY\n  names: say\n  forms: said\n  code: ---\n"
        "verb STRIKE\n  names: strike\n  forms: struck\n  code: 195\n"
        "verb PRAISE\n  names: praise\n  code: 051\n"
        "verb ACCUSE\n  names: accuse\n  code: 112\n"
        "verb DEMAND\n  names: demand\n  code: 100\n"
        "verb AGREE\n  names: agree\n  code: 030\n",
        "dictionaries/verbs.txt", &d);
    ASSERT_TRUE(d.warnings.empty()) << d.warnings[0].ToString();
    dict::AddShortNames(&d);
    compiled_ = CompiledDictionary::Compile(std::move(d));
  }

  std::string Code(const std::string& sentence, const char* date = "2005-01-01") const {
    const Coder coder(compiled_, OptionsFor(compiled_->dictionary()));
    std::string out;
    for (const CodedEvent& e : coder.Code(sentence, *Date::ParseIso(date)).events)
      out += (out.empty() ? "" : " ") + e.source + ">" + e.target + ":" + e.code;
    return out;
  }

  // The first event's modality and claimant, as "planned" or "claimed by IRQ".
  std::string Modality(const std::string& sentence) const {
    const Coder coder(compiled_, OptionsFor(compiled_->dictionary()));
    const SentenceCoding c = coder.Code(sentence, *Date::ParseIso("2005-01-01"));
    if (c.events.empty()) return "";
    const CodedEvent& e = c.events[0];
    return std::string(ModalityName(e.modality)) +
           (e.claimed_by.empty() ? "" : " by " + e.claimed_by);
  }

  std::shared_ptr<const CompiledDictionary> compiled_;
};

TEST_F(ActaReadingTest, SurnamesNameWhoeverHoldsARoleThatDay) {
  EXPECT_EQ(Code("Blair praised Fox."), "GBRGOV>GBROPP:051");
  EXPECT_EQ(Code("Mr Fox accused Mr Blair."), "GBROPP>GBRGOV:112");
  // Out of office: no one.
  EXPECT_EQ(Code("Blair praised Fox.", "2012-01-01"), "");
  // "Brown" is also a colour: only after a title.
  EXPECT_EQ(Code("Mr Fox accused Mr Brown."), "GBROPP>GBRGOV:112");
  EXPECT_EQ(Code("Fox accused Brown."), "");
  // Lower case, or after THE, is not a name; nor is the first word of a
  // longer name.
  EXPECT_EQ(Code("The fox praised Blair."), "");
  EXPECT_EQ(Code("Mr Fox praised Blair Smith."), "");
  EXPECT_EQ(Code("Blair E. Smith praised Rwanda."), "");
  EXPECT_EQ(Code("Mr Fox praised Anthony C. Blair."), "GBROPP>GBRGOV:051");
}

TEST_F(ActaReadingTest, AgentsTakeTheSentencesOneCountry) {
  EXPECT_EQ(Code("Rwandan rebels demanded the president resign."), "RWAREB>RWAGOV:100");
  EXPECT_EQ(Code("Mr Fox accused the chancellor."), "GBROPP>GBRGOV:112");
  EXPECT_EQ(Code("Mr Blair praised the chancellor."), "GBRGOV>GBRGOV:051");
  // Two countries: no guess, no event.
  EXPECT_EQ(Code("British and Rwandan officials say the president praised rebels."), "");
  // An office is never coded against its own bare country; people of the
  // country may be.
  EXPECT_EQ(Code("The military accused Britain."), "");
  EXPECT_EQ(Code("The president accused Britain."), "");
  EXPECT_EQ(Code("Iraq accused the rebels."), "IRQ>IRQREB:112");
}

TEST_F(ActaReadingTest, NamesWrittenInCapitalsMatchOnlyCapitals) {
  EXPECT_EQ(Code("Rwanda accused the US."), "RWA>USA:112");
  EXPECT_EQ(Code("Rwanda accused us."), "");
}

TEST_F(ActaReadingTest, LaterVerbsOfAReportedClauseKeepItsSubject) {
  EXPECT_EQ(Code("Iran said Iranian forces routed four Iraqi brigades and wounded Iraqi soldiers."),
            "IRNMIL>IRQMIL:190");
  EXPECT_EQ(Code("Iran said Iranian forces routed four Iraqi brigades, killed or wounded 1,500 "
                 "Iraqi soldiers and destroyed 45 enemy tanks."),
            "IRNMIL>IRQMIL:190");
}

TEST_F(ActaReadingTest, StatedPlansAreIntentsOrThreats) {
  EXPECT_EQ(Code("Iran will visit Iraq."), "IRN>IRQ:036");
  EXPECT_EQ(Code("Iran plans to visit Iraq."), "IRN>IRQ:036");
  EXPECT_EQ(Code("As Iran prepares to meet with Iraq, ..."), "IRN>IRQ:036");
  EXPECT_EQ(Code("Iran will strike Iraq."), "IRN>IRQ:1384");
  EXPECT_EQ(Code("Iran struck Iraq if it could."), "IRN>IRQ:1384");
  EXPECT_EQ(Code("Iran struck Iraq."), "IRN>IRQ:195");
  EXPECT_EQ(Code("The Sudanese government will lift the curfew."), "SDNGOV>SDN:0351");
}

TEST_F(ActaReadingTest, ObligationsAreDemandsOfTheirSubject) {
  EXPECT_EQ(Code("Iran said Iraq must withdraw."), "IRN>IRQ:100");
  EXPECT_EQ(Code("Iran said Iraqi forces should withdraw."), "IRN>IRQMIL:100");
  EXPECT_EQ(Code("Iraq must withdraw."), "");
}

TEST_F(ActaReadingTest, AnAppealsTargetMayBeTheSubjectOfItsClause) {
  EXPECT_EQ(Code("Iran reiterated its demand that Iraq ease the curfew."), "IRN>IRQ:100");
}

TEST_F(ActaReadingTest, WhoReportsAnEventIsNotItsTarget) {
  EXPECT_EQ(Code("Iran said Iraq will meet the press."), "");
  EXPECT_EQ(Code("Iran said Iraq met Rwanda."), "IRQ>RWA:040");
}

TEST_F(ActaReadingTest, WhatAnAccusationSaysIsNoEventOfItsOwn) {
  EXPECT_EQ(Code("Iran accused Iraq of striking Rwanda."), "IRN>IRQ:112");
  // The accused are unknown: still no strike by Iran.
  EXPECT_EQ(Code("Iran accused the rebels of striking Iraq."), "");
}

TEST_F(ActaReadingTest, DomesticMeasuresTargetTheSourcesOwnCountry) {
  EXPECT_EQ(Code("The Sudanese government lifted the curfew."), "SDNGOV>SDN:0813");
}

TEST_F(ActaReadingTest, PlacesAreActorsExceptAfterInAtOrNear) {
  EXPECT_EQ(Code("Israel struck Gaza."), "ISR>PSE:195");
  EXPECT_EQ(Code("Israel struck Iran in the West Bank."), "ISR>IRN:195");
}

TEST_F(ActaReadingTest, AnOpeningPhraseBeforeACommaKeepsTheMainClause) {
  EXPECT_EQ(Code("On Monday, Israel struck Gaza."), "ISR>PSE:195");
  EXPECT_EQ(Code("In Baghdad on Tuesday, Iraqi soldiers struck Iran."), "IRQMIL>IRN:195");
  // A closing clause after the main clause's verb still goes.
  EXPECT_EQ(Code("Israel struck Gaza, in the early hours of the morning."), "ISR>PSE:195");
}

TEST_F(ActaReadingTest, AnAgentInAPlaceBelongsToItsCountry) {
  EXPECT_EQ(Code("Demonstrators in Baghdad accused the United States."), "IRQOPP>USA:112");
  // Troops are as often abroad.
  EXPECT_EQ(Code("Forces in Baghdad accused the United States."), "");
}

TEST_F(ActaReadingTest, TitlesAndAppositionsNameTheirPerson) {
  // The title goes with the known name after a given name it does not know.
  EXPECT_EQ(Code("President Anthony Charles Blair accused Rwanda."), "GBRGOV>RWA:112");
  EXPECT_EQ(Code("The president, Tony Blair, accused Rwanda."), "GBRGOV>RWA:112");
}

TEST_F(ActaReadingTest, AnUnknownNameIsTheActorOfItsAside) {
  EXPECT_EQ(Code("Kenzo Oshima, the Iraqi president, accused Rwanda."), "IRQGOV>RWA:112");
  // An aside that names no actor says where, not who.
  EXPECT_EQ(Code("Kenzo Oshima, in the morning, accused Rwanda."), "");
}

TEST_F(ActaReadingTest, APossessiveAfterAndDeterminesAnActor) {
  EXPECT_EQ(Code("Tony Blair and his Iraqi counterpart praised Rwanda."),
            "GBRGOV>RWA:051 IRQ>RWA:051");
}

TEST_F(ActaReadingTest, ACountryBeforeTwoCommonNounsModifiesThem) {
  EXPECT_EQ(Code("Britain accused the Iran arms initiative."), "");
  EXPECT_EQ(Code("Britain accused the Iranian arms dealers."), "GBR>IRN:112");
  EXPECT_EQ(Code("Britain accused the Iran government."), "GBR>IRNGOV:112");
}

TEST_F(ActaReadingTest, ARightOrAJudgementToActIsNoAct) {
  EXPECT_EQ(Code("Britain has the right to accuse Iran."), "");
  EXPECT_EQ(Code("It will be difficult for Britain to accuse Iran."), "");
  EXPECT_EQ(Code("Britain wants to accuse Iran."), "GBR>IRN:112");
}

TEST_F(ActaReadingTest, TheSourcesOwnPossessiveIsNotItsTarget) {
  EXPECT_EQ(Code("Rwandan rebels lodged their protest with the president."), "RWAREB>RWAGOV:114");
}

TEST_F(ActaReadingTest, AParticipleJoinedByAHyphenIsAnAdjective) {
  EXPECT_EQ(Code("Israel has a long-praised plan for Jordan."), "");
  EXPECT_EQ(Code("Israel has long praised Jordan."), "ISR>JOR:051");
  EXPECT_EQ(Code("Israel has re-visited Jordan."), "ISR>JOR:042");
}

TEST_F(ActaReadingTest, EventsAreOccurredPlannedConditionalOrClaimed) {
  EXPECT_EQ(Modality("Britain accused Iran."), "occurred");
  EXPECT_EQ(Modality("Britain will visit Iran."), "planned");
  EXPECT_EQ(Modality("Britain will withdraw from Iraq unless Iran agrees."), "planned");
  EXPECT_EQ(Modality("Britain would withdraw from Iraq if Iran agreed."), "planned");
  EXPECT_EQ(Modality("Britain withdraws from Iraq if Iran agrees."), "conditional");
  EXPECT_EQ(Modality("Iraq said Iran accused Britain."), "claimed by IRQ");
}

TEST_F(ActaReadingTest, AGroupOfACountryIsTheStorysLastGroupOfIt) {
  const Coder coder(compiled_, OptionsFor(compiled_->dictionary()));
  auto code = [&](const std::vector<std::string>& entities) {
    StoryContext story;
    for (const std::string& e : entities) story.entities.push_back({e, false, 0});
    story.sentence = 1;
    const SentenceCoding c = coder.Code(coder.Words("Iran praised the Palestinian group."),
                                        *Date::ParseIso("2024-03-26"), "", story);
    return c.events.empty() ? std::string() : c.events[0].target;
  };
  EXPECT_EQ(code({"PSEREBHMS", "ISR"}), "PSEREBHMS");
  EXPECT_EQ(code({"PSEREBHMS", "PSEREBPIJ"}), "PSEREBPIJ");  // the last one named
  EXPECT_EQ(code({"PSEGOV"}), "PSE");                        // a government is no group
  EXPECT_EQ(code({}), "PSE");
  // What a sentence names is what later ones may refer to.
  const SentenceCoding named = coder.Code("Iran praised Palestine and Israel.", Date{2024, 3, 26});
  std::vector<std::string> codes;
  for (const StoryEntity& e : named.entities) codes.push_back(e.code);
  EXPECT_EQ(codes, (std::vector<std::string>{"IRN", "PSE", "ISR"}));
}

TEST_F(ActaReadingTest, APlaceStandsForItsCountryWhenNoTargetIsNamed) {
  EXPECT_EQ(Code("Israel struck targets in Gaza."), "ISR>PSE:195");
  // Not for meetings, which are held in places.
  EXPECT_EQ(Code("Rwanda met in Gaza."), "");
}

TEST_F(ActaReadingTest, MilitaryAndOfficialBeforeANounAreAdjectives) {
  EXPECT_EQ(Code("Iran lodged an official protest with Iraq."), "IRN>IRQ:114");
  // A noun here: the official is the accuser.
  EXPECT_EQ(Code("An Iranian official accused Iraq."), "IRNGOV>IRQ:112");
}

TEST_F(ActaReadingTest, CompoundSubjectWithNoTargetCodesBothWays) {
  EXPECT_EQ(Code("Jordan and Britain agreed to hold joint military exercises."),
            "JOR>GBR:030 GBR>JOR:030");
}

}  // namespace
}  // namespace acta::coder
