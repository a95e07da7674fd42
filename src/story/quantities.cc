#include "story/quantities.h"

#include <algorithm>
#include <array>
#include <cstdlib>
#include <optional>

#include "story/story_words.h"

namespace acta::story {
namespace {

struct Number {
  long long count = 0;
  std::string qualifier;  // set by vague counts ("dozens": at_least)
  size_t end = 0;         // the word after the number
};

long long SmallNumber(std::string_view w) {
  static constexpr std::array<std::string_view, 20> kUnits = {
      "zero",     "one",     "two",     "three",     "four",     "five",    "six",
      "seven",    "eight",   "nine",    "ten",       "eleven",   "twelve",  "thirteen",
      "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
  static constexpr std::array<std::string_view, 8> kTens = {
      "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
  if (const int u = IndexOf(w, kUnits.data(), kUnits.size()); u >= 0) return u;
  if (const int t = IndexOf(w, kTens.data(), kTens.size()); t >= 0) return 20 + 10 * t;
  return -1;
}

long long Scale(std::string_view w) {
  if (w == "hundred") return 100;
  if (w == "thousand") return 1000;
  if (w == "million") return 1000000;
  if (w == "billion") return 1000000000;
  return 0;
}

// Digits as written: "32,000" -> 32000, "1.5" -> 1.5 as tenths (15, 10).
std::optional<double> Digits(std::string_view w) {
  if (w.empty() || w.back() < '0' || w.back() > '9') return std::nullopt;  // "21st"
  std::string plain;
  for (char c : w)
    if (c != ',') plain.push_back(c);
  return std::strtod(plain.c_str(), nullptr);
}

// A number at word i: digits, number words ("twenty five", "two million"),
// or a vague count ("dozens", "hundreds", "tens of thousands", "a dozen").
std::optional<Number> ReadNumber(const std::vector<StoryWord>& w, size_t i) {
  if (i >= w.size()) return std::nullopt;
  Number n;
  const std::string& first = w[i].lower;
  auto next = [&](size_t k) -> std::string_view {
    return k < w.size() ? std::string_view(w[k].lower) : std::string_view();
  };
  static constexpr std::array<std::pair<std::string_view, long long>, 5> kVague = {
      {{"dozens", 24},
       {"scores", 40},
       {"hundreds", 200},
       {"thousands", 2000},
       {"millions", 2000000}}};
  for (const auto& [word, least] : kVague) {
    if (first != word) continue;
    n.count = least;
    n.qualifier = "at_least";
    n.end = i + 1;
    // "tens of thousands", "hundreds of thousands"
    if (next(i + 1) == "of" && (next(i + 2) == "thousands" || next(i + 2) == "millions")) {
      n.count = least * (next(i + 2) == "thousands" ? 1000 : 1000000) / (first == "dozens" ? 2 : 1);
      n.end = i + 3;
    }
    return n;
  }
  if (first == "tens" && next(i + 1) == "of" && next(i + 2) == "thousands") {
    n.count = 20000;
    n.qualifier = "at_least";
    n.end = i + 3;
    return n;
  }
  if ((first == "a" || first == "one") && next(i + 1) == "dozen") {
    n.count = 12;
    n.qualifier = "about";
    n.end = i + 2;
    return n;
  }
  double value = 0;
  size_t k = i;
  if (w[i].number) {
    const std::optional<double> d = Digits(first);
    // "1955 Oscars", "in 2004 was hurt": four digits without a comma from
    // 1800 to 2099 are a year; news writes such counts with a comma.
    if (!d || (first.size() == 4 && *d >= 1800 && *d <= 2099)) return std::nullopt;
    value = *d;
    k = i + 1;
  } else {
    long long small = SmallNumber(first);
    if (small < 0) return std::nullopt;
    k = i + 1;
    if (small >= 20 && small % 10 == 0) {
      const long long unit = SmallNumber(next(k));
      if (unit > 0 && unit < 10) {
        small += unit;
        ++k;
      }
    }
    value = static_cast<double>(small);
  }
  // "two million", "1.5 million", "three hundred thousand"
  while (const long long scale = Scale(next(k))) {
    value *= static_cast<double>(scale);
    ++k;
  }
  n.count = static_cast<long long>(value + 0.5);
  n.end = k;
  return n;
}

// The qualifier ending right before word i, and the word it starts at.
std::string Qualifier(const std::vector<StoryWord>& w, size_t i, size_t* start) {
  auto at = [&](size_t back) -> std::string_view {
    return back <= i ? std::string_view(w[i - back].lower) : std::string_view();
  };
  struct Phrase {
    std::array<std::string_view, 3> words;  // in order, "" for none
    const char* qualifier;
  };
  static constexpr std::array<Phrase, 17> kPhrases = {{
      {{"more", "than", ""}, "more_than"},
      {{"over", "", ""}, "more_than"},
      {{"above", "", ""}, "more_than"},
      {{"upwards", "of", ""}, "more_than"},
      {{"at", "least", ""}, "at_least"},
      {{"no", "fewer", "than"}, "at_least"},
      {{"no", "less", "than"}, "at_least"},
      {{"about", "", ""}, "about"},
      {{"around", "", ""}, "about"},
      {{"some", "", ""}, "about"},
      {{"roughly", "", ""}, "about"},
      {{"approximately", "", ""}, "about"},
      {{"nearly", "", ""}, "about"},
      {{"almost", "", ""}, "about"},
      {{"estimated", "", ""}, "about"},
      {{"up", "to", ""}, "at_most"},
      {{"as", "many", "as"}, "at_most"},
  }};
  for (const Phrase& p : kPhrases) {
    size_t len = 0;
    while (len < 3 && !p.words[len].empty()) ++len;
    bool match = true;
    for (size_t k = 0; k < len && match; ++k) match = at(len - k) == p.words[k];
    if (match) {
      *start = i - len;
      return p.qualifier;
    }
  }
  *start = i;
  return "exact";
}

using TypeOf = std::pair<std::string_view, std::string_view>;

// The type `table` gives word `w`, or "".
template <size_t N>
std::string Lookup(const std::array<TypeOf, N>& table, std::string_view w) {
  for (const auto& [word, type] : table)
    if (w == word) return std::string(type);
  return "";
}

// The type a noun names ("casualties", "dead", "protesters"), or "".
std::string NounType(std::string_view w) {
  static constexpr std::array<TypeOf, 22> kNouns = {{
      {"casualties", "casualties"},
      {"dead", "killed"},
      {"deaths", "killed"},
      {"fatalities", "killed"},
      {"bodies", "killed"},
      {"injured", "injured"},
      {"injuries", "injured"},
      {"wounded", "wounded"},
      {"protesters", "protesters"},
      {"protestors", "protesters"},
      {"demonstrators", "protesters"},
      {"marchers", "protesters"},
      {"troops", "troops"},
      {"soldiers", "troops"},
      {"servicemen", "troops"},
      {"marines", "troops"},
      {"peacekeepers", "troops"},
      {"refugees", "displaced"},
      {"displaced", "displaced"},
      {"evacuees", "displaced"},
      {"detainees", "arrested"},
      {"arrests", "arrested"},
  }};
  return Lookup(kNouns, w);
}

// The type a participle after a count says happened to those counted
// ("five people were killed", "800,000 fled"), or "".
std::string AfterType(std::string_view w) {
  static constexpr std::array<TypeOf, 12> kAfter = {{
      {"killed", "killed"},
      {"died", "killed"},
      {"executed", "killed"},
      {"injured", "injured"},
      {"hurt", "injured"},
      {"wounded", "wounded"},
      {"arrested", "arrested"},
      {"detained", "arrested"},
      {"held", "arrested"},
      {"displaced", "displaced"},
      {"fled", "displaced"},
      {"evacuated", "displaced"},
  }};
  return Lookup(kAfter, w);
}

// The type a verb before a count does to those counted ("killing at least
// 156 people", "arrested 12"), or "".
std::string BeforeType(std::string_view w) {
  static constexpr std::array<TypeOf, 14> kBefore = {{
      {"killed", "killed"},
      {"killing", "killed"},
      {"kills", "killed"},
      {"executed", "killed"},
      {"injured", "injured"},
      {"injuring", "injured"},
      {"wounded", "wounded"},
      {"wounding", "wounded"},
      {"arrested", "arrested"},
      {"arresting", "arrested"},
      {"detained", "arrested"},
      {"detaining", "arrested"},
      {"displaced", "displaced"},
      {"displacing", "displaced"},
  }};
  return Lookup(kBefore, w);
}

bool PeopleNoun(std::string_view w) {
  static constexpr std::array<std::string_view, 18> kPeople = {
      "people",    "persons",  "person",    "civilians", "others",    "men",
      "women",     "children", "villagers", "residents", "members",   "fighters",
      "militants", "rebels",   "workers",   "students",  "policemen", "police"};
  return IndexOf(w, kPeople.data(), kPeople.size()) >= 0;
}

// Words between a count and its participle; the passive ones show that
// something was done to those counted ("12 were being held", not "Band Aid
// 20 has held").
bool Auxiliary(std::string_view w, bool* passive) {
  const bool be =
      w == "were" || w == "was" || w == "been" || w == "are" || w == "is" || w == "being";
  *passive |= be;
  return be || w == "have" || w == "has" || w == "had" || w == "reportedly" || w == "also";
}

class Finder {
 public:
  explicit Finder(std::string_view s) : s_(s), w_(SplitStoryWords(s)) {}

  std::vector<Quantity> Run() {
    for (size_t i = 0; i < w_.size();) i = Match(i);
    return std::move(out_);
  }

 private:
  // Tries a number at word i; returns where to go on.
  size_t Match(size_t i) {
    // "the death toll rose to 45", "a death toll of 45"
    if (w_[i].lower == "toll" && i > 0 && w_[i - 1].lower == "death") {
      for (size_t k = i + 1; k < w_.size() && k <= i + 8; ++k) {
        size_t start = k;
        const std::string q = Qualifier(w_, k, &start);
        if (const std::optional<Number> n = ReadNumber(w_, k); n && start > i) {
          Add("killed", *n, q, i - 1, n->end - 1, 0, 0);
          return n->end;
        }
      }
      return i + 1;
    }
    const std::optional<Number> n = ReadNumber(w_, i);
    if (!n || n->count <= 0) return i + 1;
    size_t start = i;
    const std::string q = Qualifier(w_, i, &start);
    size_t k = n->end, of_first = 0, of_last = 0;
    // "Scholl, 21, was arrested", "in 2001, is held": a number set off by
    // commas is an age or a year, not a count of what follows.
    const bool alone = k < w_.size() && !Joined(k - 1, k);
    if (!alone) {
      if (k < w_.size() && w_[k].lower == "of") ++k;  // "thousands of protesters"
      // "17 soldiers died": what happened to them says more than who they are.
      if (const size_t after = AfterPeople(k); after > k) {
        if (std::string type = AfterType(w_[after].lower); !type.empty()) {
          Add(type, *n, q, start, after, 0, 0);
          return after + 1;
        }
      }
      // Whose: capitalised words between the number and the noun ("32,000
      // Palestinian casualties"), or the noun itself ("23 Israelis").
      while (k < w_.size() && k < n->end + 3 && w_[k].capitalized && Joined(k - 1, k) &&
             NounType(w_[k].lower).empty()) {
        if (of_last == 0) of_first = k;
        of_last = k + 1;
        ++k;
      }
      // "32,000 Palestinian casualties", "3,000 troops"
      if (k < w_.size() && Joined(k - 1, k)) {
        if (std::string type = NounType(w_[k].lower); !type.empty()) {
          Add(type, *n, q, start, k, of_first, of_last);
          return k + 1;
        }
      }
    }
    // "five people were killed", "12 others wounded", "dozens were arrested"
    size_t v = k;
    if (!alone && v < w_.size() && PeopleNoun(w_[v].lower)) ++v;
    bool passive = false;
    while (!alone && v < w_.size() && Auxiliary(w_[v].lower, &passive)) ++v;
    const bool counted = v > k && (PeopleNoun(w_[k].lower) || passive);
    if (!alone && (counted || of_last > 0) && v < w_.size()) {
      if (std::string type = AfterType(w_[v].lower); !type.empty()) {
        Add(type, *n, q, start, v, of_first, of_last);
        return v + 1;
      }
    }
    // "killing at least 156 people", "arrested 12", "wounding two"
    if (start > 0 && Joined(start - 1, start)) {
      if (std::string type = BeforeType(w_[start - 1].lower); !type.empty()) {
        const size_t people = !alone && k < w_.size() && PeopleNoun(w_[k].lower) ? k : n->end - 1;
        // "killed 23 Israelis": the capitalised noun is whose they are.
        const size_t last = std::max({people, n->end - 1, of_last > 0 ? of_last - 1 : 0});
        Add(type, *n, q, start - 1, last, of_first, of_last);
        return last + 1;
      }
    }
    return n->end > i ? n->end : i + 1;
  }

  // Whether words a and b are apart only by blanks and hyphens.
  bool Joined(size_t a, size_t b) const {
    for (uint32_t x = w_[a].end; x < w_[b].begin; ++x)
      if (s_[x] != ' ' && s_[x] != '-' && s_[x] != '\n' && s_[x] != '\t') return false;
    return true;
  }

  // The word after "soldiers were", "troops have been" at word k: k when
  // word k is not a noun of people that can be followed so.
  size_t AfterPeople(size_t k) const {
    if (k >= w_.size()) return k;
    const std::string type = NounType(w_[k].lower);
    if (type != "troops" && type != "protesters") return k;
    size_t v = k + 1;
    bool passive = false;
    while (v < w_.size() && Auxiliary(w_[v].lower, &passive)) ++v;
    return v < w_.size() ? v : k;
  }

  void Add(const std::string& type, const Number& n, const std::string& qualifier, size_t first,
           size_t last, size_t of_first, size_t of_last) {
    Quantity q;
    q.type = type;
    q.count = n.count;
    q.qualifier = n.qualifier.empty() || qualifier != "exact" ? qualifier : n.qualifier;
    q.begin = w_[first].begin;
    q.end = w_[last].end;
    q.text = std::string(s_.substr(q.begin, q.end - q.begin));
    if (of_last > of_first) {
      q.of_begin = w_[of_first].begin;
      q.of_end = w_[of_last - 1].end;
      q.of_text = std::string(s_.substr(q.of_begin, q.of_end - q.of_begin));
    }
    out_.push_back(std::move(q));
  }

  std::string_view s_;
  std::vector<StoryWord> w_;
  std::vector<Quantity> out_;
};

}  // namespace

std::vector<Quantity> FindQuantities(std::string_view sentence) {
  // A headline in capitals ("ALMOST 200 DEAD") does not tell names from words.
  if (std::none_of(sentence.begin(), sentence.end(), [](char c) { return c >= 'a' && c <= 'z'; }))
    return {};
  return Finder(sentence).Run();
}

bool Describes(std::string_view type, std::string_view code) {
  if (code.size() < 2) return false;
  const std::string_view root = code.substr(0, 2);
  const bool violence = root == "18" || root == "19" || root == "20" || code.starts_with("175");
  if (type == "killed" || type == "injured" || type == "wounded" || type == "casualties")
    return violence;
  if (type == "arrested") return code.starts_with("173") || code.starts_with("175");
  if (type == "protesters") return root == "14";
  if (type == "troops") return root == "15" || root == "19";
  if (type == "displaced") return code.starts_with("174") || violence;
  return false;
}

}  // namespace acta::story
