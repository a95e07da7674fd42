#include "geo/geo_gold.h"

#include <gtest/gtest.h>

namespace acta::geo {
namespace {

constexpr char kRow[] =
    "7\t1987-03-01\tTripoli\t1\tcity\tLBN\tLB.09\t34.4335\t35.8441\t266826\tambiguous\t"
    "Militias fought in Tripoli.\tLebanon's Tripoli\n";

TEST(GeoGoldTest, ParsesRows) {
  Result<std::vector<GoldPlace>> g = ParseGeoGold(std::string("# c\n") + kRow, "g.tsv");
  ASSERT_TRUE(g.ok()) << g.status().ToString();
  ASSERT_EQ(g->size(), 1u);
  const GoldPlace& p = (*g)[0];
  EXPECT_EQ(p.kind, PlaceKind::kCity);
  EXPECT_EQ(p.country, "LBN");
  EXPECT_TRUE(p.ambiguous);
  EXPECT_EQ(p.geonames_id, 266826u);
  EXPECT_EQ(p.line, 2);
}

TEST(GeoGoldTest, BadRowsNameTheirLine) {
  auto message = [](const std::string& tsv) {
    return ParseGeoGold(tsv, "g.tsv").status().message();
  };
  EXPECT_EQ(message("a\tb\n"), "g.tsv:1: want 13 tab-separated fields, got 2");
  std::string town = kRow;
  town.replace(town.find("\tcity\t"), 6, "\ttown\t");
  EXPECT_EQ(message(town), "g.tsv:1: type: want country, adm1, city or region");
  std::string twice = kRow;
  twice.replace(twice.find("\t1\t"), 3, "\t2\t");
  EXPECT_EQ(message(twice), "g.tsv:1: the sentence does not hold 'Tripoli' 2 time(s)");
}

TEST(GeoGoldTest, SamePlaceByKind) {
  GoldPlace city;
  city.kind = PlaceKind::kCity;
  city.lat = 34.4335;
  city.lon = 35.8441;
  city.located = true;
  Place p;
  p.kind = PlaceKind::kCity;
  p.lat = 34.5;  // about 8 km away
  p.lon = 35.8;
  p.located = true;
  EXPECT_TRUE(SamePlace(p, city));
  p.lat = 34.7;  // about 30 km
  EXPECT_FALSE(SamePlace(p, city));
  GoldPlace division;
  division.kind = PlaceKind::kAdm1;
  division.country = "USA";
  division.adm1 = "US.TX";
  Place texas;
  texas.kind = PlaceKind::kAdm1;
  texas.country = "USA";
  texas.adm1 = "US-TX";
  EXPECT_TRUE(SamePlace(texas, division));
  texas.adm1 = "US-GA";
  EXPECT_FALSE(SamePlace(texas, division));
  GoldPlace country;
  country.kind = PlaceKind::kCountry;
  country.country = "IRN";
  p.country = "IRN";
  EXPECT_TRUE(SamePlace(p, country));
}

}  // namespace
}  // namespace acta::geo
