// Fuzzes what `acta explain` reads: a date and a sentence, given as they
// come on its command line (the first line is the date, the rest the
// sentence, bytes as they are), coded with acta's own dictionaries and the
// trace on. The trace must be written, and every event must have a source,
// a target and a code.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string>
#include <string_view>

#include "acta/analysis.h"
#include "acta/date.h"
#include "coder/coder.h"
#include "dict/acta_loader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const std::shared_ptr<const acta::coder::CompiledDictionary> dictionary = [] {
    acta::Result<acta::dict::Dictionary> d =
        acta::dict::LoadActaDictionaries(acta::DefaultDataDir() + "/dictionaries");
    if (!d.ok()) std::abort();
    return acta::coder::CompiledDictionary::Compile(std::move(d).value());
  }();
  static const acta::coder::Coder coder(dictionary, [] {
    acta::coder::CoderOptions o = acta::coder::OptionsFor(dictionary->dictionary());
    o.trace = true;
    return o;
  }());
  std::string_view input(reinterpret_cast<const char*>(data), size);
  const size_t eol = input.find('\n');
  if (eol == std::string_view::npos) return 0;
  std::optional<acta::Date> date = acta::Date::ParseIso(input.substr(0, eol));
  if (!date) return 0;  // explain refuses it (exit 2) before coding
  acta::coder::SentenceCoding c = coder.Code(input.substr(eol + 1), *date);
  if (c.trace.empty()) std::abort();
  for (const acta::coder::CodedEvent& e : c.events) {
    if (e.source.empty() || e.target.empty() || e.code.empty()) std::abort();
  }
  return 0;
}
