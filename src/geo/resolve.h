// Which place a name means: the gazetteer's candidates ranked by what they
// are (a country before a village of the same name, a capital before a
// town) and by the story (the countries it names; "Cairo, Illinois").
#ifndef ACTA_GEO_RESOLVE_H_
#define ACTA_GEO_RESOLVE_H_

#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "geo/gazetteer.h"

namespace acta::geo {

// A run of words of a text that the gazetteer names.
struct PlaceMention {
  uint32_t begin = 0, end = 0;  // bytes in the text
  std::string folded;           // the name looked up
};

// The place names of `text`: runs of capitalised words (with "of", "al",
// "el" ... inside) that are a gazetteer name, the longest first, not
// overlapping. A capitalised word that opens a sentence counts only when it
// names a country, a division or a region, or a city of 100,000 people.
std::vector<PlaceMention> FindPlaceMentions(const Gazetteer& g, std::string_view text);

// What the rest of the story says about where it is.
struct GeoContext {
  // ISO-3 of the countries it names, each with the folded place names that
  // name it ("" for one its actors belong to). A name is no context for
  // itself: "Georgia" alone says nothing of which Georgia.
  std::map<std::string, std::set<std::string, std::less<>>, std::less<>> countries;
  void Add(std::string_view country, std::string_view by) {
    auto at = countries.find(country);
    if (at == countries.end())
      at = countries.emplace(std::string(country), std::set<std::string, std::less<>>()).first;
    at->second.emplace(by);
  }
  // Whether the story names `country` other than by `name`.
  bool Names(std::string_view country, std::string_view name) const;
};

struct Candidate {
  uint32_t place = 0;
  double score = 0;
  std::string why;  // the figures that made the score
};

// The candidates of folded name `name`, best first. `within` is a place the
// text puts this one in ("Cairo, Illinois": Illinois), or -1.
std::vector<Candidate> RankCandidates(const Gazetteer& g, std::string_view name,
                                      const GeoContext& context, int within = -1);

// The countries a story names outright: those of its mentions whose best
// candidate with no context is a country, a division or a region of one
// country, a capital, or a city that outranks every namesake in another
// country by 1.5.
GeoContext ContextOf(const Gazetteer& g, std::string_view story_text);

// Each mention of `text` resolved: its best candidate, with "X, Y" read as
// X within Y.
struct ResolvedPlace {
  PlaceMention mention;
  Candidate best;
  PlaceKind kind = PlaceKind::kCity;  // the best candidate's
};
std::vector<ResolvedPlace> ResolvePlaces(const Gazetteer& g, std::string_view text,
                                         const GeoContext& context);

// Where an event of `sentence` happened: the index in `places` (the
// sentence's resolved places) of the one its target is ("visit Tehran",
// "struck Gaza"; a country that is the target is an actor, not where it
// happened: "met Egypt in Cairo"), else of the first after the verb that IN, AT, NEAR or
// INSIDE puts the event in; -1 when the sentence gives none. Spans are
// bytes in the sentence.
int EventPlace(std::string_view sentence, const std::vector<ResolvedPlace>& places,
               uint32_t verb_begin, uint32_t target_begin, uint32_t target_end);

// Where the text puts an actor whose words are bytes [begin, end) of
// `sentence`: the index in `places` of a place named inside them ("Gaza
// militants", "the governor of Kirkuk", "Iran"), of one that IN, FROM, OF or
// AT joins right after them ("officials in Kabul"), or of one that
// "-based" or "'s" ties to them right before ("Beirut-based", "Tehran's
// mayor"); -1 when the text gives none. The actor's country alone is no
// place: that would be a guess.
int ActorPlace(std::string_view sentence, const std::vector<ResolvedPlace>& places, uint32_t begin,
               uint32_t end);

// Great-circle distance in kilometres.
double DistanceKm(double lat1, double lon1, double lat2, double lon2);

}  // namespace acta::geo

#endif  // ACTA_GEO_RESOLVE_H_
