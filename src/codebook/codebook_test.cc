#include "codebook/codebook.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <string>

namespace acta {
namespace {

constexpr char kHeader[] =
    "# comment\ncode\tname\tgoldstein\tquad_class\tplover_event\tplover_mode\tplover_context\n";

TEST(CodebookTest, ParsesRowsAndFindsParents) {
  Result<Codebook> b =
      Codebook::Parse(std::string(kHeader) +
                          "04\tConsult\t1.0\t1\tCONSULT\t\t\n"
                          "042\tMake a visit\t1.9\t1\tCONSULT\tvisit\t\n"
                          "087\tDe-escalate military engagement\t9.0\t2\tRETREAT\t\tmilitary\n",
                      "t.tsv");
  ASSERT_TRUE(b.ok()) << b.status().ToString();
  EXPECT_EQ(b->size(), 3u);
  const EventType* visit = b->Find("042");
  ASSERT_NE(visit, nullptr);
  EXPECT_EQ(visit->name, "Make a visit");
  EXPECT_DOUBLE_EQ(visit->goldstein, 1.9);
  EXPECT_EQ(visit->plover_mode, "visit");
  EXPECT_EQ(b->Find("0874")->code, "087");  // nearest listed parent
  EXPECT_EQ(b->Find("049")->code, "04");
  EXPECT_EQ(b->Find("19"), nullptr);
  EXPECT_EQ(b->Find("---"), nullptr);
  EXPECT_FALSE(b->Contains("0874"));
}

TEST(CodebookTest, MalformedRowsNameTheirLine) {
  const std::string h = kHeader;
  EXPECT_EQ(Codebook::Parse(h + "04\tConsult\t1.0\t1\n", "t.tsv").status().message(),
            "t.tsv:3: want 7 tab-separated fields, got 4");
  EXPECT_EQ(Codebook::Parse(h + "04\tConsult\tx\t1\t\t\t\n", "t.tsv").status().message(),
            "t.tsv:3: goldstein 'x' is not a number in [-10, 10]");
  EXPECT_EQ(Codebook::Parse(h + "04\tConsult\t1\t5\t\t\t\n", "t.tsv").status().message(),
            "t.tsv:3: quad_class '5' is not 1-4");
  EXPECT_EQ(Codebook::Parse(h + "4a\tX\t1\t1\t\t\t\n", "t.tsv").status().message(),
            "t.tsv:3: code '4a' is not 2-4 digits");
  EXPECT_EQ(
      Codebook::Parse(h + "04\tA\t1\t1\t\t\t\n04\tB\t1\t1\t\t\t\n", "t.tsv").status().message(),
      "t.tsv:4: code 04 repeated");
  EXPECT_FALSE(Codebook::Parse(h, "t.tsv").ok());
}

// The shipped table (data/codebook/cameo.tsv): its shape and a few rows
// checked by hand against the CAMEO manual, GDELT's Goldstein list and the
// CAMEO-to-PLOVER crosswalk.
TEST(CodebookTest, ShippedTable) {
  const std::string path =
      Codebook::DefaultPath((std::filesystem::path(ACTA_SOURCE_DIR) / "data").string());
  Result<Codebook> b = Codebook::Load(path);
  ASSERT_TRUE(b.ok()) << b.status().ToString();
  int roots = 0;
  for (const auto& [code, t] : b->entries()) {
    if (code.size() == 2) ++roots;
    if (code.size() > 2) {
      EXPECT_TRUE(b->Contains(code.substr(0, code.size() - 1))) << code << " has no parent";
    }
    const int root = std::stoi(code.substr(0, 2));
    const int quad = root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4;
    EXPECT_EQ(t.quad_class, quad) << code;
  }
  EXPECT_EQ(roots, 20);
  EXPECT_GE(b->size(), 300u);
  struct Row {
    const char* code;
    double goldstein;
    const char* plover_event;
    const char* plover_mode;
  };
  for (const Row& r : {Row{"036", 4.0, "AGREE", ""}, Row{"042", 1.9, "CONSULT", "visit"},
                       Row{"0256", -0.3, "", ""}, Row{"1056", -5.0, "REQUEST", "yield"},
                       Row{"190", -10.0, "ASSAULT", ""}}) {
    const EventType* t = b->Find(r.code);
    ASSERT_NE(t, nullptr) << r.code;
    EXPECT_EQ(t->code, r.code);
    EXPECT_DOUBLE_EQ(t->goldstein, r.goldstein) << r.code;
    EXPECT_EQ(t->plover_event, r.plover_event) << r.code;
    EXPECT_EQ(t->plover_mode, r.plover_mode) << r.code;
  }
}

}  // namespace
}  // namespace acta
