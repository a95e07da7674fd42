#!/usr/bin/env bash
# End to end (part of `make bench`): `acta code` (JSON Lines out,
# geolocation and the story-level pass on) on the Reuters-21578 and BBC
# corpora with acta's own dictionaries and with Phoenix's, at -j 1 and -j 2;
# the scaling curve over 1x, 4x and 16x the Reuters corpus; one short story
# from start to end; what geolocation adds; and the accuracy figures of the
# same build beside them.
# Each run is timed whole (loading included); rows are medians of RUNS runs
# (default 3). Usage: bench/e2e.sh [SHARED]
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${1:-${SHARED:-../shared}}
if [ ! -d "$shared/corpora/reuters21578" ]; then
  echo "bench: no corpora in $shared; end to end is not measured" >&2
  exit 0
fi
python3 - build/release/acta "$shared" "${RUNS:-3}" <<'PY'
import glob, os, re, statistics, subprocess, sys, tempfile, time
acta, shared, runs = sys.argv[1], sys.argv[2], int(sys.argv[3])
reuters = sorted(glob.glob(shared + "/corpora/reuters21578/reut2-*.sgm"))
bbc = [shared + "/corpora/bbc"]
phoenix = shared + "/dictionaries/phoenix/PETR_config.ini"

def run(args):
    """One run: wall seconds, seconds to the first event, peak RSS MB, sentences, events."""
    errors = tempfile.TemporaryFile()
    start = time.perf_counter()
    p = subprocess.Popen([acta, "code", *args], stdout=subprocess.PIPE, stderr=errors)
    first = None
    while True:
        chunk = os.read(p.stdout.fileno(), 1 << 20)
        if not chunk:
            break
        if first is None:
            first = time.perf_counter() - start
    errors.seek(0)
    err = errors.read().decode(errors="replace")
    _, status, usage = os.wait4(p.pid, 0)
    wall = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 5):  # 5: done, with some stories rejected (no text)
        sys.exit(f"acta code {' '.join(args[:4])} ... exited {code}: {err[-300:]}")
    sentences = int(re.search(r"(\d+) sentences in", err).group(1))
    events = int(re.search(r"acta code: (\d+) events", err).group(1))
    return wall, first or wall, usage.ru_maxrss / 1024, sentences, events

def measure(args):
    results = [run(args) for _ in range(runs)]
    med = lambda i: statistics.median(r[i] for r in results)
    return med(0), med(1), max(r[2] for r in results), results[0][3], results[0][4]

def size_mb(paths):
    total = 0
    for p in paths:
        if os.path.isdir(p):
            for root, _, files in os.walk(p):
                total += sum(os.path.getsize(os.path.join(root, f)) for f in files)
        else:
            total += os.path.getsize(p)
    return total / 1e6

print("| corpus | dictionaries | -j | sentences | events | wall s | sentences/s | MB/s | events/s "
      "| first event s | peak RSS MB |")
print("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |")
speed = {}
for corpus, inputs, extra in (("reuters", reuters, []),
                              ("bbc", bbc, ["--default-date", "2005-06-01"])):
    for dicts, dict_args in (("acta", []), ("phoenix", ["--dict", "petrarch:" + phoenix])):
        if dicts == "phoenix" and not os.path.exists(phoenix):
            continue
        for j in (1, 2):
            wall, first, rss, sentences, events = measure(["-j", str(j), *dict_args, *extra, *inputs])
            speed[(corpus, dicts, j)] = sentences / wall
            print(f"| {corpus} | {dicts} | {j} | {sentences} | {events} | {wall:.2f} | "
                  f"{sentences / wall:,.0f} | {size_mb(inputs) / wall:.1f} | {events / wall:,.0f} | "
                  f"{first:.2f} | {rss:.0f} |")
for corpus in ("reuters", "bbc"):
    for dicts in ("acta", "phoenix"):
        if (corpus, dicts, 2) in speed:
            print(f"{corpus}, {dicts}: -j 2 is {speed[(corpus, dicts, 2)] / speed[(corpus, dicts, 1)]:.2f}x -j 1")

# What geolocation adds (the gazetteer's load included), -j 1.
geo = measure(["-j", "1", *reuters])[0]
no_geo = measure(["-j", "1", "--no-geo", *reuters])[0]
print(f"\nReuters, acta, -j 1: {geo:.2f} s with geolocation, {no_geo:.2f} s without (--no-geo): "
      f"geolocation adds {100 * (geo - no_geo) / no_geo:.1f}%")

print("\nscaling (Reuters repeated, acta's dictionaries, -j 2):")
print("| input | sentences | wall s | sentences/s | peak RSS MB |")
print("| --- | --- | --- | --- | --- |")
for times in (1, 4, 16):
    wall, first, rss, sentences, events = measure(["-j", "2", *(reuters * times)])
    print(f"| {times}x | {sentences} | {wall:.2f} | {sentences / wall:,.0f} | {rss:.0f} |")

seed = sorted(glob.glob(shared + "/seed/*.txt"))
if seed:
    wall, first, rss, sentences, events = measure(seed[:1])
    print(f"\none short story ({os.path.basename(seed[0])}, {events} events): {wall:.2f} s wall, "
          f"peak RSS {rss:.0f} MB")
PY
echo
echo "accuracy of the same build:"
build/release/acta eval conll "$shared/corpora/conll2003/test.txt" | grep -E "^(pos_accuracy|chunk_f1|ner_f1):" | sed 's/^/  /'
build/release/acta eval gold tests/gold/ 2>/dev/null | tail -1 | sed 's/^/  gold events: /'
build/release/acta eval geo tests/gold/geo/places.tsv 2>/dev/null | tail -1 | sed 's/^/  geolocation: /'
if [ -f "$shared/suites/plover/PLOVER_GSR_CAMEO.txt" ]; then
  build/release/acta eval plover "$shared/suites/plover/PLOVER_GSR_CAMEO.txt" 2>/dev/null | tail -1 |
    sed 's/^/  PLOVER records: /'
fi
