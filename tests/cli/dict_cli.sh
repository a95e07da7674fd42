#!/usr/bin/env bash
# `acta dict lookup`, `acta dict lint` and `acta dict convert` on acta's own
# dictionaries (data/dictionaries) and, when SHARED has it, TABARI's
# validation dictionaries.
# Usage: dict_cli.sh ACTA SHARED.
source "$(dirname "$0")/check.bash" "$@"

# Date-bounded roles (public record: Palestinian prime minister 2006-03-29 to
# 2007-06-14; head of the Hamas political bureau 2017-05-06 to 2024-07-31).
"$acta" dict lookup "Ismail Haniyeh" --date 2024-03-26 >"$tmp/out"
check "lookup exit 0" test $? -eq 0
check "lookup: Hamas leader in 2024" grep -qP "^2024-03-26\tPSEREBHMS\t\"Ismail Haniyeh\"\t.*people/middle_east_africa.txt:[0-9]+: actor Ismail Haniyeh$" "$tmp/out"
"$acta" dict lookup "Ismail Haniyeh" --date 2006-06-01 >"$tmp/out"
check "lookup: prime minister in 2006" grep -qP "^2006-06-01\tPSEGOV\t" "$tmp/out"
"$acta" dict lookup "Tehran" --date 2024-03-26 >"$tmp/out"
check "lookup: a capital stands for its government" grep -qP "\tIRNGOV\t\"Tehran\"\t" "$tmp/out"
"$acta" dict lookup "no such name" --date 2024-03-26 >/dev/null
check "lookup: nothing found exit 1" test $? -eq 1
"$acta" dict lookup "Iran" --date 2024-02-30 >/dev/null 2>&1
check "lookup: bad date exit 2" test $? -eq 2

"$acta" dict lint >"$tmp/lint" 2>"$tmp/err"
check "lint: shipped dictionaries clean" test $? -eq 0
check "lint: summary" grep -q "; 0 problems$" "$tmp/err"
printf 'actor Iran\n  names: Iran\n  code: IRN\nactor Persia\n  names: Iran\n  code: IRN\n' \
  >"$tmp/dup.txt"
"$acta" dict lint "$tmp/dup.txt" >"$tmp/lint" 2>/dev/null
check "lint: a duplicate phrase is found, exit 1" test $? -eq 1
check "lint: file and line" grep -q "dup.txt:4: Persia: phrase \"IRAN\" is also Iran" "$tmp/lint"

project=$shared/suites/tabari/Validate.project
if [ -f "$project" ]; then
  # TABARI's dictionaries written in the native format and back code TABARI's
  # own validation sentences the same way (synonym-set patterns aside).
  "$acta" dict convert "tabari:$project" -o "$tmp/native.txt" 2>"$tmp/err"
  check "convert exit 0" test $? -eq 0
  check "convert says what it left out" grep -q "not carried over" "$tmp/err"
  "$acta" dict lint "$tmp/native.txt" >/dev/null 2>"$tmp/err"
  check "converted file loads" grep -q "actors" "$tmp/err"
  "$acta" dict convert "acta:$tmp/native.txt" --to tabari -o "$tmp/back" 2>/dev/null
  check "back to TABARI exit 0" test $? -eq 0
  check "back to TABARI: project names its files" grep -q "<actorsfile> back.actors" \
    "$tmp/back.project"
  "$acta" explain "Arnor attacked Gondor on Monday in the north." --date 1995-01-01 \
    --dict "tabari:$tmp/back.project" >"$tmp/explain"
  check "back to TABARI codes as TABARI did" grep -qx "event: ARN GON 223" "$tmp/explain"
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
