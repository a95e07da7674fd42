#!/usr/bin/env bash
# `make bench`: measures acta's analysis stages, the whole analysis pipeline,
# event coding with the Phoenix and acta's own dictionaries and the
# story-level pass on the shared corpora (one thread); then `acta code` end
# to end (bench/e2e.sh) with the accuracy figures it was measured beside,
# and the event store (bench/store.sh). docs/performance.md shows a run.
# Needs ../shared; says so and stops when it is absent.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=build/release
shared=${SHARED:-../shared}
if [ ! -d "$shared/corpora" ]; then
  echo "bench: $shared/corpora not found; nothing to measure" >&2
  exit 0
fi
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

"$bin/segment_bench" --benchmark_format=json --benchmark_out="$out/segment.json" \
  --benchmark_out_format=json >/dev/null
"$bin/analysis_bench" --benchmark_format=json --benchmark_out="$out/analysis.json" \
  --benchmark_out_format=json >/dev/null
"$bin/code_bench" --benchmark_format=json --benchmark_out="$out/code.json" \
  --benchmark_out_format=json >/dev/null
"$bin/geo_bench" --benchmark_format=json --benchmark_out="$out/geo.json" \
  --benchmark_out_format=json >/dev/null

python3 - "$out" <<'PY'
import json, sys, os
out = sys.argv[1]
rows = []
for name in ("segment", "analysis", "code", "geo"):
    with open(os.path.join(out, name + ".json")) as f:
        for b in json.load(f)["benchmarks"]:
            rows.append(b)
def fmt(v, unit=""):
    if v is None: return "-"
    if v >= 1e6: return f"{v/1e6:.2f} M{unit}"
    if v >= 1e3: return f"{v/1e3:.1f} k{unit}"
    return f"{v:.1f}{unit}"
print("| stage | corpus | sentences/s | tokens/s | events/s | MB/s | peak RSS MB | time |")
print("| --- | --- | --- | --- | --- | --- | --- | --- |")
for b in rows:
    n = b["name"].split("/")[0].replace("BM_", "")
    corpus = b.get("label", "reuters")
    mbs = b.get("MB/s", b.get("bytes_per_second", 0) / 1e6)
    print(f"| {n} | {corpus} | {fmt(b.get('sentences/s'))} | {fmt(b.get('tokens/s'))} | "
          f"{fmt(b.get('events/s'))} | "
          f"{mbs:.1f} | {b.get('peak_rss_MB', 0):.0f} | {b['real_time']:.3g} {b['time_unit']} |")
for b in rows:
    if "story_share_pct" in b:
        print(f"\nstory-level pass ({b.get('label', '')}): {b['story_share_pct']:.1f}% of coding "
              f"and pass together ({b['story_s']:.2f} s of {b['coding_s'] + b['story_s']:.2f} s)")
PY

# End to end: `acta code` on both corpora, both dictionaries, -j 1 and -j 2,
# the scaling curve, one short story, and the accuracy figures beside them.
echo
bash bench/e2e.sh "$shared"

# The event store: ingest into SQLite and PostgreSQL, a store of a million
# events, and the latency of the five commonest queries on it.
echo
bash bench/store.sh "$shared"
