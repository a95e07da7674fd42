#include "tagger/train.h"

#include <gtest/gtest.h>

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "acta/training.h"
#include "lemma/lemmatizer.h"
#include "tagger/tagger.h"

namespace acta {
namespace {

std::string Slurp(const std::string& path) {
  std::ifstream f(path, std::ios::binary);
  std::stringstream s;
  s << f.rdbuf();
  return s.str();
}

// Models must be reproducible from the training program: same data and
// options, byte-identical files.
TEST(TrainTaggersTest, TrainingIsDeterministic) {
  const std::string conll = std::string(ACTA_SHARED_DIR) + "/corpora/conll2003";
  if (!std::filesystem::exists(conll + "/train.txt")) {
    GTEST_SKIP() << "CoNLL-2003 not found in " << conll << ": training not checked";
  }
  const std::filesystem::path tags_dir = std::filesystem::temp_directory_path() /
                                         ("acta_train_test_tags_" + std::to_string(::getpid()));
  std::filesystem::create_directories(tags_dir);
  const std::string tags_path = (tags_dir / "word-tags.tsv").string();
  std::ofstream(tags_path) << "Troops\tNNS NNP\ntroops\tNNS\n";
  // Word classes for three words: two of one direction, one of another.
  const std::filesystem::path embedding_dir = tags_dir / "embeddings";
  std::filesystem::create_directories(embedding_dir);
  std::ofstream(tags_dir / "vectors.txt") << "troops 1 0.1\nsoldiers 0.9 0.1\ntrickled 0 1\n";
  EmbeddingClusterOptions eo;
  eo.from = (tags_dir / "vectors.txt").string();
  eo.out_path = (embedding_dir / "classes.bin").string();
  eo.branching = 2;
  eo.levels = 1;
  ASSERT_TRUE(TrainEmbeddingClusters(eo, nullptr).ok());
  std::string dirs[2];
  for (int run = 0; run < 2; ++run) {
    dirs[run] = (std::filesystem::temp_directory_path() /
                 ("acta_train_test_" + std::to_string(::getpid()) + "_" + std::to_string(run)))
                    .string();
    TaggerTrainingOptions o;
    o.train_path = conll + "/train.txt";
    o.valid_path = conll + "/valid.txt";
    o.out_dir = dirs[run];
    o.max_train_sentences = 400;
    o.pos_epochs = o.chunk_epochs = o.entity_epochs = 2;
    o.folds = 2;
    o.word_tags_path = tags_path;
    o.embedding_clusters_path = eo.out_path;
    Status s = TrainTaggers(o);
    ASSERT_TRUE(s.ok()) << s.ToString();
  }
  for (const char* name : {"pos.model", "chunk.model", "entity.model", "entity2.model"}) {
    std::string a = Slurp(dirs[0] + "/" + name), b = Slurp(dirs[1] + "/" + name);
    EXPECT_GT(a.size(), 1000u) << name;
    EXPECT_EQ(a, b) << name << " differs between two identical trainings";
  }
  // The models learnt from WordNet's readings of each word, so they load only with WordNet.
  const std::string manifest = Slurp(dirs[0] + "/" + kTaggerManifest);
  EXPECT_NE(manifest.find("wordnet readings\n"), std::string::npos);
  EXPECT_NE(manifest.find("word-tags "), std::string::npos) << manifest;
  EXPECT_NE(manifest.find("embedding-clusters "), std::string::npos) << manifest;
  Result<std::shared_ptr<const Tagger>> without = Tagger::Load(dirs[0], nullptr);
  ASSERT_FALSE(without.ok());
  EXPECT_EQ(without.status().code(), Status::Code::kInvalidArgument);
  EXPECT_NE(without.status().message().find("WordNet"), std::string::npos);
  Result<std::shared_ptr<const Lemmatizer>> wordnet = Lemmatizer::Load("");
  ASSERT_TRUE(wordnet.ok()) << wordnet.status().ToString();
  Result<std::shared_ptr<const Tagger>> with = Tagger::Load(dirs[0], *wordnet);
  ASSERT_TRUE(with.ok()) << with.status().ToString();
  // The tagger's features of a word carry what WordNet says it can be.
  std::string_view forms[] = {"Troops", "trickled", "Zxqwv", "SOLDIERS"};
  WordFeatures words[4];
  (*with)->featurizer().Compute(forms, 4, words);
  EXPECT_EQ(words[0].readings, (*wordnet)->Readings("troops"));
  EXPECT_NE(words[1].readings, 0u);
  EXPECT_EQ(words[2].readings, 0u);
  // ... and the tags the tag lexicon gives the word as written.
  EXPECT_EQ(words[0].tags, (uint64_t{1} << 12) | (uint64_t{1} << 13));  // NNS, NNP
  EXPECT_EQ(words[0].first_tag, 13u);                                   // NNS
  EXPECT_EQ(words[1].tags, 0u);
  // ... and the word's class among the embeddings, looked up in lower case.
  EXPECT_EQ(words[0].embedding_length, 1u);
  EXPECT_EQ(words[3].embedding_length, 1u);
  EXPECT_EQ(words[0].embedding, words[3].embedding);
  EXPECT_EQ(words[1].embedding_length, 1u);
  EXPECT_NE(words[1].embedding, words[0].embedding);
  EXPECT_EQ(words[2].embedding_length, 0u);
  // Trained with the word classes, the models do not load without them.
  std::filesystem::remove_all(embedding_dir);
  Result<std::shared_ptr<const Tagger>> no_classes = Tagger::Load(dirs[0], *wordnet);
  ASSERT_FALSE(no_classes.ok());
  EXPECT_EQ(no_classes.status().code(), Status::Code::kNotFound);
  EXPECT_NE(no_classes.status().message().find("classes.bin"), std::string::npos);
  // The models were trained with the tag lexicon: without it they do not load.
  std::filesystem::remove_all(tags_dir);
  Result<std::shared_ptr<const Tagger>> no_tags = Tagger::Load(dirs[0], *wordnet);
  ASSERT_FALSE(no_tags.ok());
  EXPECT_EQ(no_tags.status().code(), Status::Code::kNotFound);
  EXPECT_NE(no_tags.status().message().find("word-tags.tsv"), std::string::npos);
  for (const std::string& d : dirs) std::filesystem::remove_all(d);
}

}  // namespace
}  // namespace acta
