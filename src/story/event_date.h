// When an event happened, from the words of its sentence and the story's
// date: "on Tuesday", "yesterday", "last week", "on March 7", "three years
// ago", "in 1987".
#ifndef ACTA_STORY_EVENT_DATE_H_
#define ACTA_STORY_EVENT_DATE_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "acta/date.h"

namespace acta::story {

struct DateMention {
  enum class Precision : uint8_t { kDay, kWeek, kMonth, kYear };
  Date date;  // the day, or the first day of the week, month or year meant
  Precision precision = Precision::kDay;
  uint32_t begin = 0, end = 0;  // byte span of the expression in the sentence
  std::string text;             // the expression as written
};

// Which way a weekday or a month without a year points when the sentence
// does not say: to the story's past (reports of what happened) or to its
// future (plans: "is set to visit Tehran on Tuesday").
enum class Tense : uint8_t { kPast, kFuture };

// Every date expression in `sentence`, in order, resolved against
// `story_date`. A weekday is the story's own day or the nearest such day in
// the direction of `tense`; so is a day and month without a year, and a
// month after IN.
std::vector<DateMention> FindDates(std::string_view sentence, const Date& story_date,
                                   Tense tense = Tense::kPast);

// The mention that dates what the word at byte `at` of `sentence` says: the
// nearest one in the same comma clause, or one that opens the sentence ("On
// Monday, rebels attacked ..."); nullptr when there is none ("... scheduled
// for Tuesday, following a UN resolution calling for ..." does not date the
// call).
const DateMention* NearestDate(std::string_view sentence, const std::vector<DateMention>& mentions,
                               uint32_t at);

// Whether the verb at byte `at` of `sentence` speaks of the future: WILL,
// WOULD, SHALL, PLANS, SCHEDULED, DUE, SET, EXPECTED or INTENDS among the six
// words before it ("is set to visit", "will fly to Tokyo on Sunday").
Tense TenseAt(std::string_view sentence, uint32_t at);

// "This significant meeting is scheduled for Tuesday": the date a sentence
// gives a meeting or visit it names with THIS, THAT or THE (at most two
// words before the noun: MEETING, VISIT, TALKS, TRIP or SUMMIT), i.e. the
// date expression of the noun's comma clause nearest to it, read toward the
// future when the sentence speaks of it so (TenseAt the expression); none
// when the sentence names no such meeting or gives it no date.
std::optional<DateMention> DateOfMeetingNamed(std::string_view sentence, const Date& story_date);

std::string_view PrecisionName(DateMention::Precision p);

// The dates of one sentence for each of its verbs: FindDates in the tense
// of the verb (TenseAt), found once per tense, and NearestDate.
class SentenceDates {
 public:
  SentenceDates(std::string_view sentence, const Date& story_date)
      : sentence_(sentence), story_date_(story_date) {}
  const DateMention* For(uint32_t verb_at);

 private:
  std::string_view sentence_;
  Date story_date_;
  std::vector<DateMention> found_[2];
  bool done_[2] = {false, false};
};

}  // namespace acta::story

#endif  // ACTA_STORY_EVENT_DATE_H_
