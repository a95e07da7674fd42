// Fuzzes the dictionary coder (what `acta code` and `acta explain` run on
// every sentence) on arbitrary text, in both word styles, with a small
// dictionary that exercises agents, compounds, patterns with designated
// actors, synonym sets and alternatives. Spans must stay inside the words.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string>

#include "coder/coder.h"
#include "common/utf8.h"
#include "dict/tabari_loader.h"

namespace {

constexpr char kActors[] =
    "NORLAND_ [NOR]\n+NORLANDI_\nSUDMARK [SUD]\nOSTRIA [OST]\n"
    "KARL_BRANDT [NORGOV 900101-991231] [NORELI]\nEASTERN_ALLIANCE [OST/WES]\n"
    "ROYAL_PALACE [---]\nFOOTBALL [###]\n";
constexpr char kAgents[] = "PRESIDENT_ [~GOVPRS]\nARMY [~MIL]\nRIGHTS_GROUP [NGO~]\n";
constexpr char kVerbs[] =
    "<SYNSETS>\n&MONEY\n+DOLLAR\n+EURO_\n</SYNSETS>\n"
    "ATTACK [190]\n- * WITH ROCKETS [195]\n- + WAS * BY $ [190]\n"
    "MEET [031:031]\n- % * IN [031]\nFREE [---]\n- + * FROM $ [066]\n"
    "GIVE [070]\n- * { MILLION | BILLION } &MONEY [071]\nSAID [010?]\n";

std::shared_ptr<const acta::coder::CompiledDictionary> World(acta::dict::Dictionary::Flavor f) {
  acta::dict::Dictionary d;
  d.flavor = f;
  acta::dict::LoadActorsFromBuffer(kActors, "fuzz.actors", &d);
  acta::dict::LoadAgentsFromBuffer(kAgents, "fuzz.agents", &d);
  acta::dict::LoadVerbsFromBuffer(kVerbs, "fuzz.verbs", &d);
  return acta::coder::CompiledDictionary::Compile(std::move(d));
}

void Check(const acta::coder::Coder& coder, const std::string& text) {
  acta::coder::CoderWords words = coder.Words(text);
  for (const acta::coder::CoderWord& w : words.words)
    if (w.begin > w.end || w.end > text.size()) std::abort();
  acta::coder::SentenceCoding c = coder.Code(words, acta::Date{1995, 6, 1}, "NOR");
  const size_t n = words.words.size();
  for (const acta::coder::CodedEvent& e : c.events) {
    if (e.source.empty() || e.target.empty() || e.code.empty()) std::abort();
    if (e.verb_begin >= e.verb_end || e.verb_end > n) std::abort();
    if (e.source_end > n || e.target_end > n) std::abort();
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const acta::coder::Coder tabari(World(acta::dict::Dictionary::Flavor::kTabari), [] {
    acta::coder::CoderOptions o;
    o.minimum_words = 1;
    return o;
  }());
  static const acta::coder::Coder petrarch(World(acta::dict::Dictionary::Flavor::kPetrarch1), [] {
    acta::coder::CoderOptions o;
    o.minimum_words = 0;
    o.require_dyad = false;
    return o;
  }());
  std::string text;
  acta::RepairUtf8(std::string_view(reinterpret_cast<const char*>(data), size), &text);
  Check(tabari, text);
  Check(petrarch, text);
  return 0;
}
