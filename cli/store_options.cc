#include "store_options.h"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "sink/records.h"

namespace acta::cli {

void AddSelectionOptions(CLI::App* cmd, StoreSelection* s) {
  store::EventFilter& f = s->filter;
  cmd->add_option("--store", s->store,
                  "the store: a SQLite file (default acta.db) or a postgresql:// URL");
  cmd->add_option("--from", f.from, "events on or after this date (YYYY-MM-DD)");
  cmd->add_option("--to", f.to, "events on or before this date (YYYY-MM-DD)");
  cmd->add_option("--actor", f.actors, "source or target code; USA* for codes starting USA");
  cmd->add_option("--source", f.sources, "source code (USA* for a prefix)");
  cmd->add_option("--target", f.targets, "target code (USA* for a prefix)");
  cmd->add_option("--country", f.countries,
                  "ISO 3166 alpha-3 of where it happened or of either actor");
  cmd->add_option("--cameo", f.cameo, "CAMEO root (19), code (190) or prefix (18*)");
  cmd->add_option("--quad", f.quad_classes, "QuadClass, 1-4")->check(CLI::Range(1, 4));
  cmd->add_option("--plover", f.plover, "PLOVER event type (ASSAULT, PROTEST ...)");
  cmd->add_option("--modality", f.modalities, "occurred, planned, negated ...");
  cmd->add_option("--bbox", s->bbox, "where it happened: WEST,SOUTH,EAST,NORTH in degrees");
  cmd->add_option("--text", f.text, "words of a sentence that told the event (all of them)");
  cmd->add_flag("--unmerged", s->unmerged,
                "every event as coded, not one per event merged across stories");
  cmd->add_option("--limit", f.limit, "at most this many rows");
}

std::unique_ptr<store::Store> OpenSelection(const char* command, StoreSelection* s,
                                            GlobalOptions& global) {
  for (const std::string* date : {&s->filter.from, &s->filter.to}) {
    if (!date->empty() && !Date::ParseIso(*date)) {
      std::fprintf(stderr, "acta %s: '%s' is not a date (YYYY-MM-DD)\n", command, date->c_str());
      global.exit_code = kExitUsage;
      return nullptr;
    }
  }
  if (!s->bbox.empty()) {
    s->filter.bbox = store::ParseBbox(s->bbox);
    if (!s->filter.bbox) {
      std::fprintf(stderr,
                   "acta %s: --bbox '%s' is not WEST,SOUTH,EAST,NORTH in degrees (south not "
                   "above north)\n",
                   command, s->bbox.c_str());
      global.exit_code = kExitUsage;
      return nullptr;
    }
  }
  // A path that names no file is not created by a command that only reads.
  if (!store::IsPostgresUrl(s->store) && !std::filesystem::exists(s->store)) {
    std::fprintf(stderr, "acta %s: %s: no such store (acta ingest makes one)\n", command,
                 s->store.c_str());
    global.exit_code = kExitInput;
    return nullptr;
  }
  Result<std::unique_ptr<store::Store>> opened = store::Store::Open(s->store);
  if (!opened.ok()) {
    std::fprintf(stderr, "acta %s: %s\n", command, opened.status().ToString().c_str());
    global.exit_code = kExitData;
    return nullptr;
  }
  Result<store::StoreCounts> counts = (*opened)->Counts();
  s->filter.merged = !s->unmerged && counts.ok() && counts->merged_events > 0;
  return std::move(opened).value();
}

std::FILE* OpenOutput(const char* command, const std::string& path, GlobalOptions& global) {
  if (path.empty() || path == "-") return stdout;
  std::FILE* f = std::fopen(path.c_str(), "wb");
  if (f == nullptr) {
    std::fprintf(stderr, "acta %s: cannot write %s\n", command, path.c_str());
    global.exit_code = kExitFailure;
  }
  return f;
}

namespace {

// A value as printed: reals to four decimals at most.
std::string Shown(const store::Value& v) {
  if (const auto* d = std::get_if<double>(&v)) {
    std::string s = fmt::format("{:.4f}", *d);
    while (s.back() == '0') s.pop_back();
    if (s.back() == '.') s.pop_back();
    return s == "-0" ? "0" : s;
  }
  return store::AsText(v);
}

// The first `width` characters (code points) of `s`, with "..." when cut.
std::string Cut(const std::string& s, size_t width, size_t* shown) {
  size_t chars = 0, i = 0;
  for (; i < s.size(); ++i) {
    if ((static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) continue;
    if (chars == width) break;
    ++chars;
  }
  *shown = chars;
  if (i >= s.size()) return s;
  *shown = width;
  return s.substr(0, i > 3 ? i - 3 : i) + "...";
}

}  // namespace

void PrintTable(const store::Table& t, const std::string& format, std::FILE* out) {
  if (format == "json") {
    for (const store::Row& row : t.rows) {
      nlohmann::ordered_json j = nlohmann::ordered_json::object();
      for (size_t i = 0; i < t.columns.size() && i < row.size(); ++i) {
        const store::Value& v = row[i];
        if (const auto* n = std::get_if<int64_t>(&v)) {
          j[t.columns[i]] = *n;
        } else if (const auto* d = std::get_if<double>(&v)) {
          j[t.columns[i]] = *d;
        } else if (const auto* s = std::get_if<std::string>(&v)) {
          j[t.columns[i]] = *s;
        } else {
          j[t.columns[i]] = nullptr;
        }
      }
      fmt::print(out, "{}\n", j.dump());
    }
    return;
  }
  if (format == "csv") {
    std::vector<std::string_view> header(t.columns.begin(), t.columns.end());
    fmt::print(out, "{}", sink::HeaderLine(header, ','));
    for (const store::Row& row : t.rows) {
      std::string line;
      for (size_t i = 0; i < row.size(); ++i) {
        if (i > 0) line += ',';
        line += sink::CsvField(Shown(row[i]));
      }
      fmt::print(out, "{}\n", line);
    }
    return;
  }
  // A table: columns as wide as their widest value, texts cut at 60.
  constexpr size_t kWidest = 60;
  std::vector<std::vector<std::string>> cells;
  std::vector<size_t> width(t.columns.size(), 0);
  std::vector<std::vector<size_t>> shown;
  auto add = [&](const std::vector<std::string>& texts) {
    std::vector<std::string> row;
    std::vector<size_t> lengths;
    for (size_t i = 0; i < texts.size(); ++i) {
      size_t n = 0;
      row.push_back(Cut(texts[i], kWidest, &n));
      lengths.push_back(n);
      width[i] = std::max(width[i], n);
    }
    cells.push_back(std::move(row));
    shown.push_back(std::move(lengths));
  };
  add(t.columns);
  for (const store::Row& r : t.rows) {
    std::vector<std::string> texts;
    for (size_t i = 0; i < t.columns.size(); ++i) texts.push_back(i < r.size() ? Shown(r[i]) : "");
    add(texts);
  }
  for (size_t r = 0; r < cells.size(); ++r) {
    std::string line;
    for (size_t i = 0; i < cells[r].size(); ++i) {
      if (i > 0) line += "  ";
      line += cells[r][i];
      if (i + 1 < cells[r].size()) line.append(width[i] - shown[r][i], ' ');
    }
    fmt::print(out, "{}\n", line);
  }
  fmt::print(out, "({} rows)\n", t.rows.size());
}

}  // namespace acta::cli
