# Shared by the tests/cli/*.sh scripts: `source "$(dirname "$0")/check.bash" "$@"`
# with the script's arguments ACTA SHARED. Sets $acta, $shared, a scratch
# directory $tmp removed on exit, and check(), which counts in $passed and
# $failed.
set -u
acta=$1
shared=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
passed=0
failed=0
check() {  # check NAME COMMAND... : passes when COMMAND succeeds
  local name=$1
  shift
  if "$@"; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAILED: $name"; fi
}
