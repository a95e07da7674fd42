#!/usr/bin/env bash
# Cross-story deduplication on hand-made overlapping stories
# (tests/data/dedup): the merges that must happen do, the ones that must
# not do not, the figures of a merged event, undoing and re-merging, and
# the report of the rule's effect.
# Usage: dedup_cli.sh ACTA SHARED
source "$(dirname "$0")/check.bash" "$@"
data="$(dirname "$0")/../data/dedup"
if ! command -v sqlite3 >/dev/null; then
  echo "skipping: no sqlite3 (make deps installs it)"
  exit 77
fi
db="$tmp/d.db"
q() { sqlite3 -separator ' ' "$db" "$1"; }
"$acta" ingest --store "$db" "$data/stories.jsonl" 2>"$tmp/err"
check "ingest exits 0" test $? -eq 0
check "27 events, 19 once merged" grep -q "27 events (19 once merged)" "$tmp/err"

# Each expected row's event and the event it merged into.
merged_of() {  # STORY SOURCE TARGET CAMEO
  q "SELECT m.merged_id FROM events e JOIN event_merges m ON m.event_id = e.id
     WHERE e.story_id = '$1' AND e.source = '$2' AND e.target = '$3' AND e.cameo = '$4'"
}
grep -v '^#' "$data/expected.tsv" | tail -n +2 >"$tmp/rows"
while IFS=$'\t' read -r story source target cameo group; do
  echo "$group $(merged_of "$story" "$source" "$target" "$cameo") $story"
done <"$tmp/rows" >"$tmp/groups"
check "every expected event is stored once" test \
  "$(awk '$2 != ""' "$tmp/groups" | wc -l)" -eq "$(wc -l <"$tmp/rows")"
# Same label <=> same merged event: as many distinct pairs as labels and as
# merged ids.
labels=$(cut -d' ' -f1 "$tmp/groups" | sort -u | wc -l)
check "19 labels" test "$labels" -eq 19
check "events of one label merged into one event" test \
  "$(cut -d' ' -f1,2 "$tmp/groups" | sort -u | wc -l)" -eq "$labels"
check "events of different labels kept apart" test \
  "$(cut -d' ' -f2 "$tmp/groups" | sort -u | wc -l)" -eq "$labels"

shelling=$(merged_of b1-ap RUSMIL UKRMIL 194)
check "the Kharkiv shelling: 3 articles, 2 sources, 3 mentions, 05-10 to 05-11" test \
  "$(q "SELECT num_articles, num_sources, num_mentions, first_date, last_date, geo_name
        FROM merged_events WHERE id = $shelling")" = "3 2 3 2024-05-10 2024-05-11 Kharkiv"
check "the planned aid shipment stands alone" test \
  "$(q "SELECT num_articles, modality FROM merged_events WHERE id = $(merged_of h3-ap JPN PHL 0333)")" \
  = "1 planned"

"$acta" agg --store "$db" --dedup-report >"$tmp/report"
check "report: the rule" grep -qx "merge rule: window=2 km=100 code=root modality=same actors=whole" "$tmp/report"
check "report: 27 events, 19 merged" grep -q "^events: 27 coded, 19 once merged (8 events" "$tmp/report"
check "report: kept apart by place twice, by one story once" \
  grep -q ": 2 by place, 1 by being of one story" "$tmp/report"
check "report: a week's window joins the threats a week apart" grep -q "window=7: 17" "$tmp/report"
check "report: the largest, told by 3 stories" grep -q "told by 3 stories: event $shelling: 2024-05-10 RUSMIL UKRMIL 194" "$tmp/report"

# Undo: events stand alone, nothing is lost, and ingest no longer merges.
"$acta" -q dedup --store "$db" --undo
check "undone: no merged events" test "$(q "SELECT count(*) FROM merged_events")" -eq 0
check "undone: every event and mention kept" test "$(q "SELECT count(*) || ' ' || (SELECT count(*) FROM mentions) FROM events")" = "27 27"
check "undone: query lists all 27" test "$("$acta" query --store "$db" --format csv | tail -n +2 | wc -l)" -eq 27
"$acta" ingest --store "$db" "$data/stories.jsonl" 2>"$tmp/err2"
check "undone: a second ingest adds nothing and merges nothing" grep -q "27 events (0 once merged)" "$tmp/err2"

# Another rule, kept for later ingests.
"$acta" -q dedup --store "$db" --window 7
check "a week's window: 17 merged events" test "$(q "SELECT count(*) FROM merged_events")" -eq 17
check "the rule is kept" test "$(q "SELECT value FROM meta WHERE key = 'merge_rule'")" = \
  "window=7 km=100 code=root modality=same actors=whole"
check "the threats a week apart are one event" test \
  "$(merged_of d1-ap PRK KOR 130)" = "$(merged_of d2-reuters PRK KOR 130)"
"$acta" dedup --store "$db" --window x 2>"$tmp/bad"
check "a bad rule is refused" test $? -ne 0

# Ingest merges only the dyads whose events changed: stories ingested in
# two runs, and one of them replaced, give the merge a full acta dedup gives.
inc="$tmp/inc.db"
head -13 "$data/stories.jsonl" >"$tmp/first.jsonl"
tail -n +14 "$data/stories.jsonl" >"$tmp/second.jsonl"
"$acta" -q ingest --store "$inc" "$tmp/first.jsonl"
"$acta" -q ingest --store "$inc" "$tmp/second.jsonl"
layer() {
  sqlite3 "$1" "SELECT * FROM merged_events ORDER BY id; SELECT * FROM event_merges ORDER BY event_id"
}
layer "$inc" >"$tmp/inc.txt"
cp "$inc" "$tmp/full.db"
"$acta" -q dedup --store "$tmp/full.db"
check "two runs merge as one full merge" cmp -s "$tmp/inc.txt" <(layer "$tmp/full.db")
# i2-reuters told again with other text (the attack on Tuesday): its old
# event goes, and the new one, dated a week earlier, stands alone.
sed '/"i2-reuters"/s/Khan Younis on Monday/Khan Younis on Tuesday/' "$tmp/second.jsonl" \
  >"$tmp/second2.jsonl"
check "the replaced story differs" test -n "$(cmp "$tmp/second.jsonl" "$tmp/second2.jsonl" 2>&1)"
"$acta" -q ingest --store "$inc" "$tmp/second2.jsonl"
check "a replaced story: still 27 events" test "$(sqlite3 "$inc" "SELECT count(*) FROM events")" -eq 27
check "the replaced story's event is dated the Tuesday before it" test "$(sqlite3 "$inc" \
  "SELECT event_date FROM events WHERE story_id = 'i2-reuters'")" = 2024-03-26
layer "$inc" >"$tmp/inc2.txt"
cp "$inc" "$tmp/full2.db"
"$acta" -q dedup --store "$tmp/full2.db"
check "a replaced story: the merge a full acta dedup gives" cmp -s "$tmp/inc2.txt" <(layer "$tmp/full2.db")
check "nothing waits to be merged" test "$(sqlite3 "$inc" "SELECT count(*) FROM merge_touched")" -eq 0

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
