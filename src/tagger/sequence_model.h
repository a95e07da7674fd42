// Greedy left-to-right sequence labelling with an averaged perceptron: the
// shape shared by the part-of-speech tagger, the chunker and the named-entity
// recogniser. Each kind of model has its own feature templates.
#ifndef ACTA_TAGGER_SEQUENCE_MODEL_H_
#define ACTA_TAGGER_SEQUENCE_MODEL_H_

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "tagger/perceptron.h"
#include "tagger/word_features.h"

namespace acta {

// kEntityRefine is the second entity pass: few local features, the first
// pass's labels and the document context.
enum class ModelKind : uint32_t { kPos = 1, kChunk = 2, kEntity = 3, kEntityRefine = 4 };

// Everything the feature templates may look at for one sentence. Arrays have
// `size` entries; `pos` and `chunk` hold label hashes (HashBytes of the tag)
// and may be null for models that do not use them; `context` holds
// `context_width` document-level feature hashes per token (0 = none).
struct SentenceInput {
  const WordFeatures* words = nullptr;
  const uint64_t* pos = nullptr;
  const uint64_t* chunk = nullptr;
  const uint64_t* context = nullptr;
  size_t context_width = 0;
  size_t size = 0;
  bool all_caps = false;  // most words are in capitals (a headline)
};

constexpr size_t kMaxFeatures = 96;

// Writes the features of token `i` to `out` (at most kMaxFeatures) and returns
// their count. `prev` holds the label hashes already predicted for tokens < i.
size_t ExtractFeatures(ModelKind kind, const SentenceInput& s, size_t i, const uint64_t* prev,
                       uint64_t* out);

// A trained model of one kind; immutable, shareable across threads.
class SequenceModel {
 public:
  SequenceModel() = default;
  SequenceModel(ModelKind kind, PerceptronModel model);

  ModelKind kind() const { return kind_; }
  const PerceptronModel& perceptron() const { return model_; }
  size_t num_labels() const { return model_.num_classes(); }
  std::string_view label(size_t id) const { return model_.labels()[id]; }
  uint64_t label_hash(size_t id) const { return label_hashes_[id]; }
  // Label id of `name`, or -1.
  int LabelId(std::string_view name) const;

  // Labels every token of `s` greedily; `out` and `out_hashes` get s.size
  // entries. Words of the model's lexicon take their label unscored. With
  // `outside` (the id of the label "O"), so does a word of nothing but the
  // letters a-z, or a punctuation mark, that follows an O label: it is
  // labelled O, since an entity all but never starts with one.
  void Tag(const SentenceInput& s, uint16_t* out, uint64_t* out_hashes, int outside = -1) const;

  void Serialize(std::string* out) const;
  static Result<SequenceModel> Deserialize(std::string_view data);

  // Words that take one label without being scored (see
  // TrainingOptions::lexicon_min), keyed by WordFeatures::word.
  size_t lexicon_size() const { return lexicon_.size(); }
  // The label of the word with hash `word`, or -1 when it is scored.
  int LexiconLabel(uint64_t word) const;
  void SetLexicon(std::vector<std::pair<uint64_t, uint16_t>> entries);

 private:
  ModelKind kind_ = ModelKind::kPos;
  PerceptronModel model_;
  std::vector<uint64_t> label_hashes_;
  std::vector<std::pair<uint64_t, uint16_t>> lexicon_;  // sorted by word hash
  FeatureIndex lexicon_index_;                          // word hash -> position in lexicon_
  std::vector<uint16_t> lexicon_labels_;                // label at each position
};

// One training sentence: the model's inputs and the gold label ids.
struct TrainingSentence {
  std::vector<WordFeatures> words;
  std::vector<uint64_t> pos;
  std::vector<uint64_t> chunk;
  std::vector<uint64_t> context;
  size_t context_width = 0;
  bool all_caps = false;
  std::vector<uint16_t> gold;

  SentenceInput Input() const;
};

struct TrainingOptions {
  int epochs = 10;
  // Words seen at least this many times in `data`, always with the same label,
  // form the model's lexicon: the model gives them that label unscored.
  // 0: no lexicon.
  int lexicon_min = 0;
  uint64_t seed = 1;
  // > 0: passive-aggressive updates of at most this step
  // (PerceptronTrainer::UpdateToMargin); 0: perceptron updates.
  float max_step = 0.0f;
  float prune_below = 0.0f;  // see PerceptronTrainer::Average
  // Called after each epoch with the averaged model so far; its return value
  // is the model's score on held-out data (higher is better). The best epoch wins.
  std::function<double(int epoch, const SequenceModel& model)> evaluate;
};

// Trains with shuffled passes (deterministic for a given seed).
SequenceModel TrainSequenceModel(ModelKind kind, const std::vector<std::string>& labels,
                                 const std::vector<TrainingSentence>& data,
                                 const TrainingOptions& options);

}  // namespace acta

#endif  // ACTA_TAGGER_SEQUENCE_MODEL_H_
