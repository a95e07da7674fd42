#!/usr/bin/env bash
# `make bench`: measures acta's analysis stages, the whole analysis pipeline,
# event coding with the Phoenix and acta's own dictionaries and the
# story-level pass on the shared corpora (one thread) and prints them with the
# accuracy figures they were measured beside.
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
"$bin/acta" eval conll "$shared/corpora/conll2003/test.txt" >"$out/conll.txt"

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
print()
print("accuracy of the same models on CoNLL-2003 test.txt:")
with open(os.path.join(out, "conll.txt")) as f:
    for line in f:
        if line.startswith(("pos_accuracy", "chunk_f1", "ner_f1:")):
            print("  " + line.strip())
PY

# End to end: `acta code` on every Reuters-21578 story, one thread, JSON
# Lines out, with and without geolocation (load included), three runs each
# taken in turn; the medians and what geolocation adds.
python3 - "$bin/acta" "$shared" <<'PY'
import glob, statistics, subprocess, sys, time
acta, shared = sys.argv[1], sys.argv[2]
files = sorted(glob.glob(shared + "/corpora/reuters21578/reut2-*.sgm"))
def run(extra):
    start = time.perf_counter()
    # Exit 5: done, with the stories that have no text rejected.
    r = subprocess.run([acta, "-q", "code", "-j", "1", *extra, *files],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    if r.returncode not in (0, 5):
        sys.exit(f"acta code exited {r.returncode}")
    return time.perf_counter() - start
with_geo, without = [], []
for _ in range(3):
    with_geo.append(run([]))
    without.append(run(["--no-geo"]))
a, b = statistics.median(with_geo), statistics.median(without)
print(f"\nend to end, acta code -j 1 on Reuters-21578 (JSON Lines): {a:.2f} s with geolocation, "
      f"{b:.2f} s without (--no-geo): geolocation adds {100 * (a - b) / b:.1f}% (medians of 3)")
PY

# The event store: ingest into SQLite and PostgreSQL, a store of a million
# events, and the latency of the five commonest queries on it.
echo
bash bench/store.sh "$shared"
