// Training and evaluating acta's own models: the part-of-speech tagger, the
// chunker and the named-entity recogniser (from CoNLL-2003 files), the word
// clusters they use (from unlabelled news text) and their tag lexicon.
#ifndef ACTA_TRAINING_H_
#define ACTA_TRAINING_H_

#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <tuple>
#include <vector>

#include "acta/analysis.h"
#include "acta/status.h"

namespace acta {

struct TaggerTrainingOptions {
  std::string train_path;     // CoNLL-2003 training file
  std::string valid_path;     // held-out file used to pick the number of passes
  std::string out_dir;        // receives pos.model, chunk.model, entity.model, entity2.model
  std::string clusters_path;  // word clusters (empty: none)
  std::string lexicon_dir;    // gazetteer lists (empty: none)
  // The tagger learns from what WordNet says each word can be (noun, verb
  // with -ed, ...); the models then need WordNet at run time too.
  bool use_wordnet = true;
  std::string wordnet_dir;  // empty: the system WordNet
  // Penn Treebank tags each word can take (`acta train word-tags` compiles the
  // file; empty: none). The models then need the same file at run time.
  std::string word_tags_path;
  // Clusters of word embeddings (`acta train embedding-clusters`; empty: none).
  std::string embedding_clusters_path;
  int pos_epochs = 10;
  int chunk_epochs = 10;
  int entity_epochs = 15;
  // Folds for jackknifing: later models train on earlier models' predictions
  // made by a model that did not see the sentence, as they will at run time.
  int folds = 5;
  bool second_entity_pass = true;
  // Give the second entity pass every local feature of the first, not only the
  // first pass's labels and the document context.
  bool full_second_pass = false;
  // Also train second passes for tags and chunks (pos2, chunk2) that see the
  // first pass's labels to their right. Measured: +0.06 points of POS accuracy
  // and no chunk gain for 50% more tagging time, so off by default.
  bool second_tag_passes = false;
  // Once the number of passes of a model is chosen on the held-out file, train
  // the model that is written once more, on the training and held-out
  // sentences together (the held-out ones still get predictions from the
  // model that did not see them, for the models after it). The held-out
  // scores printed during training are of the first model.
  bool final_with_valid = true;
  // Words seen at least this many times in the training sentences, always
  // with the same part-of-speech tag, take that tag without being scored
  // (0: every word is scored).
  int pos_lexicon_min = 20;
  // Passive-aggressive training (each update just large enough for the true
  // label to win by a margin of 1, but at most this step); 0: perceptron
  // updates. Held-out, with pruning at 0.06: POS +0.06, chunk F1 +0.4 points.
  float max_step = 0.02f;
  // Drop features whose averaged weights are all at most this in magnitude:
  // smaller models that fit the caches better.
  float prune_below = 0.06f;
  // Keep at most this many sentences of the training file (0 = all); for tests.
  size_t max_train_sentences = 0;
  uint64_t seed = 20240326;
  std::function<void(const std::string&)> log;  // progress lines; may be empty
};

// Trains all models. Deterministic: the same inputs and options give
// byte-identical model files.
Status TrainTaggers(const TaggerTrainingOptions& options);

// What CompileWordTags read and left out. The tags kept are the Penn
// Treebank's (CC ... WRB and its punctuation tags).
struct WordTagsReport {
  size_t lines = 0;                   // entries read
  size_t written = 0;                 // words written
  size_t multiword = 0;               // entries with a space: no single token matches them
  size_t unknown_tags = 0;            // other tags (emoji, typos), dropped from their entries
  size_t no_tag_left = 0;             // entries left without a tag, not written
  size_t malformed = 0;               // lines without "word TAB tags", not written
  std::vector<std::string> problems;  // "file:line: ..." for the first few malformed lines
};

// Reads `from` (lines "word TAB TAG|TAG|...", the most frequent tag first, as
// scripts/word-tags-data.sh writes them from the en-lexicon package) and
// writes the lexicon acta loads to `to`: one "word TAB TAG TAG ..." line per
// single-token word, known tags only, sorted by word.
Status CompileWordTags(const std::string& from, const std::string& to, WordTagsReport* report);

struct ClusterTrainingOptions {
  std::string shared_dir;  // holds corpora/{reuters21578,bbc,conll2003}
  std::string out_path;    // cluster file to write
  int num_clusters = 1000;
  int min_count = 3;  // rarer words get no cluster
  std::function<void(const std::string&)> log;
};

// Brown clusters over unlabelled news text: the Reuters-21578 bodies, the BBC
// stories and the words of CoNLL-2003 train.txt and valid.txt (never test.txt).
// Deterministic.
Status TrainWordClusters(const ClusterTrainingOptions& options);

struct EmbeddingClusterOptions {
  // Word vectors in GloVe's text format, "word v1 ... vN" per line, the most
  // frequent word first (scripts/embeddings-data.sh writes them).
  std::string from;
  std::string out_path;
  size_t max_words = 200000;  // the first (most frequent) words get a class
  int branching = 16;         // clusters per level: a power of two from 2 to 256
  int levels = 3;             // levels * log2(branching) is at most 16 bits
  int iterations = 15;        // k-means passes per split
};

struct EmbeddingClusterReport {
  size_t words = 0;       // words given a class
  size_t dimensions = 0;  // of each vector
};

// Clusters the vectors top-down with k-means on their directions (cosine)
// and writes the table EmbeddingClusters maps. Deterministic: the same input
// gives the same file. A line that is not a word and `dimensions` numbers is
// Corrupt ("file:line: ..."), as is a word given twice.
Status TrainEmbeddingClusters(const EmbeddingClusterOptions& options,
                              EmbeddingClusterReport* report);

struct SpanFigures {
  size_t gold = 0, predicted = 0, correct = 0;
  double precision = 0, recall = 0, f1 = 0;
};

struct ConllEvaluation {
  size_t documents = 0, sentences = 0, tokens = 0;
  double pos_accuracy = 0;
  SpanFigures chunk;
  SpanFigures entity;
  std::map<std::string, SpanFigures> entity_by_type;
  // (gold tag, predicted tag, count) for wrong POS tags, most frequent first.
  std::vector<std::tuple<std::string, std::string, size_t>> pos_confusions;
};

// Where the chunker and entity recogniser get their POS tags when scored.
enum class ConllPos {
  kTagged,  // from acta's tagger, as in use
  kGiven,   // from the file's POS column: scores them apart from the tagger's errors
};

// Tags the words of a CoNLL-2003 file with the models of `options` (the file's
// own tags serve only as the answer key, except its POS tags with
// ConllPos::kGiven) and scores POS accuracy, chunk F1 and entity F1 the way
// CoNLL's conlleval does. When `predictions` is not null it receives, per
// token, "word gold-POS POS gold-chunk chunk gold-entity entity". With kGiven,
// a POS tag the tagger's model does not have is InvalidArgument.
Result<ConllEvaluation> EvaluateConllFile(const std::string& path, const AnalyzerOptions& options,
                                          std::string* predictions = nullptr,
                                          ConllPos pos = ConllPos::kTagged);

}  // namespace acta

#endif  // ACTA_TRAINING_H_
