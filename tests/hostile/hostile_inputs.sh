#!/usr/bin/env bash
# Hostile input: every case below is made here, at run time, and given to
# `acta code`. For each: no crash and no hang (each run is bounded by
# `timeout`), a clear message with file and line, the rest of the input still
# coded, and a summary that accounts for every story: read = coded +
# rejected, with the reasons counted. Usage: hostile_inputs.sh ACTA
source "$(dirname "$0")/../cli/check.bash" "$1" ""

# Each run may take this long; a hang fails its checks (exit 124).
limit=${ACTA_HOSTILE_TIMEOUT:-300}

# run NAME ARGS...: `acta code ARGS`, output in $tmp/NAME.{out,err,rc}.
run() {
  local name=$1
  shift
  timeout "$limit" "$acta" code --no-geo "$@" >"$tmp/$name.out" 2>"$tmp/$name.err"
  echo $? >"$tmp/$name.rc"
}
rc() { cat "$tmp/$1.rc"; }
# summary NAME READ CODED REJECTED: the summary line says exactly that.
summary() {
  check "$1: read $2 = coded $3 + rejected $4" \
    grep -q "stories read $2, coded $3, rejected $4[ ;]" "$tmp/$1.err"
}
said() { check "$1: says '$2'" grep -qF -- "$2" "$tmp/$1.err"; }
events() { check "$1: $2 events" test "$(wc -l <"$tmp/$1.out")" -eq "$2"; }
exits() { check "$1: exit $2 (got $(rc "$1"))" test "$(rc "$1")" -eq "$2"; }

good='Israeli forces attacked Hamas fighters in Gaza on Monday.'
story() { printf 'date %s\n\n%s\n' "$1" "$2"; }  # story DATE TEXT

# 1. Invalid UTF-8 and NUL bytes: repaired, counted, and the story coded.
printf 'date 2024-03-26\n\nIsraeli \xff\xfe forces attacked Hamas fighters\x00 in \xc0\xaf Gaza.\n' \
  >"$tmp/bytes.txt"
run bytes "$tmp/bytes.txt"
exits bytes 0
summary bytes 1 1 0
said bytes "invalid UTF-8 repaired 5 times in 1 stories"
events bytes 1
check "bytes: output is valid UTF-8 JSON" python3 -c '
import json, sys
for line in open(sys.argv[1], encoding="utf-8"):
    e = json.loads(line)
    assert "\ufffd" in e["sentence"], e["sentence"]
' "$tmp/bytes.out"

# 2. A 50 MB story between two ordinary ones: rejected by the size limit
# with its file and line, the other two coded.
{
  story 2024-03-26 "$good"
  printf '\n'
} >"$tmp/before.txt"
python3 -c '
import sys
with open(sys.argv[1], "w") as f:
    f.write("date 2024-03-26\n\n")
    line = "Israeli forces attacked Hamas fighters in Gaza and Iran met Iraq. " * 15 + "\n"
    for _ in range(50 * 1024 * 1024 // len(line) + 1):
        f.write(line)
' "$tmp/huge.txt"
cp "$tmp/before.txt" "$tmp/after.txt"
run huge "$tmp/before.txt" "$tmp/huge.txt" "$tmp/after.txt"
exits huge 5
summary huge 3 2 1
said huge "huge.txt:1: story of"
said huge "is over the limit of 8388608 (--max-story-bytes)"
said huge "(over the size limit: 1)"
events huge 2

# 3. One 2 MB line without spaces: its sentence is skipped, with a reason.
{
  printf 'date 2024-03-26\n\n%s\n\n' "$good"
  head -c 2097152 /dev/zero | tr '\0' 'x'
  printf '\n\n%s\n' "$good"
} >"$tmp/longline.txt"
run longline "$tmp/longline.txt"
exits longline 0
summary longline 1 1 0
said longline "longline.txt:1: story"
said longline "sentence 2 skipped: 2097152 bytes, over the limit of 10000 (--max-sentence-bytes)"
said longline "sentences skipped: 0 over --max-sentence-words, 1 over --max-sentence-bytes"
events longline 1

# 4. A 5,000-word sentence: skipped by default; coded when the limit is lifted.
python3 -c '
import sys
words = "Israeli forces attacked Hamas fighters in Gaza while Iran met Iraq and".split()
print("date 2024-03-26\n")
print(" ".join(words[i % len(words)] for i in range(5000)) + ".")
print("\nIran met Iraq in Baghdad.")
' >"$tmp/longsentence.txt"
run longsentence "$tmp/longsentence.txt"
exits longsentence 0
summary longsentence 1 1 0
said longsentence "sentence 1 skipped: 5000 words, over the limit of 400 (--max-sentence-words)"
events longsentence 1
run unlimited --max-sentence-words 0 --max-sentence-bytes 0 "$tmp/longsentence.txt"
exits unlimited 0
check "unlimited: the long sentence is coded too" test "$(wc -l <"$tmp/unlimited.out")" -gt 1
check "unlimited: nothing skipped" bash -c "! grep -q 'sentence 1 skipped' '$tmp/unlimited.err'"

# 5. 100,000 tiny stories: every one read and coded, one event each.
python3 -c '
import sys
with open(sys.argv[1], "w") as f:
    for i in range(100000):
        f.write("{\"id\":\"t%d\",\"date\":\"2024-03-26\",\"text\":\"Iran met Iraq.\"}\n" % i)
' "$tmp/tiny.jsonl"
run tiny "$tmp/tiny.jsonl"
exits tiny 0
summary tiny 100000 100000 0
events tiny 100000

# 6. SGML: deeply nested, unterminated, and a good story after each.
python3 -c '
import sys
good = "<REUTERS NEWID=\"%d\"><DATE>26-MAR-1987 10:00:00.00</DATE><TEXT><BODY>Iran met Iraq.</BODY></TEXT></REUTERS>\n"
with open(sys.argv[1], "w") as f:
    f.write(good % 1)
    f.write("<REUTERS NEWID=\"2\"><DATE>26-MAR-1987 10:00:00.00</DATE><TEXT><BODY>" + "<B>" * 100000 + "Iran met Iraq." + "</B>" * 100000 + "</BODY></TEXT></REUTERS>\n")
    f.write(good % 3)
    f.write("<REUTERS NEWID=\"4\"><DATE>26-MAR-1987 10:00:00.00</DATE><TEXT><BODY>Iran met Iraq.\n")
    f.write("<REUTERS NEWID=\"5\" " + "<" * 50000 + "\n")
' "$tmp/nested.sgm"
run sgml "$tmp/nested.sgm"
exits sgml 5
summary sgml 5 3 2
said sgml "nested.sgm:4: story reuters-4: missing </REUTERS>"
said sgml "nested.sgm:2: story reuters-2: sentence 1 skipped"
events sgml 2
said sgml "nested.sgm:5: unterminated <REUTERS> start tag"
said sgml "(malformed record: 2)"

# 7. JSON Lines with wrong types, not objects, cut short: each rejected with
# its line, the good lines coded.
cat >"$tmp/types.jsonl" <<'EOF'
{"id":"ok1","date":"2024-03-26","text":"Iran met Iraq."}
{"id":{"a":1},"date":"2024-03-26","text":"Iran met Iraq."}
{"id":"n1","date":20240326,"text":"Iran met Iraq."}
{"id":"n2","date":"2024-03-26","text":["Iran met Iraq."]}
{"id":"n3","date":"2024-03-26","text":"Iran met Iraq.","title":7}
["id","date","text"]
{"id":"n4","date":"2024-03-26","text":"Iran met Iraq."
{"id":"n5","date":"2024-03-26"}
{"id":"ok2","date":"2024-03-26T08:00:00Z","text":"Iran met Iraq."}
EOF
run types "$tmp/types.jsonl"
exits types 5
summary types 9 2 7
for line in 2 3 4 5 6 7 8; do said types "types.jsonl:$line:"; done
said types "(no usable date: 1, no text: 1, malformed record: 5)"
events types 2

# 8. Impossible dates, in both story and JSON form: rejected as such, or
# coded with --default-date.
story 2024-02-30 "$good" >"$tmp/feb30.txt"
story 0000-00-00 "$good" >"$tmp/zero.txt"
printf '{"id":"z","date":"0000-00-00","text":"Iran met Iraq."}\n' >"$tmp/zero.jsonl"
run dates "$tmp/feb30.txt" "$tmp/zero.txt" "$tmp/zero.jsonl"
exits dates 5
summary dates 3 0 3
said dates 'feb30.txt:1: invalid date "2024-02-30"'
said dates 'zero.txt:1: invalid date "0000-00-00"'
said dates "zero.jsonl:1:"
said dates "(no usable date: 3)"
run defaulted --default-date 2024-03-01 "$tmp/feb30.txt" "$tmp/zero.txt" "$tmp/zero.jsonl"
exits defaulted 0
summary defaulted 3 3 0

# 9. Right-to-left and zero-width characters: coded, spans inside the text.
story 2024-03-26 $'\u200fIsraeli forces attacked Hamas fighters in Gaza.\u200e \u0642\u0627\u0644 \u0645\u0633\u0624\u0648\u0644\u0648\u0646. Iran\u200b met Iraq in Bag\u200bhdad \u202eon Monday\u202c.' \
  >"$tmp/bidi.txt"
run bidi "$tmp/bidi.txt"
exits bidi 0
summary bidi 1 1 0
check "bidi: events, with spans inside their sentences" python3 -c '
import json, sys
lines = open(sys.argv[1], encoding="utf-8").read().splitlines()
assert lines, "no events"
for line in lines:
    e = json.loads(line)
    text = e["sentence"]
    for part in (e["source"], e["target"], e["verb"]):
        b, n = part["span"]
        assert 0 <= b < n, part
' "$tmp/bidi.out"

# 10. Windows line endings: the same events as with Unix ones.
printf 'date 2024-03-26\r\n\r\n%s\r\nIran met Iraq in Baghdad.\r\n' "$good" >"$tmp/crlf.txt"
printf 'date 2024-03-26\n\n%s\nIran met Iraq in Baghdad.\n' "$good" >"$tmp/lf.txt"
run crlf "$tmp/crlf.txt"
run lf "$tmp/lf.txt"
exits crlf 0
check "crlf: events as with LF line ends" python3 -c '
import json, sys
key = lambda p: [(e["source"]["code"], e["target"]["code"], e["cameo"], e["sentence"])
                 for e in map(json.loads, open(p))]
a, b = key(sys.argv[1]), key(sys.argv[2])
assert a and a == b, (a, b)
' "$tmp/crlf.out" "$tmp/lf.out"

# 11. Empty and unreadable files among good ones: each reported, the rest coded.
: >"$tmp/empty.txt"
ln -s "$tmp/nowhere.txt" "$tmp/dangling.txt"
story 2024-03-26 "$good" >"$tmp/good.txt"
unreadable=()
if [[ $(id -u) -ne 0 ]]; then  # root reads any file; a mode of 000 stops others
  story 2024-03-26 "$good" >"$tmp/locked.txt"
  chmod 000 "$tmp/locked.txt"
  unreadable=("$tmp/locked.txt")
fi
run files "$tmp/empty.txt" "$tmp/missing.txt" "$tmp/dangling.txt" "${unreadable[@]}" "$tmp/good.txt"
exits files 5
summary files 1 1 0
said files "empty.txt: empty file"
said files "missing.txt:"
said files "dangling.txt:"
said files "$((2 + ${#unreadable[@]})) unreadable inputs"
events files 1
run nothing "$tmp/missing.txt"
exits nothing 3

# 12. Exit codes: bad usage 2, no input 3 (above), bad dictionaries 4.
run usage --no-such-option "$tmp/good.txt"
exits usage 2
run nodict --dict "acta:$tmp/no-such-dictionary" "$tmp/good.txt"
exits nodict 4
said nodict "no-such-dictionary"
printf 'this is not a project file\n' >"$tmp/bad.project"
run baddict --dict "tabari:$tmp/bad.project" "$tmp/good.txt"
exits baddict 4
said baddict "the dictionaries hold no actor entries, so nothing can be coded"
said baddict "bad.project"

# 13. Everything at once, as a directory: the summary accounts for every story.
mkdir "$tmp/all"
cp "$tmp/bytes.txt" "$tmp/longline.txt" "$tmp/nested.sgm" "$tmp/types.jsonl" "$tmp/feb30.txt" \
  "$tmp/bidi.txt" "$tmp/crlf.txt" "$tmp/empty.txt" "$tmp/all/"
run all "$tmp/all"
exits all 5
# read: bytes 1, longline 1, nested 5, types 9, feb30 1, bidi 1, crlf 1 = 19;
# rejected: nested 2, types 7, feb30 1 = 10.
summary all 19 9 10
said all "(no usable date: 2, no text: 1, malformed record: 7)"

echo "hostile inputs: $passed checks passed, $failed failed"
[[ $failed -eq 0 ]]
