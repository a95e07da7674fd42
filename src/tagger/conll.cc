#include "tagger/conll.h"

#include "common/file.h"

#include <fstream>
#include <sstream>

namespace acta {
namespace {

void FinishSentence(ConllSentence* s, std::vector<ConllDocument>* docs) {
  if (s->words.empty()) return;
  if (docs->empty()) docs->emplace_back();
  docs->back().sentences.push_back(std::move(*s));
  *s = ConllSentence();
}

}  // namespace

std::vector<ConllDocument> ParseConll(const std::string& data, const std::string& origin,
                                      std::vector<std::string>* warnings) {
  std::vector<ConllDocument> docs;
  ConllSentence current;
  std::istringstream in(data);
  std::string line;
  int line_no = 0;
  while (std::getline(in, line)) {
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    std::istringstream fields(line);
    std::string cols[5];
    int n = 0;
    while (n < 5 && fields >> cols[n]) ++n;
    if (n == 0) {
      FinishSentence(&current, &docs);
      continue;
    }
    if (cols[0] == "-DOCSTART-") {
      FinishSentence(&current, &docs);
      docs.emplace_back();
      continue;
    }
    if (n != 4) {
      if (warnings) {
        warnings->push_back(origin + ":" + std::to_string(line_no) +
                            ": expected 4 columns (word POS chunk NER), found " +
                            std::to_string(n));
      }
      continue;
    }
    current.words.push_back(cols[0]);
    current.pos.push_back(cols[1]);
    current.chunk.push_back(cols[2]);
    current.ner.push_back(cols[3]);
  }
  FinishSentence(&current, &docs);
  std::erase_if(docs, [](const ConllDocument& d) { return d.sentences.empty(); });
  return docs;
}

Result<std::vector<ConllDocument>> ReadConllFile(const std::string& path,
                                                 std::vector<std::string>* warnings) {
  Result<std::string> text = ReadWholeFile(path);
  if (!text.ok()) return text.status();
  return ParseConll(*text, path, warnings);
}

}  // namespace acta
