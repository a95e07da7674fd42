// Fuzzes the PETRARCH dictionary loaders: arbitrary bytes given to each
// buffer-based loader must be read or reported as warnings, never crash, read
// out of bounds or leave counts that disagree with what was stored.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "dict/petrarch2_verbs.h"
#include "dict/petrarch_loader.h"

namespace {

using acta::dict::Dictionary;

void Check(bool ok) {
  if (!ok) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  Dictionary dict;
  acta::dict::PetrarchFiles files;
  acta::dict::ReadPetrarchConfigFromBuffer(bytes, "config.ini", &files, &dict);
  acta::dict::LoadPetrarch2VerbsFromBuffer(bytes, "verbs2.txt", &dict);
  acta::dict::LoadPetrarchVerbsFromBuffer(bytes, "verbs.txt", &dict);
  acta::dict::LoadPetrarchActorsFromBuffer(bytes, "actors.txt", &dict);
  acta::dict::LoadPetrarchAgentsFromBuffer(bytes, "agents.txt", &dict);
  acta::dict::LoadPetrarchDiscardsFromBuffer(bytes, "discards.txt", &dict);
  acta::dict::LoadPetrarchIssuesFromBuffer(bytes, "issues.txt", &dict);
  Check(dict.files.size() == 7);
  Check(dict.counts.agents == dict.agents.size());
  Check(dict.counts.discards == dict.discards.size());
  Check(dict.counts.issues == dict.issues.size());
  Check(dict.counts.transformations == dict.transformations.size());
  for (const acta::dict::AgentEntry& agent : dict.agents) {
    Check(!agent.phrases.empty() && agent.phrases.size() == agent.texts.size());
  }
  for (const acta::dict::VerbEntry& verb : dict.verbs) {
    Check(!verb.root.empty() && verb.forms.size() == verb.form_texts.size());
  }
  return 0;
}
