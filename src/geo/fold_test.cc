#include "geo/fold.h"

#include <gtest/gtest.h>

namespace acta::geo {
namespace {

TEST(FoldNameTest, OneFormForAllSpellings) {
  EXPECT_EQ(FoldName("Khan Yunis"), "khan yunis");
  EXPECT_EQ(FoldName("Khān Yūnis"), "khan yunis");
  EXPECT_EQ(FoldName("Khan-Yunis"), "khan yunis");
  EXPECT_EQ(FoldName("Sana'a"), "sanaa");
  EXPECT_EQ(FoldName("Sanaʿa"), "sanaa");
  EXPECT_EQ(FoldName("the West Bank"), "west bank");
  EXPECT_EQ(FoldName("  Gaza   Strip "), "gaza strip");
  EXPECT_EQ(FoldName("Āz̄ārbāyjān-e Shārqī"), "azarbayjan e sharqi");
  EXPECT_EQ(FoldName("Łódź"), "lodz");
  EXPECT_EQ(FoldName("Düsseldorf"), "dusseldorf");
  EXPECT_EQ(FoldName("Tromsø"), "tromso");
  EXPECT_EQ(FoldName("Straße"), "strasse");
  EXPECT_EQ(FoldName("St. Petersburg"), "st petersburg");
  EXPECT_EQ(FoldName("Москва"), "москва");
  EXPECT_EQ(FoldName(""), "");
}

}  // namespace
}  // namespace acta::geo
