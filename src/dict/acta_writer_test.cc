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

}  // namespace
}  // namespace acta::dict
