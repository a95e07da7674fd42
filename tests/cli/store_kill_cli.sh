#!/usr/bin/env bash
# An ingest killed with SIGKILL at 20 points of its run, then run to the
# end, leaves exactly the stories, events, mentions and merged events one
# clean run stores: nothing lost, nothing doubled. The kill points are
# spread over the stories stored. The same at 8 points on the PostgreSQL
# server ctest starts, when there is one.
# Usage: store_kill_cli.sh ACTA SHARED
source "$(dirname "$0")/check.bash" "$@"
sgm="$shared/corpora/reuters21578/reut2-000.sgm"
if [ ! -f "$sgm" ] || ! command -v sqlite3 >/dev/null; then
  echo "skipping: no $sgm, or no sqlite3 (make deps installs it)"
  exit 77
fi
if [ -n "${ACTA_SANITIZED:-}" ]; then
  echo "skipping under the sanitizers: 30 ingests of 1,000 stories take minutes there"
  exit 77
fi

# sql STORE QUERY: rows as "a|b|c" lines, from either kind of store.
sql() {
  if [[ "$1" == postgresql://* ]]; then psql -At "$1" -c "$2" 2>/dev/null; else sqlite3 "$1" "$2" 2>/dev/null; fi
}
# What a store holds, in an order that does not depend on row ids.
contents() {
  sql "$1" "SELECT s.id, s.content_hash, e.sentence_index, e.source, e.target, e.cameo,
                   e.event_date, (SELECT count(*) FROM mentions m WHERE m.event_id = e.id)
            FROM stories s LEFT JOIN events e ON e.story_id = s.id
            ORDER BY 1, 3, 4, 5, 6"
  sql "$1" "SELECT source, target, cameo, first_date, last_date, num_mentions, num_sources,
                   num_articles FROM merged_events ORDER BY 1, 2, 3, 4, 5, 6, 7, 8"
}

# kills KIND CLEAN KILLED POINTS: the test of one kind of store.
kills() {
  local kind=$1 clean=$2 store=$3 points=$4
  "$acta" -q ingest --batch 20 --store "$clean" "$sgm" 2>/dev/null
  check "$kind: the clean run exits 0 or 5 (stories without text)" test $? -eq 0 -o $? -eq 5
  contents "$clean" >"$tmp/clean.$kind"
  check "$kind: the clean run stored events and merged them" test \
    "$(sql "$clean" "SELECT count(*) FROM events")" -gt 100 -a \
    "$(sql "$clean" "SELECT count(*) FROM merged_events")" -gt 100
  local total killed=0 k pid want have
  total=$(sql "$clean" "SELECT count(*) FROM stories")
  for k in $(seq 1 "$points"); do
    "$acta" -q ingest --batch 20 --store "$store" "$sgm" 2>/dev/null &
    pid=$!
    # The k-th point: once the store holds k/(points+1) of the stories,
    # and a few milliseconds more, so that some kills fall inside a
    # transaction.
    want=$((total * k / (points + 1)))
    while kill -0 "$pid" 2>/dev/null; do
      have=$(sql "$store" "SELECT count(*) FROM stories" || echo 0)
      [ "${have:-0}" -ge "$want" ] && break
      sleep 0.02
    done
    sleep "0.0$((k % 7))"
    if kill -9 "$pid" 2>/dev/null; then killed=$((killed + 1)); fi
    wait "$pid" 2>/dev/null
    if [ "$kind" = SQLite ]; then
      check "$kind: kill $k: the store is consistent" test \
        "$(sqlite3 "$store" "PRAGMA integrity_check" 2>&1)" = ok
    fi
  done
  echo "$kind: $killed of $points runs were killed before they ended"
  check "$kind: at least 3/4 of the $points runs were killed mid-run ($killed)" \
    test $((4 * killed)) -ge $((3 * points))
  "$acta" -q ingest --batch 20 --store "$store" "$sgm" 2>/dev/null
  contents "$store" >"$tmp/killed.$kind"
  check "$kind: after the kills and one more run: exactly the clean run's stories, events, mentions and merged events" \
    cmp -s "$tmp/clean.$kind" "$tmp/killed.$kind"
}

kills SQLite "$tmp/clean.db" "$tmp/killed.db" 20

url=$(cat "${ACTA_TEST_POSTGRES_FILE:-/nonexistent}" 2>/dev/null || true)
if [ -n "$url" ] && command -v psql >/dev/null; then
  export PGOPTIONS="-c client_min_messages=warning"
  for db in clean killed; do
    psql -q "$url" -c "DROP DATABASE IF EXISTS acta_kill_${db}_$$" -c "CREATE DATABASE acta_kill_${db}_$$"
  done
  kills PostgreSQL "${url%/*}/acta_kill_clean_$$" "${url%/*}/acta_kill_killed_$$" 8
  for db in clean killed; do psql -q "$url" -c "DROP DATABASE acta_kill_${db}_$$"; done
else
  echo "note: no PostgreSQL server for this run (ctest starts one); SQLite only"
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
