#!/usr/bin/env bash
# The example story of the shared material (seed/: Ismail Haniyeh to visit
# Tehran after the UN Security Council's ceasefire resolution, 2024-03-26),
# coded by `acta code` with no options, i.e. with acta's own dictionaries.
# The events a hand coder records there must be among acta's (acceptable
# codes as the coding conventions allow), and the press attribution
# ("as reported by Iranian media and Press TV") must be no actor of them.
# Usage: seed_cli.sh ACTA SHARED; exits 77 (skipped) when SHARED has no seed.
source "$(dirname "$0")/check.bash" "$@"
if ! ls "$shared"/seed/*.txt >/dev/null 2>&1; then
  echo "skipped: $shared/seed has no story"
  exit 77
fi

"$acta" -q code --format tsv "$shared"/seed/*.txt >"$tmp/events.tsv"
check "exit 0" test $? -eq 0
# date source target cameo story sentence ...
has() {  # has SOURCE_RE TARGET_RE CODE_RE: some event matches all three
  awk -F'\t' -v s="^($1)\$" -v t="^($2)\$" -v c="^($3)\$" \
    '$1 == "2024-03-26" && $2 ~ s && $3 ~ t && $4 ~ c { found = 1 } END { exit !found }' \
    "$tmp/events.tsv"
}
check "Haniyeh -> Iran: planned visit" has 'PSE[A-Z]*HMS' 'IRN|IRNGOV' '036|042|043'
check "UN Security Council -> Israel or Hamas: call for a ceasefire" \
  has 'IGOUNO' 'ISR|PSE[A-Z]*HMS' '0256|1056|025|105'
check "Iran -> Hamas: support" has 'IRN|IRNGOV' 'PSE[A-Z]*HMS' '05[0-9]*|07[0-9]*'
check "the press is no actor" awk -F'\t' '$2 ~ /MED/ || $3 ~ /MED/ { exit 1 }' "$tmp/events.tsv"
check "every event has codebook figures" awk -F'\t' 'NF != 11 || $8 == "" { exit 1 }' \
  "$tmp/events.tsv"

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
