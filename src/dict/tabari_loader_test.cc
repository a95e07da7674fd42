#include "dict/tabari_loader.h"
#include "dict/dict_test_util.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace acta::dict {
namespace {

// Each warning as "line: message", with " (repaired)" when the entry was kept.
std::vector<std::string> Warnings(const Dictionary& d) {
  std::vector<std::string> out;
  for (const LoadWarning& w : d.warnings) {
    std::string line = std::to_string(w.line);
    line.append(": ").append(w.message).append(w.repaired ? " (repaired)" : "");
    out.push_back(std::move(line));
  }
  return out;
}

TEST(TabariActorsTest, ManualSynonymsAndMultiLineDates) {
  // Manual section 5.3.1, as printed.
  const char* kActors =
      "FRODO [HOB]\n"
      "GALADRIEL [ELF]\n"
      "GANDALF [WIZ]\n"
      "\n"
      "GOLLUM ; pas 27 Apr 03\n"
      "+SMEAGOL\n"
      "+SLINKER\n"
      "+STINKER\n"
      "  [HOB <950601]\n"
      "  [HOBGOV 950601-990815]\n"
      "  [HOBREB >990816]\n"
      "\n"
      "GONDOR\n"
      "+MINAS_TIRITH\n"
      "+ANORIEN\n"
      "  [GON]\n"
      "\n"
      "ITHILEN [ITH]\n"
      "KIRITH_UNGOL [LOR]\n";
  Dictionary d;
  LoadActorsFromBuffer(kActors, "lotr.actors", &d);
  EXPECT_TRUE(d.warnings.empty()) << Warnings(d).front();
  ASSERT_EQ(d.files, std::vector<std::string>{"lotr.actors"});
  ASSERT_EQ(d.actors.size(), 7u);
  EXPECT_EQ(d.counts.actors, 7u);
  EXPECT_EQ(d.counts.actor_phrases, 12u);
  const ActorEntry& gollum = d.actors[3];
  EXPECT_EQ(gollum.texts, (std::vector<std::string>{"GOLLUM", "SMEAGOL", "SLINKER", "STINKER"}));
  EXPECT_EQ(ShowCodes(gollum.codes),
            "HOB -..1995-06-01, HOBGOV 1995-06-01..1999-08-15, HOBREB 1999-08-16..-");
  EXPECT_EQ(gollum.comment, "pas 27 Apr 03");
  EXPECT_EQ(gollum.where.file, 0u);
  EXPECT_EQ(gollum.where.line, 5u);
  const ActorEntry& gondor = d.actors[4];
  EXPECT_EQ(gondor.texts, (std::vector<std::string>{"GONDOR", "MINAS_TIRITH", "ANORIEN"}));
  EXPECT_EQ(ShowCodes(gondor.codes), "GON");
  ASSERT_EQ(gondor.phrases[1].size(), 2u);
  EXPECT_EQ(gondor.phrases[1][0].text, "MINAS");
  EXPECT_FALSE(gondor.phrases[1][0].stem);
  EXPECT_TRUE(gondor.phrases[1][0].adjacent_next);
  EXPECT_EQ(gondor.phrases[1][1].text, "TIRITH");
  EXPECT_TRUE(gondor.phrases[1][1].stem);
  EXPECT_EQ(ShowCodes(d.actors[6].codes), "LOR");
}

TEST(TabariActorsTest, ProblemLinesGiveWarningsAndLoadingGoesOn) {
  const char* kActors =
      "U.N._\n"                                                                 // 1
      "\n"                                                                      // 2
      "UN_ [IGOUNO]\n"                                                          // 3
      "  [USAGOV 991201-010114]\n"                                              // 4
      "FAEROYENE]_  [DNKFRO]\n"                                                 // 5
      "FAEROYENE_ [DNKFRO]\n"                                                   // 6
      "A.H._BELO_CORPORATION_\t[MNCMED]\tNewspapers/Magazines\t$137,000,000\n"  // 7
      "LEONID_BREZHNEV_  # CountryInfo.txt\n"                                   // 8
      "LEONID_ILYICH_BREZHNEV\n"                                                // 9
      "\t[RUSELI 19240101-641014]\n"                                            // 10
      "\t[AFGELI 270101-730717]\n"                                              // 11
      "\t[AFGELI 270101-730717]\n"                                              // 12
      "[ABC]\n"                                                                 // 13
      "+\n"                                                                     // 14
      "LIAMINE_Z\x1aROUAL_  [DZA]\n"                                            // 15
      "WERE\xc2 [X]\n"                                                          // 16
      "  [PSEGOVFTA 030430 040101-040101]\n"                                    // 17
      "<NOUN>\n"                                                                // 18
      "BEES ;pas 26 Feb 2002\n"                                                 // 19
      "</NOUN>\n"                                                               // 20
      "<ADJECTIVE>\n"                                                           // 21
      "GOOD\n";                                                                 // 22
  Dictionary d;
  LoadActorsFromBuffer(kActors, "bad.actors", &d);
  const std::vector<std::string> kExpected = {
      "1: actor 'U.N._' has no code",
      "3: undated code [IGOUNO] comes before dated codes; moved after them (TABARI needs the "
      "default last) (repaired)",
      "5: misplaced ']' in 'FAEROYENE]_' repaired (repaired)",
      "6: duplicate actor phrase 'FAEROYENE_' (first at bad.actors:5) dropped",
      "7: text outside code blocks ignored: 'Newspapers/Magazines\t$137,000,000' (repaired)",
      "9: phrase line follows an entry that has no code yet; read as its synonym (repaired)",
      "11: [AFGELI 270101-730717]: date range 2027-01-01 to 1973-07-17 ends before it starts; "
      "start read as 1927-01-01 (repaired)",
      "12: [AFGELI 270101-730717]: date range 2027-01-01 to 1973-07-17 ends before it starts; "
      "start read as 1927-01-01 (repaired)",
      "13: code line is not indented; read as codes of the entry above (repaired)",
      "14: empty synonym",
      "15: dropped 1 control character(s) (repaired)",
      "12: repeated code [AFGELI 1927-01-01 to 1973-07-17] dropped (repaired)",
      "16: dropped 1 byte(s) of ill-formed UTF-8 (repaired)",
      "17: code block [PSEGOVFTA 030430 040101-040101] dropped: date '030430 040101' is not all "
      "digits",
      "21: <ADJECTIVE> section has no closing tag",
  };
  EXPECT_EQ(Warnings(d), kExpected);
  ASSERT_EQ(d.actors.size(), 6u);
  EXPECT_EQ(d.actors[0].texts, std::vector<std::string>{"UN_"});
  EXPECT_EQ(ShowCodes(d.actors[0].codes), "USAGOV 1999-12-01..2001-01-14, IGOUNO");
  EXPECT_EQ(d.actors[1].texts, std::vector<std::string>{"FAEROYENE_"});
  EXPECT_EQ(ShowCodes(d.actors[2].codes), "MNCMED");
  EXPECT_EQ(d.actors[3].texts,
            (std::vector<std::string>{"LEONID_BREZHNEV_", "LEONID_ILYICH_BREZHNEV"}));
  EXPECT_EQ(ShowCodes(d.actors[3].codes),
            "RUSELI 1924-01-01..1964-10-14, AFGELI 1927-01-01..1973-07-17, ABC");
  EXPECT_EQ(d.actors[4].texts, std::vector<std::string>{"LIAMINE_ZROUAL_"});
  EXPECT_EQ(d.actors[5].texts, std::vector<std::string>{"WERE"});
  ASSERT_EQ(d.nouns.size(), 1u);
  EXPECT_EQ(d.nouns[0][0].text, "BEES");
  ASSERT_EQ(d.adjectives.size(), 1u);
  EXPECT_EQ(d.counts.skipped, 3u);  // U.N._, the repeated FAEROYENE_, the empty synonym
}

TEST(TabariAgentsTest, SuffixAndPrefixCodes) {
  // Manual section 5.4, plus two lines with errors.
  const char* kAgents =
      "AMBASSADOR [~GOV]\n"
      "FOREIGN_MINISTER  [ ~GOVFRM] ;jap 4/14/01\n"
      "HUMAN_RIGHTS_BODY [NGO~]\n"
      "POLICE [COP]\n"
      "SOLDIERS_ [~MIL]\n"
      "+TROOPS_\n";
  Dictionary d;
  LoadAgentsFromBuffer(kAgents, "x.agents", &d);
  const std::vector<std::string> kExpected = {
      "4: code block [COP] dropped: agent code 'COP' has no '~'",
      "4: agent 'POLICE' has no code",
  };
  EXPECT_EQ(Warnings(d), kExpected);
  ASSERT_EQ(d.agents.size(), 4u);
  EXPECT_EQ(d.agents[0].code, "GOV");
  EXPECT_TRUE(d.agents[0].suffix);
  EXPECT_EQ(d.agents[1].code, "GOVFRM");
  EXPECT_EQ(d.agents[1].comment, "jap 4/14/01");
  EXPECT_EQ(d.agents[2].code, "NGO");
  EXPECT_FALSE(d.agents[2].suffix);
  EXPECT_EQ(d.agents[3].texts, (std::vector<std::string>{"SOLDIERS_", "TROOPS_"}));
  EXPECT_EQ(d.counts.agent_phrases, 5u);
}

TEST(TabariVerbsTest, RootsFormsPatternsSynsetsAndTime) {
  const char* kVerbs =
      "<SYNSETS>\n"                           // 1
      "&CURRENCY\n"                           // 2
      "+DOLLAR\n"                             // 3
      "+SWISS_FRANC\n"                        // 4
      "&RELATIONS\n"                          // 5
      "+&CURRENCY_EXCHANGE\n"                 // 6
      "</SYNSETS>\n"                          // 7
      "<TIME>\n"                              // 8
      "LAST_WEEK [-7]\n"                      // 9
      "TOMORROW [+1]\n"                       // 10
      "- * AND TOMORROW AND TOMORROW [+3]\n"  // 11
      "FOREVER_AND_A_DAY [- - -]\n"           // 12
      "</TIME>\n"                             // 13
      "BREAK_     [1717]\n"                   // 14
      "{BROKE_ BROKEN_}\n"                    // 15
      "- * TREATY [161]\n"                    // 16
      "- * BONE   [182] ; pas\n"              // 17
      "CONTRIBUT [070]\n"                     // 18
      "- * MILLIONS_OF_&CURRENCY [905]\n"     // 19
      "ACCEPT\n"                              // 20
      "- REFUSED TO * [112]\n"                // 21
      "MEET [031:031]\n"                      // 22
      "- % * IN [031]\n"                      // 23
      "~~FINISH 16:10 CDT Tue 27 May 2008\n"  // 24
      "IGNORED [000]\n";                      // 25
  Dictionary d;
  LoadVerbsFromBuffer(kVerbs, "demo.verbs", &d);
  EXPECT_TRUE(d.warnings.empty()) << Warnings(d).front();
  ASSERT_EQ(d.synsets.size(), 2u);
  EXPECT_EQ(d.synsets[0].name, "CURRENCY");
  EXPECT_EQ(d.synsets[0].texts, (std::vector<std::string>{"DOLLAR", "SWISS_FRANC"}));
  EXPECT_EQ(d.synsets[1].name, "RELATIONS");
  ASSERT_EQ(d.synsets[1].phrases.size(), 1u);
  EXPECT_EQ(d.synsets[1].phrases[0][0].kind, PhraseWord::Kind::kSynset);
  EXPECT_EQ(d.synsets[1].phrases[0][0].text, "CURRENCY");

  ASSERT_EQ(d.time_shifts.size(), 4u);
  EXPECT_EQ(d.time_shifts[0].text, "LAST_WEEK");
  EXPECT_EQ(d.time_shifts[0].code, "-7");
  EXPECT_EQ(d.time_shifts[1].code, "+1");
  // The pattern's '*' stands for its root.
  EXPECT_EQ(d.time_shifts[2].text, "* AND TOMORROW AND TOMORROW");
  EXPECT_EQ(d.time_shifts[2].code, "+3");
  ASSERT_EQ(d.time_shifts[2].phrase.size(), 5u);
  EXPECT_EQ(d.time_shifts[2].phrase[0].text, "TOMORROW");
  EXPECT_EQ(d.time_shifts[2].phrase[1].text, "AND");
  EXPECT_EQ(d.time_shifts[3].code, "---");
  EXPECT_EQ(d.time_shifts[3].where.line, 12u);

  ASSERT_EQ(d.verbs.size(), 4u);
  const VerbEntry& brk = d.verbs[0];
  EXPECT_EQ(brk.root_text, "BREAK_");
  EXPECT_FALSE(brk.root[0].stem);
  EXPECT_EQ(brk.code, "1717");
  EXPECT_EQ(brk.form_texts, (std::vector<std::string>{"BROKE_", "BROKEN_"}));
  ASSERT_EQ(brk.forms.size(), 2u);
  EXPECT_EQ(brk.forms[1][0].text, "BROKEN");
  EXPECT_FALSE(brk.forms[1][0].stem);
  ASSERT_EQ(brk.patterns.size(), 2u);
  EXPECT_EQ(brk.patterns[0].text, "* TREATY");
  EXPECT_EQ(brk.patterns[0].code, "161");
  EXPECT_EQ(brk.patterns[1].code, "182");
  EXPECT_EQ(brk.patterns[1].comment, "pas");
  EXPECT_EQ(brk.patterns[1].where.line, 17u);
  EXPECT_EQ(brk.patterns[1].phrase[0].kind, PhraseWord::Kind::kVerb);
  const VerbEntry& contribute = d.verbs[1];
  EXPECT_EQ(contribute.patterns[0].phrase.back().kind, PhraseWord::Kind::kSynset);
  EXPECT_EQ(contribute.patterns[0].phrase.back().text, "CURRENCY");
  EXPECT_EQ(d.verbs[2].root_text, "ACCEPT");
  EXPECT_EQ(d.verbs[2].code, "");
  EXPECT_EQ(d.verbs[2].patterns[0].code, "112");
  EXPECT_EQ(d.verbs[3].code, "031:031");
  EXPECT_EQ(d.verbs[3].patterns[0].phrase[0].kind, PhraseWord::Kind::kBoth);
  EXPECT_EQ(d.counts.verbs, 4u);
  EXPECT_EQ(d.counts.verb_patterns, 5u);
  EXPECT_EQ(d.counts.synsets, 2u);
  EXPECT_EQ(d.counts.time_shifts, 4u);
}

TEST(TabariVerbsTest, ProblemLinesGiveWarningsAndLoadingGoesOn) {
  const char* kVerbs =
      "- * ORPHAN [010]\n"                  // 1
      "ATTACK [223]\n"                      // 2
      "- * &NOSUCH [224]\n"                 // 3
      "- * NO_CODE\n"                       // 4
      "- FOO BAR [225]\n"                   // 5
      "- * TREATY [1 6]\n"                  // 6
      "ATTACK [190]\n"                      // 7
      "- * CITY [195]\n"                    // 8
      "- * CITY [196]\n"                    // 9
      " * TO_ LAY_ SIEGE [130]\n"           // 10
      "- + { WAS | WERE ] * BY_ $ [191]\n"  // 11
      "{ }\n"                               // 12
      "<ATTRIB>\n"                          // 13
      "SAID\n"                              // 14
      "</ATTRIB>\n"                         // 15
      "&SET\n"                              // 16
      "+&SET_AGAIN\n"                       // 17
      "BAD | ROOT\n"                        // 18
      "- * LOST [010]\n";                   // 19
  Dictionary d;
  LoadVerbsFromBuffer(kVerbs, "bad.verbs", &d);
  const std::vector<std::string> kExpected = {
      "1: pattern with no verb before it",
      "3: undefined synonym set &NOSUCH",
      "4: pattern '* NO_CODE' has no code",
      "5: pattern 'FOO BAR': pattern has no verb marker '*'",
      "6: pattern '* TREATY': event code '1 6' has characters other than letters, digits, ':', "
      "'?', '!'",
      "7: duplicate verb 'ATTACK' (first at bad.verbs:2); its forms and patterns join the first, "
      "its code [190] is ignored (repaired)",
      "9: duplicate pattern '* CITY' of verb 'ATTACK' dropped",
      "10: pattern line without '-'; read as a pattern (repaired)",
      "11: misplaced ']' in '+ { WAS | WERE ] * BY_ $' repaired (repaired)",
      "12: no verb forms inside '{ }'",
      "13: attribution section is not supported; its entries are ignored",
      "17: synonym set &SET refers to itself",
      "16: synonym set &SET has no members",
      "18: verb 'BAD | ROOT': '|' outside braces",
      "19: pattern of a verb that was dropped",
  };
  EXPECT_EQ(Warnings(d), kExpected);
  ASSERT_EQ(d.verbs.size(), 1u);
  EXPECT_EQ(d.verbs[0].code, "223");
  ASSERT_EQ(d.verbs[0].patterns.size(), 3u);
  EXPECT_EQ(d.verbs[0].patterns[0].code, "195");
  EXPECT_EQ(d.verbs[0].patterns[1].text, "* TO_ LAY_ SIEGE");
  EXPECT_EQ(d.verbs[0].patterns[2].text, "+ { WAS | WERE ] * BY_ $");
  EXPECT_EQ(d.verbs[0].patterns[2].phrase[1].kind, PhraseWord::Kind::kAlternatives);
  EXPECT_EQ(d.counts.skipped, 9u);
}

TEST(TabariVerbsTest, PetrarchOneBlocksAndInlineForms) {
  // The layout of phoenix/CAMEO.verbpatterns.150430.txt.
  const char* kVerbs =
      "&AUXVERB1_\n"
      "+WAS\n"
      "--- EXPLAIN_VERBAL [010]  ---\n"
      "EXPLAIN\n"
      "SAY  {SAYS SAID SAYING}\n"
      "EXPRESS [0110]\n"
      "SNUB [112] {SNUBS SNUBBED}\n"
      "+FIGHT_BACK {+FOUGHT_BACK +FIGHTS_BACK}\n"
      "- * &AUXVERB1 CLEAR [011]  # ABANDON <ab 10 Jul 2003>\n";
  Dictionary d;
  LoadVerbsFromBuffer(kVerbs, "p1.verbs", &d);
  EXPECT_TRUE(d.warnings.empty()) << Warnings(d).front();
  ASSERT_EQ(d.synsets.size(), 1u);
  EXPECT_EQ(d.synsets[0].name, "AUXVERB1");
  ASSERT_EQ(d.verbs.size(), 5u);
  EXPECT_EQ(d.verbs[0].block, "EXPLAIN_VERBAL");
  EXPECT_EQ(d.verbs[0].code, "010");
  EXPECT_EQ(d.verbs[1].root_text, "SAY");
  EXPECT_EQ(d.verbs[1].form_texts, (std::vector<std::string>{"SAYS", "SAID", "SAYING"}));
  EXPECT_EQ(d.verbs[2].code, "0110");
  EXPECT_EQ(d.verbs[3].code, "112");
  EXPECT_EQ(d.verbs[3].form_texts, (std::vector<std::string>{"SNUBS", "SNUBBED"}));
  EXPECT_EQ(d.verbs[4].root_text, "FIGHT_BACK");
  EXPECT_EQ(d.verbs[4].block, "EXPLAIN_VERBAL");
  EXPECT_EQ(d.verbs[4].form_texts, (std::vector<std::string>{"FOUGHT_BACK", "FIGHTS_BACK"}));
  // A block's patterns belong to its first root.
  ASSERT_EQ(d.verbs[0].patterns.size(), 1u);
  EXPECT_EQ(d.verbs[0].patterns[0].comment, "ABANDON <ab 10 Jul 2003>");
  EXPECT_TRUE(d.verbs[4].patterns.empty());
}

TEST(TabariOptionsTest, Commands) {
  const char* kOptions =
      "// OPTIONS FILE\n"                                     // 1
      "COMPLEX: VERBS[5] CONJ[4] NOACTPRIOR EXPLAIN\n"        // 2
      "SET: MINIMUM WORDS = 5\n"                              // 3
      "SET: CONVERT AGENTS = TRUE\n"                          // 4
      "SET: CODE BY SENTENCE\n"                               // 5
      "SET: DUP WARNING = F\n"                                // 6
      "LABEL: 031=MEET\n"                                     // 7
      "LABEL: ARN=Arnor\n"                                    // 8
      "DEFAULT: SOURCE: [usa] PRIOR TARGET: [WORLD] AFTER\n"  // 9
      "COMMA: MIN = 1 MAX = 8 EMIN=3 EMAX=10\n"               // 10
      "NONEVENTS: ONLY\n"                                     // 11
      "OUTPUT: ACTORS MATCH ID # the fields\n"                // 12
      "FORWARD: ^^^***NNNN*SSS DOC\n"                         // 13
      "SET: TIME SHIFTING = MAYBE\n"                          // 14
      "BOGUS: 1\n"                                            // 15
      "COMPLEX: VERBS[x] FOO\n"                               // 16
      "~~~~~\n"                                               // 17
      "LABEL: 99=AFTER THE END\n";                            // 18
  Dictionary d;
  LoadOptionsFromBuffer(kOptions, "x.options", &d);
  const std::vector<std::string> kExpected = {
      "14: SET: TIME SHIFTING needs TRUE or FALSE, not 'MAYBE'",
      "15: unknown option command 'BOGUS:'",
      "16: COMPLEX: VERBS needs [number]",
      "16: unknown COMPLEX: condition 'FOO'",
  };
  EXPECT_EQ(Warnings(d), kExpected);
  const CodingOptions& o = d.options;
  EXPECT_EQ(o.complex.verbs, 5u);
  EXPECT_EQ(o.complex.conjunctions, 4u);
  EXPECT_EQ(o.complex.actors, 0u);
  EXPECT_TRUE(o.complex.no_actor_prior);
  EXPECT_TRUE(o.complex.explain);
  EXPECT_FALSE(o.complex.no_verb);
  EXPECT_EQ(o.minimum_words, 5u);
  EXPECT_TRUE(o.convert_agents);
  EXPECT_TRUE(o.code_by_sentence);
  EXPECT_FALSE(o.duplicate_warnings);
  EXPECT_TRUE(o.time_shift);
  ASSERT_EQ(o.labels.size(), 2u);
  EXPECT_EQ(o.labels[0].code, "031");
  EXPECT_EQ(o.labels[0].text, "MEET");
  EXPECT_EQ(o.labels[1].text, "Arnor");
  EXPECT_EQ(d.event_codes, std::vector<std::string>{"031"});
  EXPECT_EQ(o.default_source, "USA");
  EXPECT_TRUE(o.default_source_prior);
  EXPECT_EQ(o.default_target, "WORLD");
  EXPECT_TRUE(o.default_target_after);
  EXPECT_EQ(o.comma_min, 1);
  EXPECT_EQ(o.comma_max, 8);
  EXPECT_EQ(o.comma_emin, 3);
  EXPECT_EQ(o.comma_emax, 10);
  EXPECT_EQ(o.nonevents, CodingOptions::Nonevents::kOnly);
  EXPECT_EQ(o.output_fields, (std::vector<std::string>{"ACTORS", "MATCH", "ID"}));
  ASSERT_EQ(o.raw.size(), 15u);  // lines 2-16, comments cut
  EXPECT_EQ(o.raw[10], "OUTPUT: ACTORS MATCH ID");
  EXPECT_EQ(o.raw[11], "FORWARD: ^^^***NNNN*SSS DOC");
}

TEST(TabariLoaderTest, WarningText) {
  EXPECT_EQ((LoadWarning{"x.actors", 12, "actor 'U.N._' has no code", false}).ToString(),
            "x.actors:12: actor 'U.N._' has no code");
}

TEST(TabariLoaderTest, DuplicateWarningsCanBeTurnedOff) {
  Dictionary d;
  LoadOptionsFromBuffer("SET: DUP WARNING = FALSE\n", "o", &d);
  LoadActorsFromBuffer("ISRAEL [ISR]\nISRAEL [ISR]\n", "a", &d);
  LoadVerbsFromBuffer("&S\n+A\n&S\n+B\nMEET [031]\n- * IN [031]\n- * IN [032]\n", "v", &d);
  EXPECT_TRUE(d.warnings.empty());
  EXPECT_EQ(d.actors.size(), 1u);
  EXPECT_EQ(d.synsets[0].texts, (std::vector<std::string>{"A", "B"}));
  EXPECT_EQ(d.verbs[0].patterns.size(), 1u);
  EXPECT_EQ(d.counts.skipped, 2u);
}

TEST(TabariLoaderTest, UnreadableFiles) {
  Dictionary d;
  Status s = LoadActorsFile("/nonexistent/dir/x.actors", &d);
  EXPECT_EQ(s.code(), Status::Code::kNotFound);
  EXPECT_TRUE(d.files.empty());
  s = LoadVerbsFile(std::filesystem::temp_directory_path().string(), &d);
  EXPECT_EQ(s.code(), Status::Code::kIoError);
  EXPECT_EQ(LoadTabariProject("/nonexistent/x.project").status().code(), Status::Code::kNotFound);
}

TEST(TabariLoaderTest, ProjectResolvesFilesBesideIt) {
  std::filesystem::path dir = std::filesystem::temp_directory_path() /
                              ("acta_tabari_project_" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  std::ofstream(dir / "p.project") << "comment line\n"
                                      "<actorsfile>\ta.actors\n"
                                      "<verbfile> v.verbs </verbfile> trailing comment\n"
                                      "<optionsfile> o.options\n"
                                      "<textfile> missing.text\n";
  std::ofstream(dir / "a.actors") << "ISRAEL [ISR]\n";
  std::ofstream(dir / "v.verbs") << "MEET [031]\n";
  std::ofstream(dir / "o.options") << "SET: CODE BY SENTENCE\n";
  Result<Dictionary> d = LoadTabariProject((dir / "p.project").string());
  ASSERT_TRUE(d.ok()) << d.status().ToString();
  EXPECT_TRUE(d->warnings.empty());
  EXPECT_EQ(d->files.size(), 3u);
  EXPECT_EQ(d->actors.size(), 1u);
  EXPECT_EQ(d->verbs.size(), 1u);
  EXPECT_TRUE(d->options.code_by_sentence);
  EXPECT_EQ(d->options.comma_bmin, 128);  // TABARI's default

  std::ofstream(dir / "p.project") << "<actorfile> gone.actors\n";
  EXPECT_EQ(LoadTabariProject((dir / "p.project").string()).status().code(),
            Status::Code::kNotFound);
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace acta::dict
