// Penn-Treebank-style tokenisation of one sentence, as in CoNLL-2003: punctuation
// split off, clitics split ("does" "n't", "Iran" "'s"), abbreviations, decimals,
// numbers with separators, URLs and hyphenated words kept whole.
#ifndef ACTA_TOKEN_TOKENIZER_H_
#define ACTA_TOKEN_TOKENIZER_H_

#include <string_view>
#include <vector>

#include "acta/analysis.h"
#include "sentence/sentence_splitter.h"

namespace acta {

// Appends to `out` the tokens of text[range.begin, range.end). Each token gets
// begin/end (bytes into `text`) and `form`: the normalised spelling (NFC;
// curly quotes -> ' and "; en/em dashes -> --), a view into `text` when no
// change was needed, else into `arena`. Other Token fields are left empty.
// Stateless and thread-safe.
void Tokenize(std::string_view text, ByteRange range, TextArena* arena, std::vector<Token>* out);

}  // namespace acta

#endif  // ACTA_TOKEN_TOKENIZER_H_
