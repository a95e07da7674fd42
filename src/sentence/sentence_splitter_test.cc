#include "sentence/sentence_splitter.h"

#include <gtest/gtest.h>

#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

namespace acta {
namespace {

class SentenceSplitterTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto splitter = SentenceSplitter::Create();
    ASSERT_TRUE(splitter.ok()) << splitter.status().ToString();
    splitter_ = std::move(splitter).value();
  }

  std::vector<std::string> Sentences(std::string_view text) const {
    std::vector<ByteRange> ranges;
    splitter_->Split(text, &ranges);
    std::vector<std::string> out;
    for (ByteRange r : ranges) out.emplace_back(text.substr(r.begin, r.end - r.begin));
    return out;
  }

  std::unique_ptr<SentenceSplitter> splitter_;
};

struct SplitCase {
  const char* text;
  std::vector<std::string> sentences;
};

// Tricky news cases: abbreviations, initials, numbers, quotes, brackets,
// datelines and line structure.
const SplitCase kCases[] = {
    // Titles and ranks never end a sentence.
    {"Mr. Smith went to Washington. He met Gen. Jones.",
     {"Mr. Smith went to Washington.", "He met Gen. Jones."}},
    {"Mrs. Clinton and Dr. Fauci spoke on Tuesday. Lt. Col. Vindman testified later.",
     {"Mrs. Clinton and Dr. Fauci spoke on Tuesday.", "Lt. Col. Vindman testified later."}},
    {"Sgt. Maj. Tom Hill and Capt. Ann Lee were wounded. Adm. Ray Black was not.",
     {"Sgt. Maj. Tom Hill and Capt. Ann Lee were wounded.", "Adm. Ray Black was not."}},
    {"Gov. Newsom met Sen. Padilla and Rep. Pelosi. Rev. Al Sharpton also attended.",
     {"Gov. Newsom met Sen. Padilla and Rep. Pelosi.", "Rev. Al Sharpton also attended."}},
    {"Prof. Ali lectured in St. Andrews. Martin Luther King Jr. was his subject.",
     {"Prof. Ali lectured in St. Andrews.", "Martin Luther King Jr. was his subject."}},
    {"Gen. Smith said the offensive would resume.",
     {"Gen. Smith said the offensive would resume."}},
    {"Dr. Ahmed, a surgeon in Gaza, said supplies had run out.",
     {"Dr. Ahmed, a surgeon in Gaza, said supplies had run out."}},
    {"No. 10 Downing Street said the talks were over.",
     {"No. 10 Downing Street said the talks were over."}},
    {"Mt. Everest was first climbed in 1953. Sir Edmund Hillary led the team.",
     {"Mt. Everest was first climbed in 1953.", "Sir Edmund Hillary led the team."}},
    // Months.
    {"The vote is set for Jan. 15 in Kabul. Officials expect a high turnout.",
     {"The vote is set for Jan. 15 in Kabul.", "Officials expect a high turnout."}},
    {"Talks began on Sept. 12 and ended Oct. 3, officials said.",
     {"Talks began on Sept. 12 and ended Oct. 3, officials said."}},
    {"Output was 2.5 mln bpd in Nov. and Dec., the ministry said.",
     {"Output was 2.5 mln bpd in Nov. and Dec., the ministry said."}},
    {"The treaty was signed in Aug. The ceasefire followed.",
     {"The treaty was signed in Aug.", "The ceasefire followed."}},
    {"Dec. 25 was quiet. Jan. 1 was not.", {"Dec. 25 was quiet.", "Jan. 1 was not."}},
    // Country and organisation initials.
    {"U.S. officials said the strike killed 12. The Pentagon declined to comment.",
     {"U.S. officials said the strike killed 12.", "The Pentagon declined to comment."}},
    {"U.S. President Joe Biden met U.K. Prime Minister Rishi Sunak.",
     {"U.S. President Joe Biden met U.K. Prime Minister Rishi Sunak."}},
    {"The U.N. Security Council and the E.U. Commission met on Friday.",
     {"The U.N. Security Council and the E.U. Commission met on Friday."}},
    // Ambiguous "U.S." + capital: a common sentence-opening word ends the sentence.
    {"Troops returned to the U.S. He said the mission was over.",
     {"Troops returned to the U.S.", "He said the mission was over."}},
    {"Talks between the U.S. And Japan failed.", {"Talks between the U.S. And Japan failed."}},
    {"The U.S. Now imports 38 pct of its oil.", {"The U.S. Now imports 38 pct of its oil."}},
    {"E.U. leaders met in Brussels. They agreed on sanctions.",
     {"E.U. leaders met in Brussels.", "They agreed on sanctions."}},
    {"The U.S.-led coalition struck targets in Syria.",
     {"The U.S.-led coalition struck targets in Syria."}},
    {"ST. LOUIS, Mo. (AP) \xE2\x80\x94 A jury convicted the former officer.",
     {"ST. LOUIS, Mo. (AP) \xE2\x80\x94 A jury convicted the former officer."}},
    // Company suffixes.
    {"Apple Inc. said on Monday that profit rose. Microsoft Corp. did not comment.",
     {"Apple Inc. said on Monday that profit rose.", "Microsoft Corp. did not comment."}},
    {"Shares of Acme Co. Ltd. fell 3 pct.", {"Shares of Acme Co. Ltd. fell 3 pct."}},
    {"The deal values Acme at $2 billion, according to Foo Corp. The shares rose.",
     {"The deal values Acme at $2 billion, according to Foo Corp.", "The shares rose."}},
    {"The company, based in St. Paul, Minn., will cut 300 jobs.",
     {"The company, based in St. Paul, Minn., will cut 300 jobs."}},
    // Other abbreviations.
    {"Israel vs. Hamas: the war enters its sixth month.",
     {"Israel vs. Hamas: the war enters its sixth month."}},
    {"They seized rifles, grenades, etc. The police gave no details.",
     {"They seized rifles, grenades, etc.", "The police gave no details."}},
    {"The plant produces approx. 300 tonnes a day.",
     {"The plant produces approx. 300 tonnes a day."}},
    {"The meeting ended at 5 p.m. The delegates left.",
     {"The meeting ended at 5 p.m.", "The delegates left."}},
    {"He arrived at 10 a.m. local time.", {"He arrived at 10 a.m. local time."}},
    // Initials.
    {"Former President George W. Bush spoke in Dallas. He praised the troops.",
     {"Former President George W. Bush spoke in Dallas.", "He praised the troops."}},
    {"J.R.R. Tolkien wrote the book in 1937. It sold well.",
     {"J.R.R. Tolkien wrote the book in 1937.", "It sold well."}},
    {"The novel by J. K. Rowling sold 500 million copies.",
     {"The novel by J. K. Rowling sold 500 million copies."}},
    // Numbers.
    {"Growth slowed to 3.5 pct from 4.1 pct. Exports fell.",
     {"Growth slowed to 3.5 pct from 4.1 pct.", "Exports fell."}},
    {"The company paid 1,000.50 dlrs per share. Analysts were surprised.",
     {"The company paid 1,000.50 dlrs per share.", "Analysts were surprised."}},
    {"1. Troops will withdraw.\n2. Talks will resume.",
     {"1. Troops will withdraw.", "2. Talks will resume."}},
    {"He said no. But others agreed.", {"He said no.", "But others agreed."}},
    {"Mr. and Mrs. Smith arrived. They left.", {"Mr. and Mrs. Smith arrived.", "They left."}},
    // Ellipses.
    {"He paused... and then continued.", {"He paused... and then continued."}},
    {"We will win... The fight goes on.", {"We will win...", "The fight goes on."}},
    // Quotes and brackets.
    {"\"We will not give up,\" he said. \"Then we will talk.\"",
     {"\"We will not give up,\" he said.", "\"Then we will talk.\""}},
    {"\"The talks have failed,\" he said. \"There is nothing left.\" Then he left.",
     {"\"The talks have failed,\" he said.", "\"There is nothing left.\"", "Then he left."}},
    {"\xE2\x80\x9CWhy now?\xE2\x80\x9D asked the minister.",
     {"\xE2\x80\x9CWhy now?\xE2\x80\x9D asked the minister."}},
    {"\"Enough!\" shouted the crowd. Police fired tear gas.",
     {"\"Enough!\" shouted the crowd.", "Police fired tear gas."}},
    {"He shouted \"Stop!\" and ran.", {"He shouted \"Stop!\" and ran."}},
    {"\"Is this the end?\" He did not answer.", {"\"Is this the end?\"", "He did not answer."}},
    {"Who benefits? Analysts say the answer is unclear.",
     {"Who benefits?", "Analysts say the answer is unclear."}},
    {"The group (which is banned in the U.S.) claimed the attack. Nobody was hurt.",
     {"The group (which is banned in the U.S.) claimed the attack.", "Nobody was hurt."}},
    {"The army said it killed 20 militants. (The figure could not be verified.) Fighting "
     "continued.",
     {"The army said it killed 20 militants.", "(The figure could not be verified.)",
      "Fighting continued."}},
    {"He told reporters: \"It is over.\" The crowd cheered.",
     {"He told reporters: \"It is over.\"", "The crowd cheered."}},
    // Datelines stay with their sentence.
    {"GAZA CITY (AP) \xE2\x80\x94 Israeli troops raided a hospital on Monday, officials said.",
     {"GAZA CITY (AP) \xE2\x80\x94 Israeli troops raided a hospital on Monday, officials said."}},
    {"WASHINGTON, March 3 (Reuters) - The U.S. Senate passed the bill on Friday. The House "
     "will vote next.",
     {"WASHINGTON, March 3 (Reuters) - The U.S. Senate passed the bill on Friday.",
      "The House will vote next."}},
    {"WASHINGTON, D.C. (AP) - Lawmakers met.", {"WASHINGTON, D.C. (AP) - Lawmakers met."}},
    // Line structure: single line breaks are wrapping, blank lines end paragraphs.
    {"The Bahia cocoa zone had rain this\nweek, officials said. Prices fell\nsharply.",
     {"The Bahia cocoa zone had rain this\nweek, officials said.", "Prices fell\nsharply."}},
    {"ISRAEL STRIKES GAZA\n\nIsraeli jets struck Gaza on Sunday.",
     {"ISRAEL STRIKES GAZA", "Israeli jets struck Gaza on Sunday."}},
    {"Talks resume\n\nStrategic Alliance and Support\n \nThe visit shows Iran's support.",
     {"Talks resume", "Strategic Alliance and Support", "The visit shows Iran's support."}},
    {"Rain fell on the\r\nzone. Prices rose.\r\n\r\nCocoa review",
     {"Rain fell on the\r\nzone.", "Prices rose.", "Cocoa review"}},
    {"    Shr 12 cts vs 15 cts\n    Net 1.2 mln vs 1.1 mln\n    Revs 20 mln vs 18 mln",
     {"Shr 12 cts vs 15 cts", "Net 1.2 mln vs 1.1 mln", "Revs 20 mln vs 18 mln"}},
    {"Key points:\n- Troops withdrew\n- Talks resume",
     {"Key points:", "- Troops withdrew", "- Talks resume"}},
    {"First part\xE2\x80\xA9Second part", {"First part", "Second part"}},
    // Other scripts.
    {"Der Pr\xC3\xA4sident sprach. Dann ging er.",
     {"Der Pr\xC3\xA4sident sprach.", "Dann ging er."}},
    // Nothing to split.
    {"", {}},
    {"   \n\n  \t ", {}},
    {"\xE2\x80\x8B", {}},
};

TEST_F(SentenceSplitterTest, NewsCases) {
  for (const SplitCase& c : kCases) {
    EXPECT_EQ(Sentences(c.text), c.sentences) << "input: " << c.text;
  }
}

TEST_F(SentenceSplitterTest, RangesAreOrderedTrimmedAndNonEmpty) {
  const std::string text =
      "  \xE2\x80\x8B Mr. Smith said.\n\n\"Yes!\" \xC2\xA0\n  (No.) Go\xE2\x80\xA8on. \xE2\x80\x94 "
      "ok ";
  std::vector<ByteRange> ranges;
  splitter_->Split(text, &ranges);
  ASSERT_EQ(ranges.size(), 4u);
  uint32_t prev_end = 0;
  for (ByteRange r : ranges) {
    EXPECT_LE(prev_end, r.begin);
    EXPECT_LT(r.begin, r.end);
    EXPECT_LE(r.end, text.size());
    EXPECT_NE(text[r.begin], ' ');
    EXPECT_NE(text[r.end - 1], ' ');
    prev_end = r.end;
  }
  EXPECT_EQ(text.substr(ranges[0].begin, ranges[0].end - ranges[0].begin), "Mr. Smith said.");
  EXPECT_EQ(text.substr(ranges[1].begin, ranges[1].end - ranges[1].begin), "\"Yes!\"");
  EXPECT_EQ(text.substr(ranges[2].begin, ranges[2].end - ranges[2].begin), "(No.)");
  EXPECT_EQ(text.substr(ranges[3].begin, ranges[3].end - ranges[3].begin),
            "Go\xE2\x80\xA8on. \xE2\x80\x94 ok");
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// The first <BODY> of a Reuters-21578 SGML file, entities decoded, without the
// closing "Reuter" signature.
std::string FirstReutersBody(const std::string& sgml) {
  size_t begin = sgml.find("<BODY>");
  size_t end = sgml.find("</BODY>");
  if (begin == std::string::npos || end == std::string::npos || end < begin) return "";
  std::string body = sgml.substr(begin + 6, end - begin - 6);
  body = body.substr(0, body.rfind("\n Reuter"));
  std::string out;
  for (size_t i = 0; i < body.size(); ++i) {
    if (body.compare(i, 4, "&lt;") == 0) {
      out += '<';
      i += 3;
    } else if (body.compare(i, 4, "&gt;") == 0) {
      out += '>';
      i += 3;
    } else if (body.compare(i, 5, "&amp;") == 0) {
      out += '&';
      i += 4;
    } else {
      out += body[i];
    }
  }
  return out;
}

TEST_F(SentenceSplitterTest, ReutersCocoaBody) {
  const std::string sgml = ReadFile(ACTA_SHARED_DIR "/corpora/reuters21578/reut2-000.sgm");
  if (sgml.empty()) GTEST_SKIP() << "shared Reuters-21578 corpus not available";
  const std::string body = FirstReutersBody(sgml);
  ASSERT_EQ(body.substr(0, 40), "Showers continued throughout the week in");
  const std::vector<std::string> s = Sentences(body);
  // Counted by hand: 20 sentences over hard-wrapped, indented paragraphs.
  ASSERT_EQ(s.size(), 20u);
  EXPECT_EQ(s[0],
            "Showers continued throughout the week in\nthe Bahia cocoa zone, alleviating the "
            "drought since early\nJanuary and improving prospects for the coming temporao,\n"
            "although normal humidity levels have not been restored,\nComissaria Smith said in "
            "its weekly review.");
  EXPECT_EQ(s[1], "The dry period means the temporao will be late this year.");
  EXPECT_EQ(s[11], "Routine sales of butter were made.");
  EXPECT_EQ(s[12], "March/April sold at\n4,340, 4,345 and 4,350 dlrs.");
  EXPECT_EQ(s[14],
            "Destinations were the U.S., Covertible currency areas,\nUruguay and open ports.");
  EXPECT_EQ(s[19],
            "Final figures for the period to February 28 are expected to\nbe published by the "
            "Brazilian Cocoa Trade Commission after\ncarnival which ends midday on February 27.");
}

TEST_F(SentenceSplitterTest, SeedStory) {
  std::string story = ReadFile(ACTA_SHARED_DIR "/seed/000_0cafc27f6667d54f.txt");
  if (story.empty()) GTEST_SKIP() << "shared seed story not available";
  // The file starts with a " date 2024-03-26 " header that is not story text.
  const std::string header = " date 2024-03-26 ";
  ASSERT_EQ(story.substr(0, header.size()), header);
  story = story.substr(header.size());
  const std::vector<std::string> s = Sentences(story);
  // Counted by hand: 13 sentences in five paragraphs plus three section titles.
  ASSERT_EQ(s.size(), 16u);
  EXPECT_EQ(s[0].substr(0, 30), "Ismail Haniyeh, the head of th");
  EXPECT_EQ(s[1].substr(0, 34), "This significant meeting is schedu");
  EXPECT_EQ(s[2], "Strategic Alliance and Support");
  EXPECT_EQ(s[6], "The Impact of the UN Resolution");
  EXPECT_EQ(s[10], "Looking Towards the Future");
  EXPECT_EQ(s[15],
            "As the world awaits the results of these talks, the hope for an end to the violence "
            "and a sustainable peace in the region remains paramount.");
}

TEST_F(SentenceSplitterTest, PathologicalInputsStayLinearAndValid) {
  std::vector<std::string> texts;
  texts.push_back(std::string(2 << 20, 'x'));  // a 2 MB line without spaces
  std::string dotted;
  while (dotted.size() < (2 << 20)) dotted += "a.B.";
  texts.push_back(dotted);
  std::string long_sentence;
  for (int i = 0; i < 5000; ++i) long_sentence += i % 7 == 0 ? "Mr. U.S. word " : "word ";
  long_sentence += ".";
  texts.push_back(long_sentence);
  texts.push_back(std::string(100000, '.') + std::string(100000, ' ') + std::string(1000, '\n'));
  // Random mixes of the characters the splitter reacts to.
  const char* pieces[] = {"a",
                          "B",
                          ".",
                          "?",
                          "!",
                          " ",
                          "\n",
                          "\n\n",
                          "\"",
                          "(",
                          ")",
                          "Mr",
                          "U.S",
                          "The",
                          "\xE2\x80\x9D",
                          "\xC2\xA0",
                          "1",
                          "\t",
                          "  ",
                          "\r",
                          "- ",
                          "\xE2\x80\xA9",
                          "\xE2\x80\x8B"};
  std::mt19937 rng(7);
  for (int t = 0; t < 200; ++t) {
    std::string s;
    const int n = static_cast<int>(rng() % 200);
    for (int i = 0; i < n; ++i) s += pieces[rng() % (sizeof(pieces) / sizeof(pieces[0]))];
    texts.push_back(s);
  }
  for (const std::string& text : texts) {
    std::vector<ByteRange> ranges;
    splitter_->Split(text, &ranges);
    uint32_t prev_end = 0;
    for (ByteRange r : ranges) {
      ASSERT_LE(prev_end, r.begin);
      ASSERT_LT(r.begin, r.end);
      ASSERT_LE(r.end, text.size());
      ASSERT_NE(text[r.begin], ' ');
      ASSERT_NE(text[r.end - 1], ' ');
      prev_end = r.end;
    }
  }
}

TEST_F(SentenceSplitterTest, ConcurrentSplitsAgree) {
  std::string text;
  for (const SplitCase& c : kCases) text += std::string(c.text) + "\n\n";
  std::vector<ByteRange> expected;
  splitter_->Split(text, &expected);
  ASSERT_GT(expected.size(), 100u);
  std::vector<std::vector<ByteRange>> results(4);
  std::vector<std::thread> threads;
  for (auto& result : results) {
    threads.emplace_back([this, &text, &result] {
      for (int round = 0; round < 20; ++round) {
        result.clear();
        splitter_->Split(text, &result);
      }
    });
  }
  for (std::thread& t : threads) t.join();
  for (const auto& result : results) {
    ASSERT_EQ(result.size(), expected.size());
    for (size_t i = 0; i < result.size(); ++i) {
      EXPECT_EQ(result[i].begin, expected[i].begin);
      EXPECT_EQ(result[i].end, expected[i].end);
    }
  }
}

TEST_F(SentenceSplitterTest, AppendsToOutput) {
  std::vector<ByteRange> ranges = {{7, 9}};
  splitter_->Split("One. Two.", &ranges);
  ASSERT_EQ(ranges.size(), 3u);
  EXPECT_EQ(ranges[1].begin, 0u);
  EXPECT_EQ(ranges[1].end, 4u);
  EXPECT_EQ(ranges[2].begin, 5u);
  EXPECT_EQ(ranges[2].end, 9u);
}

}  // namespace
}  // namespace acta
