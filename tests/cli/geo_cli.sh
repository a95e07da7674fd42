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

# The held-out set, which no score was tuned on: a floor against regressions.
"$acta" -q eval geo "$root/tests/gold/geo/heldout.tsv" >"$tmp/heldout.txt"
read -r right total < <(awk '$1 == "geo:" { print $2, $4 }' "$tmp/heldout.txt")
check "held-out set: at least 85% (${right:-?} of ${total:-?})" \
  test $((${right:-0} * 100)) -ge $((${total:-1} * 85))

# Events: where they happened and where their actors are.
seed=$(ls "$shared"/seed/*.txt 2>/dev/null | head -1)
if [ -n "$seed" ]; then
  "$acta" -q code "$seed" >"$tmp/seed.jsonl"
  check "the visit's target is in Tehran" python3 -c '
import json, sys
events = [json.loads(l) for l in open(sys.argv[1])]
visit = [e for e in events if e["cameo"] == "036"][0]
assert visit["target"]["geo"]["name"] == "Tehran", visit["target"]
assert visit["action_geo"]["inferred"] is False
call = [e for e in events if e["target"]["code"] == "ISR"][0]
assert call["action_geo"] is None, call["action_geo"]
' "$tmp/seed.jsonl"
  "$acta" -q code --infer-geo "$seed" >"$tmp/infer.jsonl"
  check "--infer-geo: a call with no place takes its target's, marked inferred" python3 -c '
import json, sys
events = [json.loads(l) for l in open(sys.argv[1])]
call = [e for e in events if e["target"]["code"] == "ISR"][0]
assert call["action_geo"]["name"] == "Israel" and call["action_geo"]["inferred"] is True
visit = [e for e in events if e["cameo"] == "036"][0]
assert visit["action_geo"]["name"] == "Tehran" and visit["action_geo"]["inferred"] is False
' "$tmp/infer.jsonl"

  "$acta" -q code --format gdelt "$seed" >"$tmp/seed.gdelt"
  check "GDELT rows: as many as JSON events" test "$(wc -l <"$tmp/seed.gdelt")" -eq "$(wc -l <"$tmp/seed.jsonl")"
  check "GDELT rows: 61 fields each" test "$(awk -F'\t' 'NF != 61' "$tmp/seed.gdelt" | wc -l)" -eq 0
  # The visit: EventCode (27) 036; ActionGeo (52-59) Tehran with FIPS codes.
  check "GDELT: the visit happened in Tehran, IR, IR26" python3 -c '
import sys
rows = [l.rstrip("\n").split("\t") for l in open(sys.argv[1])]
visit = [r for r in rows if r[26] == "036"][0]
geo = visit[51:59]
assert geo[0] == "4" and geo[1] == "Tehran, Iran" and geo[2] == "IR" and geo[3] == "IR26", geo
assert abs(float(geo[5]) - 35.69) < 0.01 and abs(float(geo[6]) - 51.42) < 0.01, geo
assert geo[7] == "112931", geo
assert visit[1] == "20240326" and visit[5] == "PSEREBHMS" and visit[15] == "IRNGOV", visit[:16]
' "$tmp/seed.gdelt"
  "$acta" -q code --format gdelt --all-modalities "$seed" >/dev/null 2>&1
  check "GDELT rows carry no modality: --all-modalities is refused" test $? -eq 2
else
  echo "skipping the event checks: no story in $shared/seed"
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
