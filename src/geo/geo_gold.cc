#include "geo/geo_gold.h"

#include <algorithm>
#include <charconv>
#include <map>

#include "common/tsv.h"
#include "geo/fold.h"
#include "geo/resolve.h"

namespace acta::geo {
namespace {

// Byte offset of the n-th (from 1) occurrence of `what` in `text`, or npos.
size_t Occurrence(std::string_view text, std::string_view what, int n) {
  size_t at = std::string_view::npos;
  for (size_t from = 0; n > 0; --n) {
    at = text.find(what, from);
    if (at == std::string_view::npos) return at;
    from = at + 1;
  }
  return at;
}

std::string Dotted(std::string code) {
  std::replace(code.begin(), code.end(), '-', '.');
  return code;
}

}  // namespace

Result<std::vector<GoldPlace>> ParseGeoGold(std::string_view tsv, const std::string& name) {
  std::vector<GoldPlace> out;
  Status status;
  ForEachLine(tsv, [&](std::string_view line, int line_no) {
    if (line.empty() || line[0] == '#') return true;
    auto bad = [&](const std::string& what) {
      status = Status::InvalidArgument(name + ":" + std::to_string(line_no) + ": " + what);
      return false;
    };
    const std::vector<std::string_view> f = SplitTabs(line);
    if (f.size() != 13) return bad("want 13 tab-separated fields, got " + std::to_string(f.size()));
    GoldPlace p;
    p.line = line_no;
    p.story = std::string(f[0]);
    p.mention = std::string(f[2]);
    if (!ParseNumber(f[3], &p.occurrence) || p.occurrence < 1) return bad("bad occurrence");
    if (f[4] == "country") {
      p.kind = PlaceKind::kCountry;
    } else if (f[4] == "adm1") {
      p.kind = PlaceKind::kAdm1;
    } else if (f[4] == "region") {
      p.kind = PlaceKind::kRegion;
    } else if (f[4] != "city") {
      return bad("type: want country, adm1, city or region");
    }
    p.country = f[5] == "-" ? "" : std::string(f[5]);
    p.adm1 = f[6] == "-" ? "" : std::string(f[6]);
    if (f[7] != "-" || f[8] != "-") {
      if (!ParseNumber(f[7], &p.lat) || !ParseNumber(f[8], &p.lon)) return bad("bad lat/lon");
      p.located = true;
    }
    if (f[9] != "-" && !ParseNumber(f[9], &p.geonames_id)) return bad("bad GeoNames id");
    p.ambiguous = f[10] == "ambiguous";
    p.sentence = std::string(f[11]);
    if (Occurrence(p.sentence, p.mention, p.occurrence) == std::string_view::npos)
      return bad("the sentence does not hold '" + p.mention + "' " + std::to_string(p.occurrence) +
                 " time(s)");
    out.push_back(std::move(p));
    return true;
  });
  if (!status.ok()) return status;
  return out;
}

bool SamePlace(const Place& p, const GoldPlace& gold) {
  switch (gold.kind) {
    case PlaceKind::kCountry:
      return !gold.country.empty() && p.country == gold.country;
    case PlaceKind::kCity:
      if (gold.geonames_id != 0 && p.geonames_id == gold.geonames_id) return true;
      return gold.located && p.located && DistanceKm(p.lat, p.lon, gold.lat, gold.lon) <= 25;
    case PlaceKind::kAdm1:
      if (p.country != gold.country) return false;
      if (!gold.adm1.empty() && !p.adm1.empty() && Dotted(std::string(p.adm1)) == Dotted(gold.adm1))
        return true;
      return (p.kind == PlaceKind::kAdm1 || p.kind == PlaceKind::kRegion) &&
             p.HasName(FoldName(gold.mention));
    case PlaceKind::kRegion:
      if (!gold.country.empty() && p.country != gold.country) return false;
      if (gold.located && p.located) return DistanceKm(p.lat, p.lon, gold.lat, gold.lon) <= 250;
      // With neither a country nor a point ("Europe"), the label says only
      // that it is the region of that name.
      return !gold.country.empty() ||
             (p.kind == PlaceKind::kRegion && p.HasName(FoldName(gold.mention)));
  }
  return false;
}

GeoScore ScoreGeoGold(const Gazetteer& g, const std::vector<GoldPlace>& gold) {
  // Each story's sentences, once each, as its context.
  std::map<std::string, std::string> story_text;
  std::map<std::string, std::vector<std::string>> seen;
  for (const GoldPlace& p : gold) {
    std::vector<std::string>& s = seen[p.story];
    if (std::find(s.begin(), s.end(), p.sentence) != s.end()) continue;
    s.push_back(p.sentence);
    story_text[p.story] += p.sentence + "\n";
  }
  std::map<std::string, GeoContext> contexts;
  for (const auto& [story, text] : story_text) contexts[story] = ContextOf(g, text);
  GeoScore score;
  for (const GoldPlace& p : gold) {
    GeoOutcome o;
    o.gold = &p;
    const GeoContext& context = contexts[p.story];
    const size_t at = Occurrence(p.sentence, p.mention, p.occurrence);
    // The resolver's reading of the sentence, when it finds this mention;
    // else the given name on its own.
    for (const ResolvedPlace& r : ResolvePlaces(g, p.sentence, context)) {
      if (r.mention.begin == at && r.mention.end == at + p.mention.size()) {
        o.place = static_cast<int>(r.best.place);
        o.why = r.best.why;
      }
    }
    if (o.place < 0) {
      const std::vector<Candidate> ranked = RankCandidates(g, FoldName(p.mention), context);
      if (!ranked.empty()) {
        o.place = static_cast<int>(ranked[0].place);
        o.why = ranked[0].why;
      }
    }
    o.right = o.place >= 0 && SamePlace(g.place(static_cast<uint32_t>(o.place)), p);
    (o.right ? score.right : score.wrong)++;
    if (p.ambiguous) {
      ++score.ambiguous;
      score.ambiguous_right += o.right ? 1 : 0;
    }
    score.outcomes.push_back(std::move(o));
  }
  return score;
}

}  // namespace acta::geo
