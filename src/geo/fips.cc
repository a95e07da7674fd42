#include "geo/fips.h"

#include <fmt/format.h>

#include "common/file.h"
#include "common/tsv.h"

namespace acta::geo {
namespace {

bool AllUpper(std::string_view s, size_t n) {
  if (s.size() != n) return false;
  for (char c : s)
    if (c < 'A' || c > 'Z') return false;
  return true;
}

}  // namespace

Result<FipsCodes> FipsCodes::Parse(std::string_view tsv, const std::string& name) {
  FipsCodes codes;
  Status status;
  ForEachLine(tsv, [&](std::string_view line, int number) {
    if (line.empty() || line[0] == '#') return true;
    const std::vector<std::string_view> f = SplitTabs(line);
    auto bad = [&](const std::string& what) {
      status = Status::InvalidArgument(fmt::format("{}:{}: {}", name, number, what));
      return false;
    };
    if (f.size() != 4) return bad("expected iso3, iso2, fips and name separated by tabs");
    if (!AllUpper(f[0], 3)) return bad(fmt::format("'{}' is no ISO alpha-3 code", f[0]));
    if (!AllUpper(f[2], 2) && f[2] != "-")
      return bad(fmt::format("'{}' is no FIPS code (two capitals or -)", f[2]));
    if (!codes.rows_.emplace(std::string(f[0]), f[2] == "-" ? "" : std::string(f[2])).second)
      return bad(fmt::format("{} is listed twice", f[0]));
    return true;
  });
  if (!status.ok()) return status;
  return codes;
}

Result<FipsCodes> FipsCodes::Load(const std::string& path) {
  Result<std::string> text = ReadWholeFile(path);
  if (!text.ok()) return text.status();
  return Parse(*text, path);
}

std::string FipsCodes::DefaultPath(const std::string& data_dir) {
  return data_dir + "/geo/fips.tsv";
}

std::string_view FipsCodes::Of(std::string_view iso3, double lon) const {
  if (iso3 == "PSE") return lon < 34.7 ? "GZ" : "WE";
  const auto it = rows_.find(std::string(iso3));
  return it == rows_.end() ? std::string_view() : std::string_view(it->second);
}

}  // namespace acta::geo
