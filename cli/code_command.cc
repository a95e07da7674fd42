// `acta code`: stories in, coded events out (JSON Lines or TSV), with the
// dictionaries named by --dict.
#include <fmt/format.h>
#include <CLI/CLI.hpp>

#include <algorithm>
#include <cstdio>
#include <future>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "acta/analysis.h"
#include "acta/story.h"
#include "code_run.h"
#include "codebook/codebook.h"
#include "coder/coder.h"
#include "coder/compiled_dictionary.h"
#include "commands.h"
#include "common/tsv.h"
#include "dict/acta_loader.h"
#include "dict/petrarch_loader.h"
#include "dict/tabari_loader.h"
#include "event_places.h"
#include "geo/gazetteer.h"
#include "geo/resolve.h"
#include "json_writer.h"
#include "sentence/sentence_splitter.h"
#include "sink/gdelt.h"
#include "story/confidence.h"
#include "story/dedup.h"
#include "story/event_date.h"
#include "story/unknown_names.h"
#include "story_facts.h"
#include "story_input.h"

namespace acta::cli {

// "tabari:PATH.project", "petrarch:PATH.ini" or "acta:PATH" (a native file or
// directory); empty: acta's own dictionaries under the data directory.
Result<dict::Dictionary> LoadDictionarySpec(const std::string& spec, const GlobalOptions& global) {
  if (spec.empty()) {
    return dict::LoadActaDictionaries(
        (global.data_dir.empty() ? DefaultDataDir() : global.data_dir) + "/dictionaries");
  }
  if (spec.starts_with("tabari:")) return dict::LoadTabariProject(spec.substr(7));
  if (spec.starts_with("petrarch:")) return dict::LoadPetrarchConfig(spec.substr(9));
  if (spec.starts_with("acta:")) return dict::LoadActaDictionaries(spec.substr(5));
  if (spec.ends_with(".project")) return dict::LoadTabariProject(spec);
  if (spec.ends_with(".ini")) return dict::LoadPetrarchConfig(spec);
  return Status::InvalidArgument(fmt::format(
      "--dict '{}': expected tabari:FILE.project, petrarch:FILE.ini or acta:PATH", spec));
}

namespace {

std::string WordsText(const coder::CoderWords& w, std::string_view sentence, uint32_t begin,
                      uint32_t end) {
  if (begin >= end || end > w.words.size()) return "";
  return std::string(
      sentence.substr(w.words[begin].begin, w.words[end - 1].end - w.words[begin].begin));
}

// The actor `code` of words [begin, end), with its place (`at`).
void WriteActor(JsonWriter* j, const std::string& code, const coder::CoderWords& w,
                std::string_view sentence, uint32_t sentence_begin, uint32_t begin, uint32_t end,
                const Located& at, const StoryGeo& where) {
  j->BeginObject();
  j->Key("code");
  j->Value(code);
  j->Key("text");
  j->Value(WordsText(w, sentence, begin, end));
  if (begin < end && end <= w.words.size()) {
    j->Key("span");
    j->BeginArray();
    j->Value(uint64_t{sentence_begin + w.words[begin].begin});
    j->Value(uint64_t{sentence_begin + w.words[end - 1].end});
    j->EndArray();
  }
  if (where.gazetteer != nullptr) {
    j->Key("geo");
    WritePlace(j, at, where, sentence, sentence_begin, false);
  }
  j->EndObject();
}

std::string EntryRef(const dict::Dictionary& d, const dict::SourceRef& where) {
  const std::string file = where.file < d.files.size() ? d.files[where.file] : "?";
  return fmt::format("{}:{}", file, where.line);
}

// The codebook's figures for `code` (or its nearest listed parent): null
// values when the codebook does not know even its root.
void WriteEventType(JsonWriter* j, const Codebook& book, const std::string& code) {
  const EventType* t = book.Find(code);
  j->Key("cameo_root");
  j->Value(code.substr(0, std::min<size_t>(2, code.size())));
  j->Key("goldstein");
  if (t) {
    j->Value(t->goldstein);
  } else {
    j->Null();
  }
  j->Key("quad_class");
  if (t) {
    j->Value(static_cast<uint64_t>(t->quad_class));
  } else {
    j->Null();
  }
  for (const auto& [key, value] :
       {std::pair<const char*, const std::string*>{"plover_event", t ? &t->plover_event : nullptr},
        {"plover_mode", t ? &t->plover_mode : nullptr}}) {
    j->Key(key);
    if (value != nullptr && !value->empty()) {
      j->Value(*value);
    } else {
      j->Null();
    }
  }
}

// The TSV columns of the same figures, empty where unknown.
std::string EventTypeTsv(const Codebook& book, const std::string& code) {
  const EventType* t = book.Find(code);
  if (t == nullptr) return fmt::format("{}\t\t\t\t", code.substr(0, 2));
  return fmt::format("{}\t{}\t{}\t{}\t{}", code.substr(0, 2), t->goldstein, t->quad_class,
                     t->plover_event, t->plover_mode);
}

// One telling of an event in a story.
struct Mention {
  size_t sentence_index = 0;
  uint32_t sentence_begin = 0, sentence_end = 0;  // byte offsets in the story
  uint32_t verb_begin = 0, verb_end = 0;          // byte offsets in the story
  std::string code;
  std::string_view modality;
};

// A sentence of a story with its words and what it says besides events.
struct CodedSentence {
  std::string_view text;
  uint32_t begin = 0;
  coder::CoderWords words;
  SentenceFacts facts;
  // With --unknown-names: the names no actor entry knows, and the country
  // of each ("" when the sentence gives none).
  std::vector<story::UnknownName> unknown;
  std::vector<std::string> unknown_country;
  // The sentence's places, resolved when an event of it is written.
  std::optional<std::vector<geo::ResolvedPlace>> places;
};

// Where count `q` of `cs` was counted: the place of the sentence nearest
// to it ("the conflict in Gaza, which has resulted in over 32,000
// Palestinian casualties").
void LocateQuantity(const StoryGeo& where, CodedSentence* cs, StoryQuantity* q) {
  if (!cs->places) cs->places = geo::ResolvePlaces(*where.gazetteer, cs->text, where.context);
  const geo::ResolvedPlace* best = nullptr;
  uint32_t best_gap = UINT32_MAX;
  for (const geo::ResolvedPlace& r : *cs->places) {
    const uint32_t gap = r.mention.end <= q->q.begin   ? q->q.begin - r.mention.end
                         : r.mention.begin >= q->q.end ? r.mention.begin - q->q.end
                                                       : 0;
    if (gap < best_gap) {
      best = &r;
      best_gap = gap;
    }
  }
  if (best == nullptr) return;
  const geo::Place& p = where.gazetteer->place(best->best.place);
  q->place = p.name;
  q->place_type = std::string(geo::PlaceKindName(p.kind));
  q->place_country = p.country;
  q->lat = p.lat;
  q->lon = p.lon;
  q->located = p.located;
}

// `"unknown_names": [...]`: each name's text, entity type, country (null
// when the sentence gives none) and span in the story.
void WriteUnknownNames(JsonWriter* j, const CodedSentence& cs) {
  j->Key("unknown_names");
  j->BeginArray();
  for (size_t i = 0; i < cs.unknown.size(); ++i) {
    const story::UnknownName& n = cs.unknown[i];
    j->BeginObject();
    j->Key("text");
    j->Value(n.text);
    j->Key("type");
    j->Value(n.type);
    j->Key("country");
    if (cs.unknown_country[i].empty()) {
      j->Null();
    } else {
      j->Value(cs.unknown_country[i]);
    }
    j->Key("span");
    j->BeginArray();
    j->Value(uint64_t{n.begin});
    j->Value(uint64_t{n.end});
    j->EndArray();
    j->EndObject();
  }
  j->EndArray();
}

// When the event happened: the date expression of its sentence nearest to
// its verb, read toward the future when the verb speaks of it ("will fly
// to Tokyo on Sunday"); else `told_later`, the date a later sentence gives
// it; else none (the story date).
const story::DateMention* EventDateMention(story::SentenceDates* dates, uint32_t verb_at,
                                           const std::optional<story::DateMention>& told_later) {
  const story::DateMention* m = dates->For(verb_at);
  return m == nullptr && told_later ? &*told_later : m;
}

void WriteEventDate(JsonWriter* j, const Date& story_date, const story::DateMention* m) {
  j->Key("event_date");
  j->Value(m != nullptr ? m->date.ToString() : story_date.ToString());
  j->Key("event_date_precision");
  j->Value(m != nullptr ? std::string(story::PrecisionName(m->precision)) : "story");
  j->Key("event_date_text");
  if (m != nullptr) {
    j->Value(m->text);
  } else {
    j->Null();
  }
}

// A meeting or visit of sentence `si` dated by one of the two sentences
// after it that names it ("This significant meeting is scheduled for
// Tuesday"), or none.
template <typename Sentences>
std::optional<story::DateMention> MeetingDateTold(const Sentences& coded, size_t si,
                                                  const std::string& code, const Date& date) {
  if (story::EventKind(code) != "meet") return std::nullopt;
  for (size_t k = si + 1; k < coded.size() && k <= si + 2; ++k)
    if (auto d = story::DateOfMeetingNamed(coded[k].text, date)) return d;
  return std::nullopt;
}

// One event of sentence `sentence_index` (`cs`) as a JSON line, with the
// sentence's unknown names when `unknown_names`.
void WriteEventJson(const Story& story, size_t sentence_index, CodedSentence* cs,
                    const coder::CodedEvent& e, const dict::Dictionary& d, const Codebook& book,
                    const std::vector<Mention>& mentions, double confidence,
                    const std::optional<story::DateMention>& told_later, bool unknown_names,
                    const StoryGeo& where, std::string* buf) {
  const std::string_view sentence = cs->text;
  const uint32_t sentence_begin = cs->begin;
  const coder::CoderWords& w = cs->words;
  SentenceFacts* facts = &cs->facts;
  JsonWriter j(buf);
  j.BeginObject();
  j.Key("story_id");
  j.Value(story.id);
  j.Key("sentence_index");
  j.Value(uint64_t{sentence_index});
  j.Key("date");
  j.Value(story.date.ToString());
  WriteEventDate(&j, story.date,
                 EventDateMention(&facts->dates, w.words[e.verb_begin].begin, told_later));
  j.Key("confidence");
  j.Value(confidence);
  j.Key("modality");
  j.Value(coder::ModalityName(e.modality));
  j.Key("claimed_by");
  if (e.claimed_by.empty()) {
    j.Null();
  } else {
    j.Value(e.claimed_by);
  }
  j.Key("referred");
  j.Bool(e.referred);
  const EventPlaces at = LocateEvent(e, w, sentence, &cs->places, where);
  j.Key("action_geo");
  WritePlace(&j, at.action, where, sentence, sentence_begin, true);
  j.Key("source");
  WriteActor(&j, e.source, w, sentence, sentence_begin, e.source_begin, e.source_end, at.source,
             where);
  j.Key("target");
  WriteActor(&j, e.target, w, sentence, sentence_begin, e.target_begin, e.target_end, at.target,
             where);
  j.Key("verb");
  j.BeginObject();
  j.Key("text");
  j.Value(WordsText(w, sentence, e.verb_begin, e.verb_end));
  j.Key("span");
  j.BeginArray();
  j.Value(uint64_t{sentence_begin + w.words[e.verb_begin].begin});
  j.Value(uint64_t{sentence_begin + w.words[e.verb_end - 1].end});
  j.EndArray();
  j.EndObject();
  j.Key("cameo");
  j.Value(e.code);
  WriteEventType(&j, book, e.code);
  WriteEventFacts(&j, e.code, facts);
  // Every sentence of the story that tells this event, this one first.
  j.Key("mentions");
  j.BeginArray();
  for (const Mention& m : mentions) {
    j.BeginObject();
    j.Key("sentence_index");
    j.Value(uint64_t{m.sentence_index});
    j.Key("sentence_span");
    j.BeginArray();
    j.Value(uint64_t{m.sentence_begin});
    j.Value(uint64_t{m.sentence_end});
    j.EndArray();
    j.Key("verb_span");
    j.BeginArray();
    j.Value(uint64_t{m.verb_begin});
    j.Value(uint64_t{m.verb_end});
    j.EndArray();
    j.Key("cameo");
    j.Value(m.code);
    j.Key("modality");
    j.Value(m.modality);
    j.EndObject();
  }
  j.EndArray();
  j.Key("sentence");
  j.Value(sentence);
  j.Key("matched");
  j.BeginObject();
  if (e.verb_entry >= 0) {
    const dict::VerbEntry& v = d.verbs[static_cast<size_t>(e.verb_entry)];
    j.Key("verb");
    j.Value(fmt::format("{} ({})", v.root_text, EntryRef(d, v.where)));
    if (e.pattern >= 0 && e.pattern_entry >= 0) {
      const dict::VerbPattern& p =
          d.verbs[static_cast<size_t>(e.pattern_entry)].patterns[static_cast<size_t>(e.pattern)];
      j.Key("pattern");
      j.Value(fmt::format("{} [{}] ({})", p.text, p.code, EntryRef(d, p.where)));
    }
  }
  if (e.source_actor >= 0) {
    const dict::ActorEntry& a = d.actors[static_cast<size_t>(e.source_actor)];
    j.Key("source_actor");
    j.Value(fmt::format("{} ({})", a.texts.empty() ? "" : a.texts[0], EntryRef(d, a.where)));
  }
  if (e.target_actor >= 0) {
    const dict::ActorEntry& a = d.actors[static_cast<size_t>(e.target_actor)];
    j.Key("target_actor");
    j.Value(fmt::format("{} ({})", a.texts.empty() ? "" : a.texts[0], EntryRef(d, a.where)));
  }
  j.EndObject();
  if (unknown_names) WriteUnknownNames(&j, *cs);
  j.EndObject();
  buf->push_back('\n');
}

// Event `e` of sentence `si` (`cs`), told `n_mentions` times, as a row of
// GDELT 2.0's event table.
void AppendGdeltRow(const Story& story, size_t si, CodedSentence* cs, const coder::CodedEvent& e,
                    const Codebook& book, size_t n_mentions,
                    const std::optional<story::DateMention>& told_later, const StoryGeo& where,
                    std::string* buf) {
  const coder::CoderWords& w = cs->words;
  const uint32_t verb_at = w.words[e.verb_begin].begin;
  sink::GdeltEvent g;
  g.id = sink::GdeltEventId(story.id, si, verb_at);
  const story::DateMention* m = EventDateMention(&cs->facts.dates, verb_at, told_later);
  g.date = m != nullptr ? m->date : story.date;
  g.actor1_code = e.source;
  g.actor1_name = WordsText(w, cs->text, e.source_begin, e.source_end);
  g.actor2_code = e.target;
  g.actor2_name = WordsText(w, cs->text, e.target_begin, e.target_end);
  g.root_event = si == 0;
  g.code = e.code;
  if (const EventType* t = book.Find(e.code)) {
    g.quad_class = t->quad_class;
    g.goldstein = t->goldstein;
  }
  g.num_mentions = static_cast<int>(n_mentions);
  const EventPlaces at = LocateEvent(e, w, cs->text, &cs->places, where);
  g.actor1_geo = GdeltBlock(at.source, where);
  g.actor2_geo = GdeltBlock(at.target, where);
  g.action_geo = GdeltBlock(at.action, where);
  g.added = story.date;
  g.source_url = story.url.empty() ? story.id : story.url;
  sink::AppendGdeltEvent(g, buf);
}

}  // namespace

void RegisterCode(CLI::App& app, GlobalOptions& global) {
  CLI::App* cmd = app.add_subcommand("code", "code stories into events (who did what to whom)");
  auto input = std::make_shared<StoryInputOptions>();
  auto opts = std::make_shared<CodeOptions>();
  AddStoryInputOptions(cmd, input.get());
  cmd->add_option("--dict", opts->dict,
                  "dictionaries: tabari:FILE.project, petrarch:FILE.ini or acta:PATH (default: "
                  "acta's own, DATA_DIR/dictionaries)");
  cmd->add_option("--format", opts->format,
                  "jsonl (default), tsv, or gdelt (rows of GDELT 2.0's 61-column event table, "
                  "without a header; docs/formats.md)")
      ->check(CLI::IsMember({"jsonl", "tsv", "gdelt"}));
  cmd->add_option("-o,--output", opts->output, "write events here instead of standard output");
  cmd->add_flag("--warnings", opts->warnings, "list every dictionary warning (file:line: what)");
  cmd->add_flag("--tagger", opts->tagger,
                "read nouns and verbs with acta's tagger (\"its forces\" is not the verb FORCE)");
  cmd->add_flag(
      "--unknown-actors", opts->unknown_actors,
      "also code events whose source or target is only an agent (---GOV) or missing (---)");
  cmd->add_flag(
      "--all-modalities", opts->all_modalities,
      "also write what sentences negate (\"did not attack\"), deny (\"denied attacking\") "
      "or only demand (\"demanded that Hamas release ...\"), marked so in `modality`: the "
      "coding conventions code none of them as events");
  cmd->add_flag("--unknown-names", opts->unknown_names,
                "also write with each event the people and organisations its sentence names "
                "that no actor entry knows (found by acta's named-entity tagger: slower)");
  cmd->add_flag("--no-geo", opts->no_geo,
                "do not locate events (by default each event gets action_geo from acta's "
                "gazetteer, built by make)");
  cmd->add_flag("--infer-geo", opts->infer_geo,
                "give an event whose sentence names no place where it happened the place of "
                "its target or source, else the country of its target's or source's code, "
                "marked \"inferred\": true (by default such an event has no action_geo)");
  cmd->add_flag("--all-mentions", opts->all_mentions,
                "write every telling of an event as an event of its own (by default an event "
                "told several times in a story is written once, with its mentions)");
  cmd->add_option("--stories", opts->stories,
                  "also write one JSON line per story to this file: its counts of people "
                  "killed, injured, arrested, displaced ... and whether an event carries them");
  cmd->add_option("-j,--threads", opts->threads,
                  "worker threads (default: one per core); output keeps the input order");
  AddSentenceLimitOptions(cmd, opts.get());
  cmd->callback([input, opts, &global] { global.exit_code = RunCode(*input, *opts, global); });
}

void AddSentenceLimitOptions(CLI::App* cmd, CodeOptions* opts) {
  cmd->add_option("--max-sentence-words", opts->max_sentence_words,
                  "skip (and report) a sentence of more words than this (0: no limit)")
      ->capture_default_str();
  cmd->add_option("--max-sentence-bytes", opts->max_sentence_bytes,
                  "skip (and report) a sentence of more bytes than this (0: no limit)")
      ->capture_default_str();
}

int RunCode(const StoryInputOptions& input_options, const CodeOptions& code_options,
            GlobalOptions& global) {
  const StoryInputOptions* input = &input_options;
  const CodeOptions* opts = &code_options;
  const char* name = opts->command.c_str();  // in messages: "acta NAME: ..."
  int exit_code = kExitOk;
  // Options whose output TSV and GDELT rows have no field for.
  const std::pair<bool, const char*> json_only[] = {
      {opts->all_modalities,
       "--all-modalities needs JSON Lines: TSV and GDELT rows carry no modality to tell a "
       "negated event from one that happened"},
      {opts->unknown_names,
       "--unknown-names needs JSON Lines: TSV and GDELT rows have no field for them (acta "
       "dict suggest lists them for TSV users)"}};
  for (const auto& [on, why] : json_only) {
    if (!on || opts->format == "jsonl") continue;
    std::fprintf(stderr, "acta %s: %s\n", name, why);
    exit_code = kExitUsage;
    return exit_code;
  }
  const std::string data_dir = global.data_dir.empty() ? DefaultDataDir() : global.data_dir;
  // Story records (counts of people) are made for --stories and for a sink.
  const bool records = !opts->stories.empty() || static_cast<bool>(opts->sink);
  // The gazetteer, for where events happened, loads while the
  // dictionaries do.
  std::future<Result<geo::Gazetteer>> gazetteer_loading;
  if (!opts->no_geo && (opts->format != "tsv" || records))
    gazetteer_loading =
        std::async(std::launch::async, geo::Gazetteer::Load, geo::GazetteerPath(data_dir));
  Result<dict::Dictionary> d = LoadDictionarySpec(opts->dict, global);
  if (!d.ok()) {
    std::fprintf(stderr, "acta %s: %s\n", name, d.status().ToString().c_str());
    exit_code = d.status().code() == Status::Code::kInvalidArgument ? kExitUsage : kExitData;
    return exit_code;
  }
  if (opts->warnings) {
    for (const dict::LoadWarning& w : d->warnings)
      std::fprintf(stderr, "warning: %s\n", w.ToString().c_str());
  }
  if (!global.quiet) {
    std::fprintf(stderr,
                 "acta %s: dictionaries: %u actors, %u agents, %u verbs, %u patterns; %zu "
                 "warnings (--warnings lists them), %u entries skipped\n",
                 name, d->counts.actors, d->counts.agents, d->counts.verbs, d->counts.verb_patterns,
                 d->warnings.size(), d->counts.skipped);
  }
  // Dictionaries that give no actor or no verb code nothing: a wrong file
  // named, not a run to finish with no events and exit 0.
  if (d->counts.actors == 0 || d->counts.verbs == 0) {
    std::fprintf(stderr,
                 "acta %s: the dictionaries hold no %s entries, so nothing can be coded "
                 "(problems found: %zu; --warnings lists them)\n",
                 name, d->counts.actors == 0 ? "actor" : "verb", d->warnings.size());
    if (!opts->warnings) {
      for (size_t i = 0; i < d->warnings.size() && i < 5; ++i)
        std::fprintf(stderr, "warning: %s\n", d->warnings[i].ToString().c_str());
    }
    return kExitData;
  }
  Result<Codebook> book = Codebook::Load(Codebook::DefaultPath(data_dir));
  if (!book.ok()) {
    std::fprintf(stderr, "acta %s: %s\n", name, book.status().ToString().c_str());
    exit_code = kExitData;
    return exit_code;
  }
  auto compiled = coder::CompiledDictionary::Compile(std::move(d).value());
  coder::CoderOptions coder_options = coder::OptionsFor(compiled->dictionary());
  coder_options.code_unknown_actors = opts->unknown_actors;
  const coder::Coder coder(compiled, coder_options);
  // The dictionary coder reads words itself: only sentence boundaries are needed.
  Result<std::unique_ptr<SentenceSplitter>> splitter = SentenceSplitter::Create();
  if (!splitter.ok()) {
    std::fprintf(stderr, "acta %s: %s\n", name, splitter.status().ToString().c_str());
    exit_code = kExitData;
    return exit_code;
  }
  std::FILE* out = stdout;
  if (!opts->output.empty()) {
    out = std::fopen(opts->output.c_str(), "wb");
    if (out == nullptr) {
      std::fprintf(stderr, "acta %s: cannot write %s\n", name, opts->output.c_str());
      exit_code = kExitFailure;
      return exit_code;
    }
  }
  std::FILE* stories_out = nullptr;
  if (!opts->stories.empty()) {
    stories_out = std::fopen(opts->stories.c_str(), "wb");
    if (stories_out == nullptr) {
      std::fprintf(stderr, "acta %s: cannot write %s\n", name, opts->stories.c_str());
      if (out != stdout) std::fclose(out);
      exit_code = kExitFailure;
      return exit_code;
    }
  }
  const unsigned threads = opts->threads > 0 ? static_cast<unsigned>(opts->threads)
                                             : std::max(1u, std::thread::hardware_concurrency());
  size_t events = 0;
  // One story's events, as the lines to write.
  std::shared_ptr<const Analyzer> analyzer;
  if (opts->tagger || opts->unknown_names) {
    Result<std::shared_ptr<const Analyzer>> loaded_analyzer = LoadAnalyzer(global);
    if (!loaded_analyzer.ok()) {
      std::fprintf(stderr, "acta %s: %s\n", name, loaded_analyzer.status().ToString().c_str());
      exit_code = kExitData;
      return exit_code;
    }
    analyzer = *loaded_analyzer;
  }
  // The gazetteer, for where events happened.
  // Waited for when the first story with something to locate needs it,
  // so that coding starts while it loads.
  const bool locating = gazetteer_loading.valid();
  std::optional<geo::Gazetteer> gazetteer;
  std::once_flag gazetteer_loaded;
  auto loaded_gazetteer = [&]() -> const geo::Gazetteer* {
    if (!locating) return nullptr;
    std::call_once(gazetteer_loaded, [&] {
      Result<geo::Gazetteer> g = gazetteer_loading.get();
      if (g.ok()) {
        gazetteer.emplace(std::move(g).value());
      } else if (!global.quiet) {
        std::fprintf(stderr, "acta %s: %s: events carry no action_geo (make builds it)\n", name,
                     g.status().ToString().c_str());
      }
    });
    return gazetteer ? &*gazetteer : nullptr;
  };
  // GDELT's geographic fields use FIPS country codes.
  std::optional<geo::FipsCodes> fips;
  if (opts->format == "gdelt") {
    Result<geo::FipsCodes> f = geo::FipsCodes::Load(geo::FipsCodes::DefaultPath(data_dir));
    if (!f.ok()) {
      std::fprintf(stderr, "acta %s: %s\n", name, f.status().ToString().c_str());
      exit_code = kExitData;
      return exit_code;
    }
    fips.emplace(std::move(f).value());
  }
  // Sentences skipped for their length: by words, by bytes.
  std::atomic<size_t> skipped_words = 0, skipped_bytes = 0;
  // Whether sentence `si` of `story` is over a limit; if so, says why in *notes.
  auto over_limit = [&](const Story& story, size_t si, size_t size, size_t limit, const char* unit,
                        const char* flag, std::string* notes) {
    if (limit == 0 || size <= limit) return false;
    *notes +=
        fmt::format("{}:{}: story {}: sentence {} skipped: {} {}, over the limit of {} ({})\n",
                    story.origin, story.line, story.id, si + 1, size, unit, limit, flag);
    return true;
  };
  auto code_story = [&](const Story& story, std::string* lines, std::string* story_line,
                        size_t* n_events, std::string* notes) {
    std::vector<ByteRange> sentences;
    Analysis analysis;
    if (analyzer) {
      // Sentences and part-of-speech tags from acta's analysis.
      analyzer->Analyze(story.text, &analysis);
      for (const Sentence& s : analysis.sentences) sentences.push_back({s.begin, s.end});
    } else {
      (*splitter)->Split(story.text, &sentences);
    }
    // Every sentence is coded first; the story's events are then written
    // once each, with the sentences that tell them as mentions.
    std::vector<CodedSentence> coded(sentences.size());
    std::vector<coder::CodedEvent> events;
    std::vector<size_t> event_sentence;
    std::vector<bool> repeated;   // an earlier event of its sentence has the same pair
    coder::StoryContext context;  // named so far, for "he", "the Palestinian group"
    std::vector<uint32_t> token_begin;
    std::vector<std::string_view> token_pos;
    for (size_t si = 0; si < sentences.size(); ++si) {
      const ByteRange& s = sentences[si];
      CodedSentence& cs = coded[si];
      cs.text = std::string_view(story.text).substr(s.begin, s.end - s.begin);
      cs.begin = s.begin;
      cs.words = coder.Words(cs.text);
      if (over_limit(story, si, cs.words.words.size(), opts->max_sentence_words, "words",
                     "--max-sentence-words", notes)) {
        ++skipped_words;
        cs.words = {};
        continue;
      }
      if (over_limit(story, si, cs.text.size(), opts->max_sentence_bytes, "bytes",
                     "--max-sentence-bytes", notes)) {
        ++skipped_bytes;
        cs.words = {};
        continue;
      }
      if (opts->tagger) {
        token_begin.clear();
        token_pos.clear();
        const Sentence& as = analysis.sentences[si];
        for (uint32_t t = as.first_token; t < as.last_token; ++t) {
          token_begin.push_back(analysis.tokens[t].begin - s.begin);
          token_pos.push_back(analysis.tokens[t].pos);
        }
        coder::TagCoderWords(token_begin, token_pos, &cs.words);
      }
      coder::SentenceCoding coding = coder.Code(cs.words, story.date, "", context);
      if (opts->all_modalities)
        for (coder::CodedEvent& e : coding.set_aside) coding.events.push_back(std::move(e));
      for (bool r : story::RepeatedPairs(coding.events)) repeated.push_back(r);
      for (coder::CodedEvent& e : coding.events) {
        events.push_back(std::move(e));
        event_sentence.push_back(si);
      }
      context.Add(coding);
      // TSV lines carry no facts; only JSON events and story records do.
      if (opts->format != "tsv" || records)
        cs.facts = ReadSentenceFacts(*compiled, cs.text, si, s.begin, story.date);
      if (opts->unknown_names) {
        // A name's country: the reporter's for a name in the sentence's
        // attribution ("as reported by Iranian media and Press TV"), that of
        // an actor the name starts with ("Hamas Political Bureau"), else the
        // sentence's one country.
        cs.unknown = story::UnknownNames(analysis, analysis.sentences[si], *compiled);
        const std::string country = story::SentenceCountry(coding.entities);
        const std::optional<story::Attribution>& by = cs.facts.attribution;
        for (const story::UnknownName& n : cs.unknown) {
          const bool reporter = by && n.begin >= s.begin + by->begin && n.end <= s.begin + by->end;
          std::string own = CountryOfName(*compiled, n.text, story.date);
          if (own == "IGO" || own == "NGO" || own == "IMG" || own == "MNC") own.clear();
          cs.unknown_country.push_back(reporter && !cs.facts.attribution_country.empty()
                                           ? cs.facts.attribution_country
                                       : !own.empty() ? own
                                                      : country);
        }
      }
    }
    std::vector<std::vector<size_t>> groups;
    if (opts->all_mentions) {
      for (size_t i = 0; i < events.size(); ++i) groups.push_back({i});
    } else {
      groups = story::GroupMentions(events);
    }
    // What the story says of where it is, read only when something of it
    // is to be located: most stories code no event.
    StoryGeo story_geo;
    if (!events.empty() || records) {
      if (const geo::Gazetteer* g = loaded_gazetteer()) {
        story_geo.gazetteer = g;
        story_geo.context = geo::ContextOf(*g, story.text);
        story_geo.infer = opts->infer_geo;
        if (fips) story_geo.fips = &*fips;
      }
    }
    std::string buf;
    for (const std::vector<size_t>& group : groups) {
      const coder::CodedEvent& e = events[group[0]];
      const size_t si = event_sentence[group[0]];
      CodedSentence& cs = coded[si];
      buf.clear();
      if (opts->format == "tsv") {
        buf = fmt::format("{}\t{}\t{}\t{}\t{}\t{}\t{}\n", story.date.ToString(), e.source, e.target,
                          e.code, story.id, TsvField(cs.text), EventTypeTsv(*book, e.code));
        MarkAttached(e.code, &cs.facts);
      } else if (opts->format == "gdelt") {
        AppendGdeltRow(story, si, &cs, e, *book, group.size(),
                       MeetingDateTold(coded, si, e.code, story.date), story_geo, &buf);
        MarkAttached(e.code, &cs.facts);
      } else {
        std::vector<Mention> mentions;
        for (size_t m : group) {
          const CodedSentence& ms = coded[event_sentence[m]];
          const coder::CodedEvent& me = events[m];
          mentions.push_back({event_sentence[m], ms.begin,
                              ms.begin + static_cast<uint32_t>(ms.text.size()),
                              ms.begin + ms.words.words[me.verb_begin].begin,
                              ms.begin + ms.words.words[me.verb_end - 1].end, me.code,
                              coder::ModalityName(me.modality)});
        }
        WriteEventJson(story, si, &cs, e, compiled->dictionary(), *book, mentions,
                       story::EventConfidence(e, group.size(), repeated[group[0]]),
                       MeetingDateTold(coded, si, e.code, story.date), opts->unknown_names,
                       story_geo, &buf);
      }
      lines->append(buf);
      ++*n_events;
    }
    if (records) {
      std::vector<StoryQuantity> story_quantities;
      for (CodedSentence& cs : coded) {
        for (StoryQuantity& q : cs.facts.quantities) {
          if (story_geo.gazetteer != nullptr) LocateQuantity(story_geo, &cs, &q);
          story_quantities.push_back(std::move(q));
        }
      }
      WriteStoryRecord(story, story_quantities, story_line);
    }
    return sentences.size();
  };
  bool sink_failed = false;
  exit_code = ForEachStoryBatch(
      *input, global, name, threads == 1 ? 1 : 64 * threads,
      [&](std::vector<Story>& batch) {
        if (sink_failed) return size_t{0};  // the sink gave up: read on, code nothing
        std::vector<std::string> lines(batch.size()), story_lines(batch.size()),
            notes(batch.size());
        std::vector<size_t> sentence_counts(batch.size()), event_counts(batch.size());
        // Stories the caller already has are not coded again.
        std::vector<bool> skipped(batch.size(), false);
        if (opts->skip) {
          skipped = opts->skip(batch);
          skipped.resize(batch.size(), false);
        }
        // Each worker takes the next story not yet taken, so that a long
        // story does not hold the others up.
        std::atomic<size_t> next = 0;
        auto work = [&] {
          for (size_t i; (i = next++) < batch.size();)
            if (!skipped[i])
              sentence_counts[i] =
                  code_story(batch[i], &lines[i], &story_lines[i], &event_counts[i], &notes[i]);
        };
        if (threads == 1 || batch.size() == 1) {
          work();
        } else {
          std::vector<std::thread> pool;
          for (unsigned t = 1; t < threads; ++t) pool.emplace_back(work);
          work();
          for (std::thread& th : pool) th.join();
        }
        size_t total = 0;
        for (size_t i = 0; i < batch.size(); ++i) {
          if (skipped[i]) continue;
          std::fputs(notes[i].c_str(), stderr);
          if (opts->sink) {
            if (!opts->sink(batch[i], lines[i], story_lines[i])) {
              sink_failed = true;
              return total;
            }
          } else {
            std::fwrite(lines[i].data(), 1, lines[i].size(), out);
          }
          if (stories_out != nullptr)
            std::fwrite(story_lines[i].data(), 1, story_lines[i].size(), stories_out);
          total += sentence_counts[i];
          events += event_counts[i];
        }
        return total;
      },
      /*read_ahead=*/threads > 1);
  if (out != stdout) std::fclose(out);
  if (stories_out != nullptr && std::fclose(stories_out) != 0) {
    std::fprintf(stderr, "acta %s: cannot write %s\n", name, opts->stories.c_str());
    exit_code = kExitFailure;
  }
  if (!global.quiet) {
    std::fprintf(stderr, "acta %s: %zu events", name, events);
    if (skipped_words + skipped_bytes > 0)
      std::fprintf(
          stderr,
          "; sentences skipped: %zu over --max-sentence-words, %zu over --max-sentence-bytes",
          skipped_words.load(), skipped_bytes.load());
    std::fputc('\n', stderr);
  }
  return sink_failed ? kExitFailure : exit_code;
}

}  // namespace acta::cli

namespace acta::cli {

void RegisterExplain(CLI::App& app, GlobalOptions& global) {
  CLI::App* cmd = app.add_subcommand(
      "explain", "show how one sentence is coded: words, matches, clauses, source and target");
  auto sentence = std::make_shared<std::string>();
  auto date = std::make_shared<std::string>();
  auto spec = std::make_shared<std::string>();
  cmd->add_option("SENTENCE", *sentence, "the sentence to code")->required();
  cmd->add_option("--date", *date, "the story date, YYYY-MM-DD")->required();
  cmd->add_option("--dict", *spec,
                  "dictionaries: tabari:FILE.project, petrarch:FILE.ini or acta:PATH (default: "
                  "acta's own, DATA_DIR/dictionaries)");
  cmd->callback([sentence, date, spec, &global] {
    std::optional<Date> d = Date::ParseIso(*date);
    if (!d) {
      std::fprintf(stderr, "acta explain: --date '%s' is not a date (YYYY-MM-DD)\n", date->c_str());
      global.exit_code = kExitUsage;
      return;
    }
    Result<dict::Dictionary> loaded = LoadDictionarySpec(*spec, global);
    if (!loaded.ok()) {
      std::fprintf(stderr, "acta explain: %s\n", loaded.status().ToString().c_str());
      global.exit_code = kExitData;
      return;
    }
    auto compiled = coder::CompiledDictionary::Compile(std::move(loaded).value());
    coder::CoderOptions options = coder::OptionsFor(compiled->dictionary());
    options.trace = true;
    coder::Coder coder(compiled, options);
    coder::SentenceCoding c = coder.Code(*sentence, *d);
    for (const std::string& line : c.trace) fmt::print("{}\n", line);
    if (c.discarded) fmt::print("result: discarded\n");
    if (c.complex) fmt::print("result: too complex to code\n");
    for (const coder::CodedEvent& e : c.events)
      fmt::print("event: {} {} {}\n", e.source, e.target, e.code);
    if (c.events.empty()) fmt::print("result: no event\n");
  });
}

}  // namespace acta::cli
