// CoNLL-style scoring: token accuracy for tags, and exact-span precision,
// recall and F1 for chunks and entities (as the conlleval script counts them).
#ifndef ACTA_TAGGER_EVALUATE_H_
#define ACTA_TAGGER_EVALUATE_H_

#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "tagger/conll.h"
#include "tagger/tagger.h"

namespace acta {

struct LabeledSpan {
  size_t begin = 0;  // token index
  size_t end = 0;    // one past the last token
  std::string type;
  bool operator==(const LabeledSpan&) const = default;
};

// Spans of a label sequence in IOB1, IOB2 or BILOU: a span starts at B-/U-/S-,
// or at I-/L-/E- whose type differs from the open span's (or after O).
std::vector<LabeledSpan> ExtractSpans(const std::vector<std::string_view>& labels);

struct SpanScore {
  size_t gold = 0;
  size_t predicted = 0;
  size_t correct = 0;
  double Precision() const { return predicted ? static_cast<double>(correct) / predicted : 0.0; }
  double Recall() const { return gold ? static_cast<double>(correct) / gold : 0.0; }
  double F1() const {
    double p = Precision(), r = Recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
  }
  // Adds one sentence's spans.
  void Add(const std::vector<LabeledSpan>& gold_spans, const std::vector<LabeledSpan>& pred_spans);
};

struct ConllScores {
  size_t sentences = 0;
  size_t tokens = 0;
  size_t pos_correct = 0;
  SpanScore chunk;
  SpanScore entity;
  std::map<std::string, SpanScore> entity_by_type;
  // (gold tag, predicted tag) -> count, for wrong POS tags only.
  std::map<std::pair<std::string, std::string>, size_t> pos_confusions;
  double PosAccuracy() const { return tokens ? static_cast<double>(pos_correct) / tokens : 0.0; }
};

// Tags every document with `tagger` (from the words alone; the file's own tags
// are used only as the answer key) and scores the result. With `given_pos`
// (one label id of tagger.pos() per token of all documents, in order) the
// chunker and entity recogniser get those tags instead of the tagger's.
// When `predictions` is not null, appends one line per token, "word gold-POS
// POS gold-chunk chunk gold-entity entity" (entities in IOB2), blank lines
// between sentences: the input of CoNLL's conlleval script.
ConllScores EvaluateConll(const Tagger& tagger, const std::vector<ConllDocument>& docs,
                          std::string* predictions = nullptr,
                          const std::vector<uint16_t>* given_pos = nullptr);

}  // namespace acta

#endif  // ACTA_TAGGER_EVALUATE_H_
