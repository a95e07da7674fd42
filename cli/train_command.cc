// `acta train taggers`: trains the tagger, chunker and entity models.
#include <fmt/format.h>
#include <CLI/CLI.hpp>

#include <chrono>
#include <cstdio>
#include <memory>

#include "acta/analysis.h"
#include "acta/training.h"
#include "commands.h"

namespace acta::cli {

void RegisterTrain(CLI::App& app, GlobalOptions& global) {
  CLI::App* train = app.add_subcommand("train", "train acta's own models");
  train->require_subcommand(1);
  auto copts = std::make_shared<ClusterTrainingOptions>();
  copts->shared_dir = ACTA_SHARED_DIR;
  CLI::App* clusters = train->add_subcommand(
      "clusters", "train Brown word clusters on the Reuters, BBC and CoNLL train/valid text");
  clusters->add_option("--shared", copts->shared_dir, "directory holding corpora/");
  clusters->add_option("--out", copts->out_path,
                       "output file (default: DATA_DIR/models/clusters.txt)");
  clusters->add_option("--clusters", copts->num_clusters, "number of clusters");
  clusters->add_option("--min-count", copts->min_count, "rarer words get no cluster");
  clusters->callback([copts, &global] {
    std::string data = global.data_dir.empty() ? DefaultDataDir() : global.data_dir;
    if (copts->out_path.empty()) copts->out_path = data + "/models/clusters.txt";
    copts->log = [&global](const std::string& line) {
      if (!global.quiet) std::fprintf(stderr, "%s\n", line.c_str());
    };
    Status s = TrainWordClusters(*copts);
    if (!s.ok()) {
      std::fprintf(stderr, "acta train clusters: %s\n", s.ToString().c_str());
      global.exit_code = kExitFailure;
    }
  });

  auto eopts = std::make_shared<EmbeddingClusterOptions>();
  eopts->from = "build/embeddings-data/glove-100d.txt";
  CLI::App* embedding = train->add_subcommand(
      "embedding-clusters", "cluster word embeddings into the word classes the entity model reads");
  embedding->add_option("--from", eopts->from,
                        "vectors in GloVe's text format, most frequent word first, as "
                        "scripts/embeddings-data.sh writes them");
  embedding->add_option(
      "-o,--output", eopts->out_path,
      "where to write the table (default: DATA_DIR/models/embedding-clusters.bin)");
  embedding->add_option("--words", eopts->max_words, "how many of the first words get a class");
  embedding->callback([eopts, &global] {
    if (eopts->out_path.empty()) {
      eopts->out_path = (global.data_dir.empty() ? DefaultDataDir() : global.data_dir) +
                        "/models/embedding-clusters.bin";
    }
    EmbeddingClusterReport r;
    Status s = TrainEmbeddingClusters(*eopts, &r);
    if (!s.ok()) {
      std::fprintf(stderr, "acta train embedding-clusters: %s\n", s.ToString().c_str());
      global.exit_code = kExitFailure;
      return;
    }
    if (!global.quiet) {
      std::fprintf(stderr, "embedding clusters: %zu words of %zu dimensions written to %s\n",
                   r.words, r.dimensions, eopts->out_path.c_str());
    }
  });

  auto tags_from = std::make_shared<std::string>("build/word-tags-data/en-lexicon.tsv");
  auto tags_out = std::make_shared<std::string>();
  CLI::App* word_tags = train->add_subcommand(
      "word-tags", "compile the tag lexicon (each word's Penn Treebank tags) the tagger reads");
  word_tags->add_option("--from", *tags_from,
                        "\"word TAB TAG|TAG...\" lines, as scripts/word-tags-data.sh writes them");
  word_tags->add_option("-o,--output", *tags_out,
                        "where to write it (default: DATA_DIR/models/word-tags.tsv)");
  word_tags->callback([tags_from, tags_out, &global] {
    if (tags_out->empty()) {
      *tags_out =
          (global.data_dir.empty() ? DefaultDataDir() : global.data_dir) + "/models/word-tags.tsv";
    }
    WordTagsReport r;
    Status s = CompileWordTags(*tags_from, *tags_out, &r);
    if (!s.ok()) {
      std::fprintf(stderr, "acta train word-tags: %s\n", s.ToString().c_str());
      global.exit_code = kExitFailure;
      return;
    }
    for (const std::string& p : r.problems) std::fprintf(stderr, "%s\n", p.c_str());
    if (!global.quiet) {
      std::fprintf(stderr,
                   "word tags: %zu entries read, %zu words written to %s; left out: %zu "
                   "multi-word, %zu without a Penn Treebank tag, %zu malformed; %zu other "
                   "tags dropped\n",
                   r.lines, r.written, tags_out->c_str(), r.multiword, r.no_tag_left, r.malformed,
                   r.unknown_tags);
    }
  });

  auto opts = std::make_shared<TaggerTrainingOptions>();
  auto conll_dir =
      std::make_shared<std::string>(std::string(ACTA_SHARED_DIR) + "/corpora/conll2003");
  CLI::App* taggers = train->add_subcommand(
      "taggers", "train the POS tagger, chunker and named-entity recogniser on CoNLL-2003");
  taggers->add_option("--conll-dir", *conll_dir,
                      "directory with CoNLL-2003 train.txt and valid.txt (test.txt is never read)");
  taggers->add_option("--out", opts->out_dir, "output directory (default: DATA_DIR/models)");
  taggers->add_option("--clusters", opts->clusters_path, "word-cluster file");
  taggers->add_option("--lexicon", opts->lexicon_dir, "gazetteer directory");
  taggers->add_option("--pos-epochs", opts->pos_epochs, "maximum passes for the tagger");
  taggers->add_option("--chunk-epochs", opts->chunk_epochs, "maximum passes for the chunker");
  taggers->add_option("--entity-epochs", opts->entity_epochs, "maximum passes for entities");
  taggers->add_option("--folds", opts->folds, "jackknife folds");
  taggers->add_option("--max-sentences", opts->max_train_sentences,
                      "train on at most this many sentences (0 = all)");
  taggers->add_option("--pos-lexicon-min", opts->pos_lexicon_min,
                      "words seen this often, always with one tag, take it unscored (0: off)");
  taggers->add_option("--max-step", opts->max_step,
                      "largest passive-aggressive step (0: perceptron updates)");
  taggers->add_option("--prune", opts->prune_below,
                      "drop features whose weights are all at most this in magnitude");
  taggers->add_flag("!--train-only", opts->final_with_valid,
                    "write the models trained on train.txt alone (default: once the passes are "
                    "chosen on valid.txt, train on both)");
  taggers->add_flag("--second-tag-passes", opts->second_tag_passes,
                    "also train second passes for tags and chunks");
  taggers->add_flag("--full-second-pass", opts->full_second_pass,
                    "give the second entity pass all local features too");
  taggers->add_flag("!--no-second-pass", opts->second_entity_pass,
                    "skip the document-level second entity pass");
  taggers->add_flag("!--no-wordnet", opts->use_wordnet,
                    "do not give the tagger WordNet's readings of each word");
  taggers->add_option("--embedding-clusters", opts->embedding_clusters_path,
                      "word classes from `acta train embedding-clusters` (default: "
                      "DATA_DIR/models/embedding-clusters.bin; \"none\": train without)");
  taggers->add_option("--word-tags", opts->word_tags_path,
                      "tag lexicon from `acta train word-tags` (default: "
                      "DATA_DIR/models/word-tags.tsv; \"none\": train without)");
  taggers->callback([opts, conll_dir, &global] {
    opts->train_path = *conll_dir + "/train.txt";
    opts->valid_path = *conll_dir + "/valid.txt";
    std::string data = global.data_dir.empty() ? DefaultDataDir() : global.data_dir;
    if (opts->out_dir.empty()) opts->out_dir = data + "/models";
    if (opts->clusters_path.empty()) opts->clusters_path = data + "/models/clusters.txt";
    if (opts->lexicon_dir.empty()) opts->lexicon_dir = data + "/lexicon";
    // A resource file not given is the one `make` builds; "none" trains without it.
    auto resource = [&data](std::string* path, const char* file) {
      if (path->empty()) *path = data + "/models/" + file;
      if (*path == "none") path->clear();
    };
    resource(&opts->word_tags_path, "word-tags.tsv");
    resource(&opts->embedding_clusters_path, "embedding-clusters.bin");
    opts->wordnet_dir = global.wordnet_dir;
    opts->log = [&global](const std::string& line) {
      if (!global.quiet) std::fprintf(stderr, "%s\n", line.c_str());
    };
    auto start = std::chrono::steady_clock::now();
    Status s = TrainTaggers(*opts);
    if (!s.ok()) {
      std::fprintf(stderr, "acta train taggers: %s\n", s.ToString().c_str());
      global.exit_code = kExitFailure;
      return;
    }
    double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::fprintf(stderr, "models written to %s in %.1f s\n", opts->out_dir.c_str(), secs);
  });
}

}  // namespace acta::cli
