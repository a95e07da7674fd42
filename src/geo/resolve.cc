#include "geo/resolve.h"

#include <fmt/format.h>
#include <algorithm>
#include <array>
#include <cmath>

#include "geo/fold.h"

namespace acta::geo {
namespace {

struct Word {
  uint32_t begin = 0, end = 0;
  bool capitalized = false;
  bool sentence_start = false;
  bool after_locative = false;  // right after IN, AT, NEAR, FROM, TO ...
};

// `c` lower-cased if it is an ASCII capital (std::tolower asks the locale).
char AsciiLower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// The bytes that end a word, as a table: this runs for every byte of every
// story with an event.
constexpr std::array<bool, 256> kBreaks = [] {
  std::array<bool, 256> t{};
  for (unsigned char c : std::string_view(" \t\n\r,;:()\"!?[]")) t[c] = true;
  return t;
}();

bool IsBreak(unsigned char c) { return kBreaks[c]; }

std::vector<Word> SplitWords(std::string_view text) {
  static constexpr std::array<std::string_view, 12> kLocatives = {
      "in",      "at",     "near",   "from",    "to",     "into",
      "outside", "across", "toward", "towards", "around", "via"};
  std::vector<Word> out;
  bool start = true;
  std::string_view previous;
  for (uint32_t i = 0; i < text.size();) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (IsBreak(c) || c == '\'') {
      if (c == '!' || c == '?') start = true;
      ++i;
      continue;
    }
    uint32_t j = i;
    while (j < text.size() && !IsBreak(static_cast<unsigned char>(text[j]))) ++j;
    Word w;
    w.begin = i;
    w.end = j;
    // A closing full stop is no part of the word, unless the word is a
    // dotted abbreviation ("U.S.").
    bool ends_sentence = false;
    if (w.end > w.begin + 1 && text[w.end - 1] == '.') {
      const std::string_view body = text.substr(w.begin, w.end - w.begin - 1);
      if (body.find('.') == std::string_view::npos) {
        --w.end;
        ends_sentence = true;
      }
    }
    while (w.end > w.begin && (text[w.end - 1] == '\'' || text[w.end - 1] == '-')) --w.end;
    if (w.end > w.begin + 1 && text.substr(w.end - 2, 2) == "'s") w.end -= 2;
    // "Beirut-based": the place is the word before the suffix.
    if (w.end > w.begin + 6 && text.substr(w.end - 6, 6) == "-based") w.end -= 6;
    const unsigned char first = static_cast<unsigned char>(text[w.begin]);
    w.capitalized = (first >= 'A' && first <= 'Z') || first >= 0xC3;
    w.sentence_start = start;
    w.after_locative = std::any_of(kLocatives.begin(), kLocatives.end(), [&](std::string_view l) {
      return l.size() == previous.size() &&
             std::equal(l.begin(), l.end(), previous.begin(),
                        [](char a, char b) { return a == AsciiLower(b); });
    });
    if (w.end > w.begin) out.push_back(w);
    previous = text.substr(w.begin, w.end - w.begin);
    start = ends_sentence;
    i = j;
  }
  return out;
}

// Capitalised words that are far more often something else than a place.
bool NotAPlace(std::string_view folded) {
  static constexpr std::array<std::string_view, 44> kWords = {
      "january",   "february",  "march",   "april",    "may",      "june",       "july",
      "august",    "september", "october", "november", "december", "monday",     "tuesday",
      "wednesday", "thursday",  "friday",  "saturday", "sunday",   "president",  "minister",
      "prime",     "secretary", "general", "king",     "queen",    "prince",     "mr",
      "mrs",       "ms",        "dr",      "reuters",  "congress", "parliament", "senate",
      "house",     "party",     "labour",  "union",    "national", "council",    "court",
      "bank",      "church"};
  return std::find(kWords.begin(), kWords.end(), folded) != kWords.end();
}

double Prior(const Place& p, std::string* why) {
  switch (p.kind) {
    case PlaceKind::kCountry:
      *why += "country 5";
      return 5.0;
    case PlaceKind::kRegion:
      if (p.feature == "ADM2") {
        *why += "second-level division 2.5";
        return 2.5;
      }
      *why += "region 4.5";
      return 4.5;
    case PlaceKind::kAdm1:
      *why += "division 3";
      return 3.0;
    case PlaceKind::kCity:
      break;
  }
  // 1,000 people: 1.9; 100,000: 3.5; 10 million: 5.1.
  // A place the lists give no people (a district of a city) counts as a
  // village of 1,000.
  const double people = p.population > 0 ? static_cast<double>(p.population) : 1000.0;
  double s = 0.8 * std::log10(people + 10.0) - 0.5;
  *why += fmt::format("city of {} people {:.2f}", p.population, s);
  if (p.feature == "PPLC") {
    s += 1.0;
    *why += ", capital +1";
  } else if (p.feature == "PPLA") {
    s += 0.3;
    *why += ", division seat +0.3";
  }
  return s;
}

// Whether place `p` lies in place `y` (a country, or a division it is in or
// near).
bool Within(const Place& p, const Place& y) {
  if (y.kind == PlaceKind::kCountry) return p.country == y.country;
  if (p.country != y.country && !y.country.empty()) return false;
  if (y.kind == PlaceKind::kAdm1 && !p.adm1.empty()) {
    // GeoNames writes "US.IL" where ISO 3166-2 writes "US-IL".
    std::string iso(p.adm1);
    std::replace(iso.begin(), iso.end(), '.', '-');
    if (iso == y.adm1) return true;
  }
  return p.located && y.located && DistanceKm(p.lat, p.lon, y.lat, y.lon) < 300;
}

}  // namespace

double DistanceKm(double lat1, double lon1, double lat2, double lon2) {
  constexpr double kRad = M_PI / 180.0;
  const double dlat = (lat2 - lat1) * kRad, dlon = (lon2 - lon1) * kRad;
  const double a =
      std::sin(dlat / 2) * std::sin(dlat / 2) +
      std::cos(lat1 * kRad) * std::cos(lat2 * kRad) * std::sin(dlon / 2) * std::sin(dlon / 2);
  return 6371.0 * 2 * std::atan2(std::sqrt(a), std::sqrt(1 - a));
}

std::vector<Candidate> RankCandidates(const Gazetteer& g, std::string_view name,
                                      const GeoContext& context, int within) {
  std::vector<Candidate> out;
  for (uint32_t i : g.Find(name)) {
    const Place& p = g.place(i);
    Candidate c;
    c.place = i;
    c.score = Prior(p, &c.why);
    if (!p.country.empty() && context.Names(p.country, name)) {
      // A village gains less: "Mexico" in a story of the Philippines is
      // still the country.
      const double gain = p.kind != PlaceKind::kCity || p.population >= 100000 ? 2.2
                          : p.population >= 10000                              ? 1.0
                                                                               : 0.5;
      c.score += gain;
      c.why += fmt::format(", the story names {} +{}", p.country, gain);
    }
    if (within >= 0 && static_cast<uint32_t>(within) != i &&
        Within(p, g.place(static_cast<uint32_t>(within)))) {
      c.score += 5.0;
      c.why += fmt::format(", in {} +5", g.place(static_cast<uint32_t>(within)).name);
    }
    out.push_back(std::move(c));
  }
  std::stable_sort(out.begin(), out.end(),
                   [](const Candidate& a, const Candidate& b) { return a.score > b.score; });
  return out;
}

// The lower-case words place names have inside them: "of", "al", "de" ...
bool InsideName(std::string_view text, const Word& w) {
  static constexpr std::array<std::string_view, 33> kWords = {
      "of",  "and",  "de",  "da",  "do",  "dos", "das", "del", "della", "di",  "du",
      "des", "la",   "le",  "las", "los", "el",  "al",  "es",  "en",    "am",  "an",
      "on",  "upon", "sur", "y",   "bin", "ibn", "ben", "van", "von",   "der", "the"};
  const std::string_view word = text.substr(w.begin, w.end - w.begin);
  return std::find(kWords.begin(), kWords.end(), word) != kWords.end();
}

// A function word capitalised only because it opens the sentence ("A
// Beirut-based militia", "In Cairo").
bool OpensSentence(std::string_view text, const Word& w) {
  static constexpr std::array<std::string_view, 16> kWords = {
      "a",    "an",  "the", "in",    "at",   "on",    "from",  "to",
      "near", "and", "but", "after", "when", "while", "since", "outside"};
  if (!w.sentence_start) return false;
  std::string lower(text.substr(w.begin, w.end - w.begin));
  for (char& c : lower) c = AsciiLower(c);
  return std::find(kWords.begin(), kWords.end(), lower) != kWords.end();
}

std::vector<PlaceMention> FindPlaceMentions(const Gazetteer& g, std::string_view text) {
  const std::vector<Word> words = SplitWords(text);
  std::vector<PlaceMention> out;
  for (size_t i = 0; i < words.size();) {
    const Word& w = words[i];
    if (!w.capitalized) {
      ++i;
      continue;
    }
    size_t taken = 0;
    // A name runs over capitalised words and the small words inside names
    // ("Isle of Man", "Dar es Salaam"), one blank apart.
    size_t run = 1;
    while (run < g.max_words() && i + run < words.size() &&
           words[i + run].begin == words[i + run - 1].end + 1 &&
           text[words[i + run - 1].end] == ' ' &&
           (words[i + run].capitalized || InsideName(text, words[i + run])))
      ++run;
    for (size_t n = run; n >= 1 && taken == 0; --n) {
      const Word& last = words[i + n - 1];
      if (!last.capitalized) continue;
      const std::string folded = FoldName(text.substr(w.begin, last.end - w.begin));
      bool strong = false;
      uint32_t people = 0;
      const bool named = g.ForEachNamed(folded, [&](uint32_t p) {
        const Place& pl = g.place(p);
        strong |= pl.kind != PlaceKind::kCity || pl.population >= 100000;
        people = std::max(people, pl.population);
      });
      if (!named || NotAPlace(folded)) continue;
      // Part of a longer capitalised name ("Tony Blair", "New York Stock
      // Exchange") is no place.
      const bool inside = (i > 0 && words[i - 1].capitalized && !w.sentence_start &&
                           words[i - 1].end + 1 >= w.begin && !OpensSentence(text, words[i - 1])) ||
                          (i + n < words.size() && words[i + n].capitalized &&
                           !words[i + n].sentence_start && last.end + 1 >= words[i + n].begin);
      if (inside) continue;
      if (w.sentence_start && !strong) continue;
      if (!strong && people < 20000 && !w.after_locative) continue;
      out.push_back({w.begin, last.end, folded});
      taken = n;
    }
    i += taken > 0 ? taken : 1;
  }
  return out;
}

bool GeoContext::Names(std::string_view country, std::string_view name) const {
  const auto at = countries.find(country);
  if (at == countries.end()) return false;
  return at->second.size() > 1 || !at->second.contains(name);
}

GeoContext ContextOf(const Gazetteer& g, std::string_view story_text) {
  GeoContext context;
  const GeoContext none;
  for (const PlaceMention& m : FindPlaceMentions(g, story_text)) {
    const std::vector<Candidate> ranked = RankCandidates(g, m.folded, none);
    if (ranked.empty()) continue;
    const Place& best = g.place(ranked[0].place);
    if (best.country.empty()) continue;
    bool clear = best.kind != PlaceKind::kCity || best.feature == "PPLC";
    if (!clear) {
      clear = true;
      for (size_t k = 1; k < ranked.size() && clear; ++k)
        clear = g.place(ranked[k].place).country == best.country ||
                ranked[0].score - ranked[k].score >= 1.5;
    }
    if (clear) context.Add(best.country, m.folded);
  }
  return context;
}

namespace {

// The AP's abbreviations of US states, as news writes them after a town
// ("Naples, Fla."), with their ISO 3166-2 codes. Only these spellings, full
// stop included, count: "Miss" and "La" alone are other words.
constexpr std::array<std::pair<std::string_view, std::string_view>, 46> kStateAbbreviations = {{
    {"Ala.", "US-AL"},  {"Ariz.", "US-AZ"}, {"Ark.", "US-AR"},  {"Calif.", "US-CA"},
    {"Colo.", "US-CO"}, {"Conn.", "US-CT"}, {"Del.", "US-DE"},  {"D.C.", "US-DC"},
    {"Fla.", "US-FL"},  {"Ga.", "US-GA"},   {"Ill.", "US-IL"},  {"Ind.", "US-IN"},
    {"Kan.", "US-KS"},  {"Kans.", "US-KS"}, {"Ky.", "US-KY"},   {"La.", "US-LA"},
    {"Md.", "US-MD"},   {"Mass.", "US-MA"}, {"Mich.", "US-MI"}, {"Minn.", "US-MN"},
    {"Miss.", "US-MS"}, {"Mo.", "US-MO"},   {"Mont.", "US-MT"}, {"Neb.", "US-NE"},
    {"Nev.", "US-NV"},  {"N.H.", "US-NH"},  {"N.J.", "US-NJ"},  {"N.M.", "US-NM"},
    {"N.Y.", "US-NY"},  {"N.C.", "US-NC"},  {"N.D.", "US-ND"},  {"Okla.", "US-OK"},
    {"Ore.", "US-OR"},  {"Pa.", "US-PA"},   {"Penn.", "US-PA"}, {"R.I.", "US-RI"},
    {"S.C.", "US-SC"},  {"S.D.", "US-SD"},  {"Tenn.", "US-TN"}, {"Tex.", "US-TX"},
    {"Vt.", "US-VT"},   {"Va.", "US-VA"},   {"Wash.", "US-WA"}, {"W.Va.", "US-WV"},
    {"Wis.", "US-WI"},  {"Wyo.", "US-WY"},
}};

// A state abbreviation at byte `at` of `text` followed by a blank, a comma
// or the end: its length and division, or {0, -1}.
std::pair<uint32_t, int> StateAbbreviationAt(const Gazetteer& g, std::string_view text,
                                             uint32_t at) {
  for (const auto& [abbreviation, code] : kStateAbbreviations) {
    if (text.substr(at, abbreviation.size()) != abbreviation) continue;
    const size_t end = at + abbreviation.size();
    if (end < text.size() && text[end] != ' ' && text[end] != ',' && text[end] != ')') continue;
    return {static_cast<uint32_t>(abbreviation.size()), g.Division(code)};
  }
  return {0, -1};
}

// "Cairo, Illinois": of the candidates of the name after the comma, the
// first (best ranked) that is no city and holds a namesake of `name`; -1
// when none does.
int HolderOf(const Gazetteer& g, std::string_view name, const std::vector<Candidate>& next) {
  const std::vector<uint32_t> namesakes = g.Find(name);
  for (const Candidate& c : next) {
    const Place& y = g.place(c.place);
    if (y.kind == PlaceKind::kCity) continue;
    for (uint32_t x : namesakes)
      if (x != c.place && Within(g.place(x), y)) return static_cast<int>(c.place);
  }
  return -1;
}

}  // namespace

std::vector<ResolvedPlace> ResolvePlaces(const Gazetteer& g, std::string_view text,
                                         const GeoContext& context) {
  const std::vector<PlaceMention> mentions = FindPlaceMentions(g, text);
  std::vector<ResolvedPlace> out;
  int held_by = -1;  // what the mention before made of this one
  for (size_t k = 0; k < mentions.size(); ++k) {
    const PlaceMention& m = mentions[k];
    int within = -1;
    int next_is = -1;
    if (m.end + 2 < text.size() && text.substr(m.end, 2) == ", ") {
      const uint32_t after = m.end + 2;
      if (k + 1 < mentions.size() && mentions[k + 1].begin == after) {
        within = HolderOf(g, m.folded, RankCandidates(g, mentions[k + 1].folded, context));
        next_is = within;
      } else if (const auto [length, state] = StateAbbreviationAt(g, text, after); state >= 0) {
        within = state;
      }
    }
    std::vector<Candidate> ranked = RankCandidates(g, m.folded, context, within);
    if (held_by >= 0) {
      // The holder the mention before chose, whatever its own rank.
      for (Candidate& c : ranked)
        if (static_cast<int>(c.place) == held_by) std::swap(c, ranked[0]);
    }
    held_by = next_is;
    if (ranked.empty()) continue;
    out.push_back({m, ranked[0], g.place(ranked[0].place).kind});
    if (within >= 0 && next_is < 0) {
      // The state abbreviation is a mention of its own.
      const uint32_t at = m.end + 2;
      const uint32_t length = StateAbbreviationAt(g, text, at).first;
      const Place& state = g.place(static_cast<uint32_t>(within));
      out.push_back({{at, at + length, FoldName(text.substr(at, length))},
                     {static_cast<uint32_t>(within), 0, "a US state abbreviation"},
                     state.kind});
    }
  }
  return out;
}

int EventPlace(std::string_view sentence, const std::vector<ResolvedPlace>& places,
               uint32_t verb_begin, uint32_t target_begin, uint32_t target_end) {
  for (size_t k = 0; k < places.size(); ++k)
    if (places[k].mention.begin < target_end && places[k].mention.end > target_begin &&
        places[k].kind != PlaceKind::kCountry)
      return static_cast<int>(k);
  static constexpr std::array<std::string_view, 5> kIn = {"in ", "at ", "near ", "inside ",
                                                          "outside "};
  for (size_t k = 0; k < places.size(); ++k) {
    const PlaceMention& m = places[k].mention;
    if (m.begin < verb_begin) continue;
    std::string before(sentence.substr(m.begin >= 8 ? m.begin - 8 : 0, m.begin >= 8 ? 8 : m.begin));
    for (char& c : before) c = AsciiLower(c);
    if (before.ends_with("the ")) before.resize(before.size() - 4);
    for (std::string_view in : kIn)
      if (before.ends_with(in) &&
          (before.size() == in.size() || before[before.size() - in.size() - 1] == ' '))
        return static_cast<int>(k);
  }
  return -1;
}

int ActorPlace(std::string_view sentence, const std::vector<ResolvedPlace>& places, uint32_t begin,
               uint32_t end) {
  if (begin >= end) return -1;
  for (size_t k = 0; k < places.size(); ++k)
    if (places[k].mention.begin < end && places[k].mention.end > begin) return static_cast<int>(k);
  static constexpr std::array<std::string_view, 4> kJoin = {" in ", " from ", " of ", " at "};
  for (size_t k = 0; k < places.size(); ++k) {
    const PlaceMention& m = places[k].mention;
    if (m.begin >= end) {
      std::string between(sentence.substr(end, m.begin - end));
      for (char& c : between) c = AsciiLower(c);
      if (between.ends_with(" the ")) between.resize(between.size() - 4);
      for (std::string_view join : kJoin)
        if (between == join) return static_cast<int>(k);
    } else if (m.end <= begin) {
      const std::string_view between = sentence.substr(m.end, begin - m.end);
      if (between == "-based " || between == "'s " || between == "\u2019s ")
        return static_cast<int>(k);
    }
  }
  return -1;
}

}  // namespace acta::geo
