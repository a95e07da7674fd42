#include "story/unknown_names.h"

#include <algorithm>
#include <array>
#include <set>

#include "coder/coder_words.h"

namespace acta::story {
namespace {

bool IsTitleWord(std::string_view w) {
  static constexpr std::array<std::string_view, 8> kTitles = {"MR",  "MRS",  "MS",   "DR",
                                                              "SIR", "LORD", "LADY", "DAME"};
  return std::find(kTitles.begin(), kTitles.end(), w) != kTitles.end();
}

}  // namespace

std::vector<UnknownName> UnknownNames(const Analysis& a, const Sentence& s,
                                      const coder::CompiledDictionary& dict) {
  const coder::WordStyle style = dict.dictionary().flavor == dict::Dictionary::Flavor::kTabari
                                     ? coder::WordStyle::kTabari
                                     : coder::WordStyle::kTreebank;
  std::vector<UnknownName> out;
  std::vector<coder::PhraseMatch> matches;
  for (const Span& e : a.entities) {
    if (e.first < s.first_token || e.last > s.last_token || e.first >= e.last) continue;
    if (e.label != "PER" && e.label != "ORG") continue;
    UnknownName n;
    n.begin = a.tokens[e.first].begin;
    n.end = a.tokens[e.last - 1].end;
    n.text = std::string(a.text.substr(n.begin, n.end - n.begin));
    n.type = std::string(e.label);
    const coder::CoderWords words = coder::SplitCoderWords(n.text, style);
    // "Mr Brown": the title is no part of the name the dictionaries list.
    uint32_t first = 0;
    while (first < words.words.size() && IsTitleWord(words.words[first].text)) ++first;
    if (first >= words.words.size()) continue;
    matches.clear();
    dict.MatchAt(words.words, first, static_cast<uint32_t>(words.words.size()), &matches);
    const bool known =
        std::any_of(matches.begin(), matches.end(), [&](const coder::PhraseMatch& m) {
          return m.ref.cls == coder::PhraseClass::kActor && m.end == words.words.size();
        });
    if (!known) out.push_back(std::move(n));
  }
  return out;
}

void UnknownNameTally::Add(const UnknownName& name, const std::string& country,
                           bool in_event_sentence, std::string_view sentence) {
  Entry& e = entries_[{name.type, name.text}];
  if (e.count == 0) {
    e.text = name.text;
    e.type = name.type;
    e.example = std::string(sentence);
  }
  ++e.count;
  if (in_event_sentence) ++e.in_event_sentences;
  if (!country.empty()) ++e.countries[country];
}

std::vector<const UnknownNameTally::Entry*> UnknownNameTally::Top(size_t n) const {
  std::vector<const Entry*> all;
  for (const auto& [key, e] : entries_) all.push_back(&e);
  std::stable_sort(all.begin(), all.end(),
                   [](const Entry* a, const Entry* b) { return a->count > b->count; });
  if (all.size() > n) all.resize(n);
  return all;
}

std::string SentenceCountry(const std::vector<coder::StoryEntity>& entities) {
  std::set<std::string> countries;
  for (const coder::StoryEntity& e : entities) {
    const std::string& c = e.code;
    if (c.size() >= 3 && !c.starts_with("IGO") && !c.starts_with("NGO") && !c.starts_with("IMG") &&
        !c.starts_with("---"))
      countries.insert(c.substr(0, 3));
  }
  return countries.size() == 1 ? *countries.begin() : "";
}

}  // namespace acta::story
