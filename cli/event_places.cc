#include "event_places.h"

#include <string>

namespace acta::cli {
namespace {

// The actor of words [begin, end) of `w` as bytes of the sentence.
Located ActorAt(const coder::CoderWords& w, std::string_view sentence,
                const std::vector<geo::ResolvedPlace>& places, uint32_t begin, uint32_t end) {
  Located at;
  if (begin >= end || end > w.words.size()) return at;
  const int k = geo::ActorPlace(sentence, places, w.words[begin].begin, w.words[end - 1].end);
  if (k < 0) return at;
  const geo::ResolvedPlace& r = places[static_cast<size_t>(k)];
  at.place = static_cast<int>(r.best.place);
  at.begin = r.mention.begin;
  at.end = r.mention.end;
  return at;
}

// The country of CAMEO actor code `code` ("IRNGOV": Iran), as a place.
Located CountryOfCode(const geo::Gazetteer& g, std::string_view code) {
  Located at;
  if (code.size() >= 3) at.place = g.Country(code.substr(0, 3));
  at.inferred = at.place >= 0;
  return at;
}

}  // namespace

EventPlaces LocateEvent(const coder::CodedEvent& e, const coder::CoderWords& w,
                        std::string_view sentence,
                        std::optional<std::vector<geo::ResolvedPlace>>* places,
                        const StoryGeo& where) {
  EventPlaces out;
  if (where.gazetteer == nullptr || e.verb_begin >= w.words.size()) return out;
  if (!*places) *places = geo::ResolvePlaces(*where.gazetteer, sentence, where.context);
  const std::vector<geo::ResolvedPlace>& ps = **places;
  const bool target = e.target_end > e.target_begin && e.target_end <= w.words.size();
  const int k = geo::EventPlace(sentence, ps, w.words[e.verb_begin].begin,
                                target ? w.words[e.target_begin].begin : 0,
                                target ? w.words[e.target_end - 1].end : 0);
  if (k >= 0) {
    const geo::ResolvedPlace& r = ps[static_cast<size_t>(k)];
    out.action = {static_cast<int>(r.best.place), false, r.mention.begin, r.mention.end};
  }
  out.source = ActorAt(w, sentence, ps, e.source_begin, e.source_end);
  out.target = ActorAt(w, sentence, ps, e.target_begin, e.target_end);
  if (out.action.place >= 0 || !where.infer) return out;
  for (const Located* actor : {&out.target, &out.source}) {
    if (actor->place >= 0) {
      out.action = *actor;
      out.action.inferred = true;
      return out;
    }
  }
  out.action = CountryOfCode(*where.gazetteer, e.target);
  if (out.action.place < 0) out.action = CountryOfCode(*where.gazetteer, e.source);
  return out;
}

void WritePlace(JsonWriter* j, const Located& at, const StoryGeo& where, std::string_view sentence,
                uint32_t sentence_begin, bool inferred_key) {
  if (at.place < 0 || where.gazetteer == nullptr) {
    j->Null();
    return;
  }
  const geo::Place& p = where.gazetteer->place(static_cast<uint32_t>(at.place));
  auto optional = [&](std::string_view key, std::string_view value) {
    j->Key(key);
    if (value.empty())
      j->Null();
    else
      j->Value(value);
  };
  j->BeginObject();
  j->Key("name");
  j->Value(p.name);
  j->Key("type");
  j->Value(geo::PlaceKindName(p.kind));
  optional("country", p.country);
  optional("adm1", p.adm1);
  for (const auto& [key, value] : {std::pair{"lat", p.lat}, std::pair{"lon", p.lon}}) {
    j->Key(key);
    if (p.located)
      j->Value(value);
    else
      j->Null();
  }
  j->Key("geonames_id");
  if (p.geonames_id != 0)
    j->Value(uint64_t{p.geonames_id});
  else
    j->Null();
  j->Key("text");
  if (at.end > at.begin)
    j->Value(sentence.substr(at.begin, at.end - at.begin));
  else
    j->Null();
  j->Key("span");
  if (at.end > at.begin) {
    j->BeginArray();
    j->Value(uint64_t{sentence_begin + at.begin});
    j->Value(uint64_t{sentence_begin + at.end});
    j->EndArray();
  } else {
    j->Null();
  }
  if (inferred_key) {
    j->Key("inferred");
    j->Bool(at.inferred);
  }
  j->EndObject();
}

sink::GdeltGeo GdeltBlock(const Located& at, const StoryGeo& where) {
  if (at.place < 0 || where.gazetteer == nullptr || where.fips == nullptr) return {};
  return sink::GdeltGeoOf(*where.gazetteer, where.gazetteer->place(static_cast<uint32_t>(at.place)),
                          *where.fips);
}

}  // namespace acta::cli
