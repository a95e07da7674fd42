#!/usr/bin/env bash
# acta query and acta agg on the hand-made stories of tests/data/dedup,
# whose events are known, in a SQLite file and, when ctest started one, on
# a PostgreSQL server: the same answers from both.
# Usage: query_cli.sh ACTA SHARED
source "$(dirname "$0")/check.bash" "$@"
data="$(dirname "$0")/../data/dedup/stories.jsonl"
stores=("$tmp/q.db")
url=$(cat "${ACTA_TEST_POSTGRES_FILE:-/nonexistent}" 2>/dev/null || true)
if [ -n "$url" ] && command -v psql >/dev/null; then
  name="acta_query_$$"
  PGOPTIONS="-c client_min_messages=warning" psql -q "$url" -c "DROP DATABASE IF EXISTS $name" -c "CREATE DATABASE $name"
  stores+=("${url%/*}/$name")
else
  echo "note: no PostgreSQL server for this run (ctest starts one); SQLite only"
fi

# ids COLUMNS... : the query's rows as "date source target cameo" lines.
rows() { "$acta" query --format csv "$@" | tail -n +2 | cut -d, -f2-5 | tr ',' ' '; }
for store in "${stores[@]}"; do
  kind=SQLite
  [[ "$store" == postgresql://* ]] && kind=PostgreSQL
  "$acta" -q ingest --store "$store" "$data"
  s=(--store "$store")
  check "$kind: a CAMEO root" test "$(rows "${s[@]}" --cameo 19)" = \
"2024-04-01 ISRMIL PSEREBHMS 190
2024-04-02 ISRMIL PSEREBHMS 195
2024-05-10 RUSMIL UKRMIL 194"
  check "$kind: an actor prefix, as source or target" test "$(rows "${s[@]}" --actor 'ISR*' | wc -l)" -eq 5
  check "$kind: a country, of the place or an actor" test "$(rows "${s[@]}" --country UKR)" = \
"2024-03-08 TURGOV UKRGOV 043
2024-05-10 RUSMIL UKRMIL 194"
  check "$kind: words of the sentences" test "$(rows "${s[@]}" --text "Khan Younis" | cut -d' ' -f4)" = \
"190
195"
  check "$kind: word stems, every event as coded" test \
    "$(rows "${s[@]}" --text "shelling Kharkiv" --unmerged | wc -l)" -eq 2
  check "$kind: a bounding box" test "$(rows "${s[@]}" --bbox 30,45,40,52)" = "2024-05-10 RUSMIL UKRMIL 194"
  check "$kind: a date range" test "$(rows "${s[@]}" --from 2024-05-01 --to 2024-05-31)" = \
"2024-05-10 RUSMIL UKRMIL 194
2024-05-15 CHN USA 111"
  check "$kind: modality" test "$(rows "${s[@]}" --modality planned)" = "2024-07-09 JPN PHL 0333"
  check "$kind: QuadClass and PLOVER type" test \
    "$(rows "${s[@]}" --quad 4 | wc -l) $(rows "${s[@]}" --plover CONSULT | wc -l)" = "3 6"
  check "$kind: merged figures" test \
    "$("$acta" query "${s[@]}" --cameo 194 --format json | grep -o '"num_articles":[0-9]*')" = '"num_articles":3'
  "$acta" agg "${s[@]}" --by dyad --per month --format csv >"$tmp/dyad.$kind"
  check "$kind: agg by dyad and month" grep -qx "2024-04,ISRMIL,PSEREBHMS,2,-20,0,0,0,2" "$tmp/dyad.$kind"
  "$acta" agg "${s[@]}" --by network --actors country --format csv >"$tmp/net.$kind"
  check "$kind: the network between countries" grep -qx "IRN,ISR,2,0,2,-6.4,-3.2" "$tmp/net.$kind"
  "$acta" agg "${s[@]}" --by country --per year --format csv >"$tmp/country.$kind"
  check "$kind: QuadClass series per country" grep -qx "2024,UKR,1,-10,0,0,0,1" "$tmp/country.$kind"
  "$acta" agg "${s[@]}" --by dyad --per week --unmerged --format csv >"$tmp/week.$kind"
  check "$kind: weeks start on Monday" grep -qx "2024-05-06,RUSMIL,UKRMIL,3,-30,0,0,0,3" "$tmp/week.$kind"
  "$acta" query "${s[@]}" --format csv >"$tmp/all.$kind"
  "$acta" -q export "${s[@]}" --format gdelt >"$tmp/gdelt.$kind"
  "$acta" -q export "${s[@]}" --format jsonl --unmerged >"$tmp/jsonl.$kind"
  "$acta" agg "${s[@]}" --dedup-report >"$tmp/report.$kind"
done
if [ ${#stores[@]} -eq 2 ]; then
  for f in dyad net country week all gdelt jsonl report; do
    check "SQLite and PostgreSQL agree: $f" cmp -s "$tmp/$f.SQLite" "$tmp/$f.PostgreSQL"
  done
  psql -q "$url" -c "DROP DATABASE $name"
fi
"$acta" query --store "$tmp/none.db" 2>"$tmp/err"
check "a missing store is an error, not a new file" test $? -ne 0 -a ! -e "$tmp/none.db"
check "  and says so" grep -q "no such store" "$tmp/err"
"$acta" query --store "$tmp/q.db" --bbox 1,2,3 2>"$tmp/err"
check "a bad box is refused" grep -q "is not WEST,SOUTH,EAST,NORTH" "$tmp/err"

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
