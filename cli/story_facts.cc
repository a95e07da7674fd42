#include "story_facts.h"

#include "coder/coder.h"
#include "coder/coder_words.h"

namespace acta::cli {
namespace {

void WriteQuantity(JsonWriter* j, const StoryQuantity& s, bool with_sentence) {
  j->BeginObject();
  j->Key("type");
  j->Value(s.q.type);
  j->Key("count");
  j->Value(static_cast<uint64_t>(s.q.count));
  j->Key("qualifier");
  j->Value(s.q.qualifier);
  j->Key("of");
  if (s.of.empty()) {
    j->Null();
  } else {
    j->Value(s.of);
  }
  j->Key("of_text");
  if (s.q.of_text.empty()) {
    j->Null();
  } else {
    j->Value(s.q.of_text);
  }
  j->Key("text");
  j->Value(s.q.text);
  j->Key("span");
  j->BeginArray();
  j->Value(uint64_t{s.sentence_begin + s.q.begin});
  j->Value(uint64_t{s.sentence_begin + s.q.end});
  j->EndArray();
  if (with_sentence) {
    j->Key("geo");
    if (s.place.empty()) {
      j->Null();
    } else {
      j->BeginObject();
      j->Key("name");
      j->Value(s.place);
      j->Key("type");
      j->Value(s.place_type);
      j->Key("country");
      if (s.place_country.empty()) {
        j->Null();
      } else {
        j->Value(s.place_country);
      }
      if (s.located) {
        j->Key("lat");
        j->Value(s.lat);
        j->Key("lon");
        j->Value(s.lon);
      }
      j->EndObject();
    }
    j->Key("sentence_index");
    j->Value(uint64_t{s.sentence_index});
    j->Key("attached");
    j->Value(s.attached ? std::string_view("event") : std::string_view("story"));
  }
  j->EndObject();
}

}  // namespace

std::string CountryOfName(const coder::CompiledDictionary& dict, std::string_view name,
                          const Date& date) {
  const coder::CoderWords words =
      coder::SplitCoderWords(name, dict.dictionary().flavor == dict::Dictionary::Flavor::kTabari
                                       ? coder::WordStyle::kTabari
                                       : coder::WordStyle::kTreebank);
  if (words.words.empty()) return "";
  std::vector<coder::PhraseMatch> matches;
  dict.MatchAt(words.words, 0, static_cast<uint32_t>(words.words.size()), &matches);
  const coder::PhraseMatch* best = nullptr;
  for (const coder::PhraseMatch& m : matches)
    if (m.ref.cls == coder::PhraseClass::kActor && (best == nullptr || m.end > best->end))
      best = &m;
  if (best == nullptr) return "";
  const std::string code = coder::ResolveActorCode(dict.dictionary().actors[best->ref.entry], date);
  if (code.size() < 3 || code.starts_with("---")) return "";
  return code.substr(0, 3);
}

SentenceFacts ReadSentenceFacts(const coder::CompiledDictionary& dict, std::string_view sentence,
                                size_t sentence_index, uint32_t sentence_begin, const Date& date) {
  SentenceFacts facts(sentence, date);
  facts.sentence_begin = sentence_begin;
  for (story::Quantity& q : story::FindQuantities(sentence)) {
    StoryQuantity s;
    s.of = q.of_text.empty() ? "" : CountryOfName(dict, q.of_text, date);
    s.q = std::move(q);
    s.sentence_index = sentence_index;
    s.sentence_begin = sentence_begin;
    facts.quantities.push_back(std::move(s));
  }
  facts.attribution = story::FindAttribution(sentence);
  if (facts.attribution)
    facts.attribution_country = CountryOfName(dict, facts.attribution->text, date);
  return facts;
}

void WriteEventFacts(JsonWriter* j, const std::string& code, SentenceFacts* facts) {
  j->Key("attribution");
  if (facts->attribution) {
    const story::Attribution& a = *facts->attribution;
    j->BeginObject();
    j->Key("text");
    j->Value(a.text);
    j->Key("cue");
    j->Value(a.cue);
    j->Key("country");
    if (facts->attribution_country.empty()) {
      j->Null();
    } else {
      j->Value(facts->attribution_country);
    }
    j->Key("span");
    j->BeginArray();
    j->Value(uint64_t{facts->sentence_begin + a.begin});
    j->Value(uint64_t{facts->sentence_begin + a.end});
    j->EndArray();
    j->EndObject();
  } else {
    j->Null();
  }
  j->Key("quantities");
  j->BeginArray();
  MarkAttached(code, facts);
  for (const StoryQuantity& s : facts->quantities)
    if (story::Describes(s.q.type, code)) WriteQuantity(j, s, false);
  j->EndArray();
}

void MarkAttached(const std::string& code, SentenceFacts* facts) {
  for (StoryQuantity& s : facts->quantities)
    if (story::Describes(s.q.type, code)) s.attached = true;
}

void WriteStoryRecord(const Story& story, const std::vector<StoryQuantity>& quantities,
                      std::string* buf) {
  JsonWriter j(buf);
  j.BeginObject();
  j.Key("story_id");
  j.Value(story.id);
  j.Key("date");
  j.Value(story.date.ToString());
  j.Key("quantities");
  j.BeginArray();
  for (const StoryQuantity& s : quantities) WriteQuantity(&j, s, true);
  j.EndArray();
  j.EndObject();
  buf->push_back('\n');
}

}  // namespace acta::cli
