#include "dict/petrarch_ini.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace acta::dict {
namespace {

TEST(PetrarchIniTest, ParsesSectionsKeysAndComments) {
  IniFile ini = IniFile::Parse(
      "# Configuration\n"
      "[Dictionaries]\n"
      "verbfile_name    = CAMEO.verbs.txt\n"
      "ActorFile_List: a.txt, b.txt\n"
      "  c.txt\n"
      "; a comment\n"
      "\n"
      "[Options]\n"
      "code_by_sentence = True  # not a comment in configparser\n"
      "no separator here\n"
      "comma_min = 2\r\n"
      "comma_min = 3\n");
  ASSERT_EQ(ini.entries().size(), 5u);
  const IniEntry* verbs = ini.Find("Dictionaries", "VERBFILE_NAME");
  ASSERT_NE(verbs, nullptr);
  EXPECT_EQ(verbs->value, "CAMEO.verbs.txt");
  EXPECT_EQ(verbs->line, 3u);
  const IniEntry* actors = ini.Find("Dictionaries", "actorfile_list");
  ASSERT_NE(actors, nullptr);
  EXPECT_EQ(actors->key, "actorfile_list");
  EXPECT_EQ(actors->value, "a.txt, b.txt\nc.txt");
  EXPECT_EQ(ini.Find("Options", "code_by_sentence")->value,
            "True  # not a comment in configparser");
  EXPECT_EQ(ini.Find("Options", "comma_min")->value, "3");  // the last one
  EXPECT_EQ(ini.Find("options", "comma_min"), nullptr);     // section names keep their case
  EXPECT_EQ(ini.Find("Dictionaries", "comma_min"), nullptr);
  EXPECT_EQ(ini.bad_lines(), (std::vector<uint32_t>{10}));
}

TEST(PetrarchIniTest, KeysBeforeAnySectionAndBrokenHeadersAreBadLines) {
  IniFile ini = IniFile::Parse("key = value\n[Open\n[S]\nk = v\n");
  EXPECT_EQ(ini.bad_lines(), (std::vector<uint32_t>{1, 2}));
  ASSERT_EQ(ini.entries().size(), 1u);
  EXPECT_EQ(ini.entries()[0].section, "S");
}

TEST(PetrarchIniTest, Booleans) {
  struct Case {
    const char* text;
    bool ok;
    bool value;
  } const cases[] = {{"True", true, true}, {"yes", true, true},      {"ON", true, true},
                     {"1", true, true},    {"false", true, false},   {"No", true, false},
                     {"off", true, false}, {"0", true, false},       {"Tru", false, false},
                     {"", false, false},   {"True #x", false, false}};
  for (const Case& c : cases) {
    bool value = !c.value;
    EXPECT_EQ(ParseIniBool(c.text, &value), c.ok) << c.text;
    if (c.ok) {
      EXPECT_EQ(value, c.value) << c.text;
    }
  }
}

TEST(PetrarchIniTest, DictLinesDropCommentsAndKeepLineNumbers) {
  std::vector<DictLine> lines = ReadDictLines(
      "<!-- header -->\n"
      "ALPHA [~A] # ab 01 Jan 2001\n"
      "\n"
      "  # only a comment\n"
      "<!-- a comment\n"
      "over two lines -->\n"
      "BETA <!-- inside --> GAMMA\r\n"
      "<! -- broken comment, skipped as PETRARCH does -->\n"
      "DELTA\t\n");
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_EQ(lines[0].number, 2u);
  EXPECT_EQ(lines[0].text, "ALPHA [~A]");
  EXPECT_EQ(lines[0].comment, "ab 01 Jan 2001");
  EXPECT_EQ(lines[1].number, 7u);
  EXPECT_EQ(lines[1].text, "BETA   GAMMA");
  EXPECT_EQ(lines[2].number, 9u);
  EXPECT_EQ(lines[2].text, "DELTA");
  EXPECT_EQ(lines[2].comment, "");
}

TEST(PetrarchIniTest, BlankXmlCommentsKeepsLines) {
  // "A <!-- x" is A and 7 blanks; "y --> B" is 6 blanks and B; "<! -- z -->" 11 blanks.
  EXPECT_EQ(BlankXmlComments("A <!-- x\ny --> B\n<! -- z -->\nC"),
            "A" + std::string(7, ' ') + "\n" + std::string(6, ' ') + "B\n" + std::string(11, ' ') +
                "\nC");
  std::vector<std::string_view> lines = SplitLines("one\r\ntwo\n\nfour");
  ASSERT_EQ(lines.size(), 5u);
  EXPECT_EQ(lines[1], "one");
  EXPECT_EQ(lines[2], "two");
  EXPECT_EQ(lines[3], "");
  EXPECT_EQ(lines[4], "four");
}

TEST(PetrarchIniTest, UpperCase) {
  EXPECT_EQ(UpperCase("pre-school n:dog"), "PRE-SCHOOL N:DOG");
  EXPECT_EQ(UpperCase("caf\xC3\xA9 \xC3\xBC"), "CAF\xC3\x89 \xC3\x9C");  // café ü
  EXPECT_EQ(UpperCase("a\xFF"
                      "b"),
            "A\xFF"
            "B");  // ill-formed byte kept
}

TEST(PetrarchIniTest, ConsecutiveWords) {
  Phrase phrase = ConsecutiveWords("  human_rights\tbody__ ");
  ASSERT_EQ(phrase.size(), 3u);
  EXPECT_EQ(phrase[0].text, "HUMAN");
  EXPECT_EQ(phrase[1].text, "RIGHTS");
  EXPECT_EQ(phrase[2].text, "BODY");
  for (size_t i = 0; i < phrase.size(); ++i) {
    EXPECT_EQ(phrase[i].kind, PhraseWord::Kind::kWord);
    EXPECT_FALSE(phrase[i].stem);
    EXPECT_FALSE(phrase[i].endings);
    EXPECT_EQ(phrase[i].adjacent_next, i + 1 < phrase.size());
  }
  EXPECT_EQ(PhraseKey(phrase), "HUMAN RIGHTS BODY");
  EXPECT_TRUE(ConsecutiveWords(" _ ").empty());
  EXPECT_EQ(PhraseKey(ConsecutiveWords("SAR-E_POL")), "SAR-E POL");
}

TEST(PetrarchIniTest, RegularPlural) {
  struct Case {
    const char* word;
    const char* plural;
  } const cases[] = {{"FARMER", "FARMERS"},
                     {"CITY", "CITIES"},
                     {"ATTORNEY", "ATTORNEYS"},
                     {"BUS", "BUSES"},
                     {"PRESS", "PRESSES"},
                     {"BOX", "BOXES"},
                     {"CHURCH", "CHURCHES"},
                     {"MILITIA", "MILITIAS"},
                     {"BUSH", "BUSHES"},
                     {"Y", "YS"},
                     {"", ""}};
  for (const Case& c : cases) EXPECT_EQ(RegularPlural(c.word), c.plural) << c.word;
}

TEST(PetrarchIniTest, RegularVerbForms) {
  struct Case {
    const char* verb;
    std::vector<std::string> forms;
  } const cases[] = {
      {"TALK", {"TALKS", "TALKED", "TALKING"}},      {"RACE", {"RACES", "RACED", "RACING"}},
      {"ARGUE", {"ARGUES", "ARGUED", "ARGUING"}},    {"FREE", {"FREES", "FREED", "FREEING"}},
      {"CARRY", {"CARRIES", "CARRIED", "CARRYING"}}, {"DELAY", {"DELAYS", "DELAYED", "DELAYING"}},
      {"REACH", {"REACHES", "REACHED", "REACHING"}}, {"FIX", {"FIXES", "FIXED", "FIXING"}},
  };
  for (const Case& c : cases) EXPECT_EQ(RegularVerbForms(c.verb), c.forms) << c.verb;
  EXPECT_TRUE(RegularVerbForms("").empty());
}

TEST(PetrarchIniTest, MakeWholeWordsReachesGroups) {
  PhraseWord inner;
  inner.text = "AID";
  PhraseWord group;
  group.kind = PhraseWord::Kind::kNounPhrase;
  group.alternatives.push_back({inner});
  PhraseWord word;
  word.text = "SEND";
  Phrase phrase = {word, group};
  MakeWholeWords(&phrase);
  EXPECT_FALSE(phrase[0].stem);
  EXPECT_FALSE(phrase[0].endings);
  EXPECT_FALSE(phrase[1].alternatives[0][0].stem);
  EXPECT_FALSE(phrase[1].alternatives[0][0].endings);
}

}  // namespace
}  // namespace acta::dict
