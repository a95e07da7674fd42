// Coreference within a story (issue 5, item 1) with acta's shipped
// dictionaries: pronouns, definite descriptions and short names of a
// sentence resolve to the actor an earlier sentence named, and what the
// sentence itself names comes first.
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

class StoryCoreferenceTest : public ::testing::Test {
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

  static std::shared_ptr<const coder::CompiledDictionary> compiled_;
};

std::shared_ptr<const coder::CompiledDictionary> StoryCoreferenceTest::compiled_;

struct Case {
  std::vector<std::string> story;
  std::string want;  // the last sentence's events
};

TEST_F(StoryCoreferenceTest, ResolvesToWhatEarlierSentencesNamed) {
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

}  // namespace
}  // namespace acta
