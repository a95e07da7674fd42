#include "story/event_date.h"

#include <algorithm>
#include <array>
#include <cstdlib>
#include <optional>

#include "story/story_words.h"

namespace acta::story {
namespace {

using Word = StoryWord;

int WeekdayOf(std::string_view w) {
  static constexpr std::array<std::string_view, 7> kDays = {
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
  return IndexOf(w, kDays.data(), kDays.size());
}

// 1-12, or 0.
int MonthOf(const Word& w) {
  static constexpr std::array<std::string_view, 12> kMonths = {
      "january", "february", "march",     "april",   "may",      "june",
      "july",    "august",   "september", "october", "november", "december"};
  static constexpr std::array<std::string_view, 12> kShort = {
      "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sept", "oct", "nov", "dec"};
  if (!w.capitalized) return 0;
  int m = IndexOf(w.lower, kMonths.data(), kMonths.size());
  if (m < 0) m = IndexOf(w.lower, kShort.data(), kShort.size());
  if (m < 0 && w.lower == "sep") m = 8;
  return m + 1;
}

// "three" -> 3, "a" -> 1, digits as written; 0 when it is no count.
int CountOf(const Word& w) {
  static constexpr std::array<std::string_view, 13> kWords = {
      "zero",  "one",   "two",  "three", "four",   "five",  "six",
      "seven", "eight", "nine", "ten",   "eleven", "twelve"};
  if (w.number) return w.lower.size() <= 4 ? std::atoi(w.lower.c_str()) : 0;
  if (w.lower == "a" || w.lower == "an") return 1;
  if (w.lower == "fifteen") return 15;
  if (w.lower == "twenty") return 20;
  if (w.lower == "thirty") return 30;
  return std::max(0, IndexOf(w.lower, kWords.data(), kWords.size()));
}

int DayOf(const Word& w) {
  if (!w.number || w.lower.find_first_of(",.") != std::string::npos) return 0;
  const int d = std::atoi(w.lower.c_str());
  return d >= 1 && d <= 31 ? d : 0;
}

int YearOf(const Word& w) {
  if (!w.number || w.lower.size() != 4) return 0;
  const int y = std::atoi(w.lower.c_str());
  return y >= 1800 && y <= 2199 ? y : 0;
}

Date Monday(const Date& d) { return d.AddDays(-d.Weekday()); }

// The day and month nearest to `story` in the direction of `tense` (the
// story's own day counts either way): a report's "December 28" in early
// January is last year's, a plan's "January 7" in December next year's.
// News names a day more than half a year away with its year, so when the
// day that way is further than that, the nearest either way is meant.
std::optional<Date> NearestDay(int month, int day, const Date& story, Tense tense) {
  constexpr long kHalfYear = 183;
  std::optional<Date> best, nearest;
  long best_distance = 0, nearest_distance = 0;
  for (int y = story.year - 1; y <= story.year + 1; ++y) {
    const Date d{y, month, day};
    if (!d.IsValid()) continue;
    const long distance = d.DayNumber() - story.DayNumber();
    if (!nearest || std::labs(distance) < nearest_distance) {
      nearest = d;
      nearest_distance = std::labs(distance);
    }
    if (tense == Tense::kPast ? distance > 0 : distance < 0) continue;
    if (!best || std::labs(distance) < best_distance) {
      best = d;
      best_distance = std::labs(distance);
    }
  }
  return best && best_distance <= kHalfYear ? best : nearest;
}

Date NearestMonth(int month, const Date& story, Tense tense) {
  return *NearestDay(month, 1, Date{story.year, story.month, 1}, tense);
}

class Scanner {
 public:
  Scanner(std::string_view s, const Date& story, Tense tense)
      : s_(s), w_(SplitStoryWords(s)), story_(story), tense_(tense) {}

  std::vector<DateMention> Run() {
    for (size_t i = 0; i < w_.size();) i += Match(i);
    return std::move(out_);
  }

 private:
  const std::string& W(size_t i) const {
    static const std::string kNone;
    return i < w_.size() ? w_[i].lower : kNone;
  }

  void Add(size_t first, size_t last, Date d, DateMention::Precision p) {
    DateMention m;
    m.date = d;
    m.precision = p;
    m.begin = w_[first].begin;
    m.end = w_[last].end;
    m.text = std::string(s_.substr(m.begin, m.end - m.begin));
    out_.push_back(std::move(m));
  }

  // Matches an expression starting at word i; returns the words it used (1
  // when none matched).
  size_t Match(size_t i) {
    using P = DateMention::Precision;
    const std::string& w = W(i);
    if (w == "today" || w == "tonight") return Add(i, i, story_, P::kDay), 1;
    if (w == "yesterday") return Add(i, i, story_.AddDays(-1), P::kDay), 1;
    if (w == "tomorrow") return Add(i, i, story_.AddDays(1), P::kDay), 1;
    const bool last = w == "last", next = w == "next", this_ = w == "this";
    if ((last || this_) && W(i + 1) == "night")
      return Add(i, i + 1, story_.AddDays(-1), P::kDay), 2;
    if (last || next || this_) {
      const int step = last ? -1 : next ? 1 : 0;
      const std::string& unit = W(i + 1);
      if (unit == "week") return Add(i, i + 1, Monday(story_).AddDays(7 * step), P::kWeek), 2;
      if (unit == "month") {
        const Date m = Date{story_.year, story_.month, 1}.AddMonths(step);
        return Add(i, i + 1, m, P::kMonth), 2;
      }
      if (unit == "year") return Add(i, i + 1, Date{story_.year + step, 1, 1}, P::kYear), 2;
      if (const int wd = i + 1 < w_.size() ? WeekdayOf(W(i + 1)) : -1; wd >= 0) {
        return Add(i, i + 1, Weekday(wd, last ? Tense::kPast : Tense::kFuture, !this_), P::kDay), 2;
      }
      if (const int m = i + 1 < w_.size() ? MonthOf(w_[i + 1]) : 0; m > 0 && step != 0) {
        const Date d = NearestMonth(m, story_, last ? Tense::kPast : Tense::kFuture);
        return Add(i, i + 1, d, P::kMonth), 2;
      }
    }
    if (const int wd = WeekdayOf(w); wd >= 0 && w_[i].capitalized) {
      const size_t first = i > 0 && W(i - 1) == "on" ? i - 1 : i;
      return Add(first, i, Weekday(wd, tense_, false), P::kDay), 1;
    }
    if (const int n = CountOf(w_[i]); n > 0 && W(i + 2) == "ago") {
      const std::string& unit = W(i + 1);
      if (unit == "day" || unit == "days") return Add(i, i + 2, story_.AddDays(-n), P::kDay), 3;
      if (unit == "week" || unit == "weeks")
        return Add(i, i + 2, Monday(story_.AddDays(-7 * n)), P::kWeek), 3;
      if (unit == "month" || unit == "months") {
        const Date m = Date{story_.year, story_.month, 1}.AddMonths(-n);
        return Add(i, i + 2, m, P::kMonth), 3;
      }
      if (unit == "year" || unit == "years")
        return Add(i, i + 2, Date{story_.year - n, 1, 1}, P::kYear), 3;
    }
    if (const size_t used = DayMonth(i); used > 0) return used;
    if (w == "in" && i + 1 < w_.size()) {
      if (const int y = YearOf(w_[i + 1]); y > 0) return Add(i, i + 1, Date{y, 1, 1}, P::kYear), 2;
    }
    return 1;
  }

  // "March 7", "March 7, 2023", "7 March", "7 March 2023", "March 2023",
  // "in March"; "May" only with a day, a year or IN.
  size_t DayMonth(size_t i) {
    using P = DateMention::Precision;
    const size_t first = i > 0 && W(i - 1) == "on" ? i - 1 : i;
    if (const int m = MonthOf(w_[i]); m > 0) {
      const int day = i + 1 < w_.size() ? DayOf(w_[i + 1]) : 0;
      if (day > 0) return DayOfMonth(first, i, m, day);
      if (const int year = i + 1 < w_.size() ? YearOf(w_[i + 1]) : 0; year > 0) {
        Add(i, i + 1, Date{year, m, 1}, P::kMonth);
        return 2;
      }
      if (i > 0 && W(i - 1) == "in") {
        Add(i - 1, i, NearestMonth(m, story_, tense_), P::kMonth);
        return 1;
      }
      return 0;
    }
    if (const int day = DayOf(w_[i]); day > 0 && i + 1 < w_.size()) {
      const int m = MonthOf(w_[i + 1]);
      return m > 0 ? DayOfMonth(first, i, m, day) : 0;
    }
    return 0;
  }

  // A day and month at words i and i + 1, with the year at i + 2 if there is
  // one; the mention starts at word `first`. Returns the words used after i.
  size_t DayOfMonth(size_t first, size_t i, int month, int day) {
    const int year = i + 2 < w_.size() ? YearOf(w_[i + 2]) : 0;
    const std::optional<Date> d = year > 0 ? std::optional<Date>(Date{year, month, day})
                                           : NearestDay(month, day, story_, tense_);
    if (!d || !d->IsValid()) return 0;
    Add(first, year > 0 ? i + 2 : i + 1, *d, DateMention::Precision::kDay);
    return year > 0 ? 3 : 2;
  }

  // The story's own weekday, or the nearest such day before (kPast) or after
  // it; `strict` skips the story's own day ("last Tuesday", "next Tuesday").
  Date Weekday(int wd, Tense tense, bool strict) const {
    const int today = story_.Weekday();
    if (wd == today && !strict) return story_;
    if (tense == Tense::kPast) {
      const int back = (today - wd + 7) % 7;
      return story_.AddDays(-(back == 0 ? 7 : back));
    }
    const int ahead = (wd - today + 7) % 7;
    return story_.AddDays(ahead == 0 ? 7 : ahead);
  }

  std::string_view s_;
  std::vector<Word> w_;
  Date story_;
  Tense tense_;
  std::vector<DateMention> out_;
};

// Whether `m` ends an opening phrase of place and time that the first comma
// closes: "In Paris on February 22, the six agreed ...", "At a meeting in
// Brussels last week, ministers said ...". Such a phrase dates the sentence
// as an opening date does.
bool InOpeningPhrase(std::string_view sentence, size_t opening, const DateMention& m) {
  static constexpr std::array<std::string_view, 4> kOpeners = {"in", "at", "from", "during"};
  constexpr size_t kMaxWordsBefore = 6;
  if (opening == std::string_view::npos || m.begin <= opening) return false;
  const std::string_view before = sentence.substr(opening, m.begin - opening);
  if (before.find_first_of(",;:") != std::string_view::npos) return false;
  const size_t comma = sentence.find(',', m.end);
  if (comma == std::string_view::npos ||
      sentence.substr(m.end, comma - m.end).find_first_not_of(" ") != std::string_view::npos)
    return false;
  const std::vector<Word> words = SplitStoryWords(before);
  return !words.empty() && words.size() <= kMaxWordsBefore &&
         IndexOf(words[0].lower, kOpeners.data(), kOpeners.size()) >= 0;
}

}  // namespace

std::vector<DateMention> FindDates(std::string_view sentence, const Date& story_date, Tense tense) {
  if (!story_date.IsValid()) return {};
  std::vector<DateMention> found = Scanner(sentence, story_date, tense).Run();
  // Near either end of the calendar an expression may point past it
  // ("yesterday" in a story of 0001-01-01): such a mention dates nothing.
  std::erase_if(found, [](const DateMention& m) { return !m.date.IsValid(); });
  return found;
}

const DateMention* NearestDate(std::string_view sentence, const std::vector<DateMention>& mentions,
                               uint32_t at) {
  const DateMention* best = nullptr;
  uint32_t best_distance = 0;
  const size_t opening = sentence.find_first_not_of(" \t\n\"'");
  for (const DateMention& m : mentions) {
    const uint32_t from = std::min(at, m.begin), to = std::max(at, m.end);
    const bool same_clause = sentence.substr(from, to - from).find(',') == std::string_view::npos;
    if (!same_clause && m.begin != opening && !InOpeningPhrase(sentence, opening, m)) continue;
    const uint32_t distance = at < m.begin ? m.begin - at : at >= m.end ? at - m.end : 0;
    if (best == nullptr || distance < best_distance) {
      best = &m;
      best_distance = distance;
    }
  }
  return best;
}

Tense TenseAt(std::string_view sentence, uint32_t at) {
  static constexpr std::array<std::string_view, 14> kFuture = {
      "will",     "would",     "ll",  "shall", "plans",    "plan",    "planned",
      "planning", "scheduled", "due", "set",   "expected", "intends", "intend"};
  const std::vector<Word> words =
      SplitStoryWords(sentence.substr(0, std::min<size_t>(at, sentence.size())));
  constexpr size_t kWindow = 6;
  for (size_t k = words.size() > kWindow ? words.size() - kWindow : 0; k < words.size(); ++k)
    if (IndexOf(words[k].lower, kFuture.data(), kFuture.size()) >= 0) return Tense::kFuture;
  return Tense::kPast;
}

const DateMention* SentenceDates::For(uint32_t verb_at) {
  const Tense tense = TenseAt(sentence_, verb_at);
  const size_t t = tense == Tense::kPast ? 0 : 1;
  if (!done_[t]) {
    found_[t] = FindDates(sentence_, story_date_, tense);
    done_[t] = true;
  }
  return NearestDate(sentence_, found_[t], verb_at);
}

std::optional<DateMention> DateOfMeetingNamed(std::string_view sentence, const Date& story_date) {
  static constexpr std::array<std::string_view, 3> kDeterminers = {"this", "that", "the"};
  static constexpr std::array<std::string_view, 5> kMeetings = {"meeting", "visit", "talks", "trip",
                                                                "summit"};
  const std::vector<Word> words = SplitStoryWords(sentence);
  for (size_t k = 0; k < words.size(); ++k) {
    if (IndexOf(words[k].lower, kDeterminers.data(), kDeterminers.size()) < 0) continue;
    for (size_t j = k + 1; j < words.size() && j <= k + 3; ++j) {
      if (IndexOf(words[j].lower, kMeetings.data(), kMeetings.size()) < 0) continue;
      const uint32_t at = words[j].end;
      const std::vector<DateMention> past = FindDates(sentence, story_date, Tense::kPast);
      const DateMention* m = NearestDate(sentence, past, at);
      if (m == nullptr) return std::nullopt;
      if (TenseAt(sentence, m->begin) == Tense::kPast) return *m;
      const std::vector<DateMention> future = FindDates(sentence, story_date, Tense::kFuture);
      m = NearestDate(sentence, future, at);
      return m != nullptr ? std::optional<DateMention>(*m) : std::nullopt;
    }
  }
  return std::nullopt;
}

std::string_view PrecisionName(DateMention::Precision p) {
  switch (p) {
    case DateMention::Precision::kDay:
      return "day";
    case DateMention::Precision::kWeek:
      return "week";
    case DateMention::Precision::kMonth:
      return "month";
    case DateMention::Precision::kYear:
      return "year";
  }
  return "day";
}

}  // namespace acta::story
