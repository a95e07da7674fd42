// `acta export`: a store's events in the formats researchers load.
#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <unordered_map>

#include "acta/analysis.h"
#include "commands.h"
#include "sink/gdelt.h"
#include "sink/records.h"
#include "store_options.h"

namespace acta::cli {
namespace {

// What a format needs looked up, loaded once.
struct Lookups {
  std::optional<geo::Gazetteer> gazetteer;
  std::optional<geo::FipsCodes> fips;
  std::optional<Codebook> codebook;
  sink::RecordContext context() const {
    return {gazetteer ? &*gazetteer : nullptr, fips ? &*fips : nullptr,
            codebook ? &*codebook : nullptr};
  }
};

// Loads what `format` needs; a missing gazetteer only leaves places out
// (said once), a missing codebook or FIPS table is an error.
Status LoadLookups(const std::string& format, const GlobalOptions& global, Lookups* l) {
  const std::string data_dir = global.data_dir.empty() ? DefaultDataDir() : global.data_dir;
  if (format == "gdelt" || format == "icews" || format == "acled") {
    Result<geo::Gazetteer> g = geo::Gazetteer::Load(geo::GazetteerPath(data_dir));
    if (g.ok()) {
      l->gazetteer.emplace(std::move(g).value());
    } else if (!global.quiet) {
      std::fprintf(stderr, "acta export: %s: places are left empty (make builds it)\n",
                   g.status().ToString().c_str());
    }
  }
  if (format == "gdelt") {
    Result<geo::FipsCodes> f = geo::FipsCodes::Load(geo::FipsCodes::DefaultPath(data_dir));
    if (!f.ok()) return f.status();
    l->fips.emplace(std::move(f).value());
  }
  if (format == "icews") {
    Result<Codebook> b = Codebook::Load(Codebook::DefaultPath(data_dir));
    if (!b.ok()) return b.status();
    l->codebook.emplace(std::move(b).value());
  }
  return Status::Ok();
}

// The header line of `format`, or "" for a format of none.
std::string Header(const std::string& format) {
  if (format == "csv") return sink::HeaderLine(sink::kCsvColumns, ',');
  if (format == "icews") return sink::HeaderLine(sink::kIcewsColumns, '\t');
  if (format == "acled") return sink::HeaderLine(sink::kAcledColumns, ',');
  return "";
}

}  // namespace

void RegisterExport(CLI::App& app, GlobalOptions& global) {
  CLI::App* cmd = app.add_subcommand(
      "export", "write stored events as GDELT, PLOVER, ICEWS- or ACLED-style tables, CSV or JSON");
  auto s = std::make_shared<StoreSelection>();
  auto format = std::make_shared<std::string>();
  auto output = std::make_shared<std::string>();
  auto no_header = std::make_shared<bool>(false);
  cmd->add_option("--format", *format,
                  "gdelt (GDELT 2.0 events, 61 columns), gdelt-mentions, plover (PLOVER JSON "
                  "Lines), icews, acled, csv or jsonl (acta's own records)")
      ->required()
      ->check(
          CLI::IsMember({"gdelt", "gdelt-mentions", "plover", "icews", "acled", "csv", "jsonl"}));
  AddSelectionOptions(cmd, s.get());
  cmd->add_option("-o,--output", *output, "write here instead of standard output");
  cmd->add_flag("--no-header", *no_header, "no header line (csv, icews, acled)");
  cmd->callback([s, format, output, no_header, &global] {
    std::unique_ptr<store::Store> db = OpenSelection("export", s.get(), global);
    if (!db) return;
    Lookups lookups;
    if (Status st = LoadLookups(*format, global, &lookups); !st.ok()) {
      std::fprintf(stderr, "acta export: %s\n", st.ToString().c_str());
      global.exit_code = kExitData;
      return;
    }
    std::FILE* out = OpenOutput("export", *output, global);
    if (out == nullptr) return;
    const sink::RecordContext context = lookups.context();
    // GDELT's mentions of a merged event are those of every event merged
    // into it, under its GLOBALEVENTID: the merged events first, then all.
    std::unordered_map<int64_t, uint64_t> merged_ids;
    store::EventFilter filter = s->filter;
    if (*format == "gdelt-mentions" && filter.merged) {
      Status first = store::ScanEvents(db->backend(), filter, [&](const store::StoredEvent& e) {
        const nlohmann::json record = nlohmann::json::parse(e.record, nullptr, false);
        if (record.is_object()) merged_ids[e.id] = sink::GdeltRecordId(record);
        return true;
      });
      if (!first.ok()) {
        std::fprintf(stderr, "acta export: %s\n", first.ToString().c_str());
        global.exit_code = kExitFailure;
        return;
      }
      filter = store::EventFilter();
    }
    std::string buf = *no_header ? "" : Header(*format);
    size_t written = 0, left_out = 0, bad = 0;
    Status scanned = store::ScanEvents(db->backend(), filter, [&](const store::StoredEvent& e) {
      uint64_t mentions_of = 0;
      if (!merged_ids.empty()) {
        const auto at = merged_ids.find(e.merged_id);
        if (at == merged_ids.end()) return true;
        mentions_of = at->second;
      }
      const nlohmann::json record = nlohmann::json::parse(e.record, nullptr, false);
      if (record.is_discarded() || !record.is_object()) {
        ++bad;
        return true;
      }
      sink::StoredRecord r{e.id,         e.merged_id,    &record,       e.url,
                           e.outlet,     e.num_mentions, e.num_sources, e.num_articles,
                           e.first_seen, e.last_seen};
      bool kept = true;
      if (*format == "gdelt") {
        sink::AppendGdeltRecord(r, context, &buf);
      } else if (*format == "gdelt-mentions") {
        sink::AppendGdeltMentions(r, mentions_of != 0 ? mentions_of : sink::GdeltRecordId(record),
                                  &buf);
      } else if (*format == "plover") {
        kept = sink::AppendPlover(r, &buf);
      } else if (*format == "icews") {
        sink::AppendIcews(r, context, &buf);
      } else if (*format == "acled") {
        kept = sink::AppendAcled(r, context, &buf);
      } else if (*format == "csv") {
        sink::AppendCsv(r, &buf);
      } else {
        // acta code's record, with where the store keeps it and, merged,
        // the merged event's figures.
        const nlohmann::json store = {{"id", e.id},
                                      {"merged_id", e.merged_id},
                                      {"num_mentions", e.num_mentions},
                                      {"num_sources", e.num_sources},
                                      {"num_articles", e.num_articles},
                                      {"first_seen", e.first_seen},
                                      {"last_seen", e.last_seen}};
        const size_t end = e.record.rfind('}');
        buf.append(e.record, 0, end);
        buf += ",\"store\":";
        buf += store.dump();
        buf += "}\n";
      }
      ++(kept ? written : left_out);
      if (buf.size() > (1 << 20)) {
        std::fwrite(buf.data(), 1, buf.size(), out);
        buf.clear();
      }
      return true;
    });
    std::fwrite(buf.data(), 1, buf.size(), out);
    const bool closed = out == stdout ? std::fflush(out) == 0 : std::fclose(out) == 0;
    if (!scanned.ok() || !closed) {
      std::fprintf(stderr, "acta export: %s\n",
                   !scanned.ok() ? scanned.ToString().c_str() : "cannot write the output");
      global.exit_code = kExitFailure;
      return;
    }
    if (bad > 0) {
      std::fprintf(stderr, "acta export: %zu stored records are not JSON and were left out\n", bad);
      global.exit_code = kExitPartial;
    }
    if (!global.quiet)
      std::fprintf(stderr, "acta export: %zu %s written%s%s\n", written,
                   s->filter.merged ? "merged events" : "events",
                   left_out > 0 ? fmt::format(", {} left out (", left_out).c_str() : "",
                   left_out > 0 ? (*format == "plover" ? "no PLOVER type)"
                                                       : "not violence or protest, as ACLED)")
                                : "");
  });
}

}  // namespace acta::cli
