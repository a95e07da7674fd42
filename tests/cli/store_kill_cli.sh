#!/usr/bin/env bash
# An ingest killed with SIGKILL at 20 points of its run, then run to the
# end, leaves exactly the events one clean run stores: nothing lost, nothing
# doubled. The kill points are spread over the stories stored.
# Usage: store_kill_cli.sh ACTA SHARED
source "$(dirname "$0")/check.bash" "$@"
sgm="$shared/corpora/reuters21578/reut2-000.sgm"
if [ ! -f "$sgm" ] || ! command -v sqlite3 >/dev/null; then
  echo "skipping: no $sgm, or no sqlite3 (make deps installs it)"
  exit 77
fi
# What a store holds, in an order that does not depend on row ids.
contents() {
  sqlite3 "$1" "SELECT s.id, s.content_hash, e.sentence_index, e.source, e.target, e.cameo,
                       e.event_date, (SELECT count(*) FROM mentions m WHERE m.event_id = e.id)
                FROM stories s LEFT JOIN events e ON e.story_id = s.id
                ORDER BY 1, 3, 4, 5, 6"
}
if [ -n "${ACTA_SANITIZED:-}" ]; then
  echo "skipping under the sanitizers: 22 ingests of 1,000 stories take minutes there"
  exit 77
fi

"$acta" -q ingest --batch 20 --store "$tmp/clean.db" "$sgm" 2>/dev/null
check "the clean run exits 0 or 5 (stories without text)" test $? -eq 0 -o $? -eq 5
contents "$tmp/clean.db" >"$tmp/clean.txt"
check "the clean run stored events" test "$(sqlite3 "$tmp/clean.db" "SELECT count(*) FROM events")" -gt 100

total=$(sqlite3 "$tmp/clean.db" "SELECT count(*) FROM stories")
killed=0
for k in $(seq 1 20); do
  "$acta" -q ingest --batch 20 --store "$tmp/killed.db" "$sgm" 2>/dev/null &
  pid=$!
  # The k-th of 20 points: once the store holds k/21 of the stories, and a
  # few milliseconds more, so that some kills fall inside a transaction.
  want=$((total * k / 21))
  while kill -0 "$pid" 2>/dev/null; do
    have=$(sqlite3 "$tmp/killed.db" "SELECT count(*) FROM stories" 2>/dev/null || echo 0)
    [ "${have:-0}" -ge "$want" ] && break
    sleep 0.02
  done
  sleep "0.0$((k % 7))"
  if kill -9 "$pid" 2>/dev/null; then killed=$((killed + 1)); fi
  wait "$pid" 2>/dev/null
  check "kill $k: the store is consistent" test \
    "$(sqlite3 "$tmp/killed.db" "PRAGMA integrity_check" 2>&1)" = ok
done
echo "$killed of 20 runs were killed before they ended"
check "at least 15 of the 20 runs were killed mid-run ($killed)" test "$killed" -ge 15
"$acta" -q ingest --batch 20 --store "$tmp/killed.db" "$sgm" 2>/dev/null
contents "$tmp/killed.db" >"$tmp/killed.txt"
check "after the kills and one more run: exactly the clean run's stories, events and mentions" \
  cmp -s "$tmp/clean.txt" "$tmp/killed.txt"

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
