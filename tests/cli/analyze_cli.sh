#!/usr/bin/env bash
# Command-line behaviour of `acta analyze` and `acta eval`: outputs, messages
# with file and line, summaries and exit codes. Usage: analyze_cli.sh ACTA SHARED
source "$(dirname "$0")/check.bash" "$@"

"$acta" --version >"$tmp/version"
check "version" grep -Eq '^acta [0-9]+\.[0-9]+\.[0-9]+$' "$tmp/version"

"$acta" analyze examples/story.txt >"$tmp/out" 2>"$tmp/err"
check "analyze exit 0" test $? -eq 0
check "analyze finds Amman as LOC" grep -q '\[LOC Amman\]' "$tmp/out"
check "analyze lemmatises met" grep -Eq '^  met +[0-9]+-[0-9]+ +VBD .* meet$' "$tmp/out"
check "summary counts" grep -q 'stories read 1, coded 1, rejected 0; 2 sentences' "$tmp/err"

"$acta" -q analyze --json examples/story.txt >"$tmp/json"
check "json is one line" test "$(wc -l <"$tmp/json")" -eq 1
check "json parses" python3 -c '
import json, sys
d = json.loads(open(sys.argv[1]).readline())
assert d["date"] == "2025-06-12", d["date"]
s = d["sentences"][0]
t = s["tokens"][0]
assert s["text"].startswith("Foreign ministers"), s["text"]
assert (t["text"], t["begin"], t["end"]) == ("Foreign", 0, 7), t
' "$tmp/json"

printf '%s\n' '{"id":"a","date":"2024-03-26","text":"Hamas leaders met in Doha."}' \
  'not json' '{"id":"c","date":"2024-02-30","text":"Bad date."}' \
  '{"id":"d","date":"2024-03-27","text":17}' >"$tmp/in.jsonl"
"$acta" analyze "$tmp/in.jsonl" >"$tmp/out" 2>"$tmp/err"
code=$?
check "partial success exit 5" test $code -eq 5
check "bad line reported with file:line" grep -q "in.jsonl:2:" "$tmp/err"
check "bad date reported with file:line" grep -q "in.jsonl:3:" "$tmp/err"
check "wrong type reported with file:line" grep -q "in.jsonl:4:" "$tmp/err"
check "every story accounted" grep -q 'stories read 4, coded 1, rejected 3' "$tmp/err"
"$acta" analyze --default-date 2024-03-01 "$tmp/in.jsonl" >/dev/null 2>"$tmp/err"
check "default date rescues the bad date" grep -q 'stories read 4, coded 2, rejected 2' "$tmp/err"

"$acta" analyze "$tmp/missing.txt" >/dev/null 2>"$tmp/err"
check "missing input exit 3" test $? -eq 3
"$acta" analyze --input-format xml examples/story.txt >/dev/null 2>&1
check "bad format name exit 2" test $? -eq 2
printf 'date 2024-03-26\nStdin story about Gaza.\n' | "$acta" analyze - >"$tmp/out" 2>/dev/null
check "stdin" grep -q '\[LOC Gaza\]' "$tmp/out"

if [ -f "$shared/corpora/conll2003/test.txt" ]; then
  "$acta" eval conll "$shared/corpora/conll2003/test.txt" >"$tmp/eval"
  check "eval prints pos_accuracy" grep -Eq '^pos_accuracy: 0\.[0-9]{4}$' "$tmp/eval"
  check "eval prints chunk_f1" grep -Eq '^chunk_f1: 0\.[0-9]{4}$' "$tmp/eval"
  check "eval prints ner_f1" grep -Eq '^ner_f1: 0\.[0-9]{4}$' "$tmp/eval"
  "$acta" eval conll "$shared/corpora/conll2003/test.txt" --predictions "$tmp/pred" >/dev/null
  check "predictions: one line per token" test "$(grep -c . "$tmp/pred")" -eq 46435
  check "predictions: seven columns" awk 'NF != 0 && NF != 7 { exit 1 }' "$tmp/pred"
  "$acta" eval conll --given-pos "$shared/corpora/conll2003/test.txt" >"$tmp/given"
  check "given POS tags: pos_accuracy 1" grep -q '^pos_accuracy: 1.0000$' "$tmp/given"
  check "given POS tags: chunk_f1 above the tagged run's" test \
    "$(sed -n 's/^chunk_f1: //p' "$tmp/given")" \> "$(sed -n 's/^chunk_f1: //p' "$tmp/eval")"
else
  echo "skipping eval checks: $shared/corpora/conll2003/test.txt not found"
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
