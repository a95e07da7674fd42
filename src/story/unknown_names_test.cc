#include "story/unknown_names.h"

#include <gtest/gtest.h>

#include "coder/compiled_dictionary.h"
#include "dict/acta_loader.h"

namespace acta::story {
namespace {

// An analysis of one sentence with hand-placed entities.
class UnknownNamesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dict::Dictionary d;
    dict::LoadActaDictionaryFromBuffer(
        "actor Iran\n  names: Iran\n  code: IRN\n"
        "actor Gordon Brown\n  names: Gordon Brown\n  role: GBRGOV 1997..2010\n",
        "dictionaries/people/test.txt", &d);
    ASSERT_TRUE(d.warnings.empty());
    dict::AddShortNames(&d);
    compiled_ = coder::CompiledDictionary::Compile(std::move(d));
  }

  // Tokens split at blanks; `entities` as (first, last, label) over them.
  std::vector<UnknownName> Find(std::string_view text,
                                std::vector<std::tuple<uint32_t, uint32_t, const char*>> entities) {
    a_.Clear();
    a_.text = text;
    for (size_t i = 0; i < text.size();) {
      const size_t end = std::min(text.find(' ', i), text.size());
      Token t;
      t.begin = static_cast<uint32_t>(i);
      t.end = static_cast<uint32_t>(end);
      a_.tokens.push_back(t);
      i = end + 1;
    }
    for (const auto& [first, last, label] : entities) a_.entities.push_back({first, last, label});
    Sentence s;
    s.begin = 0;
    s.end = static_cast<uint32_t>(text.size());
    s.last_token = static_cast<uint32_t>(a_.tokens.size());
    return UnknownNames(a_, s, *compiled_);
  }

  Analysis a_;
  std::shared_ptr<const coder::CompiledDictionary> compiled_;
};

TEST_F(UnknownNamesTest, PeopleAndOrganisationsNoEntryNames) {
  const std::vector<UnknownName> found =
      Find("Mr Brown and Kenzo Oshima of Press TV met Iran in Geneva",
           {{0, 2, "PER"}, {3, 5, "PER"}, {6, 8, "ORG"}, {9, 10, "ORG"}, {11, 12, "LOC"}});
  // Mr Brown is known (the title aside), Iran too; Geneva is a place.
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].text, "Kenzo Oshima");
  EXPECT_EQ(found[0].type, "PER");
  EXPECT_EQ(found[1].text, "Press TV");
  EXPECT_EQ(found[1].type, "ORG");
}

TEST(UnknownNameTallyTest, MostFrequentFirstWithCountriesAndAnExample) {
  UnknownNameTally tally;
  const UnknownName oshima{"Kenzo Oshima", "PER", 0, 12};
  const UnknownName press{"Press TV", "ORG", 0, 8};
  tally.Add(press, "IRN", false, "first Press TV sentence");
  tally.Add(oshima, "", true, "first Oshima sentence");
  tally.Add(oshima, "IRQ", false, "second Oshima sentence");
  tally.Add(oshima, "IRQ", true, "third Oshima sentence");
  const std::vector<const UnknownNameTally::Entry*> top = tally.Top(5);
  ASSERT_EQ(top.size(), 2u);
  EXPECT_EQ(top[0]->text, "Kenzo Oshima");
  EXPECT_EQ(top[0]->count, 3u);
  EXPECT_EQ(top[0]->in_event_sentences, 2u);
  EXPECT_EQ(top[0]->countries.at("IRQ"), 2u);
  EXPECT_EQ(top[0]->example, "first Oshima sentence");
  EXPECT_EQ(top[1]->text, "Press TV");
  EXPECT_EQ(tally.Top(1).size(), 1u);
}

}  // namespace
}  // namespace acta::story
