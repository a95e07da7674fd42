#include "sink/gdelt.h"

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "common/tsv.h"
#include "geo/geo_test_util.h"

namespace acta::sink {
namespace {

constexpr std::string_view kFips =
    "# test table\n"
    "EGY\tEG\tEG\tEgypt\n"
    "IRN\tIR\tIR\tIran\n"
    "LBN\tLB\tLE\tLebanon\n"
    "PSE\tPS\t-\tPalestine\n"
    "USA\tUS\tUS\tUnited States\n";

class GdeltTest : public ::testing::Test {
 protected:
  void SetUp() override {
    Result<geo::Gazetteer> g = geo::BuildTestGazetteer();
    ASSERT_TRUE(g.ok()) << g.status().ToString();
    g_ = std::make_unique<geo::Gazetteer>(std::move(g).value());
    Result<geo::FipsCodes> f = geo::FipsCodes::Parse(kFips, "fips.tsv");
    ASSERT_TRUE(f.ok()) << f.status().ToString();
    fips_ = std::make_unique<geo::FipsCodes>(std::move(f).value());
  }
  // The block of the first place named `name` of kind `kind`.
  GdeltGeo Block(std::string_view name, geo::PlaceKind kind) {
    for (uint32_t i = 0; i < g_->size(); ++i)
      if (g_->place(i).name == name && g_->place(i).kind == kind)
        return GdeltGeoOf(*g_, g_->place(i), *fips_);
    ADD_FAILURE() << "no place " << name;
    return {};
  }
  std::unique_ptr<geo::Gazetteer> g_;
  std::unique_ptr<geo::FipsCodes> fips_;
};

TEST_F(GdeltTest, GeographicBlocks) {
  const GdeltGeo tehran = Block("Tehran", geo::PlaceKind::kCity);
  EXPECT_EQ(tehran.type, 4);
  EXPECT_EQ(tehran.full_name, "Tehran, Iran");
  EXPECT_EQ(tehran.country_code, "IR");
  EXPECT_EQ(tehran.adm1_code, "IR26");
  EXPECT_EQ(tehran.feature_id, "112931");
  EXPECT_NEAR(tehran.lat, 35.694, 0.001);

  const GdeltGeo atlanta = Block("Atlanta", geo::PlaceKind::kCity);
  EXPECT_EQ(atlanta.type, 3);
  EXPECT_EQ(atlanta.full_name, "Atlanta, Georgia, United States");
  EXPECT_EQ(atlanta.adm1_code, "USGA");

  const GdeltGeo georgia = Block("Georgia", geo::PlaceKind::kAdm1);
  EXPECT_EQ(georgia.type, 2);
  EXPECT_EQ(georgia.adm1_code, "USGA");
  EXPECT_EQ(georgia.feature_id, "USGA");

  // Lebanon's FIPS code is not its ISO code.
  const GdeltGeo lebanon = Block("Lebanon", geo::PlaceKind::kCountry);
  EXPECT_EQ(lebanon.type, 1);
  EXPECT_EQ(lebanon.country_code, "LE");
  EXPECT_EQ(lebanon.feature_id, "LE");

  // Palestine is the Gaza Strip or the West Bank to GDELT.
  const GdeltGeo gaza = Block("Gaza Strip", geo::PlaceKind::kRegion);
  EXPECT_EQ(gaza.type, 1);
  EXPECT_EQ(gaza.country_code, "GZ");
  EXPECT_EQ(fips_->Of("PSE", 35.2), "WE");
  EXPECT_EQ(fips_->Of("XXX", 0), "");
}

TEST_F(GdeltTest, RowsHaveTheSixtyOneColumns) {
  GdeltEvent e;
  e.id = 42;
  e.date = {2024, 3, 26};
  e.actor1_code = "PSEREBHMS";
  e.actor1_name = "Ismail Haniyeh";
  e.actor2_code = "IGOUNOSHI";
  e.actor2_name = "the UN";
  e.root_event = true;
  e.code = "0361";
  e.quad_class = 1;
  e.goldstein = 4.0;
  e.num_mentions = 4;
  e.action_geo = Block("Tehran", geo::PlaceKind::kCity);
  e.added = {2024, 3, 25};
  e.source_url = "seed\tstory";
  std::string row;
  AppendGdeltEvent(e, &row);
  ASSERT_EQ(row.back(), '\n');
  row.pop_back();
  const std::vector<std::string_view> f = SplitTabs(row);
  ASSERT_EQ(f.size(), kGdeltEventColumns.size());
  auto field = [&](std::string_view column) -> std::string {
    for (size_t i = 0; i < kGdeltEventColumns.size(); ++i)
      if (kGdeltEventColumns[i] == column) return std::string(f[i]);
    ADD_FAILURE() << "no column " << column;
    return "";
  };
  EXPECT_EQ(field("GLOBALEVENTID"), "42");
  EXPECT_EQ(field("SQLDATE"), "20240326");
  EXPECT_EQ(field("MonthYear"), "202403");
  EXPECT_EQ(field("FractionDate"), "2024.2356");  // day 86 of 2024
  EXPECT_EQ(field("Actor1Name"), "ISMAIL HANIYEH");
  EXPECT_EQ(field("Actor1CountryCode"), "PSE");
  EXPECT_EQ(field("Actor1Type1Code"), "REB");
  EXPECT_EQ(field("Actor1KnownGroupCode"), "HMS");
  EXPECT_EQ(field("Actor2CountryCode"), "");
  EXPECT_EQ(field("Actor2Type1Code"), "IGO");
  EXPECT_EQ(field("Actor2KnownGroupCode"), "UNO");
  EXPECT_EQ(field("Actor2Religion1Code"), "SHI");
  EXPECT_EQ(field("IsRootEvent"), "1");
  EXPECT_EQ(field("EventBaseCode"), "036");
  EXPECT_EQ(field("EventRootCode"), "03");
  EXPECT_EQ(field("GoldsteinScale"), "4.0");
  EXPECT_EQ(field("NumMentions"), "4");
  EXPECT_EQ(field("AvgTone"), "");
  EXPECT_EQ(field("Actor1Geo_Type"), "");
  EXPECT_EQ(field("ActionGeo_Type"), "4");
  EXPECT_EQ(field("ActionGeo_FullName"), "Tehran, Iran");
  EXPECT_EQ(field("ActionGeo_Lat"), "35.6944");
  EXPECT_EQ(field("ActionGeo_Long"), "51.4215");
  EXPECT_EQ(field("ActionGeo_FeatureID"), "112931");
  EXPECT_EQ(field("DATEADDED"), "20240325000000");
  EXPECT_EQ(field("SOURCEURL"), "seed story");
}

TEST(GdeltIdTest, StableAndDistinct) {
  EXPECT_EQ(GdeltEventId("s1", 0, 10), GdeltEventId("s1", 0, 10));
  EXPECT_NE(GdeltEventId("s1", 0, 10), GdeltEventId("s1", 0, 11));
  EXPECT_NE(GdeltEventId("s1", 1, 10), GdeltEventId("s2", 1, 10));
  EXPECT_LT(GdeltEventId("s1", 0, 10), uint64_t{1} << 63);
}

TEST(FipsCodesTest, BadRowsNameTheirLine) {
  Result<geo::FipsCodes> bad = geo::FipsCodes::Parse("IRN\tIR\tIR\tIran\nIRN\tIR\tIR\tIran\n", "t");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.status().message(), "t:2: IRN is listed twice");
  bad = geo::FipsCodes::Parse("# c\nIRN\tIR\tiran\tIran\n", "t");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.status().message(), "t:2: 'iran' is no FIPS code (two capitals or -)");
  EXPECT_FALSE(geo::FipsCodes::Parse("IR\tIR\tIR\tIran\n", "t").ok());
  EXPECT_FALSE(geo::FipsCodes::Parse("IRN IR IR Iran\n", "t").ok());
}

}  // namespace
}  // namespace acta::sink
