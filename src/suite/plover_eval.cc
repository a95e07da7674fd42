#include "suite/plover_eval.h"

#include <nlohmann/json.hpp>

#include <array>

namespace acta::suite {
namespace {

std::set<std::string> Countries(const nlohmann::json& actors) {
  std::set<std::string> out;
  if (!actors.is_array()) return out;
  for (const nlohmann::json& a : actors) {
    if (!a.is_object() || !a.contains("code") || !a["code"].is_string()) continue;
    const std::string code = a["code"].get<std::string>();
    if (code.size() >= 3) out.insert(code.substr(0, 3));
  }
  return out;
}

}  // namespace

Result<std::vector<PloverRecord>> ParsePloverRecords(std::string_view json) {
  nlohmann::json doc = nlohmann::json::parse(json, nullptr, /*allow_exceptions=*/false);
  if (!doc.is_array()) return Status::InvalidArgument("PLOVER records: not a JSON array");
  std::vector<PloverRecord> out;
  for (const nlohmann::json& r : doc) {
    if (!r.is_object()) return Status::InvalidArgument("PLOVER records: an element is no object");
    auto str = [&r](const char* key) {
      return r.contains(key) && r[key].is_string() ? r[key].get<std::string>() : std::string();
    };
    PloverRecord rec;
    rec.id = str("id");
    rec.event = str("event");
    rec.text = str("text");
    if (rec.text.empty() || rec.event.empty() || rec.event == "DOCUMENT") continue;
    std::optional<Date> date = Date::ParseIso(str("date"));
    if (!date || !date->IsValid())
      return Status::InvalidArgument("PLOVER record " + rec.id + ": bad date '" + str("date") +
                                     "'");
    rec.date = *date;
    if (r.contains("source")) rec.source_countries = Countries(r["source"]);
    if (r.contains("target")) rec.target_countries = Countries(r["target"]);
    out.push_back(std::move(rec));
  }
  return out;
}

std::string GsrEventType(std::string_view cameo) {
  // The PLOVER manual's table of CAMEO cue categories (chapter 7), with the
  // names the 2016 specification the records follow gives them.
  static constexpr std::array<std::string_view, 21> kByRoot = {
      "",          "",         "",        "AGREE",       "CONSULT",  "SUPPORT",
      "COOPERATE", "AID",      "",        "INVESTIGATE", "DEMAND",   "DISAPPROVE",
      "REJECT",    "THREATEN", "PROTEST", "MOBILIZE",    "SANCTION", "COERCE",
      "ASSAULT",   "FIGHT",    "FIGHT"};
  if (cameo.size() < 2 || cameo[0] < '0' || cameo[0] > '2' || cameo[1] < '0' || cameo[1] > '9')
    return "";
  const int root = (cameo[0] - '0') * 10 + (cameo[1] - '0');
  if (root > 20) return "";
  if (root == 8) return cameo.size() >= 3 && cameo[2] >= '4' ? "RETREAT" : "CONCEDE";
  return std::string(kByRoot[static_cast<size_t>(root)]);
}

PloverScore ScorePlover(const coder::Coder& coder, const std::vector<PloverRecord>& records) {
  PloverScore score;
  for (const PloverRecord& r : records) {
    bool type_right = false, dyad_right = false;
    std::set<std::string> coded;
    for (const coder::CodedEvent& e : coder.Code(r.text, r.date).events) {
      const std::string type = GsrEventType(e.code);
      if (!type.empty()) coded.insert(type);
      if (type != r.event) continue;
      type_right = true;
      const bool source_ok = r.source_countries.count(e.source.substr(0, 3)) > 0;
      const bool target_ok =
          r.target_countries.empty() || r.target_countries.count(e.target.substr(0, 3)) > 0;
      if (source_ok && target_ok) dyad_right = true;
    }
    for (PloverScore::Counts* c : {&score.by_type[r.event], &score.total}) {
      ++c->records;
      c->type_right += type_right ? 1 : 0;
      c->dyad_right += dyad_right ? 1 : 0;
    }
    if (!type_right) score.misses.emplace_back(&r, std::move(coded));
  }
  return score;
}

}  // namespace acta::suite
