#include "lemma/lemmatizer.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

namespace acta {
namespace {

// Debian's wordnet-base installs WordNet 3.0 here; acta's default WordNet dir.
constexpr const char* kWordNetDir = "/usr/share/wordnet";

struct Case {
  const char* word;
  const char* lemma;
};

class LemmatizerTest : public testing::Test {
 protected:
  static void SetUpTestSuite() {
    if (!std::filesystem::exists(std::string(kWordNetDir) + "/index.verb")) return;
    auto loaded = Lemmatizer::Load(kWordNetDir);
    ASSERT_TRUE(loaded.ok()) << loaded.status().ToString();
    lemmatizer_ = new std::shared_ptr<const Lemmatizer>(*loaded);
  }
  static void TearDownTestSuite() {
    delete lemmatizer_;
    lemmatizer_ = nullptr;
  }
  void SetUp() override {
    if (lemmatizer_ == nullptr)
      GTEST_SKIP() << "WordNet not installed (Debian package wordnet-base)";
  }
  std::string Lemma(std::string_view word, WordClass cls) const {
    return std::string((*lemmatizer_)->Lemma(word, cls));
  }

  static std::shared_ptr<const Lemmatizer>* lemmatizer_;
};

std::shared_ptr<const Lemmatizer>* LemmatizerTest::lemmatizer_ = nullptr;

TEST_F(LemmatizerTest, NewsVerbs) {
  static constexpr Case kCases[] = {
      // Exception list (irregular forms).
      {"met", "meet"},
      {"fled", "flee"},
      {"said", "say"},
      {"fought", "fight"},
      {"sought", "seek"},
      {"held", "hold"},
      {"struck", "strike"},
      {"shot", "shoot"},
      {"denied", "deny"},
      {"told", "tell"},
      {"withdrew", "withdraw"},
      {"withdrawn", "withdraw"},
      {"spoke", "speak"},
      {"spoken", "speak"},
      {"went", "go"},
      {"gone", "go"},
      {"came", "come"},
      {"took", "take"},
      {"taken", "take"},
      {"gave", "give"},
      {"given", "give"},
      {"began", "begin"},
      {"begun", "begin"},
      {"won", "win"},
      {"lost", "lose"},
      {"led", "lead"},
      {"left", "leave"},
      {"sent", "send"},
      {"brought", "bring"},
      {"thought", "think"},
      {"made", "make"},
      {"found", "find"},
      {"became", "become"},
      {"ran", "run"},
      {"stood", "stand"},
      {"understood", "understand"},
      {"wrote", "write"},
      {"chose", "choose"},
      {"broke", "break"},
      {"broken", "break"},
      {"fell", "fall"},
      {"drove", "drive"},
      {"rose", "rise"},
      {"hid", "hide"},
      {"swore", "swear"},
      {"overthrew", "overthrow"},
      {"dying", "die"},
      {"lying", "lie"},
      {"tried", "try"},
      {"carried", "carry"},
      {"expelled", "expel"},
      {"is", "be"},
      {"was", "be"},
      {"were", "be"},
      {"been", "be"},
      {"are", "be"},
      {"has", "have"},
      {"had", "have"},
      {"did", "do"},
      // Detachment rules.
      {"killed", "kill"},
      {"attacked", "attack"},
      {"bombed", "bomb"},
      {"seized", "seize"},
      {"accused", "accuse"},
      {"accuses", "accuse"},
      {"urged", "urge"},
      {"warned", "warn"},
      {"arrested", "arrest"},
      {"launched", "launch"},
      {"captured", "capture"},
      {"invaded", "invade"},
      {"signed", "sign"},
      {"agreed", "agree"},
      {"rejected", "reject"},
      {"condemned", "condemn"},
      {"criticized", "criticize"},
      {"protested", "protest"},
      {"demanded", "demand"},
      {"threatened", "threaten"},
      {"announced", "announce"},
      {"visited", "visit"},
      {"negotiated", "negotiate"},
      {"wounded", "wound"},
      {"injured", "injure"},
      {"detained", "detain"},
      {"released", "release"},
      {"freed", "free"},
      {"imposed", "impose"},
      {"lifted", "lift"},
      {"eased", "ease"},
      {"raided", "raid"},
      {"ambushed", "ambush"},
      {"killing", "kill"},
      {"fighting", "fight"},
      {"meeting", "meet"},
      {"saying", "say"},
      {"hoping", "hope"},
      {"voting", "vote"},
      {"ruled", "rule"},
      {"says", "say"},
      {"supplies", "supply"},
      {"pushes", "push"},
      // Doubled final consonants outside the exception list.
      {"planned", "plan"},
      {"planning", "plan"},
      {"stopped", "stop"},
      {"shelled", "shell"},
      {"shelling", "shell"},
      // Base forms, including ones a suffix rule would wrongly shorten.
      {"hit", "hit"},
      {"cut", "cut"},
      {"set", "set"},
      {"feed", "feed"},
      {"seed", "seed"},
      {"need", "need"},
      {"canvass", "canvass"},
  };
  for (const Case& c : kCases) EXPECT_EQ(Lemma(c.word, WordClass::kVerb), c.lemma) << c.word;
}

TEST_F(LemmatizerTest, Nouns) {
  static constexpr Case kCases[] = {
      {"children", "child"},
      {"casualties", "casualty"},
      {"troops", "troop"},
      {"militias", "militia"},
      {"leaves", "leaf"},
      {"crises", "crisis"},
      {"men", "man"},
      {"women", "woman"},
      {"policemen", "policeman"},
      {"soldiers", "soldier"},
      {"officials", "official"},
      {"refugees", "refugee"},
      {"talks", "talk"},
      {"forces", "force"},
      {"rebels", "rebel"},
      {"civilians", "civilian"},
      {"elections", "election"},
      {"countries", "country"},
      {"cities", "city"},
      {"churches", "church"},
      {"taxes", "tax"},
      {"buses", "bus"},
      {"boxes", "box"},
      {"bushes", "bush"},
      {"wives", "wife"},
      {"lives", "life"},
      {"feet", "foot"},
      {"teeth", "tooth"},
      {"analyses", "analysis"},
      {"hostages", "hostage"},
      {"allies", "ally"},
      {"authorities", "authority"},
      // Unchanged: base forms, -ss words, short words, -s nouns without a stem.
      {"people", "people"},
      {"police", "police"},
      {"glass", "glass"},
      {"news", "news"},
      {"us", "us"},
      {"troop", "troop"},
  };
  for (const Case& c : kCases) EXPECT_EQ(Lemma(c.word, WordClass::kNoun), c.lemma) << c.word;
}

TEST_F(LemmatizerTest, AdjectivesAndAdverbs) {
  static constexpr Case kAdjectives[] = {
      {"bigger", "big"},  {"biggest", "big"},      {"better", "good"},   {"best", "good"},
      {"worse", "bad"},   {"worst", "bad"},        {"happier", "happy"}, {"nicer", "nice"},
      {"weaker", "weak"}, {"strongest", "strong"}, {"modest", "modest"}, {"greater", "greater"},
  };
  for (const Case& c : kAdjectives) {
    EXPECT_EQ(Lemma(c.word, WordClass::kAdjective), c.lemma) << c.word;
  }
  EXPECT_EQ(Lemma("better", WordClass::kAdverb), "well");
  EXPECT_EQ(Lemma("hardest", WordClass::kAdverb), "hard");
  EXPECT_EQ(Lemma("quickly", WordClass::kAdverb), "quickly");
  // Adverbs have no detachment rules.
  EXPECT_EQ(Lemma("faster", WordClass::kAdverb), "faster");
}

TEST_F(LemmatizerTest, UnknownWordsComeBackAsTheInput) {
  const std::string word = "flurbed";
  std::string_view lemma = (*lemmatizer_)->Lemma(word, WordClass::kVerb);
  EXPECT_EQ(lemma, "flurbed");
  EXPECT_EQ(lemma.data(), word.data());
  EXPECT_EQ(Lemma("zxqs", WordClass::kNoun), "zxqs");
  EXPECT_EQ(Lemma("", WordClass::kNoun), "");
  EXPECT_EQ(Lemma("killed", WordClass::kOther), "killed");
  EXPECT_EQ(Lemma(std::string(300, 'a') + "ed", WordClass::kVerb), std::string(300, 'a') + "ed");
}

TEST_F(LemmatizerTest, LemmaOutlivesTheInput) {
  std::string_view lemma;
  {
    std::string word = "attacked";
    lemma = (*lemmatizer_)->Lemma(word, WordClass::kVerb);
  }
  EXPECT_EQ(lemma, "attack");
}

TEST_F(LemmatizerTest, ReadingsSayWhatAFormCanBe) {
  constexpr uint64_t kListed = 1, kException = 2;
  auto cls = [](uint64_t readings, WordClass c) {
    return (readings >> (16 * static_cast<int>(c))) & 0xffff;
  };
  uint64_t trickled = (*lemmatizer_)->Readings("trickled");
  EXPECT_EQ(cls(trickled, WordClass::kNoun), 0u);
  EXPECT_EQ(cls(trickled, WordClass::kVerb), 4u << 4);  // rule 4: -ed -> -e
  uint64_t american = (*lemmatizer_)->Readings("american");
  EXPECT_EQ(cls(american, WordClass::kNoun), kListed);
  EXPECT_EQ(cls(american, WordClass::kAdjective), kListed);
  EXPECT_EQ(cls(american, WordClass::kVerb), 0u);
  EXPECT_NE(cls((*lemmatizer_)->Readings("fled"), WordClass::kVerb) & kException, 0u);
  // An exception, and a doubled consonant undone ("plan").
  EXPECT_EQ(cls((*lemmatizer_)->Readings("planned"), WordClass::kVerb), kException | 4u << 8);
  EXPECT_EQ((*lemmatizer_)->Readings("zxqsw"), 0u);
  EXPECT_EQ((*lemmatizer_)->Readings(""), 0u);
  EXPECT_EQ((*lemmatizer_)->Readings(std::string(300, 'a')), 0u);
}

TEST(WordClassOfPennTagTest, MapsEveryOpenClassTag) {
  static constexpr std::pair<const char*, WordClass> kCases[] = {
      {"VB", WordClass::kVerb},       {"VBD", WordClass::kVerb},     {"VBG", WordClass::kVerb},
      {"VBN", WordClass::kVerb},      {"VBP", WordClass::kVerb},     {"VBZ", WordClass::kVerb},
      {"NN", WordClass::kNoun},       {"NNS", WordClass::kNoun},     {"NNP", WordClass::kNoun},
      {"NNPS", WordClass::kNoun},     {"JJ", WordClass::kAdjective}, {"JJR", WordClass::kAdjective},
      {"JJS", WordClass::kAdjective}, {"RB", WordClass::kAdverb},    {"RBR", WordClass::kAdverb},
      {"RBS", WordClass::kAdverb},    {"MD", WordClass::kOther},     {"WRB", WordClass::kOther},
      {"PRP", WordClass::kOther},     {"DT", WordClass::kOther},     {"IN", WordClass::kOther},
      {"RP", WordClass::kOther},      {"", WordClass::kOther},       {"V", WordClass::kOther},
      {"VBX", WordClass::kOther},     {"NNX", WordClass::kOther},    {"vbd", WordClass::kOther},
  };
  for (const auto& [tag, cls] : kCases) EXPECT_EQ(WordClassOfPennTag(tag), cls) << tag;
}

class LemmatizerLoadTest : public testing::Test {
 protected:
  void SetUp() override {
    // One directory per test and process: ctest runs the tests of this
    // fixture at the same time.
    dir_ = std::filesystem::path(testing::TempDir()) /
           ("acta_lemma_load_test_" +
            std::string(testing::UnitTest::GetInstance()->current_test_info()->name()) + "_" +
            std::to_string(::getpid()));
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
    for (const char* name : {"noun", "verb", "adj", "adv"}) {
      Write(std::string(name) + ".exc", "");
      Write(std::string("index.") + name, "  1 licence text\n");
    }
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  void Write(const std::string& name, const std::string& text) {
    std::ofstream(dir_ / name) << text;
  }
  std::filesystem::path dir_;
};

TEST_F(LemmatizerLoadTest, ReadsMinimalTables) {
  Write("verb.exc", "went go\nwent_on go_on\n");
  Write("index.verb", "  1 licence text\ngo v 1 1\nkill v 1 1\ngo_on v 1 1\n");
  Write("noun.exc", "comics comic_strip comic\n");
  auto loaded = Lemmatizer::Load(dir_.string());
  ASSERT_TRUE(loaded.ok()) << loaded.status().ToString();
  EXPECT_EQ((*loaded)->Lemma("went", WordClass::kVerb), "go");
  EXPECT_EQ((*loaded)->Lemma("kills", WordClass::kVerb), "kill");
  EXPECT_EQ((*loaded)->Lemma("goes", WordClass::kVerb), "go");
  // The first base that is a single word.
  EXPECT_EQ((*loaded)->Lemma("comics", WordClass::kNoun), "comic");
}

TEST_F(LemmatizerLoadTest, ReadingsFollowTheTables) {
  Write("verb.exc", "went go\n");
  Write("index.verb", "  1 licence text\ngo v 1 1\nkill v 1 1\n");
  Write("index.noun", "  1 licence text\nkill n 1 1\n");
  auto loaded = Lemmatizer::Load(dir_.string());
  ASSERT_TRUE(loaded.ok()) << loaded.status().ToString();
  // kill: a listed noun (bit 0) and a listed verb (bit 16).
  EXPECT_EQ((*loaded)->Readings("kill"), uint64_t{1} | uint64_t{1} << 16);
  // went: a verb exception only.
  EXPECT_EQ((*loaded)->Readings("went"), uint64_t{2} << 16);
  // kills: noun rule 0 (-s) and verb rule 0 (-s).
  EXPECT_EQ((*loaded)->Readings("kills"), uint64_t{4} | uint64_t{4} << 16);
  // killed: verb rule 5 (-ed -> nothing; rule 4, -ed -> -e, gives no listed form).
  EXPECT_EQ((*loaded)->Readings("killed"), uint64_t{4 << 5} << 16);
  EXPECT_EQ((*loaded)->Readings("walked"), 0u);
}

TEST_F(LemmatizerLoadTest, MissingFileIsNotFound) {
  std::filesystem::remove(dir_ / "index.adj");
  auto loaded = Lemmatizer::Load(dir_.string());
  ASSERT_FALSE(loaded.ok());
  EXPECT_EQ(loaded.status().code(), Status::Code::kNotFound);
  EXPECT_NE(loaded.status().message().find("index.adj"), std::string::npos);
}

TEST_F(LemmatizerLoadTest, ExceptionLineWithoutBaseIsCorrupt) {
  Write("adj.exc", "bigger big\nbiggest\n");
  auto loaded = Lemmatizer::Load(dir_.string());
  ASSERT_FALSE(loaded.ok());
  EXPECT_EQ(loaded.status().code(), Status::Code::kCorrupt);
  EXPECT_NE(loaded.status().message().find("adj.exc:2:"), std::string::npos)
      << loaded.status().message();
}

}  // namespace
}  // namespace acta
