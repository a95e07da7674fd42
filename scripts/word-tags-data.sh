#!/usr/bin/env bash
# Fetches the English tag lexicon the tagger's word-tag features are compiled
# from (npm registry, pinned version) into build/word-tags-data/, once, and
# writes it as "word TAB TAG|TAG..." lines for `acta train word-tags`.
#   en-lexicon   about 112,000 English words, each with the Penn Treebank tags
#                it can take, the most frequent first; built from Eric Brill's
#                tagger lexicon and extended (MIT)
# Idempotent: prints nothing and changes nothing when it is already there.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/npm-data.sh
dir=build/word-tags-data
npm_data "$dir" "the en-lexicon tag lexicon" en-lexicon@1.0.11 || exit 0
node -e '
const lexicon = require(process.argv[1]).lexicon;
const out = [];
for (const word of Object.keys(lexicon)) out.push(word + "\t" + lexicon[word]);
require("fs").writeFileSync(process.argv[2], out.join("\n") + "\n");
' "$PWD/$dir/node_modules/en-lexicon" "$dir/en-lexicon.tsv"
touch "$dir/.complete-1"
