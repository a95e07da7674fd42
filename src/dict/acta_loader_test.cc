#include "dict/acta_loader.h"

#include <gtest/gtest.h>

#include <map>
#include <string>
#include <vector>

#include "dict/dict_lint.h"

namespace acta::dict {
namespace {

Dictionary Load(const std::string& text) {
  Dictionary d;
  LoadActaDictionaryFromBuffer(text, "test.txt", &d);
  return d;
}

std::string Words(const Phrase& p) {
  std::string out;
  for (const PhraseWord& w : p) {
    if (!out.empty()) out += ' ';
    out += w.text;
    if (w.stem) out += '*';
    if (w.adjacent_next) out += '_';
  }
  return out;
}

TEST(ActaLoaderTest, ActorWithNamesAdjectivesMetonymsAndRoles) {
  Dictionary d = Load(
      "# countries\n"
      "actor Iran\n"
      "  names: Iran; Islamic Republic of Iran   # the formal name\n"
      "  adjectives: Iranian\n"
      "  metonyms: Tehran\n"
      "  code: IRN\n"
      "  sector: state\n"
      "\n"
      "actor Ismail Haniyeh\n"
      "  names: Ismail Haniyeh; Isma'il Haniyah\n"
      "  role: PSEGOV 2006-03-29..2007-06-14\n"
      "  role: PSEREBHMS 2017-05..2024-07-31\n");
  EXPECT_TRUE(d.warnings.empty()) << d.warnings[0].ToString();
  EXPECT_EQ(d.flavor, Dictionary::Flavor::kActa);
  ASSERT_EQ(d.actors.size(), 3u);  // Iran, Tehran (government), Haniyeh
  const ActorEntry& iran = d.actors[0];
  ASSERT_EQ(iran.phrases.size(), 3u);
  EXPECT_EQ(Words(iran.phrases[1]), "ISLAMIC_ REPUBLIC_ OF_ IRAN");
  EXPECT_EQ(iran.texts[2], "Iranian");
  EXPECT_FALSE(iran.phrases[0][0].stem);
  ASSERT_EQ(iran.codes.size(), 1u);
  EXPECT_EQ(iran.codes[0].code, "IRN");
  EXPECT_EQ(iran.where.line, 2u);
  const ActorEntry& tehran = d.actors[1];
  EXPECT_EQ(Words(tehran.phrases[0]), "TEHRAN");
  EXPECT_EQ(tehran.codes[0].code, "IRNGOV");
  const ActorEntry& haniyeh = d.actors[2];
  EXPECT_EQ(Words(haniyeh.phrases[1]), "ISMA'IL_ HANIYAH");
  ASSERT_EQ(haniyeh.codes.size(), 2u);
  EXPECT_EQ(haniyeh.codes[1].code, "PSEREBHMS");
  EXPECT_EQ(haniyeh.codes[1].from->ToString(), "2017-05-01");
  EXPECT_EQ(haniyeh.codes[1].until->ToString(), "2024-07-31");
  EXPECT_EQ(d.counts.actors, 3u);
  EXPECT_EQ(d.counts.actor_phrases, 6u);
}

TEST(ActaLoaderTest, NamesAreCutLikeTheCodersWords) {
  Dictionary d = Load("actor al-Qaeda\n  names: al-Qaeda; Côte d'Ivoire; Palestin*\n  code: IMG\n");
  ASSERT_EQ(d.actors.size(), 1u);
  EXPECT_EQ(Words(d.actors[0].phrases[0]), "AL_ QAEDA");
  EXPECT_EQ(Words(d.actors[0].phrases[1]), "COTE_ D'IVOIRE");
  EXPECT_EQ(Words(d.actors[0].phrases[2]), "PALESTIN*");
}

TEST(ActaLoaderTest, AgentsAndVerbs) {
  Dictionary d = Load(
      "agent GOV\n"
      "  names: government; foreign minister\n"
      "agent NGO\n"
      "  names: charity\n"
      "  position: prefix\n"
      "verb VISIT\n"
      "  names: visit\n"
      "  forms: paid a visit\n"
      "  code: 042\n"
      "  pattern: 043 $ * BY +\n");
  EXPECT_TRUE(d.warnings.empty()) << d.warnings[0].ToString();
  ASSERT_EQ(d.agents.size(), 2u);
  EXPECT_EQ(d.agents[0].code, "GOV");
  EXPECT_TRUE(d.agents[0].suffix);
  EXPECT_EQ(Words(d.agents[0].phrases[1]), "FOREIGN_ MINISTER");
  EXPECT_FALSE(d.agents[1].suffix);
  ASSERT_EQ(d.verbs.size(), 1u);
  EXPECT_EQ(d.verbs[0].code, "042");
  EXPECT_EQ(d.verbs[0].root_text, "visit");
  ASSERT_EQ(d.verbs[0].forms.size(), 1u);
  ASSERT_EQ(d.verbs[0].patterns.size(), 1u);
  EXPECT_EQ(d.verbs[0].patterns[0].code, "043");
  EXPECT_EQ(d.verbs[0].patterns[0].where.line, 10u);
}

TEST(ActaLoaderTest, BadLinesAreReportedWithTheirLineAndSkipped) {
  Dictionary d = Load(
      "actor Nowhere\n"                // 1: no code: skipped
      "  names: Nowhere\n"             // 2
      "actress Iran\n"                 // 3: bad kind
      "  names: Iran\n"                // 4: belongs to the bad entry: not reported again
      "actor Iraq\n"                   // 5
      "  name: Iraq\n"                 // 6: unknown key
      "  names: Iraq\n"                // 7
      "  code: iq\n"                   // 8: bad code
      "  role: IRQGOV 2003-13-01..\n"  // 9: bad date
      "  role: IRQGOV 2005..2004\n"    // 10: ends before it starts
      "  code: IRQ\n");                // 11
  std::vector<std::string> got;
  for (const LoadWarning& w : d.warnings) got.push_back(w.ToString());
  const std::vector<std::string> want = {
      "test.txt:1: actor Nowhere: no code or role; entry skipped",
      "test.txt:3: an entry starts with 'actor NAME', 'agent CODE' or 'verb NAME'",
      "test.txt:6: unknown attribute line (want one of names, adjectives, metonyms, code, role, "
      "sector, country, wikidata, source, forms, pattern, position, short, places)",
      "test.txt:8: code: 'iq' is not made of 3-letter blocks",
      "test.txt:9: role: bad date '2003-13-01'",
      "test.txt:10: role: ends before it starts",
  };
  EXPECT_EQ(got, want);
  ASSERT_EQ(d.actors.size(), 1u);
  EXPECT_EQ(d.actors[0].comment, "Iraq");
  EXPECT_EQ(d.counts.skipped, 1u);
}

TEST(ActaLoaderTest, PartialDates) {
  EXPECT_EQ(ParseActaDate("2024", false)->ToString(), "2024-01-01");
  EXPECT_EQ(ParseActaDate("2024", true)->ToString(), "2024-12-31");
  EXPECT_EQ(ParseActaDate("2024-02", true)->ToString(), "2024-02-29");
  EXPECT_EQ(ParseActaDate("2023-02", true)->ToString(), "2023-02-28");
  EXPECT_EQ(ParseActaDate("2023-04", false)->ToString(), "2023-04-01");
  EXPECT_FALSE(ParseActaDate("2023-4", false));
  EXPECT_FALSE(ParseActaDate("2023-02-30", false));
}

TEST(ActaLoaderTest, PeopleGetTheirShortNames) {
  Dictionary d;
  LoadActaDictionaryFromBuffer(
      "actor Ann Smith\n  names: Ann Smith\n  role: AAAGOV 2000..2010\n"
      "actor Bob Smith\n  names: Bob Smith\n  role: BBBGOV 2005..2015\n"
      "actor Osama bin Laden\n  names: Osama bin Laden\n  role: SAUREB 1990..2011-05-02\n"
      "actor Bashar al-Assad\n  names: Bashar al-Assad\n  role: SYRGOV 2000-07-17..2024-12-08\n"
      "actor Charles III of Narnia\n  names: Charles III of Narnia\n  role: NARGOV 2022..\n"
      "actor Juan Carlos I\n  names: Juan Carlos I\n  role: NARGOV 1975..2014\n"
      "actor Hank Hill Jr.\n  names: Hank Hill Jr.\n  role: NARGOV 1990..2000\n"
      "actor Mahmoud Abbas\n  names: Mahmoud Abbas\n  short: Abu Mazen\n"
      "  role: PSEGOV 2005-01-15..\n"
      "actor Gordon Brown\n  names: Gordon Brown\n  role: GBRGOV 2007-06-27..2010-05-11\n"
      "actor Georgia Jordan\n  names: Georgia Jordan\n  role: JORGOV 2001..2002\n",
      "dictionaries/people/test.txt", &d);
  LoadActaDictionaryFromBuffer(
      "actor Jordan\n  names: Jordan\n  code: JOR\n"
      "actor Peter Pan Party\n  names: Peter Pan Party\n  code: NARPTY\n",
      "dictionaries/actors/test.txt", &d);
  ASSERT_TRUE(d.warnings.empty()) << d.warnings[0].ToString();
  const size_t people = d.actors.size();
  AddShortNames(&d);
  EXPECT_EQ(d.counts.short_names, d.actors.size() - people);
  std::map<std::string, const ActorEntry*> by_name;
  for (size_t i = people; i < d.actors.size(); ++i) {
    EXPECT_TRUE(d.actors[i].short_name);
    by_name[d.actors[i].texts[0]] = &d.actors[i];
  }
  // Jordan is a country's name; monarchs have no surname ("I" is no name
  // of Juan Carlos I); the party is not a person.
  std::vector<std::string> names;
  for (const auto& [name, entry] : by_name) names.push_back(name);
  EXPECT_EQ(names, (std::vector<std::string>{"Abu Mazen", "Assad", "Brown", "Hill", "Smith",
                                             "al-Assad", "bin Laden"}));
  EXPECT_EQ(Words(by_name["bin Laden"]->phrases[0]), "BIN_ LADEN");
  EXPECT_TRUE(by_name["Brown"]->title_only);
  EXPECT_FALSE(by_name["Smith"]->title_only);
  // Two people called Smith: the years both hold a role name neither.
  const ActorEntry& smith = *by_name["Smith"];
  ASSERT_EQ(smith.codes.size(), 3u);
  EXPECT_EQ(smith.codes[0].code, "---");
  EXPECT_EQ(smith.codes[0].from->ToString(), "2005-01-01");
  EXPECT_EQ(smith.codes[0].until->ToString(), "2010-12-31");
  EXPECT_EQ(smith.codes[1].code, "AAAGOV");
  EXPECT_EQ(smith.codes[2].code, "BBBGOV");
}

TEST(ActaLoaderTest, PeopleOutsideTheirRolesAreTheirCountrysElite) {
  Dictionary d;
  LoadActaDictionaryFromBuffer(
      "actor Ann Smith\n  names: Ann Smith\n  role: AAAGOV 2000..2010\n  country: AAA\n"
      "actor Bob Jones\n  names: Bob Jones\n  role: BBBGOV 2000..2010\n"
      "actor Cy Brown\n  names: Cy Brown\n  code: CCCOPP\n  role: CCCGOV 2000..2010\n"
      "  country: CCC\n",
      "dictionaries/people/test.txt", &d);
  LoadActaDictionaryFromBuffer(
      "actor Dee Party\n  names: Dee Party\n  role: DDDGOV 2000..2010\n  country: DDD\n"
      "actor Bad Country\n  names: Bad Country\n  code: EEE\n  country: Narnia\n",
      "dictionaries/actors/test.txt", &d);
  ASSERT_EQ(d.warnings.size(), 1u);
  EXPECT_NE(d.warnings[0].message.find("country: want an ISO-3 code"), std::string::npos);
  auto undated = [&d](size_t i) {
    std::string out;
    for (const DatedCode& c : d.actors[i].codes)
      if (!c.from && !c.until) out += c.code;
    return out;
  };
  ASSERT_EQ(d.actors.size(), 5u);
  EXPECT_EQ(undated(0), "AAAELI");  // a person with a country
  EXPECT_EQ(undated(1), "");        // no country: unknown off her roles
  EXPECT_EQ(undated(2), "CCCOPP");  // her own code wins
  EXPECT_EQ(undated(3), "");        // not a person
}

TEST(ActaLoaderTest, AShortNameOffRolesIsTheElitePeopleSharingItHaveInCommon) {
  Dictionary d;
  LoadActaDictionaryFromBuffer(
      "actor George Bush\n  names: George Bush\n  role: USAGOV 1989..1993\n  country: USA\n"
      "actor George W. Bush\n  names: George W. Bush\n  role: USAGOV 2001..2009\n"
      "  country: USA\n"
      "actor Ann Lee\n  names: Ann Lee\n  role: AAAGOV 2000..2010\n  country: AAA\n"
      "actor Bob Lee\n  names: Bob Lee\n  role: BBBGOV 2000..2010\n  country: BBB\n",
      "dictionaries/people/test.txt", &d);
  ASSERT_TRUE(d.warnings.empty()) << d.warnings[0].ToString();
  const size_t people = d.actors.size();
  AddShortNames(&d);
  std::map<std::string, std::string> elite;
  for (size_t i = people; i < d.actors.size(); ++i) {
    elite[d.actors[i].texts[0]] = d.actors[i].titled_elite;
    // Off their roles, a short name alone names no one.
    for (const DatedCode& c : d.actors[i].codes) EXPECT_TRUE(c.from || c.until);
  }
  EXPECT_EQ(elite["Bush"], "USAELI");
  EXPECT_EQ(elite["Lee"], "");  // two countries: no one off their roles
}

TEST(DictLintTest, OverlapsDuplicatesAndUnknownCountries) {
  Dictionary d = Load(
      "actor Iran\n  names: Iran\n  code: IRN\n"    // 1
      "actor Persia\n  names: Iran\n  code: IRN\n"  // 4
      "actor Someone\n  names: Some One\n"          // 7
      "  role: IRNGOV 2001..2005\n  role: IRNGOV 2004..2006\n"
      "actor Group\n  names: The Group\n  code: XYZREB\n"                // 11
      "verb VISIT\n  names: visit\n  code: 042\n  pattern: 999 * +\n");  // 14
  const std::set<std::string> codes = {"042"};
  const std::vector<std::string> want = {
      "test.txt:4: Persia: phrase \"IRAN\" is also Iran (test.txt:1)",
      "test.txt:7: Someone: two roles IRNGOV overlap",
      "test.txt:11: Group: code XYZREB does not start with a known country",
      "test.txt:17: pattern code 999 is not in the codebook",
  };
  EXPECT_EQ(LintDictionary(d, &codes), want);
}

}  // namespace
}  // namespace acta::dict
