#!/usr/bin/env bash
# The event store's benchmark (part of `make bench`): ingest throughput of
# every Reuters-21578 story into SQLite and into PostgreSQL (coding
# included), then a store of more than a million events, its size per
# million events, the time to merge it, and the latency of the five
# commonest queries on it (build/release/store_bench).
# The big store is the Reuters store's stories that have events, stored
# again and again with their dates moved on by four weeks each time (so
# that weekdays, which dates in the text resolve against, stay the same);
# the copies' JSON records are the originals'. It is kept in
# build/bench/store-1m.db for later runs.
# Usage: bench/store.sh [SHARED]
set -euo pipefail
cd "$(dirname "$0")/.."
bin=build/release
shared=${1:-${SHARED:-../shared}}
corpus=("$shared"/corpora/reuters21578/reut2-*.sgm)
if [ ! -f "${corpus[0]}" ]; then
  echo "bench: no Reuters-21578 in $shared; the store is not measured" >&2
  exit 0
fi
work=build/bench
mkdir -p "$work"
now() { date +%s.%N; }
secs() { python3 -c "import sys; print(f'{float(sys.argv[2]) - float(sys.argv[1]):.2f}')" "$1" "$2"; }

# Ingest into SQLite: coding and storing, all cores.
rm -f "$work"/reuters.db*
t0=$(now)
"$bin/acta" -q ingest --store "$work/reuters.db" "${corpus[@]}" 2>/dev/null || true
t1=$(now)
stories=$(sqlite3 "$work/reuters.db" "SELECT count(*) FROM stories")
events=$(sqlite3 "$work/reuters.db" "SELECT count(*) FROM events")
sqlite_s=$(secs "$t0" "$t1")
echo "ingest, SQLite: $stories stories ($events events) in $sqlite_s s:" \
  "$(python3 -c "print(round($stories / $sqlite_s))") stories/s"

# The same coding, written to /dev/null: what storing adds.
t0=$(now)
"$bin/acta" -q code "${corpus[@]}" >/dev/null 2>&1 || true
t1=$(now)
echo "  acta code alone (the same stories, JSON Lines to /dev/null): $(secs "$t0" "$t1") s"

# Ingest into PostgreSQL, on a server of the benchmark's own.
if bash tests/store/pg_server.sh start "$work/postgres" >"$work/pg.url" 2>"$work/pg.err"; then
  url=$(cat "$work/postgres/url")
  t0=$(now)
  "$bin/acta" -q ingest --store "$url" "${corpus[@]}" 2>/dev/null || true
  t1=$(now)
  pg_s=$(secs "$t0" "$t1")
  echo "ingest, PostgreSQL 15: $(psql -At "$url" -c "SELECT count(*) FROM stories") stories in" \
    "$pg_s s: $(python3 -c "print(round($stories / $pg_s))") stories/s"
  bash tests/store/pg_server.sh stop "$work/postgres"
else
  echo "ingest, PostgreSQL: not measured ($(tail -1 "$work/pg.err"))"
fi

# A store of more than a million events.
big="$work/store-1m.db"
if [ ! -f "$big" ] || [ "$(sqlite3 "$big" "SELECT count(*) FROM events")" -lt 1000000 ]; then
  rm -f "$big"*
  cp "$work/reuters.db" "$big"
  copies=$(((1000000 + events - 1) / events - 1))
  t0=$(now)
  sqlite3 "$big" >/dev/null <<SQL
PRAGMA journal_mode = WAL;
PRAGMA synchronous = NORMAL;
DELETE FROM event_merges;
DELETE FROM merged_events;
CREATE TEMP TABLE k (n INTEGER);
WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM c WHERE n < $copies)
  INSERT INTO k SELECT n FROM c;
CREATE TEMP TABLE told AS SELECT s.* FROM stories s WHERE s.id IN (SELECT story_id FROM events);
CREATE TEMP TABLE e0 AS SELECT * FROM events;
CREATE TEMP TABLE r0 AS SELECT * FROM records;
CREATE TEMP TABLE m0 AS SELECT * FROM mentions;
CREATE TEMP TABLE a0 AS SELECT * FROM actors;
CREATE TEMP TABLE p0 AS SELECT * FROM places;
CREATE TEMP TABLE s0 AS SELECT * FROM sentences;
CREATE TEMP TABLE q0 AS SELECT q.* FROM quantities q WHERE q.story_id IN (SELECT id FROM told);
CREATE TEMP TABLE top AS SELECT max(id) AS m FROM events;
BEGIN;
INSERT INTO stories SELECT t.id || '~' || k.n, date(t.date, '+' || (28 * k.n) || ' days'),
  t.source, t.url, t.title, t.content_hash FROM told t, k;
INSERT INTO sentences (story_id, sentence_index, begin_byte, end_byte, text)
  SELECT s.story_id || '~' || k.n, s.sentence_index, s.begin_byte, s.end_byte, s.text FROM s0 s, k;
INSERT INTO events SELECT e.id + k.n * top.m, e.story_id || '~' || k.n, e.sentence_index,
  date(e.event_date, '+' || (28 * k.n) || ' days'), e.date_precision, e.source, e.target, e.cameo,
  e.cameo_root, e.quad_class, e.goldstein, e.plover_event, e.modality, e.confidence, e.geo_name,
  e.geo_country, e.geo_lat, e.geo_lon, e.sentence FROM e0 e, k, top;
INSERT INTO records SELECT r.event_id + k.n * top.m, r.record FROM r0 r, k, top;
INSERT INTO mentions SELECT m.event_id + k.n * top.m, m.story_id || '~' || k.n, m.sentence_index,
  m.verb_begin, m.verb_end, m.cameo, m.modality, m.confidence FROM m0 m, k, top;
INSERT INTO actors SELECT a.event_id + k.n * top.m, a.role, a.code, a.country, a.text,
  a.begin_byte, a.end_byte FROM a0 a, k, top;
INSERT INTO places SELECT p.event_id + k.n * top.m, p.role, p.name, p.type, p.country, p.adm1,
  p.lat, p.lon, p.geonames_id, p.begin_byte, p.end_byte, p.inferred FROM p0 p, k, top;
INSERT INTO quantities SELECT q.story_id || '~' || k.n, q.sentence_index, q.type, q.count,
  q.qualifier, q.of_code, q.text, q.begin_byte, q.end_byte, q.geo_name, q.geo_country, q.geo_lat,
  q.geo_lon, q.attached FROM q0 q, k;
COMMIT;
ANALYZE;
SQL
  t1=$(now)
  echo "a store of $(sqlite3 "$big" "SELECT count(*) FROM events") events made in $(secs "$t0" "$t1") s" \
    "($copies more copies of the Reuters events, four weeks apart)"
  t0=$(now)
  "$bin/acta" -q dedup --store "$big"
  t1=$(now)
  echo "acta dedup on it: $(secs "$t0" "$t1") s"
  sqlite3 "$big" "PRAGMA wal_checkpoint(TRUNCATE)" >/dev/null
fi
n=$(sqlite3 "$big" "SELECT count(*) FROM events")
m=$(sqlite3 "$big" "SELECT count(*) FROM merged_events")
size=$(stat -c %s "$big")
echo "store: $n events ($m merged), $(python3 -c "print(f'{$size / 1e6:.0f}')") MB:" \
  "$(python3 -c "print(f'{$size / 1e6 / ($n / 1e6):.0f}')") MB per million events"

ACTA_BENCH_STORE="$big" "$bin/store_bench" --benchmark_format=json >"$work/store_bench.json"
python3 - "$work/store_bench.json" <<'PY'
import json, sys
rows = {}
for b in json.load(open(sys.argv[1]))["benchmarks"]:
    name = b["run_name"].split("/")[1]  # Ask/QueryMonth/...
    rows.setdefault(name, {})[b.get("aggregate_name", "")] = b
print("| query (1M-event store, merged events) | rows | mean ms | p95 ms | target |")
print("| --- | --- | --- | --- | --- |")
for name, agg in rows.items():
    mean, p95 = agg["mean"], agg["p95"]
    print(f"| {name} | {mean.get('rows', 0):.0f} | {mean['real_time']:.1f} | "
          f"{p95['real_time']:.1f} | {'met' if p95['real_time'] < 200 else 'MISSED'} (< 200 ms) |")
PY
