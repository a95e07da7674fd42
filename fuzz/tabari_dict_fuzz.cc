// Fuzzes the TABARI dictionary loaders and the phrase and code-block parsers:
// arbitrary bytes as an actors, agents, verbs or options file, or as one
// phrase or code block. They must never crash, and the counts a loader
// reports must agree with what it stored.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "dict/phrase_parser.h"
#include "dict/tabari_loader.h"

namespace {

using acta::dict::Dictionary;

void CheckCounts(const Dictionary& d, std::string_view input) {
  size_t lines = 1;
  for (char c : input) lines += c == '\n';
  for (const acta::dict::LoadWarning& w : d.warnings) {
    if (w.line > lines) std::abort();
  }
  if (d.counts.actors != d.actors.size() || d.counts.agents != d.agents.size() ||
      d.counts.verbs != d.verbs.size() || d.counts.synsets != d.synsets.size() ||
      d.counts.nouns != d.nouns.size() || d.counts.adjectives != d.adjectives.size() ||
      d.counts.time_shifts != d.time_shifts.size()) {
    std::abort();
  }
  size_t phrases = 0;
  for (const acta::dict::ActorEntry& a : d.actors) {
    if (a.phrases.empty() || a.phrases.size() != a.texts.size() || a.codes.empty()) std::abort();
    phrases += a.phrases.size();
  }
  if (phrases != d.counts.actor_phrases) std::abort();
  size_t patterns = 0;
  for (const acta::dict::VerbEntry& v : d.verbs) {
    if (v.root.empty() || v.forms.size() != v.form_texts.size()) std::abort();
    patterns += v.patterns.size();
  }
  if (patterns != d.counts.verb_patterns) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  // The first byte picks the entry point, so one corpus covers them all.
  std::string_view input(reinterpret_cast<const char*>(data + 1), size - 1);
  Dictionary d;
  switch (data[0] % 6) {
    case 0:
      acta::dict::LoadActorsFromBuffer(input, "fuzz.actors", &d);
      break;
    case 1:
      acta::dict::LoadAgentsFromBuffer(input, "fuzz.agents", &d);
      break;
    case 2:
      acta::dict::LoadVerbsFromBuffer(input, "fuzz.verbs", &d);
      break;
    case 3:
      acta::dict::LoadOptionsFromBuffer(input, "fuzz.options", &d);
      break;
    case 4: {
      const acta::dict::PhraseContext contexts[] = {
          acta::dict::PhraseContext::kActor,   acta::dict::PhraseContext::kAgent,
          acta::dict::PhraseContext::kPattern, acta::dict::PhraseContext::kSynsetMember,
          acta::dict::PhraseContext::kNoun,    acta::dict::PhraseContext::kVerb};
      std::vector<std::string> notes;
      acta::Result<acta::dict::Phrase> p =
          acta::dict::ParseTabariPhrase(input, contexts[(data[0] / 6) % 6], &notes);
      if (p.ok() && p->empty()) std::abort();
      acta::dict::TabariPhraseLength(input);
      return 0;
    }
    default: {
      std::vector<std::string> notes;
      acta::Result<std::vector<acta::dict::DatedCode>> codes =
          acta::dict::ParseCodeBlocks(input, &notes);
      if (codes.ok()) {
        for (const acta::dict::DatedCode& c : *codes) {
          if (c.code.empty()) std::abort();
          if (c.from && c.until && *c.until < *c.from) std::abort();
        }
      }
      acta::dict::ParseAgentCode(input);
      acta::dict::ParseTabariDate(input);
      return 0;
    }
  }
  CheckCounts(d, input);
  return 0;
}
