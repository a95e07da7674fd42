// The English analysis pipeline: sentences, tokens with byte offsets, Penn
// Treebank part-of-speech tags, NP/VP/PP chunks, named entities and lemmas.
#ifndef ACTA_ANALYSIS_H_
#define ACTA_ANALYSIS_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "acta/status.h"

namespace acta {

// Byte storage whose strings never move, so string_views into it stay valid
// until the arena is cleared or destroyed. Not thread-safe.
class TextArena {
 public:
  std::string_view Store(std::string_view s);
  void Clear();

 private:
  std::vector<std::unique_ptr<char[]>> blocks_;
  size_t used_ = 0;   // bytes used in the last block
  size_t avail_ = 0;  // capacity of the last block
};

// One token. Offsets are bytes into the analysed text: text.substr(begin, end - begin)
// is exactly what the input said. `form` is the normalised spelling the models
// see (NFC, ASCII quotes and dashes); `pos`, `chunk`, `entity` are labels from
// the models' tag sets ("NNP", "B-NP", "I-PER", "O"), never empty after Analyze.
struct Token {
  uint32_t begin = 0;
  uint32_t end = 0;
  std::string_view form;
  std::string_view lemma;  // lower-cased base form (verbs and nouns via WordNet)
  std::string_view pos;
  std::string_view chunk;   // IOB2
  std::string_view entity;  // IOB2
};

// A run of tokens [first, last) with a label: a chunk ("NP") or an entity ("PER").
struct Span {
  uint32_t first = 0;
  uint32_t last = 0;
  std::string_view label;
};

struct Sentence {
  uint32_t begin = 0;  // bytes into the text
  uint32_t end = 0;
  uint32_t first_token = 0;  // [first_token, last_token) index Analysis::tokens
  uint32_t last_token = 0;
};

// The analysis of one text. Views point into `text` (owned by the caller, who
// keeps it alive), into `arena`, or into the Analyzer's tables (alive as long
// as the Analyzer).
struct Analysis {
  std::string_view text;
  std::vector<Sentence> sentences;
  std::vector<Token> tokens;
  std::vector<Span> chunks;    // in token order; never cross a sentence
  std::vector<Span> entities;  // in token order; never cross a sentence
  TextArena arena;

  void Clear();
};

struct AnalyzerOptions {
  std::string model_dir;    // empty: acta's installed data/models
  std::string wordnet_dir;  // empty: the system WordNet (Debian wordnet-base)
};

// Immutable after Load; Analyze may be called from many threads at once.
class Analyzer {
 public:
  static Result<std::shared_ptr<const Analyzer>> Load(const AnalyzerOptions& options);
  virtual ~Analyzer() = default;

  // Analyses `text` (valid UTF-8) into `out`, replacing its contents.
  virtual void Analyze(std::string_view text, Analysis* out) const = 0;
};

// The directory of acta's bundled data: $ACTA_DATA_DIR if set, else the build's default.
std::string DefaultDataDir();

}  // namespace acta

#endif  // ACTA_ANALYSIS_H_
