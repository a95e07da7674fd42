// Reading CoNLL-2003 files: "word POS chunk NER" per line, blank lines between
// sentences, "-DOCSTART-" lines between documents.
#ifndef ACTA_TAGGER_CONLL_H_
#define ACTA_TAGGER_CONLL_H_

#include <string>
#include <vector>

#include "acta/status.h"

namespace acta {

struct ConllSentence {
  std::vector<std::string> words;
  std::vector<std::string> pos;
  std::vector<std::string> chunk;  // IOB2 as in the file
  std::vector<std::string> ner;    // IOB2 as in the file
};

struct ConllDocument {
  std::vector<ConllSentence> sentences;
};

// Reads `path`. Lines with other than four columns are reported as
// "path:line: ..." in `warnings` and skipped. Fails only if the file cannot be read.
Result<std::vector<ConllDocument>> ReadConllFile(const std::string& path,
                                                 std::vector<std::string>* warnings);

// Parses CoNLL text already in memory; `origin` names it in warnings.
std::vector<ConllDocument> ParseConll(const std::string& data, const std::string& origin,
                                      std::vector<std::string>* warnings);

}  // namespace acta

#endif  // ACTA_TAGGER_CONLL_H_
