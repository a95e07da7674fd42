// The hand-coded gold events in tests/golden/reuters_iran_iraq.tsv: the file is
// strictly formed, its event codes exist in CAMEO, and every sentence is quoted
// exactly from the Reuters-21578 story whose NEWID and date it gives.
#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
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

namespace acta {
namespace {

namespace fs = std::filesystem;

const fs::path kGoldFile = fs::path(ACTA_SOURCE_DIR) / "tests" / "golden" / "reuters_iran_iraq.tsv";
const fs::path kShared = ACTA_SHARED_DIR;

// Highest NEWID in Reuters-21578; NEWIDs run from 1.
constexpr int kMaxNewId = 21578;

// One data line of the gold file. For a sentence without events the three code
// fields are empty.
struct GoldLine {
  int line = 0;  // 1-based line number in the file
  int newid = 0;
  Date date;
  std::string source;
  std::string target;
  std::string cameo;
  std::string sentence;
  std::string justification;

  bool has_event() const { return !cameo.empty(); }
};

Result<std::string> ReadWholeFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IoError("cannot open " + path.string());
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

// The pieces of `text` between separators; n separators give n + 1 pieces.
std::vector<std::string_view> Split(std::string_view text, char separator) {
  std::vector<std::string_view> pieces;
  size_t start = 0;
  for (size_t at = text.find(separator); at != std::string_view::npos;
       at = text.find(separator, start)) {
    pieces.push_back(text.substr(start, at - start));
    start = at + 1;
  }
  pieces.push_back(text.substr(start));
  return pieces;
}

bool IsAsciiWhitespace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

bool AllDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

// A CAMEO actor code: one to three elements of three upper-case letters or digits.
bool IsActorCode(std::string_view s) {
  if (s.empty() || s.size() > 9 || s.size() % 3 != 0) return false;
  for (char c : s) {
    if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) return false;
  }
  return true;
}

// True when `s` is non-empty, has no control characters, no leading or
// trailing space and no run of two spaces.
bool IsCollapsedText(std::string_view s) {
  if (s.empty() || s.front() == ' ' || s.back() == ' ') return false;
  for (size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x20 || c == 0x7f) return false;
    if (c == ' ' && i + 1 < s.size() && s[i + 1] == ' ') return false;
  }
  return true;
}

Status LineError(int line, const std::string& what) {
  return Status::InvalidArgument("line " + std::to_string(line) + ": " + what);
}

Status ParseDataLine(std::string_view text, int line, GoldLine* out) {
  const std::vector<std::string_view> f = Split(text, '\t');
  if (f.size() != 7) {
    return LineError(line, "expected 7 tab-separated fields, found " + std::to_string(f.size()));
  }
  out->line = line;
  if (!AllDigits(f[0]) || f[0].size() > 5 || f[0][0] == '0' ||
      std::stoi(std::string(f[0])) > kMaxNewId) {
    return LineError(line, "NEWID is not a number from 1 to 21578");
  }
  out->newid = std::stoi(std::string(f[0]));
  const std::optional<Date> date = Date::ParseIso(f[1]);
  if (!date || date->year != 1987) return LineError(line, "date is not a 1987 YYYY-MM-DD day");
  out->date = *date;
  const bool no_event = f[2] == "-" && f[3] == "-" && f[4] == "-";
  if (!no_event) {
    if (f[2] == "-" || f[3] == "-" || f[4] == "-") {
      return LineError(line, "source, target and CAMEO code must be all - or all given");
    }
    if (!IsActorCode(f[2]) || !IsActorCode(f[3])) {
      return LineError(line, "actor code is not 3, 6 or 9 upper-case letters or digits");
    }
    if (f[2] == f[3]) return LineError(line, "source and target are the same actor");
    if (!AllDigits(f[4]) || f[4].size() < 2 || f[4].size() > 4) {
      return LineError(line, "CAMEO code is not 2 to 4 digits");
    }
    out->source = f[2];
    out->target = f[3];
    out->cameo = f[4];
  }
  if (!IsCollapsedText(f[5])) {
    return LineError(line, "sentence is empty or has uncollapsed whitespace");
  }
  if (!IsCollapsedText(f[6])) return LineError(line, "justification is empty or badly spaced");
  out->sentence = f[5];
  out->justification = f[6];
  return Status::Ok();
}

// Parses the whole gold file. Lines starting with '#' are comments; blank lines
// are errors. Besides each line's own format it requires that a story has one
// date, that a sentence without events has exactly one line, and that no event
// is listed twice for a sentence. Returns the data lines in file order, or an
// InvalidArgument status naming the first offending line.
Result<std::vector<GoldLine>> ParseGold(std::string_view text) {
  std::vector<std::string_view> lines = Split(text, '\n');
  if (!lines.empty() && lines.back().empty()) lines.pop_back();
  std::vector<GoldLine> gold;
  std::map<int, Date> story_date;
  std::map<std::pair<int, std::string>, std::vector<const GoldLine*>> by_sentence;
  for (size_t i = 0; i < lines.size(); ++i) {
    const int number = static_cast<int>(i) + 1;
    if (lines[i].empty()) return LineError(number, "blank line");
    if (lines[i][0] == '#') continue;
    GoldLine g;
    if (Status s = ParseDataLine(lines[i], number, &g); !s.ok()) return s;
    gold.push_back(std::move(g));
  }
  for (const GoldLine& g : gold) {
    const auto [it, inserted] = story_date.emplace(g.newid, g.date);
    if (!inserted && it->second != g.date) {
      return LineError(g.line, "story " + std::to_string(g.newid) + " already has date " +
                                   it->second.ToString());
    }
    std::vector<const GoldLine*>& same = by_sentence[{g.newid, g.sentence}];
    for (const GoldLine* other : same) {
      if (!g.has_event() || !other->has_event()) {
        return LineError(g.line, "a no-event sentence must have exactly one line");
      }
      if (std::tie(g.source, g.target, g.cameo) ==
          std::tie(other->source, other->target, other->cameo)) {
        return LineError(g.line, "duplicate of the event on line " + std::to_string(other->line));
      }
    }
    same.push_back(&g);
  }
  return gold;
}

// ---- Reuters-21578 SGML, read independently of acta's own reader. ----

struct ReutersStory {
  Date date;
  std::string body;  // <BODY> text with entities decoded and whitespace collapsed
};

// Decodes &lt; &gt; &amp;; every &#N; (the corpus uses them for control
// characters) becomes a space. Then collapses each whitespace run to one space
// and trims both ends.
std::string DecodeAndCollapse(std::string_view text) {
  std::string decoded;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '&') {
      const size_t semi = text.find(';', i);
      const std::string_view entity =
          semi == std::string_view::npos ? std::string_view() : text.substr(i, semi - i + 1);
      if (entity == "&lt;" || entity == "&gt;" || entity == "&amp;") {
        decoded += entity == "&lt;" ? '<' : entity == "&gt;" ? '>' : '&';
        i = semi;
        continue;
      }
      if (entity.size() > 3 && entity[1] == '#' && AllDigits(entity.substr(2, entity.size() - 3))) {
        decoded += ' ';
        i = semi;
        continue;
      }
    }
    decoded += text[i];
  }
  std::string out;
  for (char c : decoded) {
    if (IsAsciiWhitespace(c)) {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += c;
    }
  }
  if (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

// Parses a Reuters <DATE> such as " 1-MAR-1987 05:34:32.47" (day, month, year only).
std::optional<Date> ParseReutersDate(std::string_view s) {
  static constexpr std::string_view kMonths[] = {"JAN", "FEB", "MAR", "APR", "MAY", "JUN",
                                                 "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"};
  while (!s.empty() && IsAsciiWhitespace(s.front())) s.remove_prefix(1);
  const size_t dash = s.find('-');
  if (dash == std::string_view::npos || dash == 0 || dash > 2 || s.size() < dash + 9 ||
      s[dash + 4] != '-') {
    return std::nullopt;
  }
  const std::string_view day = s.substr(0, dash);
  const std::string_view month = s.substr(dash + 1, 3);
  const std::string_view year = s.substr(dash + 5, 4);
  if (!AllDigits(day) || !AllDigits(year)) return std::nullopt;
  for (int m = 0; m < 12; ++m) {
    if (month == kMonths[m]) {
      Date d{std::stoi(std::string(year)), m + 1, std::stoi(std::string(day))};
      if (d.IsValid()) return d;
    }
  }
  return std::nullopt;
}

// The text between `open` and `close` inside `element`; empty when absent.
std::string_view ElementText(std::string_view element, std::string_view open,
                             std::string_view close) {
  const size_t start = element.find(open);
  if (start == std::string_view::npos) return {};
  const size_t end = element.find(close, start + open.size());
  if (end == std::string_view::npos) return {};
  return element.substr(start + open.size(), end - start - open.size());
}

// Adds to *stories each <REUTERS> element of `sgml` whose NEWID is in `wanted`.
void CollectStories(std::string_view sgml, const std::set<int>& wanted,
                    std::map<int, ReutersStory>* stories) {
  constexpr std::string_view kOpen = "<REUTERS ";
  constexpr std::string_view kClose = "</REUTERS>";
  constexpr std::string_view kNewId = "NEWID=\"";
  for (size_t at = sgml.find(kOpen); at != std::string_view::npos; at = sgml.find(kOpen, at + 1)) {
    const size_t end = sgml.find(kClose, at);
    const size_t tag_end = sgml.find('>', at);
    if (end == std::string_view::npos || tag_end == std::string_view::npos) return;
    const std::string_view tag = sgml.substr(at, tag_end - at);
    const size_t id_at = tag.find(kNewId);
    if (id_at == std::string_view::npos) continue;
    const size_t id_end = tag.find('"', id_at + kNewId.size());
    const std::string_view id = tag.substr(id_at + kNewId.size(), id_end - id_at - kNewId.size());
    if (!AllDigits(id) || id.size() > 5 || !wanted.count(std::stoi(std::string(id)))) continue;
    const std::string_view element = sgml.substr(at, end - at);
    ReutersStory story;
    if (std::optional<Date> d = ParseReutersDate(ElementText(element, "<DATE>", "</DATE>"))) {
      story.date = *d;
    }
    story.body = DecodeAndCollapse(ElementText(element, "<BODY>", "</BODY>"));
    (*stories)[std::stoi(std::string(id))] = std::move(story);
  }
}

// The parsed gold file; records a test failure and returns nothing when it
// cannot be read or parsed.
std::vector<GoldLine> LoadGold() {
  Result<std::string> text = ReadWholeFile(kGoldFile);
  EXPECT_TRUE(text.ok()) << text.status().ToString();
  if (!text.ok()) return {};
  Result<std::vector<GoldLine>> gold = ParseGold(*text);
  EXPECT_TRUE(gold.ok()) << gold.status().ToString();
  if (!gold.ok()) return {};
  return std::move(gold).value();
}

// ---- The parser on literal inputs. ----

TEST(GoldenReutersParseTest, ReadsEventAndNoEventLines) {
  const std::string text =
      "# comment\n"
      "9863\t1987-03-26\tTUN\tIRN\t161\tTunisia has decided to break.\tBreak relations.\n"
      "6404\t1987-03-18\t-\t-\t-\tIraq said so.\tNo target.\n";
  Result<std::vector<GoldLine>> gold = ParseGold(text);
  ASSERT_TRUE(gold.ok()) << gold.status().ToString();
  ASSERT_EQ(gold->size(), 2u);
  const GoldLine& event = (*gold)[0];
  EXPECT_EQ(event.line, 2);
  EXPECT_EQ(event.newid, 9863);
  EXPECT_EQ(event.date, (Date{1987, 3, 26}));
  EXPECT_EQ(event.source, "TUN");
  EXPECT_EQ(event.target, "IRN");
  EXPECT_EQ(event.cameo, "161");
  EXPECT_EQ(event.sentence, "Tunisia has decided to break.");
  EXPECT_EQ(event.justification, "Break relations.");
  EXPECT_TRUE(event.has_event());
  const GoldLine& none = (*gold)[1];
  EXPECT_EQ(none.line, 3);
  EXPECT_FALSE(none.has_event());
  EXPECT_EQ(none.source, "");
  EXPECT_EQ(none.sentence, "Iraq said so.");
}

TEST(GoldenReutersParseTest, RejectsMalformedLines) {
  const std::string ok = "1\t1987-03-01\tIRNMIL\tIRQ\t192\tA b.\tWhy.\n";
  struct Case {
    std::string text;
    std::string message;  // expected Status message
  };
  const Case cases[] = {
      {"1\t1987-03-01\tIRN\tIRQ\t190\tA b.\n", "line 1: expected 7 tab-separated fields, found 6"},
      {ok + "\n", "line 2: blank line"},
      {"0\t1987-03-01\tIRN\tIRQ\t190\tA b.\tWhy.\n",
       "line 1: NEWID is not a number from 1 to 21578"},
      {"21579\t1987-03-01\tIRN\tIRQ\t190\tA b.\tWhy.\n",
       "line 1: NEWID is not a number from 1 to 21578"},
      {"1\t1987-02-30\tIRN\tIRQ\t190\tA b.\tWhy.\n", "line 1: date is not a 1987 YYYY-MM-DD day"},
      {"1\t1988-03-01\tIRN\tIRQ\t190\tA b.\tWhy.\n", "line 1: date is not a 1987 YYYY-MM-DD day"},
      {"1\t1987-03-01\tirn\tIRQ\t190\tA b.\tWhy.\n",
       "line 1: actor code is not 3, 6 or 9 upper-case letters or digits"},
      {"1\t1987-03-01\tIRNM\tIRQ\t190\tA b.\tWhy.\n",
       "line 1: actor code is not 3, 6 or 9 upper-case letters or digits"},
      {"1\t1987-03-01\tIRN\tIRN\t190\tA b.\tWhy.\n",
       "line 1: source and target are the same actor"},
      {"1\t1987-03-01\tIRN\tIRQ\t19a\tA b.\tWhy.\n", "line 1: CAMEO code is not 2 to 4 digits"},
      {"1\t1987-03-01\tIRN\tIRQ\t19011\tA b.\tWhy.\n", "line 1: CAMEO code is not 2 to 4 digits"},
      {"1\t1987-03-01\tIRN\t-\t190\tA b.\tWhy.\n",
       "line 1: source, target and CAMEO code must be all - or all given"},
      {"1\t1987-03-01\tIRN\tIRQ\t190\tA  b.\tWhy.\n",
       "line 1: sentence is empty or has uncollapsed whitespace"},
      {"1\t1987-03-01\tIRN\tIRQ\t190\t A b.\tWhy.\n",
       "line 1: sentence is empty or has uncollapsed whitespace"},
      {"1\t1987-03-01\tIRN\tIRQ\t190\tA b.\t\n", "line 1: justification is empty or badly spaced"},
      {ok + "1\t1987-03-02\tIRN\tIRQ\t190\tC d.\tWhy.\n",
       "line 2: story 1 already has date 1987-03-01"},
      {ok + ok, "line 2: duplicate of the event on line 1"},
      {ok + "1\t1987-03-01\t-\t-\t-\tA b.\tNone.\n",
       "line 2: a no-event sentence must have exactly one line"},
  };
  for (const Case& c : cases) {
    Result<std::vector<GoldLine>> gold = ParseGold(c.text);
    ASSERT_FALSE(gold.ok()) << c.text;
    EXPECT_EQ(gold.status().code(), Status::Code::kInvalidArgument);
    EXPECT_EQ(gold.status().message(), c.message) << c.text;
  }
}

TEST(GoldenReutersParseTest, DecodesAndCollapsesSgmlText) {
  EXPECT_EQ(DecodeAndCollapse("  Iran\n    said &lt;IRNA&gt; &amp; co\n Reuter\n&#3;"),
            "Iran said <IRNA> & co Reuter");
  EXPECT_EQ(DecodeAndCollapse("a & b &bogus; c"), "a & b &bogus; c");
  EXPECT_EQ(ParseReutersDate(" 1-MAR-1987 05:34:32.47"), (Date{1987, 3, 1}));
  EXPECT_EQ(ParseReutersDate("19-OCT-1987 22:08:52.87"), (Date{1987, 10, 19}));
  EXPECT_FALSE(ParseReutersDate("31-APR-1987 10:00:00.00").has_value());
  EXPECT_FALSE(ParseReutersDate("1-Mar-1987").has_value());
}

// ---- The gold file itself. ----

TEST(GoldenReutersTest, FileParsesWithHandCountedTotals) {
  const std::vector<GoldLine> gold = LoadGold();
  ASSERT_FALSE(gold.empty());
  std::set<std::pair<int, std::string>> sentences, with_events;
  std::set<int> stories;
  size_t events = 0;
  for (const GoldLine& g : gold) {
    sentences.insert({g.newid, g.sentence});
    stories.insert(g.newid);
    if (g.has_event()) {
      ++events;
      with_events.insert({g.newid, g.sentence});
    }
  }
  // Counted by hand when the file was written; change them with the file.
  EXPECT_EQ(gold.size(), 37u);
  EXPECT_EQ(sentences.size(), 30u);
  EXPECT_EQ(with_events.size(), 25u);
  EXPECT_EQ(sentences.size() - with_events.size(), 5u);
  EXPECT_EQ(events, 32u);
  EXPECT_EQ(stories.size(), 26u);
}

TEST(GoldenReutersTest, CameoCodesAreDefined) {
  const fs::path options = kShared / "dictionaries" / "tabari" / "CAMEO.09b5.options";
  if (!fs::exists(options)) {
    GTEST_SKIP() << "CAMEO code list not found under ACTA_SHARED_DIR (" << options << ")";
  }
  Result<std::string> text = ReadWholeFile(options);
  ASSERT_TRUE(text.ok()) << text.status().ToString();
  // "LABEL: 0256= Appeal for ..." lines list the codes.
  std::set<std::string> codes;
  for (std::string_view line : Split(*text, '\n')) {
    constexpr std::string_view kLabel = "LABEL: ";
    if (line.substr(0, kLabel.size()) != kLabel) continue;
    const size_t eq = line.find('=');
    if (eq == std::string_view::npos) continue;
    const std::string_view code = line.substr(kLabel.size(), eq - kLabel.size());
    if (AllDigits(code)) codes.insert(std::string(code));
  }
  ASSERT_EQ(codes.size(), 292u) << "the options file's code list changed";
  // Codes the CAMEO 1.1b3 manual defines but the older (0.7b3) options list lacks.
  for (const char* code : {"116", "155", "176", "1834", "1951", "1952"}) codes.insert(code);

  for (const GoldLine& g : LoadGold()) {
    if (g.has_event()) {
      EXPECT_TRUE(codes.count(g.cameo)) << "line " << g.line << ": no CAMEO code " << g.cameo;
    }
  }
}

TEST(GoldenReutersTest, SentencesAreQuotedFromTheirStories) {
  const fs::path dir = kShared / "corpora" / "reuters21578";
  if (!fs::exists(dir / "reut2-000.sgm")) {
    GTEST_SKIP() << "Reuters-21578 not found under ACTA_SHARED_DIR (" << dir << ")";
  }
  const std::vector<GoldLine> gold = LoadGold();
  ASSERT_FALSE(gold.empty());
  std::set<int> wanted;
  for (const GoldLine& g : gold) wanted.insert(g.newid);

  std::map<int, ReutersStory> stories;
  for (int i = 0; i < 22; ++i) {
    char name[32];
    std::snprintf(name, sizeof name, "reut2-%03d.sgm", i);
    Result<std::string> sgml = ReadWholeFile(dir / name);
    ASSERT_TRUE(sgml.ok()) << sgml.status().ToString();
    CollectStories(*sgml, wanted, &stories);
  }
  for (const GoldLine& g : gold) {
    const auto it = stories.find(g.newid);
    ASSERT_NE(it, stories.end()) << "line " << g.line << ": no story with NEWID " << g.newid;
    const ReutersStory& story = it->second;
    EXPECT_EQ(story.date, g.date) << "line " << g.line << ": story " << g.newid << " is dated "
                                  << story.date.ToString();
    const size_t at = story.body.find(g.sentence);
    EXPECT_NE(at, std::string::npos) << "line " << g.line << ": sentence not in the body of story "
                                     << g.newid << ": " << g.sentence;
    if (at != std::string::npos) {
      EXPECT_EQ(story.body.find(g.sentence, at + 1), std::string::npos)
          << "line " << g.line << ": sentence occurs twice in story " << g.newid;
    }
  }
}

}  // namespace
}  // namespace acta
