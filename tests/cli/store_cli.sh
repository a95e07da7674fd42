#!/usr/bin/env bash
# `acta ingest` into a SQLite store: the example story's events stored once,
# a second run adding nothing, and a Reuters file stored with every event
# `acta code` gives it.
# Usage: store_cli.sh ACTA SHARED
source "$(dirname "$0")/check.bash" "$@"
seed=$(ls "$shared"/seed/*.txt 2>/dev/null | head -1)
if [ -z "$seed" ] || ! command -v sqlite3 >/dev/null; then
  echo "skipping: no story in $shared/seed, or no sqlite3 (make deps installs it)"
  exit 77
fi
db="$tmp/acta.db"
count() { sqlite3 "$db" "SELECT count(*) FROM $1"; }

"$acta" ingest --store "$db" "$seed" 2>"$tmp/err1"
check "ingest exits 0" test $? -eq 0
check "it says what it added" grep -q "1 stories added, 0 unchanged, 0 replaced" "$tmp/err1"
"$acta" -q code "$seed" >"$tmp/seed.jsonl"
events=$(wc -l <"$tmp/seed.jsonl")
check "the store holds the story's $events events" test "$(count events)" -eq "$events"
check "and their mentions" test "$(count mentions)" -eq \
  "$(python3 -c 'import json,sys; print(sum(len(json.loads(l)["mentions"]) for l in open(sys.argv[1])))' "$tmp/seed.jsonl")"
check "the visit, located in Tehran" test \
  "$(sqlite3 "$db" "SELECT source || ' ' || target || ' ' || cameo || ' ' || geo_name FROM events WHERE cameo = '036'")" \
  = "PSEREBHMS IRNGOV 036 Tehran"
check "schema version 2" test "$(sqlite3 "$db" "SELECT value FROM meta WHERE key = 'schema_version'")" = 2
check "the sentences that told events, with their offsets" test \
  "$(sqlite3 "$db" "SELECT count(*) FROM sentences s JOIN stories t ON t.id = s.story_id
                    WHERE s.end_byte > s.begin_byte")" -ge "$events"
check "the 32,000 casualties, in the Gaza Strip" test \
  "$(sqlite3 "$db" "SELECT type || ' ' || count || ' ' || geo_name FROM quantities")" \
  = "casualties 32000 Gaza Strip"
check "each event's source and target" test "$(count actors)" -eq $((2 * events))
check "write-ahead log" test "$(sqlite3 "$db" "PRAGMA journal_mode")" = wal

"$acta" ingest --store "$db" "$seed" 2>"$tmp/err2"
check "again: nothing added" grep -q "0 stories added, 1 unchanged, 0 replaced" "$tmp/err2"
check "again: still $events events" test "$(count events)" -eq "$events"

# Every story of a Reuters file, in batches of 50 (not under the sanitizers,
# where coding it takes long; the release tree does it).
sgm="$shared/corpora/reuters21578/reut2-000.sgm"
[ -n "${ACTA_SANITIZED:-}" ] && sgm=/nonexistent
if [ -f "$sgm" ]; then
  "$acta" -q code "$sgm" >"$tmp/r.jsonl" 2>/dev/null
  "$acta" ingest --batch 50 --store "$tmp/r.db" "$sgm" 2>"$tmp/err3"
  check "Reuters: the store holds every event acta code gives ($(wc -l <"$tmp/r.jsonl"))" test \
    "$(sqlite3 "$tmp/r.db" "SELECT count(*) FROM events")" -eq "$(wc -l <"$tmp/r.jsonl")"
  "$acta" ingest --batch 50 --store "$tmp/r.db" "$sgm" 2>"$tmp/err4"
  check "Reuters again: 0 stories added" grep -q " 0 stories added" "$tmp/err4"
fi

# Readers are not blocked by an ingest: queries made while an ingest of a
# Reuters file holds its write transaction (one batch of all its stories)
# answer, from what was committed before it.
if [ -f "$sgm" ]; then
  cp "$db" "$tmp/busy.db"
  "$acta" -q ingest --batch 5000 --store "$tmp/busy.db" "$sgm" 2>/dev/null &
  pid=$!
  answered=0 while_busy=0
  for _ in $(seq 1 40); do
    if "$acta" query --store "$tmp/busy.db" --format csv >"$tmp/busy.csv" 2>/dev/null; then
      answered=$((answered + 1))
      # Still running after the query answered: the query did not wait for it.
      if kill -0 "$pid" 2>/dev/null &&
        [ "$(tail -n +2 "$tmp/busy.csv" | wc -l)" -eq "$events" ]; then
        while_busy=$((while_busy + 1))
      fi
    fi
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.05
  done
  wait "$pid"
  check "queries during an ingest answer ($answered answered)" test "$answered" -gt 0
  check "  while the ingest is still writing, with the events committed before it ($while_busy)" \
    test "$while_busy" -gt 0
fi

# Every Reuters-21578 story, then again: the second run adds nothing.
corpus=("$shared"/corpora/reuters21578/reut2-*.sgm)
if [ -f "${corpus[0]}" ] && [ -z "${ACTA_SANITIZED:-}" ]; then
  "$acta" -q code "${corpus[@]}" 2>/dev/null | wc -l >"$tmp/all.n"
  "$acta" ingest --store "$tmp/all.db" "${corpus[@]}" 2>"$tmp/all1"
  check "all of Reuters: the store holds every event acta code gives ($(cat "$tmp/all.n"))" test \
    "$(sqlite3 "$tmp/all.db" "SELECT count(*) FROM events")" -eq "$(cat "$tmp/all.n")"
  check "all of Reuters: 21578 stories read, 1 without text rejected, 21577 stored" \
    grep -q "stories read 21578, coded 21577, rejected 1" "$tmp/all1"
  before=$(sqlite3 "$tmp/all.db" "SELECT count(*) || ' ' || (SELECT count(*) FROM mentions) || ' ' ||
                                  (SELECT count(*) FROM merged_events) FROM events")
  "$acta" ingest --store "$tmp/all.db" "${corpus[@]}" 2>"$tmp/all2"
  check "all of Reuters again: 0 stories added, 21577 unchanged, 0 replaced" \
    grep -q " 0 stories added, 21577 unchanged, 0 replaced" "$tmp/all2"
  check "all of Reuters again: the same events, mentions and merged events ($before)" test \
    "$(sqlite3 "$tmp/all.db" "SELECT count(*) || ' ' || (SELECT count(*) FROM mentions) || ' ' ||
                              (SELECT count(*) FROM merged_events) FROM events")" = "$before"
  grep -h "acta ingest: .* stories added" "$tmp/all1" "$tmp/all2"
fi

# The same on the PostgreSQL server ctest started (tests/store/pg_server.sh),
# in a database of this test's own.
url=$(cat "${ACTA_TEST_POSTGRES_FILE:-/nonexistent}" 2>/dev/null || true)
if [ -n "$url" ] && command -v psql >/dev/null; then
  name="acta_cli_$$"
  PGOPTIONS="-c client_min_messages=warning" psql -q "$url" -c "DROP DATABASE IF EXISTS $name" -c "CREATE DATABASE $name"
  pg="${url%/*}/$name"
  "$acta" ingest --store "$pg" "$seed" 2>"$tmp/pg1"
  check "PostgreSQL: ingest exits 0" test $? -eq 0
  check "PostgreSQL: it says what it added" grep -q "1 stories added, 0 unchanged" "$tmp/pg1"
  check "PostgreSQL: the same $events events" test \
    "$(psql -At "$pg" -c "SELECT count(*) FROM events")" -eq "$events"
  check "PostgreSQL: the same rows as SQLite" test \
    "$(psql -At "$pg" -c "SELECT source, target, cameo, geo_name FROM events ORDER BY id")" \
    = "$(sqlite3 -separator '|' "$db" "SELECT source, target, cameo, geo_name FROM events ORDER BY id")"
  "$acta" ingest --store "$pg" "$seed" 2>"$tmp/pg2"
  check "PostgreSQL again: nothing added" grep -q "0 stories added, 1 unchanged" "$tmp/pg2"
  psql -q "$url" -c "DROP DATABASE $name"
else
  echo "note: no PostgreSQL server for this run (ctest starts one); its checks are left out"
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
