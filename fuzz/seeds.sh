#!/usr/bin/env bash
# Builds the seed corpus of one fuzz target in OUT from the shared corpora,
# suites and dictionaries (SHARED, default ../shared) and acta's own data.
# Large files are cut into pieces of at most 8 KB at line ends, so every seed
# fits libFuzzer's -max_len. A target whose inputs start with a selector byte
# (which reader or entry point to use) gets seeds with that byte in front.
# Usage: fuzz/seeds.sh TARGET OUT [SHARED]
set -euo pipefail
target=$1 out=$2 shared=${3:-../shared}
here=$(cd "$(dirname "$0")/.." && pwd)
mkdir -p "$out"
if [[ ! -d $shared ]]; then
  echo "fuzz/seeds.sh: $shared is absent: $target starts from an empty corpus" >&2
  exit 0
fi
n=0
# seed PREFIX FILE...: each file cut into pieces, PREFIX (printf format) in front.
seed() {
  local prefix=$1
  shift
  local f piece
  for f in "$@"; do
    [[ -f $f ]] || continue
    local tmp
    tmp=$(mktemp -d)
    split -C 8192 -a 4 -d "$f" "$tmp/p"
    for piece in "$tmp"/p*; do
      n=$((n + 1))
      { printf "$prefix"; cat "$piece"; } >"$out/seed-$n"
      if [[ $piece == "$tmp/p0039" ]]; then break; fi  # at most 40 pieces of one file
    done
    rm -rf "$tmp"
  done
}
# lines PREFIX COUNT FILE...: the first COUNT non-blank lines, one seed each.
lines() {
  local prefix=$1 count=$2
  shift 2
  local line
  while IFS= read -r line; do
    n=$((n + 1))
    { printf "$prefix"; printf '%s' "$line"; } >"$out/seed-$n"
  done < <(cat "$@" | grep -v '^[[:space:]]*$' | head -n "$count")
}
reuters=$shared/corpora/reuters21578/reut2-000.sgm
bbc=$(find "$shared/corpora/bbc" -name '*.txt' | sort | sed -n 1,20p)
case $target in
  story_reader_fuzz)
    seed '\001' "$shared"/seed/*.txt
    seed '\003' "$reuters"
    seed '\000' $bbc
    n=$((n + 1))
    printf '\002{"id":"a1","date":"2024-03-26","text":"Iran met Iraq.","title":"t"}\n{"id":7,"date":"2024-03-26T10:00:00Z","text":"x"}\n' >"$out/seed-$n"
    ;;
  tabari_dict_fuzz)
    seed '\000' "$shared"/dictionaries/tabari/*.actors "$shared"/suites/tabari/*.actors
    seed '\001' "$shared"/dictionaries/tabari/*.agents "$shared"/suites/tabari/*.agents
    seed '\002' "$shared"/dictionaries/tabari/*.verbs "$shared"/suites/tabari/*.verbs
    seed '\003' "$shared"/dictionaries/tabari/*.options "$shared"/suites/tabari/*.options
    ;;
  petrarch_dict_fuzz)
    seed '' "$shared"/dictionaries/phoenix/*.txt "$shared"/dictionaries/phoenix/*.ini \
      "$shared"/suites/petrarch/*.txt
    ;;
  acta_dict_fuzz)
    seed '' $(find "$here/data/dictionaries" -name '*.txt' | sort)
    ;;
  suite_fuzz)
    seed '\000' "$shared"/suites/tabari/*.text
    seed '\001' "$shared"/suites/petrarch/*.xml
    ;;
  dates_fuzz)
    lines '\000' 400 "$shared"/seed/*.txt $bbc
    ;;
  explain_fuzz)
    lines '2024-03-26\n' 300 "$shared"/seed/*.txt $bbc
    ;;
  analyzer_fuzz | coder_fuzz)
    seed '' "$shared"/seed/*.txt $bbc
    lines '' 200 "$shared"/corpora/conll2003/valid.txt
    ;;
  model_fuzz)
    for m in "$here"/data/models/*.model; do
      n=$((n + 1))
      head -c 60000 "$m" >"$out/seed-$n"
    done
    ;;
  *)
    echo "fuzz/seeds.sh: no seeds for $target" >&2
    ;;
esac
echo "fuzz/seeds.sh: $n seeds for $target in $out" >&2
