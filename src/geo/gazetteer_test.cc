#include "geo/gazetteer.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "geo/geo_test_util.h"

namespace acta::geo {
namespace {

std::string Names(const Gazetteer& g, std::string_view folded) {
  std::string out;
  for (uint32_t i : g.Find(folded)) {
    const Place& p = g.place(i);
    if (!out.empty()) out.push_back(' ');
    out.append(PlaceKindName(p.kind));
    out.push_back(':');
    out.append(p.country);
  }
  return out;
}

TEST(GazetteerTest, BuildsFromItsSources) {
  Result<Gazetteer> g = BuildTestGazetteer();
  ASSERT_TRUE(g.ok()) << g.status().ToString();
  EXPECT_EQ(Names(*g, "tripoli"), "city:LBY city:LBN");  // the second list's copy is the same
  EXPECT_EQ(Names(*g, "georgia"), "country:GEO adm1:USA");
  EXPECT_EQ(Names(*g, "iran"), "country:IRN");
  EXPECT_EQ(Names(*g, "united states of america"), "country:USA");
  EXPECT_EQ(Names(*g, "ussr"), "country:SUN");  // former countries acta's actors use
  EXPECT_EQ(Names(*g, "burma"), "");            // ... and no others
  EXPECT_EQ(Names(*g, "soviet union"), "country:SUN");
  EXPECT_EQ(Names(*g, "washington"), "city:USA");  // acta's alias
  EXPECT_EQ(Names(*g, "gaza"), "region:PSE");
  EXPECT_EQ(Names(*g, "ras tanura"), "city:LBY");  // from the second list
  EXPECT_EQ(Names(*g, "some county"), "region:USA");
  // Points: a country's is its capital's; a division's its seat's, or the
  // centre of its cities.
  const Place& iran = g->place(static_cast<uint32_t>(g->Country("IRN")));
  EXPECT_NEAR(iran.lat, 35.69439, 1e-6);
  const Place& tehran = g->place(g->Find("tehran")[1]);
  EXPECT_EQ(tehran.kind, PlaceKind::kAdm1);
  EXPECT_EQ(tehran.adm1, "IR-23");
  EXPECT_NEAR(tehran.lon, 51.42151, 1e-6);
  const Place& us_georgia = g->place(g->Find("georgia")[1]);
  EXPECT_NEAR(us_georgia.lat, 33.749, 1e-3);  // Atlanta, its one city
  const Place& lebanese = g->place(g->Find("tripoli")[1]);
  EXPECT_EQ(lebanese.geonames_id, 266826u);
  EXPECT_EQ(lebanese.adm1, "LB.09");
  EXPECT_EQ(lebanese.population, 229398u);
  EXPECT_EQ(g->max_words(), 5u);  // "union of soviet socialist republics"
}

TEST(GazetteerTest, WritesAndLoadsTheSame) {
  Result<Gazetteer> g = BuildTestGazetteer();
  ASSERT_TRUE(g.ok()) << g.status().ToString();
  const std::string path =
      (std::filesystem::temp_directory_path() / "acta_gazetteer_test.tsv").string();
  ASSERT_TRUE(g->Write(path).ok());
  Result<Gazetteer> back = Gazetteer::Load(path);
  ASSERT_TRUE(back.ok()) << back.status().ToString();
  ASSERT_EQ(back->size(), g->size());
  for (uint32_t i = 0; i < g->size(); ++i) {
    const Place &a = g->place(i), &b = back->place(i);
    EXPECT_EQ(a.kind, b.kind);
    EXPECT_EQ(a.name, b.name);
    EXPECT_EQ(a.country, b.country);
    EXPECT_EQ(a.adm1, b.adm1);
    EXPECT_EQ(a.located, b.located);
    EXPECT_NEAR(a.lat, b.lat, 1e-5);
    EXPECT_EQ(a.names, b.names);
    EXPECT_EQ(a.geonames_id, b.geonames_id);
  }
  EXPECT_EQ(Names(*back, "gaza strip"), "region:PSE");
  std::filesystem::remove(path);
  EXPECT_EQ(Gazetteer::Load(path).status().code(), Status::Code::kNotFound);
}

TEST(GazetteerTest, BadPlacesNameTheirLine) {
  auto message = [](const std::string& places) {
    Result<Gazetteer> g = BuildTestGazetteer(places);
    return g.ok() ? std::string("ok") : g.status().message();
  };
  EXPECT_NE(message("region X\n  names: X\n  point: 95 10\n").find("places.txt:3: point"),
            std::string::npos);
  EXPECT_NE(message("town X\n").find("places.txt:1: want 'region NAME' or 'alias NAME'"),
            std::string::npos);
  EXPECT_NE(message("alias X\n  names: X\n  geonames: 12\n").find("no place has GeoNames id 12"),
            std::string::npos);
  EXPECT_NE(message("alias X\n  names: X\n").find("places.txt:1: an alias needs"),
            std::string::npos);
  EXPECT_NE(message("region X\n  names: X\n  colour: red\n").find("unknown field 'colour'"),
            std::string::npos);
}

}  // namespace
}  // namespace acta::geo
