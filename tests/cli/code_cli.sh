#!/usr/bin/env bash
# Command-line behaviour of `acta code` and `acta explain` with the Phoenix
# dictionaries on Reuters-21578: the summary's counts, JSON Lines and TSV
# output, -o, bad --dict arguments and a traced sentence.
# Usage: code_cli.sh ACTA SHARED. Codes all 22 .sgm files (about 10 s on two
# idle cores; two of them when ACTA_SANITIZED=1); exits 77 (skipped) when SHARED lacks the corpus or the
# dictionaries.
source "$(dirname "$0")/check.bash" "$@"

# Bad --dict arguments need no shared data.
"$acta" code --dict "petrarch:$tmp/missing.ini" examples/story.txt >"$tmp/out" 2>"$tmp/err"
check "missing dictionary exit 4" test $? -eq 4
check "missing dictionary named" grep -q "acta code: not found: .*missing.ini" "$tmp/err"
check "nothing coded without dictionaries" test ! -s "$tmp/out"
"$acta" code --dict words.txt examples/story.txt >/dev/null 2>"$tmp/err"
check "unknown dictionary kind exit 2" test $? -eq 2
check "unknown dictionary kind explained" \
  grep -q "expected tabari:FILE.project, petrarch:FILE.ini or acta:PATH" "$tmp/err"
"$acta" explain "Iran met Iraq." --date 1987-03-01 --dict "petrarch:$tmp/missing.ini" \
  >/dev/null 2>"$tmp/err"
check "explain: missing dictionary exit 4" test $? -eq 4

reuters=$shared/corpora/reuters21578
ini=$shared/dictionaries/phoenix/PETR_config.ini
if [ ! -f "$reuters/reut2-000.sgm" ] || [ ! -f "$ini" ]; then
  echo "$passed passed, $failed failed; skipping the rest: $reuters or $ini not found"
  [ "$failed" -eq 0 ] && exit 77
  exit 1
fi

files=("$reuters"/reut2-*.sgm)
# Under the sanitizers every run is several times slower: code two files
# there (one holds the empty story), the whole corpus in the release tests.
full=1
if [ "${ACTA_SANITIZED:-0}" = 1 ]; then
  files=("$reuters/reut2-000.sgm" "$reuters/reut2-012.sgm")
  full=0
fi
# Counted apart from acta: <REUTERS> elements, and those whose <TEXT> holds
# nothing but character references and blanks (NEWID 12793 in reut2-012.sgm).
stories=$(cat "${files[@]}" | grep -c '<REUTERS ')
empty=$(python3 -c '
import re, sys
n = 0
for name in sys.argv[1:]:
    data = open(name, encoding="latin-1").read()
    for text in re.findall(r"<TEXT[^>]*>(.*?)</TEXT>", data, re.S):
        if not re.sub(r"<[^>]*>|&#[0-9]+;|\s", "", text):
            n += 1
print(n)
' "${files[@]}")

"$acta" code --dict "petrarch:$ini" "${files[@]}" -o "$tmp/events.jsonl" >"$tmp/out" 2>"$tmp/err"
code=$?
if [ "$full" = 1 ]; then
  check "independent counts: 21578 stories, 1 empty" test "$stories $empty" = "21578 1"
else
  check "independent counts: 2000 stories, 1 empty" test "$stories $empty" = "2000 1"
fi
# The empty story is rejected, which makes the run a partial success.
check "code exit 5" test $code -eq 5
check "the empty story reported" \
  grep -q "reut2-012.sgm:25983: story reuters-12793: story has no text" "$tmp/err"
summary="acta code: stories read $stories, coded $((stories - empty)), rejected $empty (no text: $empty);"
check "every story read" grep -q "$summary" "$tmp/err"
check "-o leaves stdout empty" test ! -s "$tmp/out"
events=$(sed -n 's/^acta code: \([0-9]*\) events.*$/\1/p' "$tmp/err")
check "summary counts events" test -n "$events"
check "-o writes one line per event" test "$(wc -l <"$tmp/events.jsonl")" = "${events:-x}"
check "some events found" test "${events:-0}" -gt 0
check "JSON Lines" python3 -c '
import json, re, sys
n = 0
for line in open(sys.argv[1], encoding="utf-8"):
    e = json.loads(line)
    assert re.fullmatch(r"reuters-[0-9]+", e["story_id"]), e["story_id"]
    assert re.fullmatch(r"1987-[0-9]{2}-[0-9]{2}", e["date"]), e["date"]
    assert re.fullmatch(r"[0-9]{2,4}", e["cameo"]), e["cameo"]
    assert isinstance(e["sentence_index"], int) and e["sentence_index"] >= 0
    assert e["source"]["code"] and e["target"]["code"], line
    assert e["verb"]["text"] and e["verb"]["text"] in e["sentence"], line
    assert "verb" in e["matched"], line
    n += 1
assert n > 0
' "$tmp/events.jsonl"

one=$reuters/reut2-000.sgm
"$acta" -q code --dict "petrarch:$ini" --format tsv "$one" >"$tmp/events.tsv"
check "tsv exit 0" test $? -eq 0
check "tsv has events" test -s "$tmp/events.tsv"
check "tsv has 11 columns" awk -F'\t' 'NF != 11 { exit 1 }' "$tmp/events.tsv"
check "tsv columns: date, codes, story" awk -F'\t' '
  $1 !~ /^1987-[0-9][0-9]-[0-9][0-9]$/ || $2 == "" || $3 == "" ||
  $4 !~ /^[0-9][0-9][0-9]?[0-9]?$/ || $5 !~ /^reuters-[0-9]+$/ || $6 == "" { exit 1 }' \
  "$tmp/events.tsv"
"$acta" -q code --dict "petrarch:$ini" "$one" >"$tmp/one.jsonl"
python3 -c '
import json, sys
for line in open(sys.argv[1], encoding="utf-8"):
    e = json.loads(line)
    text = lambda v: "" if v is None else str(v)
    print("\t".join([e["date"], e["source"]["code"], e["target"]["code"], e["cameo"],
                     e["story_id"], e["cameo_root"], text(e["goldstein"]), text(e["quad_class"]),
                     text(e["plover_event"]), text(e["plover_mode"])]))
' "$tmp/one.jsonl" >"$tmp/one.fields"
check "tsv and jsonl give the same events" cmp -s "$tmp/one.fields" <(cut -f1-5,7- "$tmp/events.tsv")
# Codebook figures, checked by hand against GDELT's Goldstein list and the
# CAMEO-to-PLOVER crosswalk: 071 Provide economic aid (no PLOVER mode).
check "codebook figures for 071" grep -qP "\t071\t.*\t07\t7.4\t2\tAID\t$" "$tmp/events.tsv"
"$acta" -q code --dict "petrarch:$ini" --format tsv "$one" -o "$tmp/one.tsv"
check "-o writes what stdout gets" cmp -s "$tmp/events.tsv" "$tmp/one.tsv"
"$acta" -q code --dict "petrarch:$ini" --format tsv -j 1 "$one" >"$tmp/j1.tsv"
"$acta" -q code --dict "petrarch:$ini" --format tsv -j 3 "$one" >"$tmp/j3.tsv"
check "-j 1 and -j 3 write the same events in order" cmp -s "$tmp/j1.tsv" "$tmp/j3.tsv"

# Story NEWID 348 (reut2-000.sgm, 2-MAR-1987): Provide economic aid (071).
"$acta" explain "The United States and a group of other industrial nations on Thursday granted \
Argentina a 500 mln dlr bridge loan." --date 1987-03-02 --dict "petrarch:$ini" >"$tmp/explain"
check "explain exit 0" test $? -eq 0
check "explain prints the event" grep -qx "event: USA ARG 071" "$tmp/explain"
"$acta" explain "Iran met Iraq." --date 1987-02-30 --dict "petrarch:$ini" >/dev/null 2>"$tmp/err"
check "explain: bad date exit 2" test $? -eq 2

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
