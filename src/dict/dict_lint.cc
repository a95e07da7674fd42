#include "dict/dict_lint.h"

#include <algorithm>
#include <map>
#include <utility>

namespace acta::dict {
namespace {

std::string Where(const Dictionary& d, const SourceRef& r) {
  return (r.file < d.files.size() ? d.files[r.file] : std::string("?")) + ":" +
         std::to_string(r.line);
}

std::string PhraseKey(const Phrase& p) {
  std::string key;
  for (const PhraseWord& w : p) {
    if (!key.empty()) key += ' ';
    key += w.text;
    if (w.stem) key += '*';
  }
  return key;
}

}  // namespace

std::vector<std::string> LintDictionary(const Dictionary& d,
                                        const std::set<std::string>* event_codes) {
  std::vector<std::pair<std::pair<uint32_t, uint32_t>, std::string>> found;
  auto report = [&](const SourceRef& r, std::string message) {
    found.push_back({{r.file, r.line}, Where(d, r) + ": " + std::move(message)});
  };
  for (const LoadWarning& w : d.warnings) {
    const auto file =
        static_cast<uint32_t>(std::find(d.files.begin(), d.files.end(), w.file) - d.files.begin());
    report(SourceRef{file, w.line}, w.message);
  }
  std::set<std::string> countries = {"IGO", "NGO", "IMG", "MNC"};
  for (const ActorEntry& a : d.actors)
    for (const DatedCode& c : a.codes)
      if (c.code.size() == 3) countries.insert(c.code);
  std::map<std::string, const ActorEntry*> phrases;
  for (const ActorEntry& a : d.actors) {
    for (size_t i = 0; i < a.codes.size(); ++i) {
      const DatedCode& c = a.codes[i];
      if (c.code != "---" && !countries.count(c.code.substr(0, 3)))
        report(a.where, a.comment + ": code " + c.code + " does not start with a known country");
      for (size_t j = i + 1; j < a.codes.size(); ++j) {
        const DatedCode& o = a.codes[j];
        if (!a.short_name && o.code == c.code && (c.from || c.until) && (o.from || o.until) &&
            SharedDays(c, o))
          report(a.where, a.comment + ": two roles " + c.code + " overlap");
      }
    }
    for (const Phrase& p : a.phrases) {
      auto [it, inserted] = phrases.emplace(PhraseKey(p), &a);
      if (!inserted && it->second != &a)
        report(a.where, a.comment + ": phrase \"" + it->first + "\" is also " +
                            it->second->comment + " (" + Where(d, it->second->where) + ")");
    }
  }
  if (event_codes != nullptr) {
    // "A:B" codes both directions.
    auto check = [&](const SourceRef& where, const std::string& what, const std::string& codes) {
      const size_t colon = codes.find(':');
      for (const std::string& code :
           {codes.substr(0, colon),
            colon == std::string::npos ? std::string("---") : codes.substr(colon + 1)})
        if (code != "---" && code != "###" && !event_codes->count(code))
          report(where, what + " code " + code + " is not in the codebook");
    };
    for (const VerbEntry& v : d.verbs) {
      check(v.where, v.comment + ":", v.code);
      for (const VerbPattern& p : v.patterns) check(p.where, "pattern", p.code);
    }
  }
  std::stable_sort(found.begin(), found.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<std::string> out;
  for (auto& f : found) out.push_back(std::move(f.second));
  return out;
}

}  // namespace acta::dict
