#include "tagger/word_tags.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "acta/training.h"
#include "tagger/hash.h"

namespace acta {

const std::vector<std::string_view> kWordTagNames = {
    "CC",  "CD",  "DT",   "EX",  "FW",  "IN",  "JJ",   "JJR", "JJS", "LS",  "MD",  "NN",
    "NNS", "NNP", "NNPS", "PDT", "POS", "PRP", "PRP$", "RB",  "RBR", "RBS", "RP",  "SYM",
    "TO",  "UH",  "VB",   "VBD", "VBG", "VBN", "VBP",  "VBZ", "WDT", "WP",  "WP$", "WRB",
    "#",   "$",   "''",   "``",  "(",   ")",   ",",    ".",   ":",   "\""};

namespace {

int TagIndex(std::string_view tag) {
  for (size_t k = 0; k < kWordTagNames.size(); ++k) {
    if (kWordTagNames[k] == tag) return static_cast<int>(k);
  }
  return -1;
}

// Splits `s` at any of `separators`, skipping empty pieces.
std::vector<std::string_view> Split(std::string_view s, std::string_view separators) {
  std::vector<std::string_view> out;
  size_t at = 0;
  while (at <= s.size()) {
    size_t end = s.find_first_of(separators, at);
    if (end == std::string_view::npos) end = s.size();
    if (end > at) out.push_back(s.substr(at, end - at));
    at = end + 1;
  }
  return out;
}

std::string_view StripCr(std::string_view line) {
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  return line;
}

}  // namespace

uint64_t WordTags::HashKey(std::string_view form) { return Combine(HashBytes(form), 0x7a6); }

void WordTags::Add(std::string_view word, Entry e) {
  const uint32_t row = index_.Insert(HashKey(word));
  if (row == entries_.size()) {
    entries_.push_back(e);
  } else {
    entries_[row] = e;
  }
}

Result<std::shared_ptr<const WordTags>> WordTags::Load(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    return Status::NotFound(path +
                            ": no word-tag lexicon (`make` compiles it with "
                            "`acta train word-tags`)");
  }
  std::stringstream buffer;
  buffer << in.rdbuf();
  const std::string text = buffer.str();
  auto tags = std::make_shared<WordTags>();
  std::string_view rest = text;
  for (int n = 1; !rest.empty(); ++n) {
    size_t eol = rest.find('\n');
    if (eol == std::string_view::npos) eol = rest.size();
    const std::string_view l = StripCr(rest.substr(0, eol));
    rest.remove_prefix(std::min(eol + 1, rest.size()));
    if (l.empty() || l[0] == '#') continue;
    const size_t tab = l.find('\t');
    auto where = [&] { return path + ":" + std::to_string(n) + ": "; };
    if (tab == 0 || tab == std::string_view::npos) {
      return Status::Corrupt(where() + "expected \"word TAB TAG ...\"");
    }
    Entry e;
    for (std::string_view name : Split(l.substr(tab + 1), " ")) {
      const int k = TagIndex(name);
      if (k < 0) return Status::Corrupt(where() + "unknown tag '" + std::string(name) + "'");
      if (e.first == 0) e.first = static_cast<uint8_t>(k + 1);
      e.tags |= uint64_t{1} << k;
    }
    if (e.tags == 0) return Status::Corrupt(where() + "expected \"word TAB TAG ...\"");
    tags->Add(l.substr(0, tab), e);
  }
  return std::shared_ptr<const WordTags>(std::move(tags));
}

Status CompileWordTags(const std::string& from, const std::string& to, WordTagsReport* report) {
  *report = WordTagsReport();
  std::ifstream in(from);
  if (!in) return Status::NotFound(from + ": cannot read");
  auto problem = [&](int n, const std::string& what) {
    if (report->problems.size() < 10) {
      report->problems.push_back(from + ":" + std::to_string(n) + ": " + what);
    }
  };
  std::map<std::string, std::vector<std::string_view>> words;  // sorted by word
  std::string line;
  for (int n = 1; std::getline(in, line); ++n) {
    std::string_view l = StripCr(line);
    if (l.empty()) continue;
    ++report->lines;
    const size_t tab = l.find('\t');
    if (tab == 0 || tab == std::string_view::npos || tab + 1 == l.size()) {
      ++report->malformed;
      problem(n, "expected \"word TAB TAG|TAG...\"");
      continue;
    }
    const std::string_view word = l.substr(0, tab);
    if (word.find(' ') != std::string_view::npos) {
      ++report->multiword;
      continue;
    }
    std::vector<std::string_view> kept;
    for (std::string_view name : Split(l.substr(tab + 1), "| ")) {
      const int k = TagIndex(name);
      if (k < 0) {
        ++report->unknown_tags;
        continue;
      }
      if (std::find(kept.begin(), kept.end(), kWordTagNames[k]) == kept.end()) {
        kept.push_back(kWordTagNames[k]);
      }
    }
    if (kept.empty()) {
      ++report->no_tag_left;  // emoji and the like: counted, not listed
      continue;
    }
    words[std::string(word)] = std::move(kept);  // a word given twice: the later entry
  }
  const std::string tmp = to + ".tmp";
  {
    std::ofstream out(tmp, std::ios::trunc);
    if (!out) return Status::IoError("cannot write " + tmp);
    out << "# acta word tags: word TAB its Penn Treebank tags, the most frequent first.\n"
        << "# Compiled by `acta train word-tags`; do not edit.\n";
    for (const auto& [word, kept] : words) {
      out << word << '\t';
      for (size_t k = 0; k < kept.size(); ++k) out << (k ? " " : "") << kept[k];
      out << '\n';
    }
    if (!out) return Status::IoError("cannot write " + tmp);
  }
  std::error_code ec;
  std::filesystem::rename(tmp, to, ec);
  if (ec) return Status::IoError("cannot rename " + tmp + ": " + ec.message());
  report->written = words.size();
  return Status::Ok();
}

}  // namespace acta
