// FIPS 10-4 country codes, which GDELT's geographic fields use (Iran IR,
// Germany GM, Gaza Strip GZ), read from data/geo/fips.tsv: a table of
// ISO 3166-1 alpha-3, alpha-2 and FIPS codes.
#ifndef ACTA_GEO_FIPS_H_
#define ACTA_GEO_FIPS_H_

#include <string>
#include <string_view>
#include <unordered_map>

#include "acta/status.h"

namespace acta::geo {

class FipsCodes {
 public:
  // Reads the table: '#' comment lines, then rows of iso3, iso2, fips
  // ("-" for none) and name, tab-separated. Errors name the line.
  static Result<FipsCodes> Parse(std::string_view tsv, const std::string& name);
  static Result<FipsCodes> Load(const std::string& path);
  static std::string DefaultPath(const std::string& data_dir);  // DATA_DIR/geo/fips.tsv

  // The FIPS code of a place in country `iso3` at longitude `lon` ("" when
  // the country has none). Palestine has none: GDELT, as FIPS, tells the
  // Gaza Strip (GZ, west of 34.7 E) from the West Bank (WE).
  std::string_view Of(std::string_view iso3, double lon) const;
  size_t size() const { return rows_.size(); }

 private:
  std::unordered_map<std::string, std::string> rows_;  // FIPS by iso3 ("" for none)
};

}  // namespace acta::geo

#endif  // ACTA_GEO_FIPS_H_
