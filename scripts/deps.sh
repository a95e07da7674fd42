#!/usr/bin/env bash
# Installs the Debian packages acta needs to build and test, if any are missing,
# the GeoNames-derived place lists its gazetteer is compiled from
# (scripts/geo-data.sh), the tag lexicon of its tagger
# (scripts/word-tags-data.sh) and the word embeddings its entity recogniser's
# word clusters are computed from (scripts/embeddings-data.sh). Idempotent: prints nothing and changes nothing when
# everything is present.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config git
  clang
  libicu-dev libsqlite3-dev sqlite3
  postgresql-15 libpq-dev
  libcli11-dev libfmt-dev nlohmann-json3-dev
  libgtest-dev libgmock-dev libbenchmark-dev
  wordnet-base iso-codes
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
# Node.js and npm fetch the place lists, the tag lexicon and the embeddings; any installation of them will do.
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  missing+=(nodejs npm)
fi

if [ ${#missing[@]} -gt 0 ]; then
  echo "acta: installing missing packages: ${missing[*]}"
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

bash "$(dirname "$0")/geo-data.sh"
bash "$(dirname "$0")/word-tags-data.sh"
bash "$(dirname "$0")/embeddings-data.sh"
