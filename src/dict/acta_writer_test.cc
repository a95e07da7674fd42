#include "dict/acta_writer.h"

#include <gtest/gtest.h>

#include <string>

#include "dict/acta_loader.h"
#include "dict/tabari_loader.h"

namespace acta::dict {
namespace {

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

// TABARI entries written in the native format and read back give the same
// phrases, codes and patterns.
TEST(ActaWriterTest, TabariRoundTrip) {
  Dictionary d;
  LoadActorsFromBuffer(
      "IRAN_ [IRN]\n"
      "+IRANIAN\n"
      "ISMAIL_HANIYEH_ [PSEGOV 060329-070614] [PSEREBHMS 170506-240731]\n",
      "t.actors", &d);
  LoadAgentsFromBuffer("OFFICIAL_ [~GOV]\n", "t.agents", &d);
  LoadVerbsFromBuffer("VISIT [042]\n- $ * BY_ + [043]\n", "t.verbs", &d);
  ASSERT_TRUE(d.warnings.empty()) << d.warnings[0].ToString();
  ConvertLosses losses;
  const std::string text = WriteActaDictionary(d, &losses);
  EXPECT_EQ(text,
            "actor IRAN_\n  names: iran; iranian*\n  code: IRN\n"
            "  source: converted from t.actors line 1\n\n"
            "actor ISMAIL_HANIYEH_\n  names: ismail haniyeh\n"
            "  role: PSEGOV 2006-03-29..2007-06-14\n  role: PSEREBHMS 2017-05-06..2024-07-31\n"
            "  source: converted from t.actors line 3\n\n"
            "agent GOV\n  names: official\n  position: suffix\n"
            "  source: converted from t.agents line 1\n\n"
            "verb VISIT\n  names: VISIT\n  code: 042\n  pattern: 043 $ * BY_ +\n"
            "  source: converted from t.verbs line 1\n\n");
  EXPECT_EQ(losses.gapped_phrases, 0u);
  EXPECT_EQ(losses.synset_patterns, 0u);

  Dictionary back;
  LoadActaDictionaryFromBuffer(text, "native.txt", &back);
  ASSERT_TRUE(back.warnings.empty()) << back.warnings[0].ToString();
  ASSERT_EQ(back.actors.size(), 2u);
  EXPECT_EQ(Words(back.actors[0].phrases[0]), "IRAN");
  EXPECT_EQ(Words(back.actors[0].phrases[1]), "IRANIAN*");
  EXPECT_EQ(Words(back.actors[1].phrases[0]), Words(d.actors[1].phrases[0]));
  ASSERT_EQ(back.actors[1].codes.size(), 2u);
  EXPECT_EQ(back.actors[1].codes[1].code, "PSEREBHMS");
  EXPECT_EQ(back.actors[1].codes[1].until, d.actors[1].codes[1].until);
  ASSERT_EQ(back.agents.size(), 1u);
  EXPECT_EQ(back.agents[0].code, "GOV");
  ASSERT_EQ(back.verbs.size(), 1u);
  EXPECT_EQ(Words(back.verbs[0].root), Words(d.verbs[0].root));
  ASSERT_EQ(back.verbs[0].patterns.size(), 1u);
  EXPECT_EQ(back.verbs[0].patterns[0].code, "043");
  EXPECT_EQ(back.verbs[0].patterns[0].text, "$ * BY_ +");
}

TEST(ActaWriterTest, CountsWhatCannotBeCarriedOver) {
  Dictionary d;
  LoadActorsFromBuffer("AL GORE [USAELI]\n", "t.actors", &d);
  LoadVerbsFromBuffer("<SYNSETS>\n&CURRENCY\n+DOLLAR\n</SYNSETS>\nPAY [---]\n- * &CURRENCY [061]\n",
                      "t.verbs", &d);
  ConvertLosses losses;
  const std::string text = WriteActaDictionary(d, &losses);
  EXPECT_EQ(losses.gapped_phrases, 1u);   // "AL GORE" may skip words; written joined
  EXPECT_EQ(losses.synset_patterns, 1u);  // the &CURRENCY pattern
  EXPECT_NE(text.find("names: al* gore*"), std::string::npos) << text;
  EXPECT_EQ(text.find("&CURRENCY"), std::string::npos);
}

// Native entries written for TABARI and read back with TABARI's loaders give
// the same phrases, codes and patterns; the undated code goes last, as
// TABARI wants its default.
TEST(ActaWriterTest, NativeToTabariRoundTrip) {
  Dictionary d;
  LoadActaDictionaryFromBuffer(
      "actor Ismail Haniyeh\n  names: Ismail Haniyeh; Haniy*\n  code: PSEHMS\n"
      "  role: PSEGOV 2006-03-29..2007-06-14\n  role: PSEREBHMS 2017-05-06..\n"
      "agent GOV\n  names: official\nagent NGO\n  names: charity\n  position: prefix\n"
      "verb VISIT\n  names: visit\n  forms: went_to\n  code: 042\n  pattern: 043 $ * BY_ +\n",
      "native.txt", &d);
  ASSERT_TRUE(d.warnings.empty()) << d.warnings[0].ToString();
  const TabariFiles files = WriteTabariDictionary(d);
  EXPECT_EQ(files.actors,
            "ISMAIL_HANIYEH_ [PSEGOV 20060329-20070614] [PSEREBHMS >20170506] [PSEHMS]\n"
            "+HANIY\n");
  EXPECT_EQ(files.agents, "OFFICIAL_ [~GOV]\nCHARITY_ [NGO~]\n");
  EXPECT_EQ(files.verbs, "VISIT {WENT_TO} [042]\n- $ * BY_ + [043]\n");
  Dictionary back;
  LoadActorsFromBuffer(files.actors, "t.actors", &back);
  LoadAgentsFromBuffer(files.agents, "t.agents", &back);
  LoadVerbsFromBuffer(files.verbs, "t.verbs", &back);
  ASSERT_TRUE(back.warnings.empty()) << back.warnings[0].ToString();
  ASSERT_EQ(back.actors.size(), 1u);
  ASSERT_EQ(back.actors[0].phrases.size(), 2u);
  EXPECT_EQ(Words(back.actors[0].phrases[0]), Words(d.actors[0].phrases[0]));
  EXPECT_EQ(Words(back.actors[0].phrases[1]), Words(d.actors[0].phrases[1]));
  ASSERT_EQ(back.actors[0].codes.size(), 3u);
  EXPECT_EQ(back.actors[0].codes[1].from, d.actors[0].codes[2].from);
  EXPECT_FALSE(back.actors[0].codes[1].until);
  ASSERT_EQ(back.agents.size(), 2u);
  EXPECT_FALSE(back.agents[1].suffix);
  ASSERT_EQ(back.verbs.size(), 1u);
  ASSERT_EQ(back.verbs[0].forms.size(), 1u);
  EXPECT_EQ(Words(back.verbs[0].forms[0]), Words(d.verbs[0].forms[0]));
  EXPECT_EQ(back.verbs[0].patterns[0].text, "$ * BY_ +");
}

}  // namespace
}  // namespace acta::dict
