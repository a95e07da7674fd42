#include "dict/petrarch_loader.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <set>
#include <string>
#include <vector>

#include "dict/petrarch_ini.h"

namespace acta::dict {
namespace {

std::vector<std::string> Warnings(const Dictionary& dict) {
  std::vector<std::string> out;
  for (const LoadWarning& w : dict.warnings) out.push_back(w.ToString());
  return out;
}

bool HasWarning(const Dictionary& dict, const std::string& text) {
  std::vector<std::string> all = Warnings(dict);
  return std::find(all.begin(), all.end(), text) != all.end();
}

std::string Join(const char* const* lines, size_t n) {
  std::string text;
  for (size_t i = 0; i < n; ++i) text += std::string(lines[i]) + "\n";
  return text;
}

TEST(PetrarchLoaderTest, ConfigOptionsAndFiles) {
  Dictionary dict;
  PetrarchFiles files;
  ReadPetrarchConfigFromBuffer(
      "[Dictionaries]\n"
      "verbfile_name    = CAMEO.2.0.txt\n"
      "actorfile_list   = A.actors.txt, B.actors.txt,\n"
      "    C.actors.txt\n"
      "agentfile_name   = Agents.txt\n"
      "discardfile_name = Discards.txt\n"
      "[Options]\n"
      "new_actor_length = 4\n"
      "require_dyad = False\n"
      "comma_min = 3\n"
      "comma_emax = 0\n"
      "comma_max = many\n"
      "write_actor_root = True\n",
      "PETR_config.ini", &files, &dict);
  EXPECT_EQ(files.verbs, "CAMEO.2.0.txt");
  EXPECT_EQ(files.actors,
            (std::vector<std::string>{"A.actors.txt", "B.actors.txt", "C.actors.txt"}));
  EXPECT_EQ(files.agents, "Agents.txt");
  EXPECT_EQ(files.discards, "Discards.txt");
  EXPECT_EQ(files.issues, "");
  const CodingOptions& o = dict.options;
  EXPECT_FALSE(o.code_by_sentence);  // absent: PETRARCH's default
  EXPECT_FALSE(o.require_dyad);
  EXPECT_EQ(o.new_actor_length, 4u);
  EXPECT_EQ(o.comma_min, 3);
  EXPECT_EQ(o.comma_max, 8);  // unusable value: default kept
  EXPECT_EQ(o.comma_emax, 0);
  EXPECT_EQ(o.raw, (std::vector<std::string>{"new_actor_length = 4", "require_dyad = False",
                                             "comma_min = 3", "comma_emax = 0", "comma_max = many",
                                             "write_actor_root = True"}));
  EXPECT_EQ(Warnings(dict),
            (std::vector<std::string>{"PETR_config.ini:12: option comma_max has an unusable value "
                                      "\"many\"; ignored"}));
}

const char* const kAgents[] = {
    "<!-- AGENTS -->",                                 // 1
    "!PERSON! = MAN, MEN, WOMAN",                      // 2
    "CONGRESS!PERSON! [~LEG]",                         // 3
    "AMBASSADOR [~GOV] # LRP 02 Jun 2004",             // 4
    "ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOVATG]",  // 5
    "POLICE {} [~COP]",                                // 6
    "HUMAN_RIGHTS_BODY  [NGO~]",                       // 7
    "ISLAMIC_FRONT_  [~MUSREB]",                       // 8
    "CITY_COUNCIL [~GOV]",                             // 9
    "DEPARMENT_OF_ENVIRONMENT [~ENV}",                 // 10
    "ISLAMIC_EXTREMIST",                               // 11
    "!NOSUCH!_OFFICIAL [~GOV]",                        // 12
    "AMBASSADOR [~GOV]",                               // 13
    "POLICE [~MIL]",                                   // 14
    "AMBASSADORS [~DIP]",                              // 15
    "BAD_CODE [GOV]",                                  // 16
};

TEST(PetrarchLoaderTest, Agents) {
  Dictionary dict;
  LoadPetrarchAgentsFromBuffer(Join(kAgents, std::size(kAgents)), "agents.txt", &dict);
  struct Expected {
    std::vector<std::string> texts;
    const char* code;
    bool suffix;
    uint32_t line;
  } const expected[] = {
      {{"CONGRESSMAN", "CONGRESSMEN", "CONGRESSWOMAN"}, "LEG", true, 3},
      // AMBASSADORS is the regular plural; line 15 writes it out with [~DIP].
      {{"AMBASSADOR"}, "GOV", true, 4},
      {{"ATTORNEY GENERAL", "ATTORNEYS GENERAL"}, "GOVATG", true, 5},
      {{"HUMAN RIGHTS BODY", "HUMAN RIGHTS BODIES"}, "NGO", false, 7},
      {{"ISLAMIC FRONT"}, "MUSREB", true, 8},
      {{"CITY COUNCIL", "CITY COUNCILS"}, "GOV", true, 9},
      {{"DEPARMENT OF ENVIRONMENT", "DEPARMENT OF ENVIRONMENTS"}, "ENV", true, 10},
      {{"POLICE", "POLICES"}, "MIL", true, 14},
      // PETRARCH's rule adds -ES after a final S, whatever the word.
      {{"AMBASSADORS", "AMBASSADORSES"}, "DIP", true, 15},
  };
  ASSERT_EQ(dict.agents.size(), std::size(expected));
  for (size_t i = 0; i < dict.agents.size(); ++i) {
    const AgentEntry& a = dict.agents[i];
    EXPECT_EQ(a.texts, expected[i].texts) << i;
    EXPECT_EQ(a.phrases.size(), a.texts.size()) << i;
    EXPECT_EQ(a.code, expected[i].code) << i;
    EXPECT_EQ(a.suffix, expected[i].suffix) << i;
    EXPECT_EQ(a.where.line, expected[i].line) << i;
  }
  EXPECT_EQ(dict.agents[1].comment, "LRP 02 Jun 2004");
  const Phrase& body = dict.agents[3].phrases[1];
  ASSERT_EQ(body.size(), 3u);
  EXPECT_TRUE(body[0].adjacent_next);
  EXPECT_FALSE(body[2].adjacent_next);
  EXPECT_FALSE(body[2].stem);
  EXPECT_EQ(dict.counts.agents, 9u);
  EXPECT_EQ(dict.counts.agent_phrases, 17u);
  EXPECT_EQ(dict.counts.skipped, 5u);  // lines 6, 11, 12, 13 and 16
  EXPECT_EQ(Warnings(dict),
            (std::vector<std::string>{
                "agents.txt:10: code \"[~ENV}\" has no ']'",
                "agents.txt:11: agent has no [code]",
                "agents.txt:12: substitution set !NOSUCH! is not defined",
                "agents.txt:16: agent code 'GOV' has no '~'",
                "agents.txt:13: AMBASSADOR repeats line 4; dropped",
                "agents.txt:14: POLICE was coded [~COP] at line 6; this line's [~MIL] replaces it",
                "agents.txt:15: AMBASSADORS was coded [~GOV] at line 4; this line's [~DIP] "
                "replaces it",
            }));
}

TEST(PetrarchLoaderTest, Discards) {
  Dictionary dict;
  LoadPetrarchDiscardsFromBuffer(
      "# Story-level discards are indicated with a '+'.\n"
      "+ World Golf Championships   # pas 26-Feb-2014\n"
      "AVIAN INFLUENZA   # CTA 27 Jul 2009\tand MleH\n"
      "WORLD_WAR_II_\n"
      "avian influenza\n"
      "+\n"
      "+AVIAN INFLUENZA\n",
      "discards.txt", &dict);
  ASSERT_EQ(dict.discards.size(), 4u);
  EXPECT_TRUE(dict.discards[0].whole_story);
  EXPECT_EQ(PhraseKey(dict.discards[0].phrase), "WORLD GOLF CHAMPIONSHIPS");
  EXPECT_EQ(dict.discards[0].text, "+ World Golf Championships");
  EXPECT_EQ(dict.discards[0].where.line, 2u);
  EXPECT_FALSE(dict.discards[1].whole_story);
  EXPECT_EQ(PhraseKey(dict.discards[1].phrase), "AVIAN INFLUENZA");
  EXPECT_TRUE(dict.discards[1].phrase[0].adjacent_next);
  EXPECT_FALSE(dict.discards[1].phrase[1].stem);
  EXPECT_EQ(PhraseKey(dict.discards[2].phrase), "WORLD WAR II");
  EXPECT_TRUE(dict.discards[3].whole_story);  // the story-level twin of line 3 is kept
  EXPECT_EQ(dict.counts.discards, 4u);
  EXPECT_EQ(Warnings(dict), (std::vector<std::string>{"discards.txt:5: repeats line 3; dropped",
                                                      "discards.txt:6: discard has no words"}));
}

const char* const kIssues[] = {
    "# Phoenix Open Event Data Issues",                                      // 1
    "<ISSUE CATEGORY=\"EDUCATION\" TYPE=\"ALL\">",                           // 2
    "pre+n:school [EARLY_CHILDHOOD_EDUCATION]",                              // 3
    "v:massacre [ID_ATROCITY]",                                              // 4
    "~a head start",                                                         // 5
    "~~Armenian n:genocide",                                                 // 6
    "european central bank",                                                 // 7
    "intimidation of press [CENSORSHIP]intimidation of media [CENSORSHIP]",  // 8
    "aqim [TERROR] [TERROR]",                                                // 9
    "tamil eelam [TERROR]*******",                                           // 10
    "ebola\xE2\x80\xA0hemorrhagic fever [DISEASE]",                          // 11
    "</ISSUE>",                                                              // 12
    "</ISSUE>",                                                              // 13
    "v:massacre [ID_ATROCITY]",                                              // 14
};

TEST(PetrarchLoaderTest, Issues) {
  Dictionary dict;
  LoadPetrarchIssuesFromBuffer(Join(kIssues, std::size(kIssues)), "issues.txt", &dict);
  using Kind = IssueEntry::Kind;
  struct Expected {
    const char* text;
    const char* code;
    Kind kind;
    uint32_t line;
  } const expected[] = {
      {"PRE SCHOOL", "EARLY_CHILDHOOD_EDUCATION", Kind::kIssue, 3},
      {"PRE SCHOOLS", "EARLY_CHILDHOOD_EDUCATION", Kind::kIssue, 3},
      {"PRE-SCHOOL", "EARLY_CHILDHOOD_EDUCATION", Kind::kIssue, 3},
      {"PRE-SCHOOLS", "EARLY_CHILDHOOD_EDUCATION", Kind::kIssue, 3},
      {"MASSACRE", "ID_ATROCITY", Kind::kIssue, 4},
      {"MASSACRES", "ID_ATROCITY", Kind::kIssue, 4},
      {"MASSACRED", "ID_ATROCITY", Kind::kIssue, 4},
      {"MASSACRING", "ID_ATROCITY", Kind::kIssue, 4},
      {"A HEAD START", "", Kind::kIgnoreSentence, 5},
      {"ARMENIAN GENOCIDE", "", Kind::kIgnoreStory, 6},
      {"ARMENIAN GENOCIDES", "", Kind::kIgnoreStory, 6},
      {"INTIMIDATION OF PRESS", "CENSORSHIP", Kind::kIssue, 8},
      {"INTIMIDATION OF MEDIA", "CENSORSHIP", Kind::kIssue, 8},
      {"AQIM", "TERROR", Kind::kIssue, 9},
      {"TAMIL EELAM", "TERROR", Kind::kIssue, 10},
      {"EBOLA HEMORRHAGIC FEVER", "DISEASE", Kind::kIssue, 11},
  };
  ASSERT_EQ(dict.issues.size(), std::size(expected));
  for (size_t i = 0; i < dict.issues.size(); ++i) {
    const IssueEntry& e = dict.issues[i];
    EXPECT_EQ(e.text, expected[i].text) << i;
    EXPECT_EQ(PhraseKey(e.phrase), expected[i].text) << i;
    EXPECT_EQ(e.code, expected[i].code) << i;
    EXPECT_EQ(e.kind, expected[i].kind) << i;
    EXPECT_EQ(e.category, "EDUCATION") << i;
    EXPECT_EQ(e.where.line, expected[i].line) << i;
  }
  EXPECT_EQ(dict.issues[2].phrase.size(), 1u);  // PRE-SCHOOL is one word
  EXPECT_EQ(dict.counts.issues, 16u);
  EXPECT_EQ(Warnings(dict), (std::vector<std::string>{
                                "issues.txt:7: issue phrase has no [code]",
                                "issues.txt:8: a second entry on the same line",
                                "issues.txt:9: code [TERROR] repeated; ignored",
                                "issues.txt:10: text after the code ignored: \"*******\"",
                                "issues.txt:11: '\u2020' read as a space",
                                "issues.txt:13: </ISSUE> without an open <ISSUE>",
                                "issues.txt:14: issue phrase adds nothing new",
                            }));
  EXPECT_EQ(dict.counts.skipped, 2u);  // lines 7 and 14
}

TEST(PetrarchLoaderTest, IssueExpansionsAreBounded) {
  Dictionary six;  // 2^6 = 64 forms: all kept
  LoadPetrarchIssuesFromBuffer("a+b+c+d+e+f+g [X]\n", "i", &six);
  EXPECT_EQ(six.issues.size(), 64u);
  EXPECT_TRUE(six.warnings.empty());
  Dictionary seven;  // 2^7 = 128 forms: the first 64 kept
  LoadPetrarchIssuesFromBuffer("a+b+c+d+e+f+g+h [X]\n", "i", &seven);
  EXPECT_EQ(seven.issues.size(), 64u);
  EXPECT_EQ(Warnings(seven),
            (std::vector<std::string>{"i:1: more than 64 forms; the rest left out"}));
  EXPECT_EQ(seven.issues[0].text, "A B C D E F G H");
}

TEST(PetrarchLoaderTest, GarbageNeverCrashes) {
  const char* const inputs[] = {
      "[",  "]", "{", "}",  "!",    "!X! =",  "!",      "~",         "~~",   "n:",
      "v:", "+", "<", "[~", "A {B", "<ISSUE", "x [] y", "n:+v: [A]", "\xFF", "a+b+c+d+e+f [X]"};
  for (const char* input : inputs) {
    Dictionary dict;
    LoadPetrarchAgentsFromBuffer(input, "a", &dict);
    LoadPetrarchDiscardsFromBuffer(input, "d", &dict);
    LoadPetrarchIssuesFromBuffer(input, "i", &dict);
    LoadPetrarchVerbsFromBuffer(input, "v", &dict);
    LoadPetrarchActorsFromBuffer(input, "c", &dict);
    EXPECT_EQ(dict.files.size(), 5u) << input;
  }
}

// A PETRARCH-1 verb file goes through the TABARI reader, then PETRARCH's rules.
TEST(PetrarchLoaderTest, Petrarch1VerbsFollowPetrarchRules) {
  Dictionary dict;
  LoadPetrarchVerbsFromBuffer(
      "<!-- VERBS -->\n"
      "&CURRENCY\n"
      "+DOLLAR\n"
      "+CASH_\n"
      "&AUXVERB_\n"
      "+WAS\n"
      "--- EXPLAIN_VERBAL [010] ---\n"
      "SAY {SAYS SAID SAYING}\n"
      "+CLEAR_UP\n"
      "RE_+ARREST\n"
      "CARRY [0110]\n"
      "- * + OVER &CURRENCY [012]  # SAY\n",
      "verbs.txt", &dict);
  EXPECT_EQ(dict.flavor, Dictionary::Flavor::kPetrarch1);
  EXPECT_TRUE(dict.warnings.empty()) << Warnings(dict).front();
  ASSERT_EQ(dict.verbs.size(), 4u);
  struct Expected {
    const char* root;
    const char* code;
    std::vector<std::string> forms;
  } const expected[] = {
      {"SAY", "010", {"SAYS", "SAID", "SAYING"}},
      {"+CLEAR_UP", "010", {"+CLEARS_UP", "+CLEARED_UP", "+CLEARING_UP"}},
      {"RE_+ARREST", "010", {"RE_+ARRESTS", "RE_+ARRESTED", "RE_+ARRESTING"}},
      {"CARRY", "0110", {"CARRIES", "CARRIED", "CARRYING"}},
  };
  for (size_t i = 0; i < dict.verbs.size(); ++i) {
    EXPECT_EQ(dict.verbs[i].root_text, expected[i].root) << i;
    EXPECT_EQ(dict.verbs[i].code, expected[i].code) << i;
    EXPECT_EQ(dict.verbs[i].form_texts, expected[i].forms) << i;
    EXPECT_EQ(dict.verbs[i].block, "EXPLAIN_VERBAL") << i;
  }
  ASSERT_EQ(dict.verbs[0].patterns.size(), 1u);
  for (const PhraseWord& w : dict.verbs[0].patterns[0].phrase) EXPECT_FALSE(w.stem);
  ASSERT_EQ(dict.synsets.size(), 2u);
  EXPECT_EQ(dict.synsets[0].texts, (std::vector<std::string>{"DOLLAR", "DOLLARS", "CASH"}));
  EXPECT_EQ(dict.synsets[1].texts, (std::vector<std::string>{"WAS"}));
}

// Actors: TABARI's format, read as PETRARCH does: consecutive whole words.
TEST(PetrarchLoaderTest, ActorsAreWholeConsecutiveWords) {
  Dictionary dict;
  LoadPetrarchActorsFromBuffer(
      "<!-- ACTORS -->\n"
      "AFGHANISTAN_  [AFG]\n"
      "+AFGHAN\n"
      "+MAZAR-I-SHARIF_\n"
      "UNITED STATES [USA]\n"
      "UNITED_STATES_ [USA]\n",
      "actors.txt", &dict);
  ASSERT_EQ(dict.actors.size(), 2u);
  EXPECT_EQ(PhraseKey(dict.actors[0].phrases[2]), "MAZAR-I-SHARIF");
  const Phrase& us = dict.actors[1].phrases[0];
  ASSERT_EQ(us.size(), 2u);
  EXPECT_TRUE(us[0].adjacent_next);
  EXPECT_FALSE(us[1].stem);
  EXPECT_EQ(dict.counts.actors, 2u);
  EXPECT_EQ(dict.counts.actor_phrases, 4u);
  EXPECT_TRUE(HasWarning(dict,
                         "actors.txt:6: actor phrase UNITED STATES repeats line 5 (PETRARCH reads "
                         "'_' as a blank); dropped"));
}

std::string PhoenixDir() { return std::string(ACTA_SHARED_DIR) + "/dictionaries/phoenix"; }

// The Phoenix dictionaries PETR_config.ini names. Counts checked against the
// files independently:
//   discards: grep -v '^#' Phoenix.discards.txt | grep -c '[^[:space:]]' = 506;
//   agents: grep -v '^#' Phoenix.agents.txt | grep -c '\[' = 2244 coded lines;
//     9 of them lose every phrase to repeats or to later lines (warned), leaving
//     2235; line 1927 has no code at all;
//   verbs: awk 'NR>685 && !/^-/ && !/^#/ && NF' CAMEO.verbpatterns.150430.txt
//     | wc -l = 1860 verb lines, 43 of which repeat an earlier verb, leaving 1817;
//   synonym sets: grep -c '^&' CAMEO.verbpatterns.150430.txt = 38;
//   ignore phrases for whole stories: grep '^~~' Phoenix.IssueCoding.txt | tr a-z A-Z
//     | sort -u | wc -l = 79 different lines (83 with 4 repeats).
TEST(PetrarchLoaderTest, LoadsPhoenixConfig) {
  std::string ini = PhoenixDir() + "/PETR_config.ini";
  if (!std::filesystem::exists(ini)) GTEST_SKIP() << "shared dictionaries not available: " << ini;
  Result<Dictionary> loaded = LoadPetrarchConfig(ini);
  ASSERT_TRUE(loaded.ok()) << loaded.status().ToString();
  const Dictionary& dict = *loaded;
  EXPECT_EQ(dict.flavor, Dictionary::Flavor::kPetrarch1);
  EXPECT_EQ(dict.files,
            (std::vector<std::string>{
                "PETR_config.ini", "CAMEO.verbpatterns.150430.txt", "Phoenix.Countries.actors.txt",
                "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt",
                "Phoenix.agents.txt", "Phoenix.discards.txt", "Phoenix.IssueCoding.txt"}));
  EXPECT_EQ(dict.counts.discards, 506u);
  EXPECT_EQ(dict.counts.agents, 2235u);
  EXPECT_EQ(dict.counts.verbs, 1817u);
  EXPECT_EQ(dict.counts.synsets, 38u);
  std::set<uint32_t> story_ignores;
  for (const IssueEntry& issue : dict.issues) {
    if (issue.kind == IssueEntry::Kind::kIgnoreStory) story_ignores.insert(issue.where.line);
  }
  EXPECT_EQ(story_ignores.size(), 79u);
  EXPECT_GT(dict.counts.actors, 20000u);

  EXPECT_TRUE(dict.options.code_by_sentence);
  EXPECT_TRUE(dict.options.require_dyad);
  EXPECT_EQ(dict.options.new_actor_length, 0u);
  EXPECT_EQ(dict.options.comma_max, 8);

  EXPECT_TRUE(HasWarning(dict, "Phoenix.agents.txt:544: code \"[~ENV}\" has no ']'"));
  EXPECT_TRUE(HasWarning(dict, "Phoenix.agents.txt:1927: agent has no [code]"));
  EXPECT_TRUE(HasWarning(dict,
                         "Phoenix.agents.txt:2317: ASSAILANT was coded [~CRM] at line 290; this "
                         "line's [~UAF] replaces it"));
  EXPECT_TRUE(HasWarning(dict, "Phoenix.IssueCoding.txt:141: issue phrase has no [code]"));
  EXPECT_TRUE(HasWarning(dict, "Phoenix.IssueCoding.txt:1198: a second entry on the same line"));
  EXPECT_TRUE(HasWarning(dict, "Phoenix.IssueCoding.txt:1840: '\u2020' read as a space"));
  EXPECT_TRUE(HasWarning(dict, "Phoenix.IssueCoding.txt:481: </ISSUE> without an open <ISSUE>"));

  // "CATTLE!PERSON! [~AGR]" (line 61) expands without plurals.
  const AgentEntry* cattle = nullptr;
  for (const AgentEntry& a : dict.agents) {
    if (a.where.line == 61) cattle = &a;
  }
  ASSERT_NE(cattle, nullptr);
  EXPECT_EQ(cattle->texts, (std::vector<std::string>{"CATTLEMAN", "CATTLEMEN", "CATTLEWOMAN",
                                                     "CATTLEWOMEN", "CATTLEPERSON"}));
  EXPECT_EQ(cattle->code, "AGR");
}

TEST(PetrarchLoaderTest, LoadsUnitTestEnvironment) {
  std::string xml = std::string(ACTA_SHARED_DIR) + "/suites/petrarch/PETR.UnitTest.records.xml";
  if (!std::filesystem::exists(xml)) GTEST_SKIP() << "shared suites not available: " << xml;
  Result<Dictionary> loaded = LoadPetrarchEnvironment(xml);
  ASSERT_TRUE(loaded.ok()) << loaded.status().ToString();
  const Dictionary& dict = *loaded;
  // PETR.Validate.verbs.txt has no phrase groups: PETRARCH-1.
  EXPECT_EQ(dict.flavor, Dictionary::Flavor::kPetrarch1);
  EXPECT_EQ(dict.files,
            (std::vector<std::string>{"PETR.UnitTest.records.xml", "PETR.Validate.verbs.txt",
                                      "PETR.Validate.actors.txt", "PETR.Validate.agents.txt",
                                      "PETR.Validate.discards.txt"}));
  EXPECT_EQ(dict.options.raw, (std::vector<std::string>{"stop_on_error = True"}));
  // grep -c '^---' PETR.Validate.verbs.txt = 261 blocks; grep -c '^&' = 16 sets.
  EXPECT_EQ(dict.counts.synsets, 16u);
  EXPECT_FALSE(dict.verbs.empty());
  EXPECT_FALSE(dict.actors.empty());
  // grep -v '^<' PETR.Validate.discards.txt | grep -c '[^[:space:]]' = 9.
  EXPECT_EQ(dict.counts.discards, 9u);
  // "KLM_NOP_+RST [002]": RST is the verb.
  const VerbEntry* klm = nullptr;
  for (const VerbEntry& v : dict.verbs) {
    if (v.root_text == "KLM_NOP_+RST") klm = &v;
  }
  ASSERT_NE(klm, nullptr);
  EXPECT_TRUE(klm->root[2].head);
  EXPECT_EQ(klm->code, "002");
}

class PetrarchFilesTest : public testing::Test {
 protected:
  void SetUp() override {
    // One directory per test: ctest runs this fixture's tests at the same time.
    dir_ = std::filesystem::path(testing::TempDir()) /
           (std::string("petrarch_loader_test_") +
            testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::create_directories(dir_);
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  std::string Write(const std::string& name, const std::string& text) {
    std::string path = (dir_ / name).string();
    std::ofstream(path) << text;
    return path;
  }
  std::filesystem::path dir_;
};

TEST_F(PetrarchFilesTest, Errors) {
  Result<Dictionary> missing = LoadPetrarchConfig((dir_ / "none.ini").string());
  EXPECT_EQ(missing.status().code(), Status::Code::kNotFound);

  std::string no_verbs = Write("no_verbs.ini", "[Dictionaries]\nagentfile_name = a.txt\n");
  EXPECT_EQ(LoadPetrarchConfig(no_verbs).status().code(), Status::Code::kInvalidArgument);

  std::string absent = Write("absent.ini", "[Dictionaries]\nverbfile_name = gone.txt\n");
  EXPECT_EQ(LoadPetrarchConfig(absent).status().code(), Status::Code::kNotFound);

  std::string xml = Write("records.xml", "<Sentences></Sentences>\n");
  EXPECT_EQ(LoadPetrarchEnvironment(xml).status().code(), Status::Code::kInvalidArgument);

  Dictionary dict;
  EXPECT_EQ(LoadPetrarchAgentsFile((dir_ / "none.txt").string(), &dict).code(),
            Status::Code::kNotFound);
}

TEST_F(PetrarchFilesTest, ConfigResolvesFilesBesideIt) {
  Write("verbs.txt", "--- GRANT [070] ---\nGIVE {GAVE GIVEN}\n- * (TO +) [071]\n");
  Write("actors.txt", "IRAN_ [IRN]\n");
  Write("issues.txt", "oil [OIL]\n");
  std::string ini = Write("PETR_config.ini",
                          "[Dictionaries]\nverbfile_name = verbs.txt\n"
                          "actorfile_list = actors.txt\nissuefile_name = issues.txt\n"
                          "[Options]\ncode_by_sentence = True\n");
  Result<Dictionary> loaded = LoadPetrarchConfig(ini);
  ASSERT_TRUE(loaded.ok()) << loaded.status().ToString();
  EXPECT_EQ(loaded->flavor, Dictionary::Flavor::kPetrarch2);
  EXPECT_EQ(loaded->files,
            (std::vector<std::string>{"PETR_config.ini", "verbs.txt", "actors.txt", "issues.txt"}));
  EXPECT_EQ(loaded->counts.verbs, 1u);
  EXPECT_EQ(loaded->counts.verb_patterns, 1u);
  EXPECT_EQ(loaded->counts.actors, 1u);
  EXPECT_EQ(loaded->counts.issues, 1u);
  EXPECT_TRUE(loaded->options.code_by_sentence);
  EXPECT_TRUE(loaded->warnings.empty());

  Write("records.xml",
        "<Validation>\n<Environment>\n  <Verbfile>verbs.txt</Verbfile>\n"
        "  <Actorfile>actors.txt</Actorfile>\n"
        "  <Config option=\"new_actor_length\" value=\"x\"></Config>\n"
        "</Environment>\n</Validation>\n");
  Result<Dictionary> env = LoadPetrarchEnvironment((dir_ / "records.xml").string());
  ASSERT_TRUE(env.ok()) << env.status().ToString();
  EXPECT_EQ(env->counts.actors, 1u);
  EXPECT_EQ(Warnings(*env), (std::vector<std::string>{
                                "records.xml:5: option new_actor_length has an unusable value "
                                "\"x\"; ignored"}));
}

}  // namespace
}  // namespace acta::dict
