#include "dict/phrase_parser.h"
#include "dict/dict_test_util.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace acta::dict {
namespace {

// A phrase in a compact form: a word is TEXT:s (stem) or TEXT:e (whole word),
// with '-' when regular endings are off; tokens are <verb> <source> <target>
// <both> <skip>; a synonym set is &NAME; alternatives are { a | b }. A
// trailing '_' marks adjacent_next.
std::string Show(const Phrase& phrase);

std::string ShowWord(const PhraseWord& w) {
  std::string s;
  switch (w.kind) {
    case PhraseWord::Kind::kWord:
      s.append(w.text).append(w.stem ? ":s" : ":e").append(w.endings ? "" : "-");
      break;
    case PhraseWord::Kind::kVerb:
      s = "<verb>";
      break;
    case PhraseWord::Kind::kSource:
      s = "<source>";
      break;
    case PhraseWord::Kind::kTarget:
      s = "<target>";
      break;
    case PhraseWord::Kind::kBoth:
      s = "<both>";
      break;
    case PhraseWord::Kind::kSkipActor:
      s = "<skip>";
      break;
    case PhraseWord::Kind::kSynset:
      s.append("&").append(w.text);
      break;
    case PhraseWord::Kind::kAlternatives:
      s = "{";
      for (size_t i = 0; i < w.alternatives.size(); ++i) {
        s.append(i == 0 ? " " : " | ").append(Show(w.alternatives[i]));
      }
      s += " }";
      break;
    default:
      s = "?";
  }
  if (w.adjacent_next) s += "_";
  return s;
}

std::string Show(const Phrase& phrase) {
  std::string s;
  for (const PhraseWord& w : phrase) {
    if (!s.empty()) s += ' ';
    s += ShowWord(w);
  }
  return s;
}

struct PhraseCase {
  const char* text;
  PhraseContext ctx;
  const char* expected;
};

// Cases from the TABARI manual, chapter 5 (section in the comment).
TEST(TabariPhraseTest, ManualConnectorCases) {
  const PhraseCase kCases[] = {
      // 5.5.3 table: partial/exact match, next word immediate or not.
      {"XXXX YYYY", PhraseContext::kActor, "XXXX:s YYYY:s"},
      {"XXXX~ YYYY", PhraseContext::kActor, "XXXX:s_ YYYY:s"},
      {"XXXX_ YYYY", PhraseContext::kActor, "XXXX:e YYYY:s"},
      {"XXXX_YYYY", PhraseContext::kActor, "XXXX:e_ YYYY:s"},
      // 5.2.2: OF_ matches only "OF"; 5.2.3: '=' also turns regular endings off.
      {"OF_", PhraseContext::kActor, "OF:e"},
      {"MOUSE=", PhraseContext::kActor, "MOUSE:e-"},
      {"BAN= SAID", PhraseContext::kActor, "BAN:e- SAID:s"},
      // 5.2: hyphens become underscores; lower case is upper-cased.
      {"AL-WAZIR", PhraseContext::kActor, "AL:e_ WAZIR:s"},
      {"Un_Secy_Gen", PhraseContext::kActor, "UN:e_ SECY:e_ GEN:s"},
      {"BURNED_DOWN", PhraseContext::kVerb, "BURNED:e_ DOWN:s"},
      // 5.5.3 patterns.
      {"* BACK~ POLICY", PhraseContext::kPattern, "<verb> BACK:s_ POLICY:s"},
      {"*_HELICOPTERS", PhraseContext::kPattern, "<verb>_ HELICOPTERS:s"},
      {"BRITISH_*", PhraseContext::kPattern, "BRITISH:e_ <verb>"},
      {"IN_*", PhraseContext::kPattern, "IN:e_ <verb>"},
      {"IN_ *", PhraseContext::kPattern, "IN:e <verb>"},
      {"IN *", PhraseContext::kPattern, "IN:s <verb>"},
      {"* THE_NEAT~_PLACE", PhraseContext::kPattern, "<verb> THE:e_ NEAT:s_ PLACE:s"},
      {"RECENT~_*", PhraseContext::kPattern, "RECENT:s_ <verb>"},
      // 5.7: alternatives, with connectors after '}' and before '{'.
      {"{ WAS | IS | WILL_BE }_HERE", PhraseContext::kNoun,
       "{ WAS:s | IS:s | WILL:e_ BE:s }_ HERE:s"},
      {"MILLIONS_OF_{ DOLLARS | EUROS | YEN }", PhraseContext::kNoun,
       "MILLIONS:e_ OF:e_ { DOLLARS:s | EUROS:s | YEN:s }"},
      {"SUGGESTED_+ * DEMAND_{ GENEVA_ | INTERNATIONAL }_CONVENTIONS", PhraseContext::kPattern,
       "SUGGESTED:e_ <target> <verb> DEMAND:e_ { GENEVA:e | INTERNATIONAL:s }_ CONVENTIONS:s"},
      {"* FOR {ECONOMIC_SANCTIONS|EMBARGO}", PhraseContext::kPattern,
       "<verb> FOR:s { ECONOMIC:e_ SANCTIONS:s | EMBARGO:s }"},
      {"ISRAELI { TANKS | TROOPS }", PhraseContext::kActor, "ISRAELI:s { TANKS:s | TROOPS:s }"},
      // 5.6: synonym sets in patterns and in other sets' members.
      {"* &TIETYPES TIES", PhraseContext::kPattern, "<verb> &TIETYPES TIES:s"},
      {"* MILLIONS_OF_&CURRENCY", PhraseContext::kPattern, "<verb> MILLIONS:e_ OF:e_ &CURRENCY"},
      {"&TIETYPES_EVENTS", PhraseContext::kSynsetMember, "&TIETYPES_ EVENTS:s"},
      {"OFFICE_OF_&TIETYPES_AFFAIRS", PhraseContext::kSynsetMember,
       "OFFICE:e_ OF:e_ &TIETYPES_ AFFAIRS:s"},
      {"PESO_$", PhraseContext::kSynsetMember, "PESO:e_ <source>"},
      // 5.7.3: designated actors.
      {"+_WAS_*_BY_$", PhraseContext::kPattern, "<target>_ WAS:e_ <verb>_ BY:e_ <source>"},
      {"% * IN", PhraseContext::kPattern, "<both> <verb> IN:s"},
      {"* IN ^ WITH +", PhraseContext::kPattern, "<verb> IN:s <skip> WITH:s <target>"},
      // Outside patterns the token characters are ordinary.
      {"AT&T", PhraseContext::kActor, "AT&T:s"},
      {"+ $ %", PhraseContext::kActor, "+:s $:s %:s"},
  };
  for (const PhraseCase& c : kCases) {
    Result<Phrase> p = ParseTabariPhrase(c.text, c.ctx);
    ASSERT_TRUE(p.ok()) << c.text << ": " << p.status().ToString();
    EXPECT_EQ(Show(*p), c.expected) << c.text;
  }
}

TEST(TabariPhraseTest, Errors) {
  const PhraseCase kCases[] = {
      {"", PhraseContext::kActor, "empty phrase"},
      {"   ", PhraseContext::kActor, "empty phrase"},
      {"FOO BAR", PhraseContext::kPattern, "pattern has no verb marker '*'"},
      {"* COMMIT * AID", PhraseContext::kPattern, "pattern has more than one '*'"},
      {"*OVIDE FOOD", PhraseContext::kPattern, "verb marker '*' must stand alone"},
      {"+ { WAS | WERE * BY", PhraseContext::kPattern, "verb marker '*' inside alternatives"},
      {"{ A | B", PhraseContext::kNoun, "'{' without '}'"},
      {"A | B", PhraseContext::kNoun, "'|' outside braces"},
      {"* FIRE PROTEST }", PhraseContext::kPattern, "'}' outside braces"},
      {"{ A | { B } }", PhraseContext::kNoun, "nested '{'"},
      {"{ | A }", PhraseContext::kNoun, "empty alternative in '{ ... }'"},
      {"* & FOO", PhraseContext::kPattern, "'&' without a synonym set name"},
      {"* FOO", PhraseContext::kSynsetMember, "verb marker '*' outside a verb pattern"},
      {"{ A | B }", PhraseContext::kSynsetMember, "synonym set members cannot hold alternatives"},
  };
  for (const PhraseCase& c : kCases) {
    Result<Phrase> p = ParseTabariPhrase(c.text, c.ctx);
    ASSERT_FALSE(p.ok()) << c.text;
    EXPECT_EQ(p.status().code(), Status::Code::kInvalidArgument);
    EXPECT_EQ(p.status().message(), c.expected) << c.text;
  }
}

TEST(TabariPhraseTest, RepairsAreNoted) {
  struct Case {
    const char* text;
    const char* expected;
    const char* note;
  };
  const Case kCases[] = {
      {"SANTOS__NANDO_", "SANTOS:e_ NANDO:e", "repeated connector after 'SANTOS' read as one"},
      {"ANACLETO_OLO_MIBUY _", "ANACLETO:e_ OLO:e_ MIBUY:e", "blank before '_' ignored"},
      {"_FOO", "FOO:s", "connector '_' with no word before it ignored"},
  };
  for (const Case& c : kCases) {
    std::vector<std::string> notes;
    Result<Phrase> p = ParseTabariPhrase(c.text, PhraseContext::kActor, &notes);
    ASSERT_TRUE(p.ok()) << c.text;
    EXPECT_EQ(Show(*p), c.expected) << c.text;
    ASSERT_EQ(notes.size(), 1u) << c.text;
    EXPECT_EQ(notes[0], c.note);
  }
  std::vector<std::string> notes;
  ASSERT_TRUE(ParseTabariPhrase("IN_ *", PhraseContext::kPattern, &notes).ok());
  EXPECT_TRUE(notes.empty());
}

TEST(TabariPhraseTest, Length) {
  // Manual 5.7.1: tokens and blanks do not count; underscores do; a set of
  // alternatives counts as its longest alternative.
  EXPECT_EQ(TabariPhraseLength("+ * TO THE NEXT DAY $"), 12);
  EXPECT_EQ(TabariPhraseLength("* THEIR MEETINGS"), 13);
  EXPECT_EQ(TabariPhraseLength("{ WAS | IS | WILL_BE }_HERE"), 12);
  EXPECT_EQ(TabariPhraseLength("% * IN"), 2);
  EXPECT_EQ(TabariPhraseLength(""), 0);
}

TEST(TabariDateTest, CenturyRuleAndEightDigits) {
  struct Case {
    const char* digits;
    const char* expected;  // "" for nullopt
  };
  const Case kCases[] = {
      {"991201", "1999-12-01"},
      {"010114", "2001-01-14"},
      {"300101", "2030-01-01"},
      {"310101", "1931-01-01"},
      {"000229", "2000-02-29"},
      {"20070101", "2007-01-01"},
      {"19890120", "1989-01-20"},
      {"010229", ""},
      {"991301", ""},
      {"9912", ""},
      {"99120a", ""},
      {"1234567", ""},
      {"", ""},
  };
  for (const Case& c : kCases) {
    std::optional<Date> d = ParseTabariDate(c.digits);
    EXPECT_EQ(d ? d->ToString() : "", c.expected) << c.digits;
  }
}

TEST(CodeBlockTest, DateForms) {
  struct Case {
    const char* text;
    const char* expected;
  };
  const Case kCases[] = {
      {"[USAGOV 991201-010114] [---]", "USAGOV 1999-12-01..2001-01-14, ---"},
      {"[USAGOV <011214] [---]", "USAGOV -..2001-12-14, ---"},
      {"[HOBREB > 990816]", "HOBREB 1999-08-16..-"},
      {"[HOB < 950601]", "HOB -..1995-06-01"},
      {"[HOBGOV 950601 - 990815]", "HOBGOV 1995-06-01..1999-08-15"},
      {"[### > 890120] [USA]", "### 1989-01-20..-, USA"},
      {"[- - -]", "---"},
      {"[+++]", "+++"},
      {"[ELR/GAL]", "ELR, GAL"},
      {"[USA/GMW/FRN/ITL/UK/JAP/CAN]", "USA, GMW, FRN, ITL, UK, JAP, CAN"},
      {"[GME/GMW <901103]", "GME -..1990-11-03, GMW -..1990-11-03"},
      {"[IGOUNO >20070101]", "IGOUNO 2007-01-01..-"},
      {"[EGY < 911231] [UNO > 920101]", "EGY -..1991-12-31, UNO 1992-01-01..-"},
      {"[XXXGOV 600101-651231] [XXXOPP 660101-851231]\n[XXXELI 500101-050630] [---]",
       "XXXGOV 1960-01-01..1965-12-31, XXXOPP 1966-01-01..1985-12-31, "
       "XXXELI 1950-01-01..2005-06-30, ---"},
  };
  for (const Case& c : kCases) {
    Result<std::vector<DatedCode>> codes = ParseCodeBlocks(c.text);
    ASSERT_TRUE(codes.ok()) << c.text << ": " << codes.status().ToString();
    EXPECT_EQ(ShowCodes(*codes), c.expected) << c.text;
  }
}

TEST(CodeBlockTest, Errors) {
  struct Case {
    const char* text;
    const char* message;
  };
  const Case kCases[] = {
      {"", "no code block"},
      {"[991201-010114] [---]", "[991201-010114]: code block has a date but no code"},
      {"[ 991201-010114]", "[ 991201-010114]: code block has a date but no code"},
      {"[AAA950601-990815]",
       "[AAA950601-990815]: code 'AAA950601-990815' is not letters and digits"},
      {"[]", "[]: empty code block"},
      {"[~OPP]", "[~OPP]: code '~OPP' is not letters and digits"},
      {"[--]", "[--]: special code must be ---, ### or +++, not '--'"},
      {"[USA <9912]", "[USA <9912]: date 9912 has 4 digits"},
      {"[USA >991301]", "[USA >991301]: invalid date 991301"},
      // Phoenix.Countries.actors.txt:22508: 19200303 and 20030320 are both dates.
      {"[IRQOCC 1920030320-20060520]",
       "[IRQOCC 1920030320-20060520]: date 1920030320 has 10 digits; it could be 1920-03-03 or "
       "2003-03-20"},
      {"[USA 991231-990101]",
       "[USA 991231-990101]: date range 1999-12-31 to 1999-01-01 ends before it starts"},
      {"[USA 990101]", "[USA 990101]: date restriction '990101' is not <date, >date or date-date"},
      {"[PSEGOVFTA 030430 040101-040101]",
       "[PSEGOVFTA 030430 040101-040101]: date '030430 040101' is not all digits"},
      {"[KORGOVBUS 2004017-20061201]",
       "[KORGOVBUS 2004017-20061201]: date range 2020-04-01 to 2006-12-01 ends before it starts"},
      {"[USA] x", "text outside code blocks: 'x'"},
      {"[USA", "'[' without ']'"},
  };
  for (const Case& c : kCases) {
    Result<std::vector<DatedCode>> codes = ParseCodeBlocks(c.text);
    ASSERT_FALSE(codes.ok()) << c.text;
    EXPECT_EQ(codes.status().message(), c.message) << c.text;
  }
}

TEST(CodeBlockTest, RepairsOfProductionTypos) {
  struct Case {
    const char* inside;
    const char* expected;
    const char* note;
  };
  const Case kCases[] = {
      // Phoenix.Countries.actors.txt:2039 and :18010.
      {"ARMUNR 9008223-911221", "ARMUNR 1990-08-22..1991-12-21",
       "date 9008223 has 7 digits; read as 1990-08-22"},
      {"GBRGOV >201005011", "GBRGOV 2010-05-01..-",
       "date 201005011 has 9 digits; read as 2010-05-01"},
      // CountryInfo.120116.actors (last line).
      {"ZWEGOVBUS 030101-040231", "ZWEGOVBUS 2003-01-01..2004-02-29",
       "date 040231 has no such day; read as 2004-02-29"},
      // CountryInfo.120116.actors:56: born 1927, not 2027.
      {"AFGELI 270101-730717", "AFGELI 1927-01-01..1973-07-17",
       "date range 2027-01-01 to 1973-07-17 ends before it starts; start read as 1927-01-01"},
  };
  for (const Case& c : kCases) {
    std::vector<std::string> notes;
    Result<std::vector<DatedCode>> codes = ParseCodeBlock(c.inside, &notes);
    ASSERT_TRUE(codes.ok()) << c.inside << ": " << codes.status().ToString();
    EXPECT_EQ(ShowCodes(*codes), c.expected);
    ASSERT_EQ(notes.size(), 1u) << c.inside;
    EXPECT_EQ(notes[0], c.note);
  }
}

TEST(AgentCodeTest, SuffixPrefixAndErrors) {
  Result<AgentCode> gov = ParseAgentCode("~GOV");
  ASSERT_TRUE(gov.ok());
  EXPECT_EQ(gov->code, "GOV");
  EXPECT_TRUE(gov->suffix);
  Result<AgentCode> ngo = ParseAgentCode("  NGO~ ");
  ASSERT_TRUE(ngo.ok());
  EXPECT_EQ(ngo->code, "NGO");
  EXPECT_FALSE(ngo->suffix);
  Result<AgentCode> opp = ParseAgentCode("  ~OPP");
  ASSERT_TRUE(opp.ok());
  EXPECT_EQ(opp->code, "OPP");
  EXPECT_EQ(ParseAgentCode("GOV").status().message(), "agent code 'GOV' has no '~'");
  EXPECT_EQ(ParseAgentCode("~GOV~").status().message(), "agent code '~GOV~' has '~' on both sides");
  EXPECT_EQ(ParseAgentCode("~").status().message(), "agent code '~' is not letters and digits");
  EXPECT_EQ(ParseAgentCode("").status().message(), "agent code '' has no '~'");
  EXPECT_EQ(ParseAgentCode("~G-V").status().message(),
            "agent code '~G-V' is not letters and digits");
}

}  // namespace
}  // namespace acta::dict
