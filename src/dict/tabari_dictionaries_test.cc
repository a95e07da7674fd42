// Loads the real TABARI validation project and the production dictionaries of
// TABARI and Phoenix (in ACTA_SHARED_DIR) and checks their counts and the
// warnings for known bad lines. The counts were checked with the awk and grep
// commands quoted beside them, run in the files' folder.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "dict/dict_test_util.h"
#include "dict/tabari_loader.h"

namespace acta::dict {
namespace {

std::string Shared(const std::string& relative) {
  return std::string(ACTA_SHARED_DIR) + "/" + relative;
}

#define SKIP_WITHOUT(relative)                                                  \
  if (!std::filesystem::exists(Shared(relative))) {                             \
    GTEST_SKIP() << "shared test material " << (relative) << " is not present"; \
  }

// The warning of `file` (matched by its last path component) at `line`, as
// "message" plus " (repaired)"; "" when there is none, "<several>" when more.
std::string WarningAt(const Dictionary& d, const std::string& file, uint32_t line) {
  std::string found;
  int count = 0;
  for (const LoadWarning& w : d.warnings) {
    if (w.line != line || std::filesystem::path(w.file).filename() != file) continue;
    found = w.message + (w.repaired ? " (repaired)" : "");
    ++count;
  }
  return count > 1 ? "<several>" : found;
}

const ActorEntry* FindActor(const Dictionary& d, const std::string& text) {
  for (const ActorEntry& a : d.actors) {
    if (std::find(a.texts.begin(), a.texts.end(), text) != a.texts.end()) return &a;
  }
  return nullptr;
}

const VerbEntry* FindVerb(const Dictionary& d, const std::string& root) {
  for (const VerbEntry& v : d.verbs) {
    if (v.root_text == root) return &v;
  }
  return nullptr;
}

TEST(TabariValidationSuiteTest, LoadsValidateProject) {
  SKIP_WITHOUT("suites/tabari/Validate.project");
  Result<Dictionary> r = LoadTabariProject(Shared("suites/tabari/Validate.project"));
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  const Dictionary& d = *r;
  std::vector<std::string> files;
  for (const std::string& f : d.files) files.push_back(std::filesystem::path(f).filename());
  EXPECT_EQ(files, (std::vector<std::string>{"Validate.options", "TABARI.Demo.actors",
                                             "Validate.agents", "TABARI.Demo.verbs"}));
  // awk '/^<(NOUN|ADJECTIVE)>/{s=1;next} /^<\/(NOUN|ADJECTIVE)>/{s=0;next} s{next}
  //      /^~/{exit} /^[^ \t#\/+<~]/{n++} /^\+/{p++} END{print n, p}' TABARI.Demo.actors
  //   -> 120 entries, 5 synonyms
  EXPECT_EQ(d.counts.actors, 120u);
  EXPECT_EQ(d.counts.actor_phrases, 125u);
  // Lines between <NOUN> and </NOUN>: 8; between <ADJECTIVE> and </ADJECTIVE>: 5.
  EXPECT_EQ(d.counts.nouns, 8u);
  EXPECT_EQ(d.counts.adjectives, 5u);
  // grep -c '\[' Validate.agents -> 86
  EXPECT_EQ(d.counts.agents, 86u);
  // Outside <SYNSETS> and <TIME>: 283 roots, 407 "- " lines, two of them
  // repeating a pattern of their root (lines 53 and 678); 12 <TIME> lines;
  // grep -c '^&' TABARI.Demo.verbs -> 5.
  EXPECT_EQ(d.counts.verbs, 283u);
  EXPECT_EQ(d.counts.verb_patterns, 405u);
  EXPECT_EQ(d.counts.time_shifts, 12u);
  EXPECT_EQ(d.counts.synsets, 5u);
  EXPECT_EQ(d.counts.skipped, 2u);
  ASSERT_EQ(d.warnings.size(), 2u);
  EXPECT_EQ(WarningAt(d, "TABARI.Demo.verbs", 53),
            "duplicate pattern 'SUGGESTED_+ * DEMAND_{ GENEVA_ | INTERNATIONAL }_CONVENTIONS' of "
            "verb 'ACCORD' dropped");
  EXPECT_EQ(WarningAt(d, "TABARI.Demo.verbs", 678),
            "duplicate pattern '* &TIEOPENPHRASE FROM' of verb 'WELCOME' dropped");

  const ActorEntry* gollum = FindActor(d, "GOLLUM");
  ASSERT_NE(gollum, nullptr);
  EXPECT_EQ(gollum->texts.size(), 4u);
  EXPECT_EQ(ShowCodes(gollum->codes),
            "HOB -..1995-06-01, HOBGOV 1995-06-01..1999-08-15, HOBREB 1999-08-16..-");
  EXPECT_EQ(gollum->where.line, 64u);
  EXPECT_EQ(ShowCodes(FindActor(d, "ALBRIGHT")->codes), "USAGOV 1999-12-01..2001-01-14, ---");
  EXPECT_EQ(ShowCodes(FindActor(d, "LORIEN")->codes), "ELR, GAL");
  EXPECT_EQ(ShowCodes(FindActor(d, "ZIMBABWE")->codes), "RHO -..1979-06-06, ZBW");
  EXPECT_EQ(ShowCodes(FindActor(d, "ISILDUR")->codes), "+++");

  const VerbEntry* brk = FindVerb(d, "BREAK_");
  ASSERT_NE(brk, nullptr);
  EXPECT_EQ(brk->code, "1717");
  EXPECT_EQ(brk->form_texts, (std::vector<std::string>{"BROKE_", "BROKEN_", "BROKEN_DOWN_"}));
  EXPECT_EQ(brk->patterns.size(), 6u);
  EXPECT_EQ(FindVerb(d, "REPORT")->code, "025?");
  EXPECT_EQ(FindVerb(d, "ATTEND")->code, "031!");

  // Validate.options: grep -c '^LABEL' -> 89, of which 84 have all-digit codes.
  const CodingOptions& o = d.options;
  EXPECT_EQ(o.labels.size(), 89u);
  EXPECT_EQ(d.event_codes.size(), 84u);
  EXPECT_EQ(o.complex.verbs, 5u);
  EXPECT_EQ(o.complex.conjunctions, 4u);
  EXPECT_TRUE(o.complex.no_actor_prior);
  EXPECT_TRUE(o.complex.explain);
  EXPECT_EQ(o.output_fields, (std::vector<std::string>{"ACTOR", "MATCH", "ID"}));
  EXPECT_FALSE(o.code_by_sentence);
}

TEST(TabariProductionTest, CountryInfoActors) {
  SKIP_WITHOUT("dictionaries/tabari/CountryInfo.120116.actors");
  Dictionary d;
  ASSERT_TRUE(LoadActorsFile(Shared("dictionaries/tabari/CountryInfo.120116.actors"), &d).ok());
  // awk '/^~/{exit} /^[^ \t#\/+<~]/{n++} /^\+/{p++} END{print n, p}' -> 22830 entries and
  // 1449 synonyms; 15 phrases repeat an earlier one (upper case, '-' as '_'), one of them
  // the whole entry at line 15036.
  EXPECT_EQ(d.counts.actors, 22829u);
  EXPECT_EQ(d.counts.actor_phrases, 22830u + 1449u - 15u);
  EXPECT_EQ(d.counts.skipped, 1u);
  const std::string f = "CountryInfo.120116.actors";
  EXPECT_EQ(WarningAt(d, f, 56),
            "[AFGELI 270101-730717]: date range 2027-01-01 to 1973-07-17 ends before it starts; "
            "start read as 1927-01-01 (repaired)");
  EXPECT_EQ(WarningAt(d, f, 654), "dropped 1 control character(s) (repaired)");
  EXPECT_EQ(WarningAt(d, f, 20623), "dropped 1 control character(s) (repaired)");  // a NUL
  EXPECT_EQ(WarningAt(d, f, 5162),
            "code block [BTNELI 730101-720721] dropped: date range 1973-01-01 to 1972-07-21 "
            "ends before it starts");
  EXPECT_EQ(WarningAt(d, f, 15027), "misplaced ']' in 'FAEROYENE]_' repaired (repaired)");
  EXPECT_EQ(WarningAt(d, f, 37537),
            "undated code [PRTELI] comes before dated codes; moved after them (TABARI needs the "
            "default last) (repaired)");
  EXPECT_EQ(WarningAt(d, f, 52313),
            "[ZWEGOVBUS 030101-040231]: date 040231 has no such day; read as 2004-02-29 "
            "(repaired)");
  EXPECT_NE(WarningAt(d, f, 15036).find("duplicate actor phrase 'FAEROYENE_' (first at "),
            std::string::npos);
  EXPECT_EQ(ShowCodes(FindActor(d, "JORGE_SAMPAIO_")->codes),
            "PRTELI 1957-01-01..1996-03-09, PRTGOV 1996-03-09..2006-03-09, "
            "PRTELI 1957-01-01..2000-01-01, PRTGOV 2006-03-09..-, PRTELI");
  EXPECT_NE(FindActor(d, "TIRUCHIRPPALLI_"), nullptr);
}

TEST(TabariProductionTest, InternationalAndLevantActorsAndAgents) {
  SKIP_WITHOUT("dictionaries/tabari/Levant.080629.actors");
  Dictionary intl;
  ASSERT_TRUE(LoadActorsFile(Shared("dictionaries/tabari/Internatnl.120521.actors"), &intl).ok());
  // 7487 entry lines (awk as above), three of them "Source: ..." lines without a code.
  EXPECT_EQ(intl.counts.actors, 7484u);
  EXPECT_EQ(WarningAt(intl, "Internatnl.120521.actors", 1705),
            "actor 'Source: AllOtherINT.MLH.actors' has no code");
  EXPECT_EQ(WarningAt(intl, "Internatnl.120521.actors", 2089),
            "text outside code blocks ignored: 'Newspapers/Magazines\t$137,000,000' (repaired)");

  Dictionary levant;
  ASSERT_TRUE(LoadActorsFile(Shared("dictionaries/tabari/Levant.080629.actors"), &levant).ok());
  // 6097 entry lines outside <NOUN>/<ADJECTIVE>, 13 of them repeating an earlier
  // phrase; 820 nouns and 114 adjectives (non-blank lines inside the sections).
  EXPECT_EQ(levant.counts.actors, 6084u);
  EXPECT_EQ(levant.counts.nouns, 820u);
  EXPECT_EQ(levant.counts.adjectives, 114u);
  EXPECT_EQ(WarningAt(levant, "Levant.080629.actors", 4558),
            "code block [PSEGOVFTA 030430 040101-040101] dropped: date '030430 040101' is not "
            "all digits");
  EXPECT_EQ(WarningAt(levant, "Levant.080629.actors", 5656),
            "[RUSGOV 251205-010328]: date range 2025-12-05 to 2001-03-28 ends before it starts; "
            "start read as 1925-12-05 (repaired)");
  EXPECT_EQ(ShowCodes(FindActor(levant, "MAHMUD_ABBAS")->codes), "PSEGOVFTA 2005-01-15..-, PALPLO");
  const ActorEntry* tanks = FindActor(levant, "ISRAELI { TANKS | TROOPS }");
  ASSERT_NE(tanks, nullptr);
  EXPECT_EQ(tanks->phrases[0][1].kind, PhraseWord::Kind::kAlternatives);

  Dictionary agents;
  ASSERT_TRUE(LoadAgentsFile(Shared("dictionaries/tabari/PSU.120522.agents"), &agents).ok());
  // grep -c '\[' PSU.120522.agents -> 2131
  EXPECT_EQ(agents.counts.agents, 2131u);
  EXPECT_TRUE(agents.warnings.empty());
}

TEST(TabariProductionTest, VerbsAndOptions) {
  SKIP_WITHOUT("dictionaries/tabari/CAMEO.091003.master.verbs");
  // Roots: grep -c '^[^-{#/<~ \t]'; patterns: grep -c '^-'. Repeated patterns of
  // one root (upper case, '-' as '_', blanks collapsed), counted with awk: 163
  // and 167.
  Dictionary old_verbs;
  ASSERT_TRUE(LoadVerbsFile(Shared("dictionaries/tabari/CAMEO.080612.verbs"), &old_verbs).ok());
  EXPECT_EQ(old_verbs.counts.verbs, 1160u);
  // 14625 "- " lines and line 14128 without its '-'; 163 repeats and 3 malformed.
  EXPECT_EQ(old_verbs.counts.verb_patterns, 14625u + 1u - 163u - 3u);
  EXPECT_EQ(old_verbs.counts.skipped, 166u);
  const std::string f = "CAMEO.080612.verbs";
  EXPECT_EQ(WarningAt(old_verbs, f, 14128),
            "pattern line without '-'; read as a pattern (repaired)");
  EXPECT_EQ(WarningAt(old_verbs, f, 7518), "dropped 1 byte(s) of ill-formed UTF-8 (repaired)");
  EXPECT_EQ(WarningAt(old_verbs, f, 9594),
            "pattern '* COMMIT * AID': pattern has more than one '*'");

  Dictionary verbs;
  ASSERT_TRUE(LoadVerbsFile(Shared("dictionaries/tabari/CAMEO.091003.master.verbs"), &verbs).ok());
  EXPECT_EQ(verbs.counts.verbs, 1216u);
  EXPECT_EQ(verbs.counts.verb_patterns, 15582u - 167u - 5u);
  const std::string g = "CAMEO.091003.master.verbs";
  EXPECT_EQ(WarningAt(verbs, g, 13209), "pattern '*OVIDE FOOD': verb marker '*' must stand alone");
  EXPECT_EQ(WarningAt(verbs, g, 7990),
            "misplaced ']' in '+ { WAS | WERE ] * BY_ $ AIRSTRIKE' repaired (repaired)");
  EXPECT_EQ(FindVerb(verbs, "YIELD")->code, "080");  // CRLF line ends

  Dictionary options;
  ASSERT_TRUE(LoadOptionsFile(Shared("dictionaries/tabari/CAMEO.09b5.options"), &options).ok());
  // LC_ALL=C grep -ac '^LABEL' -> 292, all with distinct all-digit codes.
  EXPECT_EQ(options.options.labels.size(), 292u);
  EXPECT_EQ(options.event_codes.size(), 292u);
  EXPECT_EQ(options.options.complex.verbs, 6u);
  EXPECT_EQ(WarningAt(options, "CAMEO.09b5.options", 84),
            "dropped 2 byte(s) of ill-formed UTF-8 (repaired)");
  EXPECT_EQ(options.warnings.size(), 1u);
}

TEST(PhoenixActorsTest, LoadsTheThreeActorFiles) {
  SKIP_WITHOUT("dictionaries/phoenix/Phoenix.MilNonState.actors.txt");
  Dictionary d;
  for (const char* f : {"Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt",
                        "Phoenix.MilNonState.actors.txt"}) {
    ASSERT_TRUE(LoadActorsFile(Shared(std::string("dictionaries/phoenix/") + f), &d).ok());
  }
  // awk '/^~/{exit} /^[^ \t#\/<~]/{...}' over the three files in this order: 35616
  // phrase lines, 1278 of them repeating an earlier phrase. The 8 phrases of the
  // four entries without a code are dropped, and one indented phrase line
  // (International:267) is read as a synonym.
  EXPECT_EQ(d.counts.actor_phrases, 35616u - 1278u - 8u + 1u);
  // Entry lines: 18390 + 7840 + 1021; 35 of them are read as synonyms of an
  // uncoded entry above, 4 have no code, 1129 hold only repeated phrases.
  EXPECT_EQ(d.counts.actors, 18390u + 7840u + 1021u - 35u - 4u - 1129u);
  const std::string c = "Phoenix.Countries.actors.txt", i = "Phoenix.International.actors.txt";
  EXPECT_EQ(WarningAt(d, c, 2039),
            "[ARMUNR 9008223-911221]: date 9008223 has 7 digits; read as 1990-08-22 (repaired)");
  EXPECT_EQ(WarningAt(d, c, 22508),
            "code block [IRQOCC 1920030320-20060520] dropped: date 1920030320 has 10 digits; it "
            "could be 1920-03-03 or 2003-03-20");
  EXPECT_EQ(WarningAt(d, c, 18010),
            "[GBRGOV >201005011]: date 201005011 has 9 digits; read as 2010-05-01 (repaired)");
  EXPECT_EQ(WarningAt(d, c, 39463),
            "phrase line follows an entry that has no code yet; read as its synonym (repaired)");
  EXPECT_EQ(WarningAt(d, i, 22), "actor 'U.N._' has no code");
  EXPECT_EQ(WarningAt(d, i, 40),
            "code block [KORGOVBUS 2004017-20061201] dropped: date range 2020-04-01 to "
            "2006-12-01 ends before it starts");
  const ActorEntry* brezhnev = FindActor(d, "SECRETARY_BREZHNEV");
  ASSERT_NE(brezhnev, nullptr);
  EXPECT_EQ(brezhnev->texts.front(), "LEONID_BREZHNEV_");
  const ActorEntry* annan = FindActor(d, "KOFI_ANNAN_");
  ASSERT_NE(annan, nullptr);
  EXPECT_EQ(ShowCodes(annan->codes), "IGOUNO 1997-01-01..2006-12-31, ELI");
  const ActorEntry* sg = FindActor(d, "UN_Secy_Gen");
  ASSERT_NE(sg, nullptr);
  EXPECT_EQ(sg->phrases[3][0].text, "UN");
  EXPECT_EQ(ShowCodes(sg->codes), "IGOUNO");
}

}  // namespace
}  // namespace acta::dict
