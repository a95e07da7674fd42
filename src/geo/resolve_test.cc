#include "geo/resolve.h"

#include <gtest/gtest.h>

#include "geo/fold.h"
#include "geo/geo_test_util.h"

namespace acta::geo {
namespace {

class ResolveTest : public ::testing::Test {
 protected:
  void SetUp() override {
    Result<Gazetteer> g = BuildTestGazetteer();
    ASSERT_TRUE(g.ok()) << g.status().ToString();
    g_ = std::make_unique<Gazetteer>(std::move(g).value());
  }
  // The best place for `name` in a story `story`: "kind COUNTRY".
  std::string Best(std::string_view name, std::string_view story = "") {
    const std::vector<Candidate> ranked =
        RankCandidates(*g_, FoldName(name), ContextOf(*g_, story));
    if (ranked.empty()) return "-";
    const Place& p = g_->place(ranked[0].place);
    std::string out(PlaceKindName(p.kind));
    out.push_back(' ');
    out.append(p.country);
    return out;
  }
  // Each place of `text` as "TEXT=kind COUNTRY".
  std::string Resolve(std::string_view text, std::string_view story = "") {
    std::string out;
    for (const ResolvedPlace& r : ResolvePlaces(*g_, text, ContextOf(*g_, story))) {
      const Place& p = g_->place(r.best.place);
      if (!out.empty()) out += "; ";
      out.append(text.substr(r.mention.begin, r.mention.end - r.mention.begin));
      out.push_back('=');
      out.append(PlaceKindName(p.kind));
      out.push_back(' ');
      out.append(p.country);
    }
    return out;
  }
  std::unique_ptr<Gazetteer> g_;
};

TEST_F(ResolveTest, TheStoryDecidesBetweenNamesakes) {
  // Alone, the larger place; with the story, the one of its country.
  EXPECT_EQ(Best("Tripoli"), "city LBY");
  EXPECT_EQ(Best("Tripoli", "Militias clashed in Beirut and Tripoli."), "city LBN");
  EXPECT_EQ(Best("Georgia"), "country GEO");
  EXPECT_EQ(Best("Georgia", "The governor of Georgia flew to Atlanta."), "adm1 USA");
  EXPECT_EQ(Best("Georgia", "Georgia's president spoke in Tbilisi."), "country GEO");
  // A name is no context for itself.
  EXPECT_EQ(Best("Georgia", "Georgia, Georgia and Georgia."), "country GEO");
  EXPECT_EQ(Best("Cairo"), "city EGY");
  EXPECT_EQ(Best("Washington"), "city USA");
  EXPECT_EQ(Best("Gaza"), "region PSE");
  EXPECT_EQ(Best("Kathmandu"), "-");
}

TEST_F(ResolveTest, ACityWithinAPlaceNamedAfterIt) {
  EXPECT_EQ(Resolve("Barges left Cairo, Illinois, on Monday."),
            "Cairo=city USA; Illinois=adm1 USA");
  EXPECT_EQ(Resolve("Barges left Cairo on Monday."), "Cairo=city EGY");
  // The place after the comma is the one that holds a namesake, even when
  // alone it would be something else: Georgia the state, not the country.
  EXPECT_EQ(Resolve("Flights left Atlanta, Georgia, at noon."),
            "Atlanta=city USA; Georgia=adm1 USA");
  EXPECT_EQ(Resolve("Georgia, Egypt and Iran met."),
            "Georgia=country GEO; Egypt=country EGY; Iran=country IRN");
  // A state as the AP abbreviates it, full stop and all.
  EXPECT_EQ(Resolve("Barges left Cairo, Ill., on Monday."), "Cairo=city USA; Ill.=adm1 USA");
  EXPECT_EQ(Resolve("Barges left Cairo, Ill on Monday."), "Cairo=city EGY");
}

TEST_F(ResolveTest, FindsPlaceNamesNotOtherCapitalisedWords) {
  EXPECT_EQ(Resolve("Iran sent envoys to Tripoli and the Gaza Strip."),
            "Iran=country IRN; Tripoli=city LBY; Gaza Strip=region PSE");
  // Part of a longer name ("Tony Blair"), a small place opening a sentence,
  // a small place with no IN, AT or FROM before it: no place.
  EXPECT_EQ(Resolve("Tony Blair met officials."), "");
  EXPECT_EQ(Resolve("Blair met officials."), "");
  EXPECT_EQ(Resolve("They met Blair there."), "");
  EXPECT_EQ(Resolve("They met in Blair last week."), "Blair=city USA");
  // A possessive is the place's.
  EXPECT_EQ(Resolve("Iran's envoy met Tehran's mayor."), "Iran=country IRN; Tehran=city IRN");
  EXPECT_EQ(Resolve("Talks in Tehrān began."), "Tehrān=city IRN");
}

TEST_F(ResolveTest, WhereAnEventHappened) {
  // The place of the event of a sentence (verb and target given by text).
  auto at = [&](std::string_view sentence, std::string_view verb, std::string_view target) {
    const std::vector<ResolvedPlace> places = ResolvePlaces(*g_, sentence, GeoContext());
    const uint32_t v = static_cast<uint32_t>(sentence.find(verb));
    const uint32_t t = target.empty() ? 0 : static_cast<uint32_t>(sentence.find(target));
    const int k = EventPlace(sentence, places, v, t, t + static_cast<uint32_t>(target.size()));
    return k < 0 ? std::string("-")
                 : std::string(g_->place(places[static_cast<size_t>(k)].best.place).name);
  };
  EXPECT_EQ(at("Ismail Haniyeh is set to visit Tehran, Iran.", "visit", "Tehran"), "Tehran");
  EXPECT_EQ(at("Iran met Egypt in Cairo on Monday.", "met", "Egypt"), "Cairo");
  EXPECT_EQ(at("Iran met Egypt at the Gaza Strip border.", "met", "Egypt"), "Gaza Strip");
  // A place before the verb, or not after IN or AT, is not where it happened.
  EXPECT_EQ(at("In Cairo, officials said Iran met Egypt.", "met", "Egypt"), "-");
  EXPECT_EQ(at("Iran met Egypt to discuss Tripoli.", "met", "Egypt"), "-");
}

TEST_F(ResolveTest, WhereTheTextPutsAnActor) {
  // The place of the actor `actor` of `sentence`.
  auto of = [&](std::string_view sentence, std::string_view actor) {
    const std::vector<ResolvedPlace> places = ResolvePlaces(*g_, sentence, GeoContext());
    const uint32_t a = static_cast<uint32_t>(sentence.find(actor));
    const int k = ActorPlace(sentence, places, a, a + static_cast<uint32_t>(actor.size()));
    return k < 0 ? std::string("-")
                 : std::string(g_->place(places[static_cast<size_t>(k)].best.place).name);
  };
  EXPECT_EQ(of("Iran sent envoys to Cairo.", "Iran"), "Iran");
  EXPECT_EQ(of("The mayor of Tehran met Egyptian envoys.", "The mayor of Tehran"), "Tehran");
  EXPECT_EQ(of("Officials in Tripoli met Egyptian envoys.", "Officials"), "Tripoli");
  EXPECT_EQ(of("Officials from the Gaza Strip met envoys.", "Officials"), "Gaza Strip");
  EXPECT_EQ(of("A Beirut-based militia shelled the port.", "militia"), "Beirut");
  EXPECT_EQ(of("Tehran's mayor met Egyptian envoys.", "mayor"), "Tehran");
  // A place further off, or the actor's country by adjective, is no place.
  EXPECT_EQ(of("Officials met envoys in Cairo.", "Officials"), "-");
  EXPECT_EQ(of("Iranian officials met envoys.", "Iranian officials"), "-");
  EXPECT_EQ(of("Officials said in Cairo that they met.", "Officials"), "-");
}

TEST(DistanceTest, GreatCircle) {
  EXPECT_NEAR(DistanceKm(51.5074, -0.1278, 48.8566, 2.3522), 343.6, 0.5);  // London-Paris
  EXPECT_DOUBLE_EQ(DistanceKm(10, 20, 10, 20), 0);
}

}  // namespace
}  // namespace acta::geo
