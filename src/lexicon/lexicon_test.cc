#include "lexicon/lexicon.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <random>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace acta {
namespace {

std::vector<std::string_view> Views(const std::vector<std::string>& tokens) {
  return std::vector<std::string_view>(tokens.begin(), tokens.end());
}

std::vector<uint64_t> MatchTokens(const Lexicon& lexicon, const std::vector<std::string>& tokens) {
  std::vector<uint64_t> masks;
  lexicon.Match(Views(tokens), &masks);
  return masks;
}

// Lists written into a fresh temporary directory per test.
class LexiconFilesTest : public testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::path(testing::TempDir()) /
           (std::string("acta_lexicon_") +
            testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  void Write(const std::string& name, const std::string& text) {
    std::ofstream(dir_ / name, std::ios::binary) << text;
  }
  std::shared_ptr<const Lexicon> LoadOrDie() {
    auto loaded = Lexicon::Load(dir_.string());
    EXPECT_TRUE(loaded.ok()) << loaded.status().ToString();
    return loaded.ok() ? *loaded : nullptr;
  }
  Status LoadError() {
    auto loaded = Lexicon::Load(dir_.string());
    return loaded.ok() ? Status::Ok() : loaded.status();
  }
  std::filesystem::path dir_;
};

constexpr uint64_t B0 = Lexicon::BeginBit(0), I0 = Lexicon::InsideBit(0);
constexpr uint64_t B1 = Lexicon::BeginBit(1), I1 = Lexicon::InsideBit(1);

TEST_F(LexiconFilesTest, ListsAreNamedByStemInSortedOrder) {
  Write("places.txt", "Paris\n");
  Write("firms.txt", "Renault\n");
  Write("notes.md", "Ignored\n");
  auto lexicon = LoadOrDie();
  ASSERT_NE(lexicon, nullptr);
  EXPECT_EQ(lexicon->ListNames(), (std::vector<std::string>{"firms", "places"}));
  EXPECT_EQ(lexicon->ListIndex("places"), 1);
  EXPECT_EQ(lexicon->ListIndex("notes"), -1);
  EXPECT_EQ(MatchTokens(*lexicon, {"Renault", "of", "Paris", "Ignored"}),
            (std::vector<uint64_t>{B0, 0, B1, 0}));
}

TEST_F(LexiconFilesTest, LongestMatchWinsAndMatchesDoNotOverlap) {
  Write("a.txt", "New York\nNew York City\nYork\nCity Hall\nA B\nB C\n");
  auto lexicon = LoadOrDie();
  ASSERT_NE(lexicon, nullptr);
  EXPECT_EQ(MatchTokens(*lexicon, {"New", "York", "City", "Hall"}),
            (std::vector<uint64_t>{B0, I0, I0, 0}));
  EXPECT_EQ(MatchTokens(*lexicon, {"New", "York", "York"}), (std::vector<uint64_t>{B0, I0, B0}));
  EXPECT_EQ(MatchTokens(*lexicon, {"in", "New", "Jersey"}), (std::vector<uint64_t>{0, 0, 0}));
  // Leftmost first: "A B" is taken, so "B C" cannot start inside it.
  EXPECT_EQ(MatchTokens(*lexicon, {"A", "B", "C"}), (std::vector<uint64_t>{B0, I0, 0}));
  EXPECT_EQ(MatchTokens(*lexicon, {"B", "C", "A", "B"}), (std::vector<uint64_t>{B0, I0, B0, I0}));
}

TEST_F(LexiconFilesTest, ListsMatchIndependently) {
  Write("city.txt", "New York\n");
  Write("org.txt", "New York Stock Exchange\n");
  auto lexicon = LoadOrDie();
  ASSERT_NE(lexicon, nullptr);
  EXPECT_EQ(MatchTokens(*lexicon, {"New", "York", "Stock", "Exchange", "."}),
            (std::vector<uint64_t>{B0 | B1, I0 | I1, I1, I1, 0}));
}

TEST_F(LexiconFilesTest, AllCapsTokensAlsoMatchCaseInsensitively) {
  Write("a.txt", "Japan\nNew York\nCôte d'Ivoire\nMcDonald 's\nU.S.\n");
  auto lexicon = LoadOrDie();
  ASSERT_NE(lexicon, nullptr);
  EXPECT_EQ(MatchTokens(*lexicon, {"SOCCER", "-", "JAPAN", "WIN"}),
            (std::vector<uint64_t>{0, 0, B0, 0}));
  EXPECT_EQ(MatchTokens(*lexicon, {"Japan", "japan", "JaPan"}), (std::vector<uint64_t>{B0, 0, 0}));
  EXPECT_EQ(MatchTokens(*lexicon, {"NEW", "YORK"}), (std::vector<uint64_t>{B0, I0}));
  // Case-insensitive matching needs every token of the span in capitals.
  EXPECT_EQ(MatchTokens(*lexicon, {"New", "YORK"}), (std::vector<uint64_t>{0, 0}));
  EXPECT_EQ(MatchTokens(*lexicon, {"CÔTE", "D'IVOIRE"}), (std::vector<uint64_t>{B0, I0}));
  EXPECT_EQ(MatchTokens(*lexicon, {"MCDONALD", "'S"}), (std::vector<uint64_t>{B0, I0}));
  EXPECT_EQ(MatchTokens(*lexicon, {"U.S.", "u.s."}), (std::vector<uint64_t>{B0, 0}));
}

TEST_F(LexiconFilesTest, SkipsCommentsAndBlankLines) {
  Write("a.txt", "# header\n\nParis\r\n   \n#Lyon\nLyon\nNice");
  auto lexicon = LoadOrDie();
  ASSERT_NE(lexicon, nullptr);
  EXPECT_EQ(lexicon->EntryCount(0), 3u);
  EXPECT_EQ(MatchTokens(*lexicon, {"Paris", "#Lyon", "Lyon", "Nice", "#", "header"}),
            (std::vector<uint64_t>{B0, 0, B0, B0, 0, 0}));
}

TEST_F(LexiconFilesTest, EmptyInputGivesNoMasks) {
  Write("a.txt", "Paris\n");
  auto lexicon = LoadOrDie();
  ASSERT_NE(lexicon, nullptr);
  std::vector<uint64_t> masks = {7, 7};
  lexicon->Match({}, &masks);
  EXPECT_TRUE(masks.empty());
}

TEST_F(LexiconFilesTest, ReportsMalformedLinesWithFileAndLine) {
  struct Case {
    const char* text;
    const char* message;
  };
  const Case kCases[] = {
      {"Paris\nNew  York\n", "bad.txt:2: tokens separated by more than one space"},
      {"Paris\n Lyon\n", "bad.txt:2: entry starts with a space"},
      {"# x\nParis \n", "bad.txt:2: entry ends with a space"},
      {"Paris\nLy\ton\n", "bad.txt:2: control character"},
      {"Paris\nCa\xff"
       "en\n",
       "bad.txt:2: invalid UTF-8"},
      {"Paris\nLyon\nParis\n", "bad.txt:3: duplicate entry 'Paris'"},
  };
  for (const Case& c : kCases) {
    Write("bad.txt", c.text);
    Status s = LoadError();
    EXPECT_EQ(s.code(), Status::Code::kCorrupt) << c.text;
    EXPECT_NE(s.message().find(c.message), std::string::npos) << s.message();
  }
}

TEST_F(LexiconFilesTest, DirectoryErrors) {
  EXPECT_EQ(LoadError().code(), Status::Code::kNotFound);  // no lists
  EXPECT_EQ(Lexicon::Load((dir_ / "missing").string()).status().code(), Status::Code::kNotFound);
  for (int i = 0; i < 33; ++i) Write("list" + std::to_string(100 + i) + ".txt", "x\n");
  EXPECT_EQ(LoadError().code(), Status::Code::kInvalidArgument);
}

// The shipped lists in data/lexicon.
class ShippedLexiconTest : public testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto loaded = Lexicon::Load(ACTA_SOURCE_DIR "/data/lexicon");
    ASSERT_TRUE(loaded.ok()) << loaded.status().ToString();
    lexicon_ = new std::shared_ptr<const Lexicon>(*loaded);
  }
  static void TearDownTestSuite() {
    delete lexicon_;
    lexicon_ = nullptr;
  }
  void SetUp() override { ASSERT_NE(lexicon_, nullptr); }
  const Lexicon& lex() const { return **lexicon_; }
  uint64_t B(const char* list) const { return Lexicon::BeginBit(lex().ListIndex(list)); }
  uint64_t I(const char* list) const { return Lexicon::InsideBit(lex().ListIndex(list)); }

  static std::shared_ptr<const Lexicon>* lexicon_;
};

std::shared_ptr<const Lexicon>* ShippedLexiconTest::lexicon_ = nullptr;

TEST_F(ShippedLexiconTest, HasTheExpectedListsAndSizes) {
  EXPECT_EQ(lex().ListNames(),
            (std::vector<std::string>{"cities", "companies", "countries", "demonyms", "first_names",
                                      "organizations", "person_names", "regions", "sports_teams"}));
  const std::map<std::string, size_t> kMinimum = {
      {"cities", 1500},       {"companies", 1000},   {"countries", 400},
      {"demonyms", 400},      {"first_names", 2000}, {"organizations", 800},
      {"person_names", 1500}, {"regions", 500},      {"sports_teams", 800}};
  for (const auto& [name, minimum] : kMinimum) {
    int list = lex().ListIndex(name);
    ASSERT_GE(list, 0) << name;
    EXPECT_GE(lex().EntryCount(list), minimum) << name;
  }
}

TEST_F(ShippedLexiconTest, NewsSentence) {
  std::vector<std::string> tokens = {"U.S.",      "President", "Bill", "Clinton", "met", "NATO",
                                     "officials", "in",        "New",  "York",    "."};
  std::vector<uint64_t> expected = {
      B("countries"),
      0,
      B("first_names") | B("person_names"),
      B("first_names") | I("person_names"),
      0,
      B("organizations"),
      0,
      0,
      B("cities") | B("regions"),
      I("cities") | I("regions"),
      0,
  };
  EXPECT_EQ(MatchTokens(lex(), tokens), expected);
}

TEST_F(ShippedLexiconTest, KnownEntries) {
  struct Case {
    std::vector<std::string> tokens;
    const char* list;
  };
  const std::vector<Case> kCases = {
      {{"Burma"}, "countries"},
      {{"Soviet", "Union"}, "countries"},
      {{"Côte", "d'Ivoire"}, "countries"},
      {{"Shi'ite"}, "demonyms"},
      {{"Britons"}, "demonyms"},
      {{"Kyiv"}, "cities"},
      {{"Bombay"}, "cities"},
      {{"West", "Bank"}, "regions"},
      {{"Gaza", "Strip"}, "regions"},
      {{"UN", "Security", "Council"}, "organizations"},
      {{"Hezbollah"}, "organizations"},
      {{"Reuters"}, "organizations"},
      {{"McDonald", "'s"}, "companies"},
      {{"Procter", "&", "Gamble"}, "companies"},
      {{"Bayern", "Munich"}, "sports_teams"},
      {{"PSV", "Eindhoven"}, "sports_teams"},
      {{"Feyenoord"}, "sports_teams"},
      {{"Mohammed"}, "first_names"},
      {{"Yasser", "Arafat"}, "person_names"},
  };
  for (const Case& c : kCases) {
    std::vector<uint64_t> masks = MatchTokens(lex(), c.tokens);
    const uint64_t begin = B(c.list), inside = I(c.list);
    EXPECT_TRUE(masks[0] & begin) << c.tokens[0] << " in " << c.list;
    for (size_t k = 1; k < masks.size(); ++k) {
      EXPECT_TRUE(masks[k] & inside) << c.tokens[k] << " in " << c.list;
    }
  }
}

TEST_F(ShippedLexiconTest, HeadlineInCapitals) {
  std::vector<std::string> tokens = {"SOCCER", "-", "JAPAN", "GET", "LUCKY", "WIN", "."};
  EXPECT_EQ(MatchTokens(lex(), tokens), (std::vector<uint64_t>{0, 0, B("countries"), 0, 0, 0, 0}));
}

// A direct, slow statement of Match's contract to check the trie against.
std::vector<uint64_t> ReferenceMatch(const std::vector<std::set<std::vector<std::string>>>& lists,
                                     const std::vector<std::set<std::vector<std::string>>>& upper,
                                     const std::vector<std::string>& tokens) {
  auto all_caps = [](const std::string& t) {
    return std::none_of(t.begin(), t.end(), [](char c) { return c >= 'a' && c <= 'z'; });
  };
  std::vector<uint64_t> out(tokens.size(), 0);
  for (size_t list = 0; list < lists.size(); ++list) {
    for (size_t i = 0; i < tokens.size();) {
      size_t best = 0;
      for (size_t len = 1; i + len <= tokens.size(); ++len) {
        std::vector<std::string> span(tokens.begin() + i, tokens.begin() + i + len);
        bool caps = std::all_of(span.begin(), span.end(), all_caps);
        if (lists[list].count(span) || (caps && upper[list].count(span))) best = len;
      }
      if (best == 0) {
        ++i;
        continue;
      }
      out[i] |= Lexicon::BeginBit(static_cast<int>(list));
      for (size_t k = i + 1; k < i + best; ++k)
        out[k] |= Lexicon::InsideBit(static_cast<int>(list));
      i += best;
    }
  }
  return out;
}

TEST_F(ShippedLexiconTest, AgreesWithReferenceOnRandomSentences) {
  // Rebuilds the lists from the files (ASCII entries only, so that upper-casing
  // needs no Unicode tables here) and draws sentences from their tokens.
  std::vector<std::set<std::vector<std::string>>> lists, upper;
  std::vector<std::vector<std::string>> entries;
  for (const std::string& name : lex().ListNames()) {
    std::ifstream in(std::string(ACTA_SOURCE_DIR "/data/lexicon/") + name + ".txt");
    lists.emplace_back();
    upper.emplace_back();
    std::string line;
    while (std::getline(in, line)) {
      if (line.empty() || line[0] == '#') continue;
      std::istringstream words(line);
      std::vector<std::string> tokens;
      for (std::string w; words >> w;) tokens.push_back(w);
      lists.back().insert(tokens);
      bool ascii = std::all_of(line.begin(), line.end(), [](char c) { return c > 0; });
      if (ascii) {
        for (std::string& t : tokens) {
          for (char& c : t) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        }
        upper.back().insert(tokens);
      }
      entries.push_back(std::move(tokens));
    }
  }
  std::mt19937 rng(20240326);
  const std::vector<std::string> kFiller = {"the", "said", "in", ".", ",", "on", "and"};
  for (int sentence = 0; sentence < 200; ++sentence) {
    std::vector<std::string> tokens;
    bool caps = sentence % 3 == 0;
    while (tokens.size() < 30) {
      if (rng() % 3 == 0) {
        tokens.push_back(kFiller[rng() % kFiller.size()]);
        continue;
      }
      const std::vector<std::string>& e = entries[rng() % entries.size()];
      size_t from = rng() % 4 == 0 ? rng() % e.size() : 0;  // sometimes a partial entry
      for (size_t k = from; k < e.size(); ++k) tokens.push_back(e[k]);
    }
    if (caps) {
      for (std::string& t : tokens) {
        if (!std::all_of(t.begin(), t.end(), [](char c) { return c > 0; })) continue;
        for (char& c : t) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      }
    }
    ASSERT_EQ(MatchTokens(lex(), tokens), ReferenceMatch(lists, upper, tokens))
        << "sentence " << sentence;
  }
}

}  // namespace
}  // namespace acta
