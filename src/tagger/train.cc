#include "tagger/train.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>

#include <fmt/format.h>

#include "cluster/word_clusters.h"
#include "lemma/lemmatizer.h"
#include "lexicon/lexicon.h"
#include "tagger/conll.h"
#include "tagger/embedding_clusters.h"
#include "tagger/evaluate.h"
#include "tagger/hash.h"
#include "tagger/sequence_model.h"
#include "tagger/tagger.h"
#include "tagger/word_tags.h"

namespace acta {

// IOB2 -> BILOU for one sentence: single-token entities become U-, last tokens L-.
std::vector<std::string> ToBilou(const std::vector<std::string>& iob) {
  auto type_of = [&](size_t i) {
    std::string_view l = iob[i];
    return l.size() > 2 && l[1] == '-' ? l.substr(2) : std::string_view();
  };
  std::vector<std::string> out;
  out.reserve(iob.size());
  for (size_t i = 0; i < iob.size(); ++i) {
    std::string_view type = type_of(i);
    if (type.empty()) {
      out.emplace_back(1, 'O');
      continue;
    }
    bool begins = iob[i][0] == 'B' || i == 0 || type_of(i - 1) != type;
    bool continues = i + 1 < iob.size() && iob[i + 1][0] == 'I' && type_of(i + 1) == type;
    char prefix = begins ? (continues ? 'B' : 'U') : (continues ? 'I' : 'L');
    std::string label(1, prefix);
    label += '-';
    label += type;
    out.push_back(std::move(label));
  }
  return out;
}

namespace {

struct Corpus {
  std::vector<TrainingSentence> sentences;
  std::vector<size_t> doc_of;             // document index of each sentence
  std::vector<std::vector<size_t>> docs;  // sentence indexes of each document
  std::vector<const ConllSentence*> source;
};

Corpus BuildCorpus(const std::vector<ConllDocument>& docs, const Featurizer& featurizer,
                   size_t max_sentences) {
  Corpus c;
  std::vector<std::string_view> forms;
  for (const ConllDocument& d : docs) {
    c.docs.emplace_back();
    for (const ConllSentence& s : d.sentences) {
      if (max_sentences && c.sentences.size() >= max_sentences) break;
      TrainingSentence t;
      forms.assign(s.words.begin(), s.words.end());
      t.words.resize(forms.size());
      featurizer.Compute(forms.data(), forms.size(), t.words.data());
      t.all_caps = MostlyCaps(t.words.data(), t.words.size());
      c.docs.back().push_back(c.sentences.size());
      c.doc_of.push_back(c.docs.size() - 1);
      c.sentences.push_back(std::move(t));
      c.source.push_back(&s);
    }
    if (c.docs.back().empty()) c.docs.pop_back();
  }
  return c;
}

std::vector<std::string> LabelSet(
    const Corpus& c,
    const std::function<const std::vector<std::string>&(const ConllSentence&)>& column,
    bool bilou) {
  std::set<std::string> set;
  for (const ConllSentence* s : c.source) {
    if (bilou) {
      for (const std::string& l : ToBilou(column(*s))) set.insert(l);
    } else {
      for (const std::string& l : column(*s)) set.insert(l);
    }
  }
  return {set.begin(), set.end()};
}

void SetGold(Corpus* c, const std::vector<std::string>& labels,
             const std::function<std::vector<std::string>(const ConllSentence&)>& column) {
  for (size_t i = 0; i < c->sentences.size(); ++i) {
    std::vector<std::string> col = column(*c->source[i]);
    auto& gold = c->sentences[i].gold;
    gold.clear();
    for (const std::string& l : col) {
      auto it = std::lower_bound(labels.begin(), labels.end(), l);
      // Labels unseen in training (possible only in held-out data) score as label 0.
      gold.push_back(it != labels.end() && *it == l ? static_cast<uint16_t>(it - labels.begin())
                                                    : 0);
    }
  }
}

// Writes model predictions for `sentences` into the field chosen by `store`.
using Store = std::function<void(TrainingSentence*, const std::vector<uint64_t>& hashes,
                                 const std::vector<uint16_t>& ids)>;

void Predict(const SequenceModel& model, Corpus* c, const std::vector<size_t>& which,
             const Store& store) {
  std::vector<uint16_t> ids;
  std::vector<uint64_t> hashes;
  for (size_t idx : which) {
    TrainingSentence& s = c->sentences[idx];
    ids.resize(s.words.size());
    hashes.resize(s.words.size());
    model.Tag(s.Input(), ids.data(), hashes.data());
    store(&s, hashes, ids);
  }
}

std::vector<size_t> AllSentences(const Corpus& c) {
  std::vector<size_t> all(c.sentences.size());
  for (size_t i = 0; i < all.size(); ++i) all[i] = i;
  return all;
}

double TokenAccuracy(const SequenceModel& m, const Corpus& dev) {
  size_t right = 0, total = 0;
  std::vector<uint16_t> ids;
  std::vector<uint64_t> hashes;
  for (const TrainingSentence& s : dev.sentences) {
    ids.resize(s.words.size());
    hashes.resize(s.words.size());
    m.Tag(s.Input(), ids.data(), hashes.data());
    for (size_t i = 0; i < ids.size(); ++i) right += ids[i] == s.gold[i];
    total += ids.size();
  }
  return total ? static_cast<double>(right) / total : 0.0;
}

double SpanF1(const SequenceModel& m, const Corpus& dev) {
  SpanScore score;
  std::vector<uint16_t> ids;
  std::vector<uint64_t> hashes;
  std::vector<std::string_view> gold, pred;
  for (const TrainingSentence& s : dev.sentences) {
    ids.resize(s.words.size());
    hashes.resize(s.words.size());
    m.Tag(s.Input(), ids.data(), hashes.data());
    gold.clear();
    pred.clear();
    for (size_t i = 0; i < ids.size(); ++i) {
      gold.push_back(m.label(s.gold[i]));
      pred.push_back(m.label(ids[i]));
    }
    score.Add(ExtractSpans(gold), ExtractSpans(pred));
  }
  return score.F1();
}

Status WriteModel(const SequenceModel& m, const std::string& path) {
  std::string data;
  m.Serialize(&data);
  std::string tmp = path + ".tmp";
  {
    std::ofstream f(tmp, std::ios::binary | std::ios::trunc);
    if (!f) return Status::IoError("cannot write " + tmp);
    f.write(data.data(), static_cast<std::streamsize>(data.size()));
    if (!f) return Status::IoError("cannot write " + tmp);
  }
  std::error_code ec;
  std::filesystem::rename(tmp, path, ec);
  if (ec) return Status::IoError("cannot rename " + tmp + ": " + ec.message());
  return Status::Ok();
}

class Trainer {
 public:
  Trainer(const TaggerTrainingOptions& o, Corpus* train, Corpus* dev)
      : o_(o), train_(train), dev_(dev) {}

  void Log(const std::string& line) const {
    if (o_.log) o_.log(line);
  }

  // Trains on all of `train` choosing the epoch on `dev`; returns the model and
  // stores the chosen epoch count in *best_epoch.
  SequenceModel TrainFull(ModelKind kind, const std::vector<std::string>& labels, int epochs,
                          bool span_metric, const char* name, int* best_epoch) {
    TrainingOptions t = Passes(kind, epochs, o_.seed);
    double best = -1;
    t.evaluate = [&](int epoch, const SequenceModel& m) {
      double score = span_metric ? SpanF1(m, *dev_) : TokenAccuracy(m, *dev_);
      Log(fmt::format("  {} epoch {}: held-out {} {:.4f} ({} features)", name, epoch,
                      span_metric ? "F1" : "accuracy", score, m.perceptron().num_features()));
      if (score > best) {
        best = score;
        *best_epoch = epoch;
      }
      return score;
    };
    return TrainSequenceModel(kind, labels, train_->sentences, t);
  }

  // Writes `chosen` (trained on the training sentences, `epochs` passes chosen
  // on the held-out ones) to `path`, or, with final_with_valid, a model trained
  // for as many passes on both; returns the written model's feature count in *features.
  Status WriteFinal(ModelKind kind, const std::vector<std::string>& labels, int epochs,
                    const SequenceModel& chosen, const std::string& path, size_t* features) {
    if (!o_.final_with_valid) {
      *features = chosen.perceptron().num_features();
      return WriteModel(chosen, path);
    }
    std::vector<TrainingSentence> all = train_->sentences;
    all.insert(all.end(), dev_->sentences.begin(), dev_->sentences.end());
    SequenceModel m = TrainSequenceModel(kind, labels, all, Passes(kind, epochs, o_.seed));
    *features = m.perceptron().num_features();
    return WriteModel(m, path);
  }

  // Jackknife: each fold's sentences are predicted by a model trained on the other folds.
  void CrossPredict(ModelKind kind, const std::vector<std::string>& labels, int epochs,
                    const Store& store) {
    const int k = std::max(2, o_.folds);
    for (int fold = 0; fold < k; ++fold) {
      std::vector<TrainingSentence> rest;
      std::vector<size_t> held;
      for (size_t i = 0; i < train_->sentences.size(); ++i) {
        if (static_cast<int>(train_->doc_of[i] % k) == fold) {
          held.push_back(i);
        } else {
          rest.push_back(train_->sentences[i]);
        }
      }
      SequenceModel m =
          TrainSequenceModel(kind, labels, rest, Passes(kind, epochs, o_.seed + fold + 1));
      Predict(m, train_, held, store);
    }
  }

 private:
  TrainingOptions Passes(ModelKind kind, int epochs, uint64_t seed) const {
    TrainingOptions t;
    t.epochs = epochs;
    t.seed = seed;
    t.prune_below = o_.prune_below;
    t.max_step = o_.max_step;
    if (kind == ModelKind::kPos) t.lexicon_min = o_.pos_lexicon_min;
    return t;
  }

  const TaggerTrainingOptions& o_;
  Corpus* train_;
  Corpus* dev_;
};

void EntityContext(const SequenceModel& pass1, Corpus* c, const std::vector<size_t>& doc_sents) {
  // Concatenate the document, compute context over it, and split it back.
  std::vector<WordFeatures> words;
  std::vector<uint16_t> labels;
  for (size_t idx : doc_sents) {
    const TrainingSentence& s = c->sentences[idx];
    words.insert(words.end(), s.words.begin(), s.words.end());
    // Temporarily the first-pass labels live in `context` (see caller).
    for (uint64_t v : s.context) labels.push_back(static_cast<uint16_t>(v));
  }
  std::vector<uint64_t> ctx(words.size() * kEntityContextWidth);
  ComputeEntityContext(words.data(), labels.data(), pass1, words.size(), ctx.data());
  size_t off = 0;
  for (size_t idx : doc_sents) {
    TrainingSentence& s = c->sentences[idx];
    size_t n = s.words.size();
    s.context.assign(ctx.begin() + off * kEntityContextWidth,
                     ctx.begin() + (off + n) * kEntityContextWidth);
    s.context_width = kEntityContextWidth;
    off += n;
  }
}

}  // namespace

Status TrainTaggers(const TaggerTrainingOptions& o) {
  std::vector<std::string> warnings;
  Result<std::vector<ConllDocument>> train_docs = ReadConllFile(o.train_path, &warnings);
  if (!train_docs.ok()) return train_docs.status();
  Result<std::vector<ConllDocument>> dev_docs = ReadConllFile(o.valid_path, &warnings);
  if (!dev_docs.ok()) return dev_docs.status();
  auto log = [&](const std::string& l) {
    if (o.log) o.log(l);
  };
  for (const std::string& w : warnings) log("warning: " + w);
  std::error_code ec;
  std::filesystem::create_directories(o.out_dir, ec);
  // Models of an earlier training with other options must not be picked up.
  for (const char* name : {"pos2", "chunk2", "entity2"}) {
    std::filesystem::remove(o.out_dir + "/" + name + ".model", ec);
  }

  std::shared_ptr<const WordClusters> clusters;
  if (!o.clusters_path.empty()) {
    Result<WordClusters> c = WordClusters::Load(o.clusters_path);
    if (!c.ok()) return c.status();
    clusters = std::make_shared<const WordClusters>(std::move(c).value());
    log(fmt::format("word clusters: {} words from {}", clusters->size(), o.clusters_path));
  }
  std::shared_ptr<const Lexicon> lexicon;
  if (!o.lexicon_dir.empty()) {
    Result<std::shared_ptr<const Lexicon>> l = Lexicon::Load(o.lexicon_dir);
    if (!l.ok()) return l.status();
    lexicon = std::move(l).value();
    log(fmt::format("gazetteer: {} lists from {}", lexicon->ListNames().size(), o.lexicon_dir));
  }
  std::shared_ptr<const Lemmatizer> wordnet;
  if (o.use_wordnet) {
    Result<std::shared_ptr<const Lemmatizer>> w = Lemmatizer::Load(o.wordnet_dir);
    if (!w.ok()) return w.status();
    wordnet = std::move(w).value();
  }
  std::shared_ptr<const WordTags> word_tags;
  if (!o.word_tags_path.empty()) {
    Result<std::shared_ptr<const WordTags>> t = WordTags::Load(o.word_tags_path);
    if (!t.ok()) return t.status();
    word_tags = std::move(t).value();
    log(fmt::format("word tags: {} words from {}", word_tags->size(), o.word_tags_path));
  }
  std::shared_ptr<const EmbeddingClusters> embedding_clusters;
  if (!o.embedding_clusters_path.empty()) {
    Result<std::shared_ptr<const EmbeddingClusters>> c =
        EmbeddingClusters::Load(o.embedding_clusters_path);
    if (!c.ok()) return c.status();
    embedding_clusters = std::move(c).value();
    log(fmt::format("embedding clusters: {} words from {}", embedding_clusters->size(),
                    o.embedding_clusters_path));
  }
  Featurizer featurizer(clusters, lexicon, wordnet, word_tags, embedding_clusters);
  {
    std::ofstream manifest(o.out_dir + "/" + kTaggerManifest, std::ios::trunc);
    auto relative = [&](const std::string& p) {
      return std::filesystem::relative(std::filesystem::absolute(p),
                                       std::filesystem::absolute(o.out_dir))
          .generic_string();
    };
    if (clusters) manifest << "clusters " << relative(o.clusters_path) << "\n";
    if (lexicon) manifest << "lexicon " << relative(o.lexicon_dir) << "\n";
    if (word_tags) manifest << "word-tags " << relative(o.word_tags_path) << "\n";
    if (embedding_clusters) {
      manifest << "embedding-clusters " << relative(o.embedding_clusters_path) << "\n";
    }
    if (wordnet) manifest << "wordnet readings\n";
    if (!manifest) return Status::IoError("cannot write the manifest in " + o.out_dir);
  }
  Corpus train = BuildCorpus(*train_docs, featurizer, o.max_train_sentences);
  Corpus dev = BuildCorpus(*dev_docs, featurizer, 0);
  if (train.sentences.empty()) return Status::InvalidArgument(o.train_path + ": no sentences");
  log(fmt::format("training on {} sentences in {} documents; {} held-out sentences",
                  train.sentences.size(), train.docs.size(), dev.sentences.size()));
  Trainer trainer(o, &train, &dev);

  // Trains a model of `kind` on all training data, writes it, then replaces
  // the field chosen by `store` with its predictions: jackknifed on the
  // training data, plain on the held-out data.
  auto stage = [&](ModelKind kind, const std::vector<std::string>& labels, int max_epochs,
                   bool span_metric, const std::string& name, const Store& store) -> Status {
    int epochs = max_epochs;
    SequenceModel m =
        trainer.TrainFull(kind, labels, max_epochs, span_metric, name.c_str(), &epochs);
    size_t features = 0;
    if (Status s = trainer.WriteFinal(kind, labels, epochs, m, o.out_dir + "/" + name + ".model",
                                      &features);
        !s.ok()) {
      return s;
    }
    trainer.CrossPredict(kind, labels, epochs, store);
    Predict(m, &dev, AllSentences(dev), store);
    log(fmt::format("{}: {} passes, {} features", name, epochs, features));
    return Status::Ok();
  };
  // Second passes see the first pass's labels of the whole sentence as context.
  auto set_context =
      [&](const std::function<const std::vector<uint64_t>&(const TrainingSentence&)>& first) {
        for (Corpus* c : {&train, &dev}) {
          for (TrainingSentence& s : c->sentences) {
            s.context.resize(s.words.size() * kTagContextWidth);
            ComputeTagContext(s.words.data(), first(s).data(), s.words.size(), s.context.data());
            s.context_width = kTagContextWidth;
          }
        }
      };
  auto clear_context = [&] {
    for (Corpus* c : {&train, &dev}) {
      for (TrainingSentence& s : c->sentences) {
        s.context.clear();
        s.context_width = 0;
      }
    }
  };

  // Tags and chunks train alike: a first pass, an optional second pass that
  // sees the first's labels, and predictions written to `field` for the models
  // after them.
  auto tag_stage = [&](ModelKind kind, std::vector<std::string> ConllSentence::*column,
                       std::vector<uint64_t> TrainingSentence::*field, int epochs, bool span_metric,
                       const std::string& name) -> Status {
    auto col = [column](const ConllSentence& s) -> const std::vector<std::string>& {
      return s.*column;
    };
    std::vector<std::string> labels = LabelSet(train, col, false);
    SetGold(&train, labels, col);
    SetGold(&dev, labels, col);
    Store store = [field](TrainingSentence* s, const std::vector<uint64_t>& h,
                          const std::vector<uint16_t>&) { s->*field = h; };
    if (Status s = stage(kind, labels, epochs, span_metric, name, store); !s.ok()) return s;
    if (!o.second_tag_passes) return Status::Ok();
    set_context(
        [field](const TrainingSentence& s) -> const std::vector<uint64_t>& { return s.*field; });
    Status s = stage(kind, labels, epochs, span_metric, name + "2", store);
    clear_context();
    return s;
  };

  // 1. Part of speech; 2. chunks from predicted tags.
  if (Status s = tag_stage(ModelKind::kPos, &ConllSentence::pos, &TrainingSentence::pos,
                           o.pos_epochs, false, "pos");
      !s.ok()) {
    return s;
  }
  if (Status s = tag_stage(ModelKind::kChunk, &ConllSentence::chunk, &TrainingSentence::chunk,
                           o.chunk_epochs, true, "chunk");
      !s.ok()) {
    return s;
  }

  // 3. Entities, first pass (local features only), BILOU labels.
  auto ner_bilou = [](const ConllSentence& s) { return ToBilou(s.ner); };
  std::set<std::string> ner_set;
  for (const ConllSentence* s : train.source) {
    for (const std::string& l : ToBilou(s->ner)) ner_set.insert(l);
  }
  std::vector<std::string> ner_labels(ner_set.begin(), ner_set.end());
  SetGold(&train, ner_labels, ner_bilou);
  SetGold(&dev, ner_labels, ner_bilou);
  int ner_epochs = o.entity_epochs;
  SequenceModel entity = trainer.TrainFull(ModelKind::kEntity, ner_labels, o.entity_epochs, true,
                                           "entity", &ner_epochs);
  size_t features = 0;
  if (Status s = trainer.WriteFinal(ModelKind::kEntity, ner_labels, ner_epochs, entity,
                                    o.out_dir + "/entity.model", &features);
      !s.ok()) {
    return s;
  }
  if (!o.second_entity_pass) {
    std::filesystem::remove(o.out_dir + "/entity2.model", ec);
    return Status::Ok();
  }

  // 4. Second entity pass over first-pass labels of the whole document.
  Store store_labels = [](TrainingSentence* s, const std::vector<uint64_t>&,
                          const std::vector<uint16_t>& ids) {
    s->context.assign(ids.begin(), ids.end());
  };
  trainer.CrossPredict(ModelKind::kEntity, ner_labels, ner_epochs, store_labels);
  Predict(entity, &dev, AllSentences(dev), store_labels);
  for (const auto& d : train.docs) EntityContext(entity, &train, d);
  for (const auto& d : dev.docs) EntityContext(entity, &dev, d);
  int ner2_epochs = o.entity_epochs;
  ModelKind kind2 = o.full_second_pass ? ModelKind::kEntity : ModelKind::kEntityRefine;
  SequenceModel entity2 =
      trainer.TrainFull(kind2, ner_labels, o.entity_epochs, true, "entity2", &ner2_epochs);
  return trainer.WriteFinal(kind2, ner_labels, ner2_epochs, entity2, o.out_dir + "/entity2.model",
                            &features);
}

}  // namespace acta
