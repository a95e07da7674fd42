#!/usr/bin/env bash
# acta's gazetteer and resolver (`acta geo`, `acta eval geo`) with the
# compiled gazetteer `make` builds: the candidates of an ambiguous name and
# why one wins, and the hand-labelled place mentions of tests/gold/geo.
# Usage: geo_cli.sh ACTA SHARED
source "$(dirname "$0")/check.bash" "$@"
root="$(cd "$(dirname "$0")/../.." && pwd)"
if [ ! -f "$root/data/geo/gazetteer.tsv" ]; then
  echo "FAIL: $root/data/geo/gazetteer.tsv is missing: make builds it (acta geo build)"
  exit 1
fi

"$acta" -q geo Tripoli >"$tmp/tripoli.txt"
check "geo exits 0" test $? -eq 0
check "Tripoli alone: Libya's capital first" grep -q '^1\. .* city Tripoli (LBY' "$tmp/tripoli.txt"
"$acta" -q geo Tripoli --context "Lebanese militias fought in Beirut and Tripoli." >"$tmp/t2.txt"
check "with Beirut in the story: Lebanon's Tripoli" grep -q '^1\. .* city Tripoli (LBN' "$tmp/t2.txt"
check "and it says why" grep -q 'the story names LBN' "$tmp/t2.txt"
"$acta" -q geo Kiev >"$tmp/kiev.txt"
check "an older name (Kiev) is Kyiv" grep -q '^1\. .* city Kyiv (UKR' "$tmp/kiev.txt"
"$acta" -q geo "Khān Yūnis" >"$tmp/ky.txt"
check "with diacritics" grep -q '^1\. .*(PSE' "$tmp/ky.txt"
"$acta" -q geo Nowhereville >/dev/null
check "an unknown name exits 1" test $? -eq 1

"$acta" -q eval geo "$root/tests/gold/geo/places.tsv" >"$tmp/gold.txt"
check "eval geo exits 0" test $? -eq 0
read -r right total < <(awk '$1 == "geo:" { print $2, $4 }' "$tmp/gold.txt")
check "the gold set has at least 300 mentions (${total:-?})" test "${total:-0}" -ge 300
check "at least 92% resolved right (${right:-?} of ${total:-?})" \
  test $((${right:-0} * 100)) -ge $((${total:-1} * 92))
check "closing line" grep -qE "^${right:-x} passed, [0-9]+ failed$" "$tmp/gold.txt"

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
