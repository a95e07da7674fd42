// The word features the tagger keeps per thread (WordFeatureCache) must never
// change a feature or a label: they equal features computed afresh, with more
// distinct words than the cache holds, and a warm cache tags as a cold one.
#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "acta/analysis.h"
#include "lemma/lemmatizer.h"
#include "tagger/conll.h"
#include "tagger/tagger.h"

namespace acta {
namespace {

// A news-like document whose sentences share frequent words and bring rare
// ones (far more distinct forms than a cache has slots), so entries are both
// reused and evicted.
struct Document {
  std::vector<std::string> words;
  std::vector<uint32_t> starts;
};

Document MakeDocument() {
  const std::vector<std::vector<std::string>> frames = {
      {"President", "X", "met", "officials", "of", "Y", "in", "Paris", "on", "Tuesday", "."},
      {"The", "X", "company", "said", "profits", "rose", "to", "Y", "million", "dollars", "."},
      {"REBELS", "ATTACK", "X", "NEAR", "Y"},
      {"Troops", "fired", "on", "X", "protesters", "in", "the", "Y", "district", ",", "witnesses",
       "said", "."},
  };
  Document d;
  for (int k = 0; k < 3000; ++k) {
    const std::vector<std::string>& frame = frames[k % frames.size()];
    d.starts.push_back(static_cast<uint32_t>(d.words.size()));
    for (const std::string& w : frame) {
      if (w == "X") {
        d.words.push_back("Name" + std::to_string(k * 7919 % 10007));
      } else if (w == "Y") {
        d.words.push_back(k % 3 ? "Ville" + std::to_string(k) : std::to_string(k * 13));
      } else {
        d.words.push_back(w);
      }
    }
  }
  d.starts.push_back(static_cast<uint32_t>(d.words.size()));
  return d;
}

bool SameFeatures(const WordFeatures& a, const WordFeatures& b) {
  for (int k = 0; k < 4; ++k) {
    if (a.prefix[k] != b.prefix[k] || a.suffix[k] != b.suffix[k]) return false;
  }
  return a.word == b.word && a.lower == b.lower && a.shape == b.shape && a.flags == b.flags &&
         a.length == b.length && a.cluster == b.cluster && a.cluster_length == b.cluster_length &&
         a.lexicon == b.lexicon && a.readings == b.readings;
}

// Tags `d` with a new scratch (an empty cache), then twice with `warm`,
// whose cache holds whatever earlier documents left there, and checks that
// the features equal those computed without a cache and the labels those of
// the empty cache.
void CheckCacheChangesNothing(const Tagger& t, const Document& d, DocumentTags* warm) {
  std::vector<std::string_view> forms(d.words.begin(), d.words.end());
  DocumentTags cold;
  t.TagDocument(forms.data(), d.starts, &cold);
  std::vector<WordFeatures> fresh(forms.size());
  for (size_t k = 0; k + 1 < d.starts.size(); ++k) {
    t.featurizer().Compute(&forms[d.starts[k]], d.starts[k + 1] - d.starts[k], &fresh[d.starts[k]]);
  }
  for (int run = 0; run < 2; ++run) {
    t.TagDocument(forms.data(), d.starts, warm);
    size_t differ = 0;
    for (size_t i = 0; i < fresh.size(); ++i) differ += !SameFeatures(fresh[i], warm->words[i]);
    EXPECT_EQ(differ, 0u) << "run " << run;
    EXPECT_EQ(warm->pos, cold.pos) << "run " << run;
    EXPECT_EQ(warm->chunk, cold.chunk) << "run " << run;
    EXPECT_EQ(warm->entity, cold.entity) << "run " << run;
  }
}

std::shared_ptr<const Tagger> LoadShipped() {
  auto wordnet = Lemmatizer::Load("");
  EXPECT_TRUE(wordnet.ok()) << wordnet.status().ToString();
  if (!wordnet.ok()) return nullptr;
  auto tagger = Tagger::Load(DefaultDataDir() + "/models", *wordnet);
  EXPECT_TRUE(tagger.ok()) << tagger.status().ToString();
  return tagger.ok() ? *tagger : nullptr;
}

TEST(WordFeatureCacheTest, ChangesNoFeatureAndNoLabel) {
  auto tagger = LoadShipped();
  ASSERT_NE(tagger, nullptr);
  Document d = MakeDocument();
  DocumentTags warm;
  CheckCacheChangesNothing(*tagger, d, &warm);
  // The document does tag: capitalised names, numbers and verbs get their tags.
  size_t nnp = 0, cd = 0, vbd = 0;
  for (uint16_t id : warm.pos) {
    std::string_view tag = tagger->pos().label(id);
    nnp += tag == "NNP";
    cd += tag == "CD";
    vbd += tag == "VBD";
  }
  EXPECT_GT(nnp, 3000u);
  EXPECT_GT(cd, 500u);
  EXPECT_GT(vbd, 2000u);
}

// Real news, one document after another through the same scratch.
TEST(WordFeatureCacheTest, ChangesNothingOnConll) {
  const std::string path = std::string(ACTA_SHARED_DIR) + "/corpora/conll2003/valid.txt";
  std::vector<std::string> warnings;
  auto docs = ReadConllFile(path, &warnings);
  if (!docs.ok()) GTEST_SKIP() << path << " not found: the cache not checked on news";
  auto tagger = LoadShipped();
  ASSERT_NE(tagger, nullptr);
  ASSERT_GT(docs->size(), 200u);
  DocumentTags warm;
  for (const ConllDocument& doc : *docs) {
    Document d;
    for (const ConllSentence& s : doc.sentences) {
      d.starts.push_back(static_cast<uint32_t>(d.words.size()));
      d.words.insert(d.words.end(), s.words.begin(), s.words.end());
    }
    d.starts.push_back(static_cast<uint32_t>(d.words.size()));
    CheckCacheChangesNothing(*tagger, d, &warm);
    if (::testing::Test::HasFailure()) break;
  }
}

// A cache used by two featurizers in turn (with and without word clusters)
// gives each its own features.
TEST(WordFeatureCacheTest, StartsOverForAnotherFeaturizer) {
  auto tagger = LoadShipped();
  ASSERT_NE(tagger, nullptr);
  const Featurizer bare(nullptr, nullptr);
  std::string_view forms[] = {"Tehran", "said", "Tehran"};
  WordFeatureCache cache;
  for (const Featurizer* f : {&tagger->featurizer(), &bare, &tagger->featurizer()}) {
    WordFeatures fresh[3], cached[3];
    f->Compute(forms, 3, fresh);
    f->Compute(forms, 3, cached, &cache);
    for (int i = 0; i < 3; ++i) EXPECT_TRUE(SameFeatures(fresh[i], cached[i])) << i;
    EXPECT_EQ(cached[0].cluster_length != 0, f != &bare);
  }
}

}  // namespace
}  // namespace acta
