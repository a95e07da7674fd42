// Fuzzes acta's native dictionary loader: arbitrary bytes as a dictionary
// file must be read or reported as warnings, never crash or read out of
// bounds; what loads must compile and code a sentence safely, and the
// counts the loader reports must agree with what it stored.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "coder/coder.h"
#include "dict/acta_loader.h"

namespace {

void Check(bool ok) {
  if (!ok) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  acta::dict::Dictionary d;
  acta::dict::LoadActaDictionaryFromBuffer(bytes, "people/fuzz.txt", &d);
  acta::dict::AddShortNames(&d);
  Check(d.counts.actors + d.counts.short_names == d.actors.size());
  Check(d.counts.agents == d.agents.size());
  Check(d.counts.verbs == d.verbs.size());
  for (const acta::dict::ActorEntry& a : d.actors) {
    Check(!a.phrases.empty() && a.phrases.size() == a.texts.size());
  }
  for (const acta::dict::VerbEntry& v : d.verbs) {
    Check(!v.root.empty() && v.forms.size() == v.form_texts.size());
  }
  // Dates as the format writes them, read as a start and as an end.
  acta::dict::ParseActaDate(bytes.substr(0, 16), false);
  acta::dict::ParseActaDate(bytes.substr(0, 16), true);
  auto compiled = acta::coder::CompiledDictionary::Compile(std::move(d));
  const acta::coder::Coder coder(compiled, acta::coder::OptionsFor(compiled->dictionary()));
  coder.Code("Iran's president met the UN chief in Geneva and promised aid to Gaza.",
             acta::Date{2024, 3, 26});
  return 0;
}
