// Fuzzes the readers of date and number expressions: the story-level pass's
// dates ("on Tuesday", "three years ago"), counts of people ("over 32,000
// Palestinian casualties"), attributions, and every parser of a written
// date. Spans must lie inside the sentence, resolved dates must be real days,
// and a story date at either end of the calendar must not overflow.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "acta/date.h"
#include "common/utf8.h"
#include "dict/acta_loader.h"
#include "reader/emitter.h"
#include "story/attribution.h"
#include "story/event_date.h"
#include "story/quantities.h"
#include "suite/tabari_suite.h"

namespace {

void Check(bool ok) {
  if (!ok) std::abort();
}

void CheckDate(const acta::Date& d) { Check(d.IsValid()); }

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  // The first byte picks the story date: ordinary, or an end of the calendar.
  const acta::Date dates[] = {{2024, 3, 26}, {1, 1, 1}, {9999, 12, 31}, {2024, 2, 29}};
  const acta::Date story_date = dates[data[0] % 4];
  std::string_view raw(reinterpret_cast<const char*>(data + 1), size - 1);
  // Every parser of a written date takes the raw bytes.
  for (std::optional<acta::Date> d :
       {acta::Date::ParseIso(raw), acta::ParseDateOrTimestamp(raw),
        acta::dict::ParseActaDate(raw, false), acta::dict::ParseActaDate(raw, true),
        acta::suite::ParseTabariDate(raw)}) {
    if (d) CheckDate(*d);
  }
  std::string text;
  acta::RepairUtf8(raw, &text);
  const std::string_view sentence = text;
  for (acta::story::Tense tense : {acta::story::Tense::kPast, acta::story::Tense::kFuture}) {
    std::vector<acta::story::DateMention> found =
        acta::story::FindDates(sentence, story_date, tense);
    for (const acta::story::DateMention& m : found) {
      Check(m.begin <= m.end && m.end <= sentence.size());
      CheckDate(m.date);
    }
    for (uint32_t at = 0; at <= sentence.size(); at += 7) {
      const acta::story::DateMention* near = acta::story::NearestDate(sentence, found, at);
      Check(near == nullptr || (near >= found.data() && near < found.data() + found.size()));
      acta::story::TenseAt(sentence, at);
    }
  }
  if (std::optional<acta::story::DateMention> m =
          acta::story::DateOfMeetingNamed(sentence, story_date)) {
    Check(m->begin <= m->end && m->end <= sentence.size());
    CheckDate(m->date);
  }
  for (const acta::story::Quantity& q : acta::story::FindQuantities(sentence)) {
    Check(q.begin <= q.end && q.end <= sentence.size() && q.count >= 0);
    Check(q.of_begin <= q.of_end && q.of_end <= sentence.size());
  }
  if (std::optional<acta::story::Attribution> a = acta::story::FindAttribution(sentence)) {
    Check(a->begin <= a->end && a->end <= sentence.size());
  }
  return 0;
}
