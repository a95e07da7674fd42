#!/usr/bin/env bash
# What `acta code` reads beyond each sentence's events, on the example story
# of the shared material (seed/, 2024-03-26, a Tuesday): every event's date
# and the expression it came from, its modality and who reports it, and
# with --stories the story's count of
# casualties ("over 32,000 Palestinian casualties"), which describes no
# coded event and so stays with the story.
# Usage: story_facts_cli.sh ACTA SHARED; exits 77 (skipped) when SHARED has no seed.
source "$(dirname "$0")/check.bash" "$@"
if ! ls "$shared"/seed/*.txt >/dev/null 2>&1; then
  echo "skipped: $shared/seed has no story"
  exit 77
fi

"$acta" -q code --stories "$tmp/stories.jsonl" "$shared"/seed/*.txt >"$tmp/events.jsonl"
check "exit 0" test $? -eq 0
check "every event has an event date" \
  awk '!/"event_date":"2024-03-26","event_date_precision":"(story|day)"/ { exit 1 }' \
  "$tmp/events.jsonl"
check "every event has its quantities" awk '!/"quantities":\[/ { exit 1 }' "$tmp/events.jsonl"
check "the visit is planned and reported by the Iranian press" grep -q \
  '"modality":"planned".*"cameo":"036".*"attribution":{"text":"Iranian media and Press TV","cue":"as reported by","country":"IRN"' \
  "$tmp/events.jsonl"
check "the visit is dated by the sentence after it (\"This significant meeting is scheduled for Tuesday\")" \
  grep -q '"event_date":"2024-03-26","event_date_precision":"day","event_date_text":"Tuesday".*"cameo":"036"' \
  "$tmp/events.jsonl"
check "the visit is one event told four times" python3 -c '
import json, sys
visits = [e for e in map(json.loads, open(sys.argv[1])) if e["cameo"] == "036"]
assert len(visits) == 1, visits
assert [m["cameo"] for m in visits[0]["mentions"]] == ["036", "042", "036", "042"], visits
' "$tmp/events.jsonl"
"$acta" -q code --all-mentions "$shared"/seed/*.txt >"$tmp/all.jsonl"
check "--all-mentions writes each telling" test "$(grep -c '"cameo":"036"' "$tmp/all.jsonl")" -eq 2
check "the Palestinian group is Hamas" grep -q \
  '"referred":true,.*"source":{"code":"IRNGOV","text":"Tehran".*"target":{"code":"PSEREBHMS","text":"Palestinian group"' \
  "$tmp/events.jsonl"
check "only it is referred to" test "$(grep -c '"referred":true' "$tmp/events.jsonl")" -eq 1
check "one story record" test "$(wc -l <"$tmp/stories.jsonl")" -eq 1
check "the casualty count" grep -q \
  '{"type":"casualties","count":32000,"qualifier":"more_than","of":"PSE","of_text":"Palestinian","text":"over 32,000 Palestinian casualties"' \
  "$tmp/stories.jsonl"
check "it describes no coded event" grep -q '"attached":"story"' "$tmp/stories.jsonl"
check "it was counted in the Gaza Strip" grep -q \
  '"geo":{"name":"Gaza Strip","type":"region","country":"PSE"' "$tmp/stories.jsonl"
check "the visit is located in Tehran" python3 -c '
import json, sys
visit = [e for e in map(json.loads, open(sys.argv[1])) if e["cameo"] == "036"][0]
g = visit["action_geo"]
assert (g["name"], g["type"], g["country"]) == ("Tehran", "city", "IRN"), g
assert abs(g["lat"] - 35.69) < 0.05 and abs(g["lon"] - 51.42) < 0.05, g
' "$tmp/events.jsonl"
"$acta" -q code --no-geo "$shared"/seed/*.txt >"$tmp/nogeo.jsonl"
check "--no-geo: no place" python3 -c '
import json, sys
assert all(e["action_geo"] is None for e in map(json.loads, open(sys.argv[1])))
' "$tmp/nogeo.jsonl"

# What sentences negate, deny or only demand is no event unless asked for.
cat >"$tmp/modal.txt" <<'STORY'
date 2024-03-26

Israel did not attack Lebanon on Tuesday. Iran denied that its forces attacked Kuwait.
STORY
"$acta" -q code "$tmp/modal.txt" >"$tmp/modal.jsonl"
check "negated and denied acts are no events" test ! -s "$tmp/modal.jsonl"
"$acta" -q code --all-modalities "$tmp/modal.txt" >"$tmp/modal.jsonl"
check "--all-modalities writes them, marked" python3 -c '
import json, sys
got = [(e["source"]["code"], e["target"]["code"], e["cameo"], e["modality"])
       for e in map(json.loads, open(sys.argv[1]))]
assert got == [("ISR", "LBN", "190", "negated"), ("IRNMIL", "KWT", "190", "denied")], got
' "$tmp/modal.jsonl"
"$acta" -q code --all-modalities --format tsv "$tmp/modal.txt" >/dev/null 2>"$tmp/err"
check "but not as TSV, which has no modality" test $? -eq 2
check "and says why" grep -q "TSV and GDELT rows carry no modality" "$tmp/err"

# Names no actor entry knows, with each event of their sentence.
"$acta" -q code --unknown-names "$shared"/seed/*.txt >"$tmp/unknown.jsonl"
check "--unknown-names exit 0" test $? -eq 0
check "the visit's sentence names Press TV, of the reporter's country" grep -q \
  '"cameo":"036".*"unknown_names":\[.*{"text":"Press TV","type":"ORG","country":"IRN","span":\[167,175\]}' \
  "$tmp/unknown.jsonl"
check "and the Hamas Political Bureau, of Hamas's" grep -q \
  '{"text":"Hamas Political Bureau","type":"ORG","country":"PSE"' "$tmp/unknown.jsonl"
check "the same events as without" test "$(wc -l <"$tmp/unknown.jsonl")" -eq "$(wc -l <"$tmp/events.jsonl")"
"$acta" -q code --unknown-names --format tsv "$shared"/seed/*.txt >/dev/null 2>"$tmp/err"
check "not with TSV" test $? -eq 2

# The dictionary maintainer's worklist: names no actor entry knows.
"$acta" -q dict suggest "$shared"/seed/*.txt >"$tmp/suggest.tsv"
check "suggest exit 0" test $? -eq 0
check "suggest header" grep -qP '^count\tin_events\ttype\tname\tcountry\texample$' "$tmp/suggest.tsv"
check "Press TV is unknown, in a sentence with an event" \
  grep -qP '^1\t1\tORG\tPress TV\t' "$tmp/suggest.tsv"
check "Haniyeh and Hamas are known" awk -F'\t' '$4 == "Ismail Haniyeh" || $4 == "Hamas" { exit 1 }' \
  "$tmp/suggest.tsv"

# A story whose sentences carry dates and counts of their own.
cat >"$tmp/raid.txt" <<'STORY'
date 2024-03-26

Israeli aircraft struck Gaza on Sunday, killing at least 12 people, medics said.
STORY
"$acta" -q code --stories "$tmp/raid.stories.jsonl" "$tmp/raid.txt" >"$tmp/raid.jsonl"
check "raid exit 0" test $? -eq 0
check "the strike is dated Sunday" grep -q \
  '"event_date":"2024-03-24","event_date_precision":"day","event_date_text":"on Sunday"' \
  "$tmp/raid.jsonl"
check "the deaths go with the strike" grep -q \
  '"quantities":\[{"type":"killed","count":12,"qualifier":"at_least"' "$tmp/raid.jsonl"
check "the medics report it" grep -q '"attribution":{"text":"medics","cue":"said"' \
  "$tmp/raid.jsonl"
check "and are marked so in the story record" grep -q '"attached":"event"' \
  "$tmp/raid.stories.jsonl"
"$acta" -q code --format tsv --stories "$tmp/raid.tsv.stories.jsonl" "$tmp/raid.txt" >/dev/null
check "with TSV events too" cmp -s "$tmp/raid.stories.jsonl" "$tmp/raid.tsv.stories.jsonl"

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
