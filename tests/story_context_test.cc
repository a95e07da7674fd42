// What acta reads of a sentence with its story, with acta's shipped
// dictionaries: pronouns, definite descriptions and short names resolve to
// the actor an earlier sentence named (what the sentence itself names comes
// first), and every event carries its modality, the negated, denied and
// demanded ones set aside.
#include <gtest/gtest.h>

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "coder/coder.h"
#include "coder/compiled_dictionary.h"
#include "dict/acta_loader.h"

namespace acta {
namespace {

class StoryContextTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    const std::string dir =
        (std::filesystem::path(ACTA_SOURCE_DIR) / "data" / "dictionaries").string();
    Result<dict::Dictionary> d = dict::LoadActaDictionaries(dir);
    ASSERT_TRUE(d.ok()) << d.status().ToString();
    compiled_ = coder::CompiledDictionary::Compile(std::move(d).value());
  }
  static void TearDownTestSuite() { compiled_.reset(); }

  // The events of the story's last sentence ("SOURCE>TARGET:CODE", with "*"
  // after an event that needed the earlier sentences), the sentences coded in
  // order with what the ones before named.
  static std::string LastEvents(const std::vector<std::string>& sentences, bool trace = false,
                                Date date = Date{2024, 3, 26}) {
    coder::CoderOptions options = coder::OptionsFor(compiled_->dictionary());
    options.trace = trace;
    const coder::Coder coder(compiled_, options);
    coder::StoryContext story;
    std::string out;
    for (size_t i = 0; i < sentences.size(); ++i) {
      const coder::SentenceCoding c = coder.Code(coder.Words(sentences[i]), date, "", story);
      story.Add(c);
      if (i + 1 < sentences.size()) continue;
      for (const std::string& t : c.trace) fprintf(stderr, "  %s\n", t.c_str());
      for (const coder::CodedEvent& e : c.events)
        out += (out.empty() ? "" : " ") + e.source + ">" + e.target + ":" + e.code +
               (e.referred ? "*" : "");
    }
    return out;
  }

  // Each event of one sentence as "SOURCE>TARGET:CODE/MODALITY", those set
  // aside after a "|".
  static std::string Modalities(const std::string& sentence) {
    const coder::Coder coder(compiled_, coder::OptionsFor(compiled_->dictionary()));
    const coder::SentenceCoding c = coder.Code(sentence, Date{2024, 3, 26});
    auto list = [](const std::vector<coder::CodedEvent>& events) {
      std::string out;
      for (const coder::CodedEvent& e : events)
        out += (out.empty() ? "" : " ") + e.source + ">" + e.target + ":" + e.code + "/" +
               std::string(coder::ModalityName(e.modality));
      return out;
    };
    return list(c.events) + (c.set_aside.empty() ? "" : " | " + list(c.set_aside));
  }

  static std::shared_ptr<const coder::CompiledDictionary> compiled_;
};

std::shared_ptr<const coder::CompiledDictionary> StoryContextTest::compiled_;

struct Case {
  std::vector<std::string> story;
  std::string want;  // the last sentence's events
};

TEST_F(StoryContextTest, ResolvesToWhatEarlierSentencesNamed) {
  const std::vector<Case> cases = {
      // Pronouns: he, she, his, him to the last person of the two sentences before.
      {{"Ismail Haniyeh arrived in Tehran on Tuesday.", "He met President Ebrahim Raisi."},
       "PSEREBHMS>IRNGOV:040*"},
      {{"Ismail Haniyeh arrived in Tehran on Tuesday.", "Later he criticised Israel sharply."},
       "PSEREBHMS>ISR:111*"},
      {{"Ismail Haniyeh arrived in Tehran on Tuesday.", "Iran praised him warmly."},
       "IRN>PSEREBHMS:051*"},
      // A possessive owns agents ("his ministers"); alone it is no actor.
      {{"Sergei Lavrov arrived in Ankara on Monday.", "His spokesman criticised NATO sharply."},
       "RUSGOV>IGOWSTNAT:111*"},
      {{"Ismail Haniyeh arrived in Tehran on Tuesday.", "His popularity is what Israel attacked."},
       ""},
      // Its and their before an agent: the country of the last actor that
      // is no person.
      {{"Tehran rejected the proposal on Monday.", "Its forces later shelled Iraqi positions."},
       "IRNMIL>IRQ:194*"},
      {{"Egypt proposed a truce on Monday.", "Its envoys met Israeli officials."},
       "EGYGOV>ISRGOV:040*"},
      {{"Egypt proposed a truce on Monday.", "Israel said its envoys met Hamas."},
       "ISRGOV>PSEREBHMS:040"},
      {{"Tehran rejected the proposal on Monday.", "Its economy grew fast."}, ""},
      // Not further back than two sentences.
      {{"Ismail Haniyeh arrived in Tehran.", "The weather was mild.", "Crowds gathered.",
        "He criticised Israel."},
       ""},
      // The sentence's own actor comes first.
      {{"Ismail Haniyeh arrived in Tehran.", "Israel said it would attack Lebanon."},
       "ISR>LBN:1384"},
      // A person only: a country is no "he".
      {{"Iran said on Tuesday it would host the talks.", "He criticised Israel."}, ""},
      // Definite descriptions.
      {{"Hamas fighters clashed with troops in Gaza.", "Iran praised the Palestinian group."},
       "IRN>PSEREBHMS:051*"},
      {{"Hezbollah fired rockets at northern Israel.", "Israel accused the group of escalation."},
       "ISR>LBNREBHEZ:1123*"},
      {{"Hamas fighters clashed with troops in Gaza.", "Israel accused the Lebanese group."},
       "ISR>LBN:112"},
      {{"Foreign Minister Sergei Lavrov arrived in Ankara.",
        "The minister met President Recep Tayyip Erdogan."},
       "RUSGOV>TURGOV:040*"},
      {{"The company reported higher profits.", "Iran criticised the group."}, ""},
      {{"Hamas fighters clashed with troops in Gaza.", "Israel criticised the movement."},
       "ISR>PSEREBHMS:111*"},
      // Short names: the surname after the full name.
      {{"Ismail Haniyeh arrived in Tehran.", "Haniyeh met Iranian officials."},
       "PSEREBHMS>IRNGOV:040"},
      {{"Sergei Lavrov arrived in Ankara.", "Turkey criticised Lavrov sharply."}, "TUR>RUSGOV:111"},
      // Past the person's roles, a pronoun takes what the name meant on the day.
      {{"Ismail Haniyeh arrived in Tehran on Tuesday.", "Israel said it would never talk to him."},
       ""},
  };
  for (const Case& c : cases) EXPECT_EQ(LastEvents(c.story), c.want) << c.story.back();
}

TEST_F(StoryContextTest, EveryEventHasItsModality) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"Israeli aircraft struck Gaza on Sunday.", "ISR>PSE:195/occurred"},
      // Planned: intents and threats, as CAMEO codes them; a vow to strike is
      // a threat that was made.
      {"Ismail Haniyeh is set to visit Tehran on Tuesday.", "PSEREBHMS>IRNGOV:036/planned"},
      {"Antony Blinken will meet Egyptian officials in Cairo.", "USAGOV>EGYGOV:036/planned"},
      {"Iran plans to send aid to Lebanon.", "IRN>LBN:033/planned"},
      {"Israel vowed to strike Hezbollah.", "ISR>LBNREBHEZ:1384/occurred"},
      // Conditional.
      {"Britain will withdraw from Iraq unless Iran agrees.", "GBR>IRQ:0356/planned"},
      {"Turkey sends troops to Syria if Russia agrees.", "TUR>SYR:154/conditional"},
      // Claimed by the actor that reports it.
      {"Iraq said its forces sank an Iranian frigate.", "IRQMIL>IRNMIL:190/claimed"},
      {"Hamas said Israeli troops raided a hospital in Gaza.", "ISRMIL>PSEHLH:190/claimed"},
      // Negated: set aside.
      {"Israel did not attack Lebanon on Tuesday.", " | ISR>LBN:190/negated"},
      {"Iraq never attacked Iran.", " | IRQ>IRN:190/negated"},
      {"Iran has not yet met Iraqi officials.", " | IRN>IRQGOV:040/negated"},
      // Denied: set aside, with no denial coded when no accuser is named.
      {"Iran denied attacking the Kuwaiti tanker.", " | IRN>KWT:190/denied"},
      {"Iran denied that its forces attacked Kuwait.", " | IRNMIL>KWT:190/denied"},
      {"Iran denied Iraq's charges of aggression.", "IRN>IRQ:016/occurred"},
      // Demanded: the demand is the event, what it asks for is set aside.
      {"Israel demanded that Hamas release the hostages.", "ISR>PSEREBHMS:1053/occurred"},
      {"The United States demanded that Israel attack Hezbollah.",
       "USA>ISR:100/occurred | ISR>LBNREBHEZ:190/demanded"},
  };
  for (const auto& [sentence, want] : cases) EXPECT_EQ(Modalities(sentence), want) << sentence;
}

}  // namespace
}  // namespace acta
