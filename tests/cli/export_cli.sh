#!/usr/bin/env bash
# acta export: each format reloaded and compared with the store (and, for
# the unmerged GDELT rows and JSON records, with what acta code writes).
# Usage: export_cli.sh ACTA SHARED
source "$(dirname "$0")/check.bash" "$@"
sgm="$shared/corpora/reuters21578/reut2-000.sgm"
if [ ! -f "$sgm" ] || ! command -v sqlite3 >/dev/null || ! command -v python3 >/dev/null; then
  echo "skipping: no $sgm, or no sqlite3 or python3 (make deps installs them)"
  exit 77
fi
data="$(dirname "$0")/../data/dedup"
db="$tmp/e.db"
# Under the sanitizers, the hand-made stories alone: coding a Reuters file
# three times there takes long, and the release tree does it.
inputs=("$sgm" "$data/stories.jsonl")
[ -n "${ACTA_SANITIZED:-}" ] && inputs=("$data/stories.jsonl")
"$acta" -q ingest --store "$db" "${inputs[@]}"
q() { sqlite3 -separator ' ' "$db" "$1"; }
merged=$(q "SELECT count(*) FROM merged_events")
events=$(q "SELECT count(*) FROM events")
check "the store has merged events ($merged of $events)" test "$merged" -gt 0 -a "$merged" -lt "$events"
ex() { "$acta" -q export --store "$db" "$@"; }

# Unmerged, the JSON records and GDELT rows are acta code's own.
"$acta" -q code "${inputs[@]}" | sort >"$tmp/code.jsonl"
"$acta" -q code --format gdelt "${inputs[@]}" | sort >"$tmp/code.gdelt"
ex --format jsonl --unmerged -o "$tmp/all.jsonl"
python3 - "$tmp/all.jsonl" >"$tmp/back.jsonl" <<'PY'
import json, sys
for line in open(sys.argv[1], encoding="utf-8"):
    e = json.loads(line)
    assert e.pop("store")["id"] > 0
    print(json.dumps(e, ensure_ascii=False, separators=(",", ":")))
PY
python3 -c 'import json,sys
for l in open(sys.argv[1], encoding="utf-8"): print(json.dumps(json.loads(l), ensure_ascii=False, separators=(",", ":")))' \
  "$tmp/code.jsonl" >"$tmp/code.norm"
check "jsonl --unmerged: the records acta code writes ($events)" cmp -s <(sort "$tmp/back.jsonl") <(sort "$tmp/code.norm")
ex --format gdelt --unmerged | sort >"$tmp/all.gdelt"
check "gdelt --unmerged: the rows acta code --format gdelt writes" cmp -s "$tmp/all.gdelt" "$tmp/code.gdelt"

# Merged GDELT rows: 61 fields, loaded under GDELT's column names.
ex --format gdelt -o "$tmp/m.gdelt"
ex --format gdelt-mentions -o "$tmp/m.mentions"
q "SELECT g.source, g.target, g.cameo, g.num_mentions, g.num_sources, g.num_articles, g.first_date
   FROM merged_events g ORDER BY g.source, g.target, g.first_date, g.num_articles, g.cameo" >"$tmp/m.store"
python3 - "$tmp/m.gdelt" "$tmp/m.mentions" "$tmp/m.store" "$(q "SELECT count(*) FROM mentions")" <<'PY' >"$tmp/gdelt.out"
import csv, sys
names = """GLOBALEVENTID SQLDATE MonthYear Year FractionDate Actor1Code Actor1Name
Actor1CountryCode Actor1KnownGroupCode Actor1EthnicCode Actor1Religion1Code Actor1Religion2Code
Actor1Type1Code Actor1Type2Code Actor1Type3Code Actor2Code Actor2Name Actor2CountryCode
Actor2KnownGroupCode Actor2EthnicCode Actor2Religion1Code Actor2Religion2Code Actor2Type1Code
Actor2Type2Code Actor2Type3Code IsRootEvent EventCode EventBaseCode EventRootCode QuadClass
GoldsteinScale NumMentions NumSources NumArticles AvgTone Actor1Geo_Type Actor1Geo_FullName
Actor1Geo_CountryCode Actor1Geo_ADM1Code Actor1Geo_ADM2Code Actor1Geo_Lat Actor1Geo_Long
Actor1Geo_FeatureID Actor2Geo_Type Actor2Geo_FullName Actor2Geo_CountryCode Actor2Geo_ADM1Code
Actor2Geo_ADM2Code Actor2Geo_Lat Actor2Geo_Long Actor2Geo_FeatureID ActionGeo_Type
ActionGeo_FullName ActionGeo_CountryCode ActionGeo_ADM1Code ActionGeo_ADM2Code ActionGeo_Lat
ActionGeo_Long ActionGeo_FeatureID DATEADDED SOURCEURL""".split()
assert len(names) == 61
lines = open(sys.argv[1], encoding="utf-8").read().splitlines()
print("fields", "ok" if all(len(l.split("\t")) == 61 for l in lines) else "bad")
rows = list(csv.DictReader(lines, fieldnames=names, delimiter="\t", quoting=csv.QUOTE_NONE))
got = sorted((r["Actor1Code"], r["Actor2Code"], r["EventCode"], int(r["NumMentions"]),
              int(r["NumSources"]), int(r["NumArticles"]),
              r["SQLDATE"][:4] + "-" + r["SQLDATE"][4:6] + "-" + r["SQLDATE"][6:]) for r in rows)
want = sorted(tuple(int(x) if 3 <= i <= 5 else x for i, x in enumerate(l.split(" ")))
              for l in open(sys.argv[3], encoding="utf-8").read().splitlines())
print("rows", len(rows), "same" if got == want else "differ")
ids = {r["GLOBALEVENTID"] for r in rows}
mentions = [l.split("\t") for l in open(sys.argv[2], encoding="utf-8").read().splitlines()]
print("mentions", len(mentions), "of", sys.argv[4],
      "fields", "ok" if all(len(m) == 16 for m in mentions) else "bad",
      "ids", "ok" if {m[0] for m in mentions} == ids else "bad")
PY
check "gdelt: every row has 61 tab-separated fields" grep -qx "fields ok" "$tmp/gdelt.out"
check "gdelt: one row per merged event, dyad, code, figures and date as stored" \
  grep -qx "rows $merged same" "$tmp/gdelt.out"
check "gdelt-mentions: every mention, 16 fields, under the events' ids" grep -qx \
  "mentions $(q "SELECT count(*) FROM mentions") of $(q "SELECT count(*) FROM mentions") fields ok ids ok" "$tmp/gdelt.out"

# CSV, PLOVER, ICEWS and ACLED: reloaded, and compared with the store.
ex --format csv -o "$tmp/m.csv"
ex --format plover -o "$tmp/m.plover"
ex --format icews -o "$tmp/m.icews"
ex --format acled -o "$tmp/m.acled"
q "SELECT e.id, e.source, e.target, e.cameo, g.num_articles FROM merged_events g
   JOIN events e ON e.id = g.id ORDER BY e.id" >"$tmp/m.rows"
python3 - "$tmp" <<'PY' >"$tmp/tables.out"
import csv, json, sys
t = sys.argv[1]
store = [l.split(" ") for l in open(t + "/m.rows", encoding="utf-8").read().splitlines()]
rows = list(csv.DictReader(open(t + "/m.csv", encoding="utf-8", newline="")))
got = [[r["id"], r["source"], r["target"], r["cameo"], r["num_articles"]] for r in rows]
print("csv", "same" if got == store else "differ")
plover = [json.loads(l) for l in open(t + "/m.plover", encoding="utf-8")]
print("plover", len(plover), "ok" if all(all(k in p for k in ("id", "date", "source", "event"))
                                          and p["source"]["code"] for p in plover) else "bad")
icews = list(csv.DictReader(open(t + "/m.icews", encoding="utf-8", newline=""), delimiter="\t",
                            quoting=csv.QUOTE_NONE))
print("icews", "same" if [[r["Event ID"], r["CAMEO Code"]] for r in icews] ==
      [[s[0], s[3]] for s in store] else "differ")
acled = list(csv.DictReader(open(t + "/m.acled", encoding="utf-8", newline="")))
print("acled", len(acled), "ok" if all(r["event_type"] and r["event_date"] for r in acled) else "bad")
PY
check "csv: one row per merged event, as stored" grep -qx "csv same" "$tmp/tables.out"
check "plover: every merged event of a PLOVER type, with id, date, source and event" grep -qx \
  "plover $(q "SELECT count(*) FROM merged_events WHERE plover_event IS NOT NULL") ok" "$tmp/tables.out"
check "icews: one row per merged event, with its code" grep -qx "icews same" "$tmp/tables.out"
check "acled: the violent and protest events" grep -qx \
  "acled $(q "SELECT count(*) FROM merged_events WHERE cameo_root IN ('14', '18', '19', '20') OR cameo LIKE '173%'") ok" \
  "$tmp/tables.out"
ex --format gdelt --from 2024-01-01 --cameo 19 >"$tmp/sel.gdelt"
check "filters apply to exports" test "$(wc -l <"$tmp/sel.gdelt")" -eq \
  "$(q "SELECT count(*) FROM merged_events WHERE cameo_root = '19' AND first_date >= '2024-01-01'")"

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
