#include "story/attribution.h"

#include <array>
#include <vector>

#include "story/story_words.h"

namespace acta::story {
namespace {

bool ReportingVerb(std::string_view w) {
  static constexpr std::array<std::string_view, 14> kVerbs = {
      "said",    "says",   "reported",  "reports", "told",  "added",     "quoted",
      "claimed", "claims", "announced", "stated",  "wrote", "confirmed", "according"};
  return IndexOf(w, kVerbs.data(), kVerbs.size()) >= 0;
}

// Words that end a reporter's name when they follow it ("police said on
// Sunday", "according to the agency in Geneva").
bool EndsName(std::string_view w) {
  static constexpr std::array<std::string_view, 11> kEnds = {
      "on", "in", "that", "late", "earlier", "today", "yesterday", "when", "after", "while", "who"};
  return IndexOf(w, kEnds.data(), kEnds.size()) >= 0;
}

class Finder {
 public:
  explicit Finder(std::string_view s) : s_(s), w_(SplitStoryWords(s)) {}

  std::optional<Attribution> Run() {
    for (size_t i = 0; i < w_.size(); ++i) {
      // "as reported by", "reported by", "quoted by", "according to"
      if ((W(i) == "reported" || W(i) == "quoted") && W(i + 1) == "by")
        return After(i + 2, W(i - 1) == "as" ? i - 1 : i);
      if (W(i) == "according" && W(i + 1) == "to") return After(i + 2, i);
    }
    // ", a senior official said on Sunday."
    const size_t comma = s_.rfind(',');
    if (comma != std::string_view::npos) {
      size_t first = 0;
      while (first < w_.size() && w_[first].begin < comma) ++first;
      // ", who said they would return" tells what the protesters said.
      if (W(first) == "who" || W(first) == "which" || W(first) == "that") first = w_.size();
      for (size_t v = first + 1; v < w_.size() && v <= first + 7; ++v) {
        if (!ReportingVerb(W(v))) continue;
        if (!Joined(first, v)) break;
        return Make(first, v - 1, W(v));
      }
    }
    // "Reuters reported that ...", "The agency said ..."; not after an
    // opening phrase ("For its part the Soviet Union has said").
    static constexpr std::array<std::string_view, 9> kOpenings = {
        "for", "in", "on", "at", "by", "with", "after", "before", "but"};
    if (!w_.empty() && IndexOf(W(0), kOpenings.data(), kOpenings.size()) >= 0) return std::nullopt;
    for (size_t v = 1; v < w_.size() && v <= 7; ++v) {
      if (!ReportingVerb(W(v)) || W(v) == "according") continue;
      if (!Joined(0, v)) break;
      return Make(0, v - 1, W(v));
    }
    return std::nullopt;
  }

 private:
  std::string_view W(size_t i) const {
    return i < w_.size() ? std::string_view(w_[i].lower) : std::string_view();
  }

  // Whether words a..b stand in one comma clause.
  bool Joined(size_t a, size_t b) const {
    return s_.substr(w_[a].begin, w_[b].begin - w_[a].begin).find_first_of(",;:\"") ==
           std::string_view::npos;
  }

  // The reporter after a cue at words [cue, first): up to a comma, a period
  // or a word that ends a name.
  std::optional<Attribution> After(size_t first, size_t cue) {
    if (first >= w_.size()) return std::nullopt;
    size_t last = first;
    while (last + 1 < w_.size() && Joined(last, last + 1) && !EndsName(W(last + 1)) &&
           s_.substr(w_[last].end, w_[last + 1].begin - w_[last].end).find('.') ==
               std::string_view::npos)
      ++last;
    std::optional<Attribution> a = Make(first, last, "");
    a->cue = std::string(s_.substr(w_[cue].begin, w_[first].begin - w_[cue].begin));
    while (!a->cue.empty() && a->cue.back() == ' ') a->cue.pop_back();
    return a;
  }

  std::optional<Attribution> Make(size_t first, size_t last, std::string_view cue) {
    // "a senior official": the article is no part of the name, nor are the
    // helpers of the verb ("the ministry has said").
    if (first < last && (W(first) == "a" || W(first) == "an" || W(first) == "the")) ++first;
    static constexpr std::array<std::string_view, 8> kHelpers = {"has",   "have", "had",   "also",
                                                                 "would", "will", "later", "again"};
    while (last > first && IndexOf(W(last), kHelpers.data(), kHelpers.size()) >= 0) --last;
    Attribution a;
    a.begin = w_[first].begin;
    a.end = w_[last].end;
    a.text = std::string(s_.substr(a.begin, a.end - a.begin));
    a.cue = std::string(cue);
    return a;
  }

  std::string_view s_;
  std::vector<StoryWord> w_;
};

}  // namespace

std::optional<Attribution> FindAttribution(std::string_view sentence) {
  return Finder(sentence).Run();
}

}  // namespace acta::story
