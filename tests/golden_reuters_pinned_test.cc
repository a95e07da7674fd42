// Pins acta's own events on real Iran-Iraq war sentences of Reuters-21578:
// tests/golden/reuters_phoenix_pinned.tsv lists every event acta codes with the
// Phoenix dictionaries on the sentences chosen by the rule in its header, each
// checked by hand (correct / wrong) together with the events acta misses.
// The tests check the file's format and counts, that the rule picks the listed
// stories, and that acta codes exactly the listed (source, target, code) set
// for each sentence and nothing in the stories' other sentences. Any change in
// acta's output fails here: re-check the changed sentences by hand and update
// the file.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstddef>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

#include "acta/date.h"
#include "acta/status.h"
#include "acta/story.h"
#include "coder/coder.h"
#include "coder/compiled_dictionary.h"
#include "dict/petrarch_loader.h"
#include "sentence/sentence_splitter.h"
#include "tsv_fields.h"

namespace acta {
namespace {

namespace fs = std::filesystem;

const fs::path kPinnedFile =
    fs::path(ACTA_SOURCE_DIR) / "tests" / "golden" / "reuters_phoenix_pinned.tsv";
const fs::path kReutersDir = fs::path(ACTA_SHARED_DIR) / "corpora" / "reuters21578";
const fs::path kPhoenixIni =
    fs::path(ACTA_SHARED_DIR) / "dictionaries" / "phoenix" / "PETR_config.ini";

// The rule's stories all have NEWIDs up to 5000, which reut2-000 .. reut2-004
// hold (1000 stories each, in NEWID order).
constexpr int kCorpusFiles = 5;
constexpr size_t kRuleStories = 12;

using Triple = std::tuple<std::string, std::string, std::string>;  // source, target, code

// One sentence of the file with its lines.
struct PinnedSentence {
  int first_line = 0;
  int newid = 0;
  Date date;
  std::string text;        // whitespace collapsed
  std::set<Triple> coded;  // the correct and wrong lines: what acta codes
  size_t coded_lines = 0;
  size_t correct = 0, wrong = 0, missed = 0;
};

struct PinnedFile {
  std::vector<PinnedSentence> sentences;  // in file order
  std::vector<int> stories;               // the "# stories:" header line
  std::map<std::string, long> counts;     // the "# counts:" header line
  std::vector<std::string> errors;        // format problems, "line N: what"
};

bool IsSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

// `text` with leading and trailing white space removed and each inner run of
// it replaced by one space.
std::string Collapse(std::string_view text) {
  std::string out;
  bool pending_space = false;
  for (char c : text) {
    if (IsSpace(c)) {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out += ' ';
    pending_space = false;
    out += c;
  }
  return out;
}

std::optional<int> ParseNumber(std::string_view s) {
  if (s.empty() || s.size() > 9) return std::nullopt;
  int n = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return std::nullopt;
    n = n * 10 + (c - '0');
  }
  return n;
}

// An actor code as the Phoenix dictionaries write one: upper-case letters and
// digits, whole three-character elements.
bool IsActorCode(std::string_view s) {
  if (s.empty() || s.size() % 3 != 0) return false;
  return std::all_of(s.begin(), s.end(),
                     [](char c) { return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); });
}

bool IsCameoCode(std::string_view s) {
  return s.size() >= 3 && s.size() <= 4 && ParseNumber(s).has_value();
}

// Reads "key=value key=value" after a header tag.
std::map<std::string, long> ParseCounts(std::string_view s) {
  std::map<std::string, long> counts;
  std::istringstream in{std::string(s)};
  std::string item;
  while (in >> item) {
    const size_t eq = item.find('=');
    const std::optional<int> value =
        eq == std::string::npos ? std::nullopt : ParseNumber(std::string_view(item).substr(eq + 1));
    counts[item.substr(0, eq)] = value ? *value : -1;
  }
  return counts;
}

PinnedFile ReadPinnedFile() {
  PinnedFile file;
  std::ifstream in(kPinnedFile);
  if (!in.good()) {
    file.errors.push_back("cannot open " + kPinnedFile.string());
    return file;
  }
  constexpr std::string_view kStories = "# stories:";
  constexpr std::string_view kCounts = "# counts:";
  std::map<std::pair<int, std::string>, size_t> index;  // (newid, text) -> sentences[]
  std::set<std::pair<std::pair<int, std::string>, Triple>> seen;
  std::string line;
  for (int number = 1; std::getline(in, line); ++number) {
    const std::string where = "line " + std::to_string(number) + ": ";
    if (line.rfind(kStories, 0) == 0) {
      std::istringstream ids(line.substr(kStories.size()));
      std::string id;
      while (ids >> id) file.stories.push_back(ParseNumber(id).value_or(-1));
      continue;
    }
    if (line.rfind(kCounts, 0) == 0) {
      file.counts = ParseCounts(std::string_view(line).substr(kCounts.size()));
      continue;
    }
    if (line.empty() || line[0] == '#') continue;
    const std::vector<std::string_view> f = SplitTabs(line);
    if (f.size() != 8) {
      file.errors.push_back(where + "expected 8 tab-separated fields, got " +
                            std::to_string(f.size()));
      continue;
    }
    const std::optional<int> newid = ParseNumber(f[0]);
    const std::optional<Date> date = Date::ParseIso(f[1]);
    const std::string_view verdict = f[5];
    if (!newid) file.errors.push_back(where + "bad newid");
    if (!date) file.errors.push_back(where + "bad date");
    if (!IsActorCode(f[2]) || !IsActorCode(f[3])) file.errors.push_back(where + "bad actor code");
    if (!IsCameoCode(f[4])) file.errors.push_back(where + "bad CAMEO code");
    if (verdict != "correct" && verdict != "wrong" && verdict != "missed")
      file.errors.push_back(where + "verdict is not correct, wrong or missed");
    if (f[6].empty() || Collapse(f[6]) != f[6]) file.errors.push_back(where + "bad note");
    if (f[7].empty() || Collapse(f[7]) != f[7]) file.errors.push_back(where + "bad sentence");
    if (!newid || !date) continue;

    const std::pair<int, std::string> key{*newid, std::string(f[7])};
    auto [it, added] = index.try_emplace(key, file.sentences.size());
    if (added) {
      file.sentences.push_back({number, *newid, *date, key.second, {}, 0, 0, 0, 0});
    } else if (it->second + 1 != file.sentences.size()) {
      file.errors.push_back(where + "lines of one sentence are not together");
    }
    PinnedSentence& s = file.sentences[it->second];
    if (s.date != *date)
      file.errors.push_back(where + "date differs from the sentence's first line");
    const Triple triple{std::string(f[2]), std::string(f[3]), std::string(f[4])};
    if (!seen.insert({key, triple}).second) file.errors.push_back(where + "event listed twice");
    if (verdict == "missed") {
      ++s.missed;
    } else {
      s.coded.insert(triple);
      ++s.coded_lines;
      ++(verdict == "correct" ? s.correct : s.wrong);
    }
  }
  return file;
}

// Story text as acta's reader gives it, by NEWID.
struct Corpus {
  std::map<int, Story> stories;
  std::vector<std::string> issues;
};

const Corpus& ReutersCorpus() {
  static const Corpus* corpus = [] {
    auto* c = new Corpus;
    std::vector<std::string> inputs;
    for (int i = 0; i < kCorpusFiles; ++i) {
      char name[32];
      std::snprintf(name, sizeof name, "reut2-%03d.sgm", i);
      inputs.push_back((kReutersDir / name).string());
    }
    ReaderOptions options;
    options.format = InputFormat::kSgml;
    ReadStats stats;
    const Status status = ReadStories(
        inputs, options,
        [c](Story&& story) {
          constexpr std::string_view kPrefix = "reuters-";
          if (story.id.rfind(kPrefix, 0) != 0) return;
          const std::optional<int> newid =
              ParseNumber(std::string_view(story.id).substr(kPrefix.size()));
          if (newid) c->stories.emplace(*newid, std::move(story));
        },
        [c](const ReadIssue& issue) { c->issues.push_back(issue.origin + ": " + issue.message); },
        &stats);
    if (!status.ok()) c->issues.push_back(status.ToString());
    return c;
  }();
  return *corpus;
}

bool IsWordByte(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
         static_cast<unsigned char>(c) >= 0x80;
}

// Whether `word` occurs in `text` at the start of a word (and, with
// `whole`, also ending one).
bool HasWord(std::string_view text, std::string_view word, bool whole) {
  for (size_t at = text.find(word); at != std::string_view::npos; at = text.find(word, at + 1)) {
    const size_t end = at + word.size();
    if (at > 0 && IsWordByte(text[at - 1])) continue;
    if (whole && end < text.size() && IsWordByte(text[end])) continue;
    return true;
  }
  return false;
}

// The header's selection rule on one story's text.
bool MatchesRule(std::string_view text) {
  std::string lower(text);
  std::transform(lower.begin(), lower.end(), lower.begin(), [](char c) {
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
  });
  return HasWord(text, "Iran", false) && HasWord(text, "Iraq", false) &&
         (HasWord(lower, "war", true) || HasWord(text, "Gulf", true));
}

bool SharedMaterialPresent() {
  return fs::exists(kPhoenixIni) && fs::exists(kReutersDir / "reut2-000.sgm");
}

constexpr char kSkipReason[] =
    "Reuters-21578 or the Phoenix dictionaries not found under ACTA_SHARED_DIR";

TEST(GoldenReutersPinnedTest, FileIsWellFormedAndMatchesItsHeaderCounts) {
  const PinnedFile file = ReadPinnedFile();
  for (const std::string& e : file.errors) ADD_FAILURE() << kPinnedFile << ": " << e;

  long events = 0, correct = 0, wrong = 0, missed = 0, fully_right = 0;
  for (const PinnedSentence& s : file.sentences) {
    // The rule takes only sentences in which acta codes an event.
    EXPECT_GT(s.coded_lines, 0u) << "line " << s.first_line << ": no correct or wrong line";
    events += static_cast<long>(s.coded_lines);
    correct += static_cast<long>(s.correct);
    wrong += static_cast<long>(s.wrong);
    missed += static_cast<long>(s.missed);
    if (s.wrong == 0 && s.missed == 0) ++fully_right;
  }
  const std::map<std::string, long> expected = {
      {"sentences", static_cast<long>(file.sentences.size())},
      {"events", events},
      {"correct", correct},
      {"wrong", wrong},
      {"missed", missed},
      {"fully_right", fully_right}};
  EXPECT_EQ(file.counts, expected) << "the '# counts:' header line";
  // The counts when the file was last checked by hand (see the header).
  EXPECT_EQ(file.sentences.size(), 39u);
  EXPECT_EQ(events, 52);
  EXPECT_EQ(correct, 2);
  EXPECT_EQ(wrong, 50);
  EXPECT_EQ(missed, 10);
  // Issue 3 asks for at least 20 sentences with all events correct and none
  // missed. Under the unchanged selection rule acta reaches 0 of 39 (two
  // sentences have one correct event each, next to a wrong or missed one), so
  // the floor is the measured 0: not met. Raise it as the coder improves.
  EXPECT_EQ(fully_right, 0);

  std::set<int> listed(file.stories.begin(), file.stories.end());
  EXPECT_EQ(file.stories.size(), kRuleStories);
  for (const PinnedSentence& s : file.sentences) {
    EXPECT_TRUE(listed.count(s.newid)) << "line " << s.first_line << ": story not in '# stories:'";
  }
}

TEST(GoldenReutersPinnedTest, SelectionRulePicksTheListedStories) {
  if (!SharedMaterialPresent()) GTEST_SKIP() << kSkipReason;
  const Corpus& corpus = ReutersCorpus();
  for (const std::string& issue : corpus.issues) ADD_FAILURE() << issue;
  std::vector<int> picked;
  std::set<std::string> bodies;
  for (const auto& [newid, story] : corpus.stories) {
    if (picked.size() == kRuleStories) break;
    if (!MatchesRule(story.text)) continue;
    if (!bodies.insert(story.text).second) continue;  // same body as an earlier pick
    picked.push_back(newid);
  }
  EXPECT_EQ(picked, ReadPinnedFile().stories);
}

TEST(GoldenReutersPinnedTest, ActaCodesExactlyThePinnedEvents) {
  if (!SharedMaterialPresent()) GTEST_SKIP() << kSkipReason;
  const PinnedFile file = ReadPinnedFile();
  ASSERT_TRUE(file.errors.empty()) << "the file does not parse; see the format test";
  const Corpus& corpus = ReutersCorpus();

  Result<dict::Dictionary> loaded = dict::LoadPetrarchConfig(kPhoenixIni.string());
  ASSERT_TRUE(loaded.ok()) << loaded.status().ToString();
  const std::shared_ptr<const coder::CompiledDictionary> dictionary =
      coder::CompiledDictionary::Compile(std::move(loaded).value());
  const coder::Coder coder(dictionary, coder::OptionsFor(dictionary->dictionary()));
  Result<std::unique_ptr<SentenceSplitter>> splitter = SentenceSplitter::Create();
  ASSERT_TRUE(splitter.ok()) << splitter.status().ToString();

  std::map<std::pair<int, std::string>, const PinnedSentence*> pinned;
  for (const PinnedSentence& s : file.sentences) pinned[{s.newid, s.text}] = &s;
  std::set<const PinnedSentence*> found;

  for (int newid : file.stories) {
    const auto story = corpus.stories.find(newid);
    ASSERT_NE(story, corpus.stories.end()) << "story " << newid << " not in the corpus";
    const Story& st = story->second;
    std::vector<ByteRange> ranges;
    (*splitter)->Split(st.text, &ranges);
    for (const ByteRange& r : ranges) {
      const std::string_view sentence = std::string_view(st.text).substr(r.begin, r.end - r.begin);
      const coder::SentenceCoding coding = coder.Code(sentence, st.date);
      std::set<Triple> got;
      std::ostringstream listed;
      for (const coder::CodedEvent& e : coding.events) {
        got.insert({e.source, e.target, e.code});
        listed << " " << e.source << "/" << e.target << "/" << e.code;
      }
      const std::string text = Collapse(sentence);
      const auto p = pinned.find({newid, text});
      if (p == pinned.end()) {
        EXPECT_TRUE(coding.events.empty())
            << "story " << newid << ": acta now codes" << listed.str()
            << " in a sentence the file does not list (add it and check it by hand): " << text;
        continue;
      }
      const PinnedSentence& s = *p->second;
      found.insert(&s);
      EXPECT_EQ(st.date.ToString(), s.date.ToString()) << "line " << s.first_line << ": story date";
      EXPECT_EQ(got, s.coded) << "line " << s.first_line << ": acta codes" << listed.str()
                              << " (re-check by hand and update the file): " << text;
      EXPECT_EQ(coding.events.size(), s.coded_lines)
          << "line " << s.first_line << ": acta codes an event twice:" << listed.str();
    }
  }
  for (const PinnedSentence& s : file.sentences) {
    EXPECT_TRUE(found.count(&s)) << "line " << s.first_line << ": sentence not found in story "
                                 << s.newid << ": " << s.text;
  }
}

}  // namespace
}  // namespace acta
