// acta's shipped dictionaries (data/dictionaries/): they load without a
// warning, `acta dict lint` finds nothing, every event code of the verb
// dictionary is in the codebook table, and every actor code starts with an
// ISO 3166-1 alpha-3 country code (as ICU lists them) or a CAMEO
// international prefix.
#include <gtest/gtest.h>
#include <unicode/locid.h>

#include <filesystem>
#include <set>
#include <string>

#include "codebook/codebook.h"
#include "dict/acta_loader.h"
#include "dict/dict_lint.h"

namespace acta {
namespace {

const std::string kDataDir = (std::filesystem::path(ACTA_SOURCE_DIR) / "data").string();

// ISO 3166-1 alpha-3 codes as ICU lists them, and the ISO 3166-3 codes of
// the former states the dictionaries name (Soviet Union, Czechoslovakia,
// Yugoslavia, Serbia and Montenegro).
std::set<std::string> IsoAlpha3() {
  std::set<std::string> out = {"SUN", "CSK", "YUG", "SCG", "DDR"};
  for (const char* const* cc = icu::Locale::getISOCountries(); *cc != nullptr; ++cc)
    out.insert(icu::Locale("", *cc).getISO3Country());
  return out;
}

TEST(ShippedDictionariesTest, LintClean) {
  Result<dict::Dictionary> d = dict::LoadActaDictionaries(kDataDir + "/dictionaries");
  ASSERT_TRUE(d.ok()) << d.status().ToString();
  Result<Codebook> book = Codebook::Load(Codebook::DefaultPath(kDataDir));
  ASSERT_TRUE(book.ok()) << book.status().ToString();
  std::set<std::string> codes;
  for (const auto& entry : book->entries()) codes.insert(entry.first);
  const std::vector<std::string> problems = dict::LintDictionary(*d, &codes);
  for (const std::string& p : problems) ADD_FAILURE() << p;
  EXPECT_GT(d->counts.actors, 0u);
}

TEST(ShippedDictionariesTest, VerbCodesAreInTheCodebook) {
  Result<dict::Dictionary> d = dict::LoadActaDictionaries(kDataDir + "/dictionaries");
  ASSERT_TRUE(d.ok());
  Result<Codebook> book = Codebook::Load(Codebook::DefaultPath(kDataDir));
  ASSERT_TRUE(book.ok());
  size_t checked = 0;
  auto check = [&](const std::string& codes, const std::string& where) {
    size_t start = 0;
    while (start <= codes.size()) {
      size_t colon = codes.find(':', start);
      if (colon == std::string::npos) colon = codes.size();
      const std::string code = codes.substr(start, colon - start);
      if (code != "---" && code != "###") {
        EXPECT_TRUE(book->Contains(code)) << where << ": " << code;
        ++checked;
      }
      start = colon + 1;
    }
  };
  for (const dict::VerbEntry& v : d->verbs) {
    check(v.code, v.root_text);
    for (const dict::VerbPattern& p : v.patterns) check(p.code, v.root_text + " " + p.text);
  }
  EXPECT_GT(checked, 0u);
}

TEST(ShippedDictionariesTest, ActorCodesStartWithAnIsoCountry) {
  Result<dict::Dictionary> d = dict::LoadActaDictionaries(kDataDir + "/dictionaries");
  ASSERT_TRUE(d.ok());
  const std::set<std::string> iso = IsoAlpha3();
  ASSERT_GT(iso.size(), 240u);
  const std::set<std::string> international = {"IGO", "NGO", "IMG", "MNC"};
  for (const dict::ActorEntry& a : d->actors) {
    for (const dict::DatedCode& c : a.codes) {
      if (c.code == "---") continue;
      const std::string first = c.code.substr(0, 3);
      EXPECT_TRUE(iso.count(first) || international.count(first))
          << d->files[a.where.file] << ":" << a.where.line << ": " << a.comment << " " << c.code;
    }
  }
}

}  // namespace
}  // namespace acta
