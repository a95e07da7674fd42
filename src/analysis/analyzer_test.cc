#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "acta/analysis.h"

namespace acta {
namespace {

std::shared_ptr<const Analyzer> LoadOrDie() {
  auto a = Analyzer::Load(AnalyzerOptions{});
  EXPECT_TRUE(a.ok()) << a.status().ToString();
  return a.ok() ? *a : nullptr;
}

std::string EntityText(const Analysis& a, const Span& s) {
  return std::string(
      a.text.substr(a.tokens[s.first].begin, a.tokens[s.last - 1].end - a.tokens[s.first].begin));
}

bool HasEntity(const Analysis& a, std::string_view type, std::string_view text) {
  for (const Span& s : a.entities) {
    if (s.label == type && EntityText(a, s) == text) return true;
  }
  return false;
}

TEST(AnalyzerTest, TagsLemmatisesAndFindsEntities) {
  auto analyzer = LoadOrDie();
  ASSERT_NE(analyzer, nullptr);
  const std::string text =
      "Iranian officials met Hamas leaders in Tehran on Tuesday. Thousands fled the fighting.";
  Analysis a;
  analyzer->Analyze(text, &a);
  ASSERT_EQ(a.sentences.size(), 2u);
  ASSERT_EQ(a.tokens.size(), 15u);
  struct Want {
    const char* form;
    const char* pos;
    const char* lemma;
  } want[] = {{"Iranian", "JJ", "iranian"},
              {"officials", "NNS", "official"},
              {"met", "VBD", "meet"},
              {"Hamas", "NNP", "hamas"},
              {"leaders", "NNS", "leader"},
              {"in", "IN", "in"},
              {"Tehran", "NNP", "tehran"},
              {"on", "IN", "on"},
              {"Tuesday", "NNP", "tuesday"},
              {".", ".", "."},
              {"Thousands", "NNS", "thousand"},
              {"fled", "VBD", "flee"},
              {"the", "DT", "the"},
              {"fighting", "NN", "fighting"},
              {".", ".", "."}};
  for (size_t i = 0; i < a.tokens.size(); ++i) {
    const Token& t = a.tokens[i];
    EXPECT_EQ(t.form, want[i].form) << i;
    EXPECT_EQ(t.pos, want[i].pos) << t.form;
    EXPECT_EQ(t.lemma, want[i].lemma) << t.form;
    EXPECT_EQ(text.substr(t.begin, t.end - t.begin), t.form);
  }
  EXPECT_TRUE(HasEntity(a, "MISC", "Iranian"));
  EXPECT_TRUE(HasEntity(a, "ORG", "Hamas"));
  EXPECT_TRUE(HasEntity(a, "LOC", "Tehran"));
  // Chunks: "Iranian officials" is one NP, "met" a VP.
  ASSERT_FALSE(a.chunks.empty());
  EXPECT_EQ(a.chunks[0].label, "NP");
  EXPECT_EQ(a.chunks[0].first, 0u);
  EXPECT_EQ(a.chunks[0].last, 2u);
  EXPECT_EQ(a.chunks[1].label, "VP");
}

TEST(AnalyzerTest, NewsPluralsKeepTheirForm) {
  auto analyzer = LoadOrDie();
  ASSERT_NE(analyzer, nullptr);
  Analysis a;
  analyzer->Analyze("Iranian media reported arms sales and troops.", &a);
  ASSERT_EQ(a.tokens.size(), 8u);
  EXPECT_EQ(a.tokens[1].lemma, "media");
  EXPECT_EQ(a.tokens[3].lemma, "arms");
  EXPECT_EQ(a.tokens[4].lemma, "sale");
  EXPECT_EQ(a.tokens[6].lemma, "troop");
}

TEST(AnalyzerTest, SeedStory) {
  const std::string path = std::string(ACTA_SHARED_DIR) + "/seed/000_0cafc27f6667d54f.txt";
  if (!std::filesystem::exists(path)) GTEST_SKIP() << path << " not found";
  std::ifstream f(path);
  std::stringstream buf;
  buf << f.rdbuf();
  std::string text = buf.str();
  // Skip the " date 2024-03-26 " header; the reader does this in real runs.
  text = text.substr(text.find("Ismail"));
  auto analyzer = LoadOrDie();
  ASSERT_NE(analyzer, nullptr);
  Analysis a;
  analyzer->Analyze(text, &a);
  EXPECT_EQ(a.sentences.size(), 16u);
  EXPECT_TRUE(HasEntity(a, "PER", "Ismail Haniyeh"));
  EXPECT_TRUE(HasEntity(a, "LOC", "Tehran"));
  EXPECT_TRUE(HasEntity(a, "ORG", "UN Security Council"));
  EXPECT_TRUE(HasEntity(a, "LOC", "Gaza"));
  for (const Token& t : a.tokens) {
    ASSERT_LE(t.end, text.size());
    EXPECT_FALSE(t.pos.empty());
    EXPECT_FALSE(t.chunk.empty());
    EXPECT_FALSE(t.entity.empty());
  }
  for (const Sentence& s : a.sentences) {
    EXPECT_LT(s.first_token, s.last_token);
    EXPECT_EQ(a.tokens[s.first_token].begin, s.begin);
    EXPECT_EQ(a.tokens[s.last_token - 1].end, s.end);
  }
}

TEST(AnalyzerTest, EmptyAndOddText) {
  auto analyzer = LoadOrDie();
  ASSERT_NE(analyzer, nullptr);
  Analysis a;
  for (std::string text : {std::string(), std::string("   \n\n  "), std::string("...!?"),
                           std::string(5000, 'x'), std::string("\xE2\x80\x8B\xE2\x80\x8E")}) {
    analyzer->Analyze(text, &a);
    for (const Token& t : a.tokens) EXPECT_LE(t.end, text.size());
    EXPECT_EQ(a.text.size(), text.size());
  }
}

}  // namespace
}  // namespace acta
