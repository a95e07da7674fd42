#include "dict/petrarch2_verbs.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <iterator>
#include <string>
#include <vector>

#include "common/file.h"
#include "dict/petrarch_ini.h"

namespace acta::dict {
namespace {

// A pattern written back: words as text (a stem would show a trailing '~'),
// '*' '$' '+' '%' '^', &SET, {noun phrase}, (prepositional phrase), A/B for
// alternatives; '_' joins adjacent elements, ' ' separates the others.
std::string Show(const Phrase& phrase) {
  std::string out;
  for (size_t i = 0; i < phrase.size(); ++i) {
    const PhraseWord& w = phrase[i];
    switch (w.kind) {
      case PhraseWord::Kind::kWord:
        out += w.text;
        if (w.stem) out += '~';
        break;
      case PhraseWord::Kind::kVerb:
        out += "*";
        break;
      case PhraseWord::Kind::kSource:
        out += "$";
        break;
      case PhraseWord::Kind::kTarget:
        out += "+";
        break;
      case PhraseWord::Kind::kBoth:
        out += "%";
        break;
      case PhraseWord::Kind::kSkipActor:
        out += "^";
        break;
      case PhraseWord::Kind::kSynset:
        out += '&';
        out += w.text;
        break;
      case PhraseWord::Kind::kAlternatives:
        for (size_t a = 0; a < w.alternatives.size(); ++a) {
          if (a > 0) out += '/';
          out += Show(w.alternatives[a]);
        }
        break;
      case PhraseWord::Kind::kNounPhrase:
        out += '{';
        out += Show(w.alternatives.at(0));
        out += '}';
        break;
      case PhraseWord::Kind::kPrepPhrase:
        out += '(';
        out += Show(w.alternatives.at(0));
        out += ')';
        break;
    }
    if (i + 1 < phrase.size()) out += w.adjacent_next ? '_' : ' ';
  }
  return out;
}

std::vector<std::string> Warnings(const Dictionary& dict) {
  std::vector<std::string> out;
  for (const LoadWarning& w : dict.warnings) {
    std::string text = std::to_string(w.line);
    text += w.repaired ? " (repaired) " : " ";
    text += w.message;
    out.push_back(std::move(text));
  }
  return out;
}

// Line numbers are those of the joined text.
const char* const kSnippet[] = {
    "&CURRENCY",                                                // 1
    "+DOLLAR",                                                  // 2
    "+PRIME_MINISTER",                                          // 3
    "+CASH_",                                                   // 4
    "&AUXVERB_",                                                // 5
    "+WAS",                                                     // 6
    "+IS_TO",                                                   // 7
    "",                                                         // 8
    "---  SEND   [070]  ---",                                   // 9
    "SEND {SENDS SENT SENDING}",                                // 10
    "DISPATCH",                                                 // 11
    "REQUEST [020]",                                            // 12
    "+CALL_OFF {+CALLS_OFF +CALLED_OFF, +CALLING_OFF} [:160]",  // 13
    "RE_+ARREST",                                               // 14
    "SCRAP {SCRAPPING SCRAPS SCRAPPED };shan 8/30/93",          // 15
    "+ANGERED_BY {}",                                           // 16
    "- * {ARMS SHIPMENT} (TO +)   [072:073]  # SEND",           // 17
    "- $ * (FOR {FINANCIAL AID})  [0231]",                      // 18
    "- * &CURRENCY (TO {&AUXVERB SUPPORT})  [071]",             // 19
    "- SPY_*_DEAL  [---]",                                      // 20
    "- * (TO/FOR PROTEST)  [141]",                              // 21
    "- * VENTURE (WITH VISIT)   VISIT)[042:043]",               // 22
    "- * DOWN (FROM)  [080!]",                                  // 23
    "- * (FROM ^)",                                             // 24
    "- * (BY &NOSUCHSET)  [111]",                               // 25
    "- * * TWICE [010]",                                        // 26
    "- NO VERB [010]",                                          // 27
    "",                                                         // 28
    "---  OFFEND   [:110]  ---",                                // 29
    "OFFEND",                                                   // 30
    "DISPATCH",                                                 // 31
    "- * (TO CORE)  [012]",                                     // 32
    "",                                                         // 33
    "~ a (a b ATTACK) SAY = a b 015",                           // 34
    "~ a (b . SEND) OFFEND = a b Q",                            // 35
    "~ broken",                                                 // 36
};

Dictionary LoadSnippet() {
  std::string text;
  for (const char* line : kSnippet) text += std::string(line) + "\n";
  Dictionary dict;
  LoadPetrarch2VerbsFromBuffer(text, "snippet.txt", &dict);
  return dict;
}

TEST(Petrarch2VerbsTest, DetectsTheFormat) {
  struct Case {
    const char* text;
    bool petrarch2;
  } const cases[] = {
      {"--- RUSH [042] ---\nRUSH\n- * (TO) [042:043]\n", true},
      {"--- SHIP [070] ---\nSHIP\n- * {ARMS SHIPMENT} [072]\n", true},
      {"~ a (a b ATTACK) SAY = a b 015\n", true},
      {"--- ATTACK [190] ---\nATTACK\n- * { TANKS | TROOPS } [190]\n", false},
      {"--- SAY (VERBAL) [010] ---\nSAY {SAYS SAID}\n", false},
      {"--- SAY [010] ---\nSAY\n- * X [011] # SAY (the target)\n", false},
      {"ABANDON\n- * HEADQUARTERS [0874]\n", false},
      {"", false},
  };
  for (const Case& c : cases) EXPECT_EQ(LooksLikePetrarch2Verbs(c.text), c.petrarch2) << c.text;
}

TEST(Petrarch2VerbsTest, SynonymSetsGetPluralsUnlessMarked) {
  Dictionary dict = LoadSnippet();
  ASSERT_EQ(dict.synsets.size(), 2u);
  EXPECT_EQ(dict.synsets[0].name, "CURRENCY");
  EXPECT_EQ(dict.synsets[0].texts, (std::vector<std::string>{"DOLLAR", "DOLLARS", "PRIME MINISTER",
                                                             "PRIME MINISTERS", "CASH"}));
  EXPECT_EQ(Show(dict.synsets[0].phrases[3]), "PRIME_MINISTERS");
  EXPECT_EQ(dict.synsets[1].name, "AUXVERB");
  EXPECT_EQ(dict.synsets[1].texts, (std::vector<std::string>{"WAS", "IS TO"}));
  EXPECT_EQ(dict.synsets[1].where.line, 5u);
}

TEST(Petrarch2VerbsTest, VerbBlocks) {
  Dictionary dict = LoadSnippet();
  EXPECT_EQ(dict.flavor, Dictionary::Flavor::kPetrarch2);
  ASSERT_EQ(dict.files, (std::vector<std::string>{"snippet.txt"}));
  struct Expected {
    const char* root;
    const char* block;
    const char* code;
    std::vector<std::string> forms;
    uint32_t line;
  } const expected[] = {
      {"SEND", "SEND", "070", {"SENDS", "SENT", "SENDING"}, 10},
      // DISPATCH (line 11) moved to block OFFEND, as PETRARCH-2 does.
      {"REQUEST", "SEND", "020", {"REQUESTS", "REQUESTED", "REQUESTING"}, 12},
      {"+CALL_OFF", "SEND", ":160", {"+CALLS_OFF", "+CALLED_OFF", "+CALLING_OFF"}, 13},
      {"RE_+ARREST", "SEND", "070", {"RE_+ARRESTS", "RE_+ARRESTED", "RE_+ARRESTING"}, 14},
      {"SCRAP", "SEND", "070", {"SCRAPPING", "SCRAPS", "SCRAPPED"}, 15},
      {"+ANGERED_BY", "SEND", "070", {}, 16},
      {"OFFEND", "OFFEND", ":110", {"OFFENDS", "OFFENDED", "OFFENDING"}, 30},
      {"DISPATCH", "OFFEND", ":110", {"DISPATCHES", "DISPATCHED", "DISPATCHING"}, 31},
  };
  ASSERT_EQ(dict.verbs.size(), std::size(expected));
  for (size_t i = 0; i < dict.verbs.size(); ++i) {
    const VerbEntry& v = dict.verbs[i];
    EXPECT_EQ(v.root_text, expected[i].root) << i;
    EXPECT_EQ(PetrarchVerbText(v.root), expected[i].root) << i;
    EXPECT_EQ(v.block, expected[i].block) << i;
    EXPECT_EQ(v.code, expected[i].code) << i;
    EXPECT_EQ(v.form_texts, expected[i].forms) << i;
    EXPECT_EQ(v.forms.size(), v.form_texts.size()) << i;
    EXPECT_EQ(v.where.line, expected[i].line) << i;
  }
  EXPECT_EQ(dict.verbs[4].comment, "shan 8/30/93");
  // The head of "+CALL_OFF" is CALL, of "RE_+ARREST" ARREST.
  EXPECT_TRUE(dict.verbs[2].root[0].head);
  EXPECT_FALSE(dict.verbs[2].root[1].head);
  EXPECT_TRUE(dict.verbs[2].root[0].adjacent_next);
  EXPECT_TRUE(dict.verbs[3].root[1].head);
  EXPECT_EQ(dict.verbs[3].forms[1][1].text, "ARRESTED");
  EXPECT_EQ(dict.counts.verbs, 8u);
}

TEST(Petrarch2VerbsTest, PatternsWithPhraseGroups) {
  Dictionary dict = LoadSnippet();
  const std::vector<VerbPattern>& send = dict.verbs[0].patterns;
  struct Expected {
    const char* shown;
    const char* code;
    uint32_t line;
  } const expected[] = {
      {"* {ARMS SHIPMENT} (TO +)", "072:073", 17},
      {"$ * (FOR {FINANCIAL AID})", "0231", 18},
      {"* &CURRENCY (TO {&AUXVERB SUPPORT})", "071", 19},
      {"SPY_*_DEAL", "---", 20},
      {"* (TO/FOR PROTEST)", "141", 21},
      {"* VENTURE (WITH VISIT) VISIT", "042:043", 22},
      {"* DOWN (FROM)", "080", 23},
  };
  ASSERT_EQ(send.size(), std::size(expected));
  for (size_t i = 0; i < send.size(); ++i) {
    EXPECT_EQ(Show(send[i].phrase), expected[i].shown) << i;
    EXPECT_EQ(send[i].code, expected[i].code) << i;
    EXPECT_EQ(send[i].where.line, expected[i].line) << i;
  }
  EXPECT_EQ(send[0].text, "* {ARMS SHIPMENT} (TO +)");
  EXPECT_EQ(send[0].comment, "SEND");
  // The block's other verbs share the first verb's patterns.
  for (size_t v = 1; v < 6; ++v) EXPECT_TRUE(dict.verbs[v].patterns.empty()) << v;
  ASSERT_EQ(dict.verbs[6].patterns.size(), 1u);
  EXPECT_EQ(Show(dict.verbs[6].patterns[0].phrase), "* (TO CORE)");
  EXPECT_EQ(dict.counts.verb_patterns, 8u);

  const Phrase& first = send[0].phrase;
  ASSERT_EQ(first.size(), 3u);
  EXPECT_EQ(first[1].kind, PhraseWord::Kind::kNounPhrase);
  EXPECT_EQ(first[2].kind, PhraseWord::Kind::kPrepPhrase);
  EXPECT_EQ(first[2].alternatives.at(0)[1].kind, PhraseWord::Kind::kTarget);
}

TEST(Petrarch2VerbsTest, Transformations) {
  Dictionary dict = LoadSnippet();
  ASSERT_EQ(dict.transformations.size(), 2u);
  const VerbTransformation& say = dict.transformations[0];
  using Events = std::vector<std::pair<std::string, std::string>>;
  EXPECT_EQ(say.events, (Events{{"a", "SAY"}, {"a", "ATTACK"}}));
  EXPECT_EQ(say.target, "b");
  EXPECT_EQ(say.result_source, "a");
  EXPECT_EQ(say.result_target, "b");
  EXPECT_EQ(say.result_code, "015");
  EXPECT_EQ(say.where.line, 34u);
  const VerbTransformation& any = dict.transformations[1];
  EXPECT_EQ(any.events, (Events{{"a", "OFFEND"}, {"b", "SEND"}}));
  EXPECT_EQ(any.target, ".");
  EXPECT_EQ(any.result_code, "Q");
  EXPECT_EQ(dict.counts.transformations, 2u);
}

TEST(Petrarch2VerbsTest, WarningsNameTheLine) {
  Dictionary dict = LoadSnippet();
  EXPECT_EQ(Warnings(dict),
            (std::vector<std::string>{
                "22 (repaired) unmatched ')' dropped",
                "23 (repaired) code \"[080!]\" read as [080]",
                "24 pattern has no [code]",
                "26 pattern has more than one '*'",
                "27 pattern has no '*'",
                "31 verb DISPATCH was in block SEND at line 11; block OFFEND replaces it",
                "36 transformation needs '=': \"~ a (b . ATTACK) SAY = a b 112\"",
                "25 synonym set &NOSUCHSET is not defined; pattern skipped",
                "34 transformation names SAY, which is not a verb here",
                "34 transformation names ATTACK, which is not a verb here",
            }));
  EXPECT_EQ(dict.warnings[0].file, "snippet.txt");
  EXPECT_EQ(dict.counts.skipped, 5u);
}

TEST(Petrarch2VerbsTest, ABlockWhoseVerbsAllMovedLosesItsPatterns) {
  Dictionary dict;
  LoadPetrarch2VerbsFromBuffer(
      "--- ADD [---] ---\nADD\n- * SANCTIONS [163]\n--- GRANT [070] ---\nGIVE\nADD\n", "f", &dict);
  ASSERT_EQ(dict.verbs.size(), 2u);
  EXPECT_EQ(dict.verbs[0].root_text, "GIVE");
  EXPECT_EQ(dict.verbs[1].root_text, "ADD");
  EXPECT_EQ(dict.verbs[1].block, "GRANT");
  EXPECT_EQ(dict.counts.verb_patterns, 0u);
  EXPECT_EQ(Warnings(dict),
            (std::vector<std::string>{
                "6 verb ADD was in block ADD at line 2; block GRANT replaces it",
                "2 every verb of block ADD moved to a later block; its 1 patterns are dropped"}));
}

TEST(Petrarch2VerbsTest, DeepGroupsAreRefused) {
  Dictionary dict;
  LoadPetrarch2VerbsFromBuffer("--- X [1] ---\nX\n- * (A (B (C (D (E))))) [2]\n- * (A {B}) [3]\n",
                               "g", &dict);
  ASSERT_EQ(dict.verbs.size(), 1u);
  ASSERT_EQ(dict.verbs[0].patterns.size(), 1u);
  EXPECT_EQ(dict.verbs[0].patterns[0].code, "3");
  EXPECT_EQ(Warnings(dict),
            (std::vector<std::string>{"3 phrase groups nested too deeply; pattern skipped"}));
}

TEST(Petrarch2VerbsTest, ParsePetrarchVerb) {
  struct Case {
    const char* text;
    const char* written;  // nullptr: an error
    bool guessed;
  } const cases[] = {
      {"SAY", "SAY", false},
      {"+CALL_OFF", "+CALL_OFF", false},
      {"RE_+ARREST", "RE_+ARREST", false},
      {"clear_up", "+CLEAR_UP", true},
      {"RE-OPEN", "RE-OPEN", false},
      {"", nullptr, false},
      {"A+B", nullptr, false},
      {"+A_+B", nullptr, false},
      {"SAY (X)", nullptr, false},
      {"+", nullptr, false},
  };
  for (const Case& c : cases) {
    bool guessed = !c.guessed;
    Result<Phrase> verb = ParsePetrarchVerb(c.text, &guessed);
    ASSERT_EQ(verb.ok(), c.written != nullptr) << c.text;
    if (!verb.ok()) continue;
    EXPECT_EQ(PetrarchVerbText(*verb), c.written) << c.text;
    EXPECT_EQ(guessed, c.guessed) << c.text;
  }
}

TEST(Petrarch2VerbsTest, SplitPairedCode) {
  struct Case {
    const char* code;
    const char* forward;
    const char* reverse;
  } const cases[] = {
      {"042:043", "042", "043"}, {":173", "", "173"}, {"190", "190", ""}, {"---", "---", ""}};
  for (const Case& c : cases) {
    PairedCode paired = SplitPairedCode(c.code);
    EXPECT_EQ(paired.forward, c.forward) << c.code;
    EXPECT_EQ(paired.reverse, c.reverse) << c.code;
  }
}

TEST(Petrarch2VerbsTest, GarbageNeverCrashes) {
  const char* const inputs[] = {
      "-",         "---", "&", "+",       "~",        "- * ((((",    "- * }}}} [1]",
      "~ a ( = b", "- [", "{", "--- X [", "&_\n+_\n", "- * (*) [1]", "~ a (b c V) = x y"};
  for (const char* input : inputs) {
    Dictionary dict;
    LoadPetrarch2VerbsFromBuffer(input, "g", &dict);
    EXPECT_FALSE(dict.warnings.empty()) << input;
    // Inside a block too.
    Dictionary in_block;
    LoadPetrarch2VerbsFromBuffer(std::string("--- X [1] ---\nX\n") + input, "g", &in_block);
    EXPECT_EQ(in_block.verbs.size(), 1u) << input;
  }
}

// The PETRARCH-2 CAMEO dictionary as published. Counts were checked against
// the file independently:
//   verb lines: awk 'NR>707 && !/^-/ && !/^#/ && !/^~/ && NF' CAMEO.2.0.txt | wc -l
//     gives 1817; 8 repeat a verb of their own block (merged) and 30 move a
//     verb to a later block, leaving 1779 entries;
//   patterns: grep -c '^-[^-]' gives 4668; 2 use an undefined set (lines 8443,
//     8444) and 5 belong to blocks ADD (3), ATTEMPT (1) and REFUTE (1) whose
//     verbs all moved, leaving 4661;
//   grep -c '^&' gives 40 sets and grep -c '^~' 8 transformations.
TEST(Petrarch2VerbsTest, LoadsCameo20) {
  std::string path = std::string(ACTA_SHARED_DIR) + "/dictionaries/phoenix/CAMEO.2.0.txt";
  Result<std::string> contents = ReadWholeFile(path);
  if (!contents.ok()) GTEST_SKIP() << "shared dictionaries not available: " << path;
  ASSERT_TRUE(LooksLikePetrarch2Verbs(*contents));
  Dictionary dict;
  LoadPetrarch2VerbsFromBuffer(*contents, "CAMEO.2.0.txt", &dict);
  EXPECT_EQ(dict.counts.verbs, 1779u);
  EXPECT_EQ(dict.verbs.size(), 1779u);
  EXPECT_EQ(dict.counts.verb_patterns, 4661u);
  size_t patterns = 0;
  for (const VerbEntry& v : dict.verbs) patterns += v.patterns.size();
  EXPECT_EQ(patterns, 4661u);
  EXPECT_EQ(dict.counts.synsets, 40u);
  EXPECT_EQ(dict.counts.transformations, 8u);
  EXPECT_EQ(dict.counts.skipped, 7u);

  std::vector<std::string> warnings = Warnings(dict);
  auto has = [&](const std::string& w) {
    return std::find(warnings.begin(), warnings.end(), w) != warnings.end();
  };
  EXPECT_TRUE(has("5787 (repaired) code \"[080!]\" read as [080]"));
  EXPECT_TRUE(has("2374 (repaired) unmatched ')' dropped"));
  EXPECT_TRUE(has("8443 synonym set &WEATHER is not defined; pattern skipped"));
  EXPECT_TRUE(has("1046 (repaired) verb BRING already listed at line 1045; its forms are merged"));

  // Line 745: "- * &SECURITY (OVER {&WEAPON ATTACK}) [151]" under ALERT.
  const VerbEntry* alert = nullptr;
  for (const VerbEntry& v : dict.verbs) {
    if (v.root_text == "ALERT") alert = &v;
  }
  ASSERT_NE(alert, nullptr);
  ASSERT_EQ(alert->patterns.size(), 1u);
  EXPECT_EQ(Show(alert->patterns[0].phrase), "* &SECURITY (OVER {&WEAPON ATTACK})");
  EXPECT_EQ(alert->patterns[0].where.line, 745u);
}

}  // namespace
}  // namespace acta::dict
