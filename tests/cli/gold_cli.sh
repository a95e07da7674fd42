#!/usr/bin/env bash
# acta's own dictionaries on the hand-coded dev gold set (tests/gold/) and on
# the PLOVER gold standard records: `acta eval gold` must get at least 80% of
# the sentences exactly right and, when the Phoenix dictionaries are at hand,
# at least as many as they do; `acta eval plover` must not fall below the
# event-type figure measured when this test was last changed (a regression floor).
# Usage: gold_cli.sh ACTA SHARED; the Phoenix and PLOVER checks are skipped
# when SHARED lacks them.
source "$(dirname "$0")/check.bash" "$@"
gold="$(dirname "$0")/../gold"

summary() {  # summary LABEL FILE: "N" of the line "LABEL: N of M sentences ..."
  awk -v l="$1:" '$1 == l { print $2 }' "$2"
}

phoenix="$shared/dictionaries/phoenix/PETR_config.ini"
if [ -f "$phoenix" ]; then
  "$acta" -q eval gold "$gold" --vs "petrarch:$phoenix" >"$tmp/gold.txt"
else
  echo "note: $phoenix not found; acta's own figures only"
  "$acta" -q eval gold "$gold" >"$tmp/gold.txt"
fi
check "eval gold exits 0" test $? -eq 0
ours=$(summary acta "$tmp/gold.txt")
total=$(awk '$1 == "acta:" { print $4 }' "$tmp/gold.txt")
check "the gold set has at least 200 sentences" test "${total:-0}" -ge 200
check "at least 80% exactly right (got ${ours:-?} of ${total:-?})" \
  test $((${ours:-0} * 100)) -ge $((${total:-1} * 80))
check "closing line" grep -qE "^${ours:-x} passed, [0-9]+ failed$" "$tmp/gold.txt"
# The calibration table: five bands whose events are all the events coded.
coded=$(awk '$1 == "acta:" { print $10 + $12 }' "$tmp/gold.txt")
banded=$(awk '$1 == "acta" && $2 == "confidence" { n += $4 } END { print n + 0 }' "$tmp/gold.txt")
check "calibration table has five bands" \
  test "$(awk '$1 == "acta" && $2 == "confidence"' "$tmp/gold.txt" | wc -l)" -eq 5
check "its bands hold every coded event (${banded:-?} of ${coded:-?})" \
  test "${banded:-x}" = "${coded:-y}"
# Issue 5's target: events of confidence 0.8 and above are right at least 90% of the time.
read -r high high_right < <(awk '$1 == "acta" && $3 == "0.8-1.0:" { print $4, $6 }' "$tmp/gold.txt")
check "confidence 0.8-1.0 right at least 90% of the time (${high_right:-?} of ${high:-?})" \
  test "${high:-0}" -gt 0 -a $((${high_right:-0} * 10)) -ge $((${high:-1} * 9))
# Events that need coreference are counted apart.
check "coreference counted" grep -qE "^acta coreference: [0-9]+ of [0-9]+ gold events" "$tmp/gold.txt"
if [ -f "$phoenix" ]; then
  theirs=$(summary "petrarch:$phoenix" "$tmp/gold.txt")
  check "at least as many as Phoenix (${ours:-?} vs ${theirs:-?})" \
    test "${ours:-0}" -ge "${theirs:-999}"
fi

records="$shared/suites/plover/PLOVER_GSR_CAMEO.txt"
if [ -f "$records" ]; then
  "$acta" -q eval plover "$records" >"$tmp/plover.txt"
  check "eval plover exits 0" test $? -eq 0
  right=$(awk '$1 == "all" { print $3 }' "$tmp/plover.txt")
  total=$(awk '$1 == "all" { print $2 }' "$tmp/plover.txt")
  # At least 75% of the records' event types.
  check "PLOVER event types right: ${right:-?} of ${total:-?} (at least 75%)" \
    test $((4 * ${right:-0})) -ge $((3 * ${total:-1})) -a "${total:-0}" -gt 300
  check "PLOVER closing line" grep -qE "^${right:-x} passed, [0-9]+ failed$" "$tmp/plover.txt"
else
  echo "note: $records not found; PLOVER checks skipped"
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
