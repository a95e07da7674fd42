// Fuzzes the analysis pipeline (sentences, tokens, tags, lemmas) on arbitrary
// text, repaired to valid UTF-8 as the readers do. Offsets must stay in range.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string>

#include "acta/analysis.h"
#include "common/utf8.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static std::shared_ptr<const acta::Analyzer> analyzer = [] {
    auto a = acta::Analyzer::Load(acta::AnalyzerOptions{});
    if (!a.ok()) std::abort();
    return *a;
  }();
  std::string text;
  acta::RepairUtf8(std::string_view(reinterpret_cast<const char*>(data), size), &text);
  acta::Analysis analysis;
  analyzer->Analyze(text, &analysis);
  for (const acta::Token& t : analysis.tokens) {
    if (t.begin > t.end || t.end > text.size() || t.pos.empty()) std::abort();
  }
  return 0;
}
