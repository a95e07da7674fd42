#include "dict/acta_writer.h"

#include <fmt/format.h>

#include <algorithm>

namespace acta::dict {
namespace {

std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  return s;
}

// A phrase of plain words as a native name; empty when it holds anything else.
std::string NameOf(const Phrase& p, ConvertLosses* losses) {
  std::string out;
  bool gapped = false;
  for (size_t k = 0; k < p.size(); ++k) {
    const PhraseWord& w = p[k];
    if (w.kind != PhraseWord::Kind::kWord || w.text.empty()) return "";
    if (!out.empty()) out += ' ';
    out += Lower(w.text);
    if (w.stem) out += '*';
    if (k + 1 < p.size() && !w.adjacent_next) gapped = true;
  }
  if (gapped) ++losses->gapped_phrases;
  return out;
}

std::string Names(const std::vector<Phrase>& phrases, ConvertLosses* losses) {
  std::string out;
  for (const Phrase& p : phrases) {
    const std::string name = NameOf(p, losses);
    if (name.empty() || name.find(';') != std::string::npos) {
      ++losses->other;
      continue;
    }
    if (!out.empty()) out += "; ";
    out += name;
  }
  return out;
}

std::string Source(const Dictionary& d, const SourceRef& r) {
  const std::string& file = r.file < d.files.size() ? d.files[r.file] : std::string("?");
  const size_t slash = file.find_last_of('/');
  return fmt::format("converted from {} line {}",
                     slash == std::string::npos ? file : file.substr(slash + 1), r.line);
}

bool UsesSynset(const Phrase& p) {
  return std::any_of(p.begin(), p.end(), [](const PhraseWord& w) {
    if (w.kind == PhraseWord::Kind::kSynset) return true;
    return std::any_of(w.alternatives.begin(), w.alternatives.end(), UsesSynset);
  });
}

}  // namespace

std::string WriteActaDictionary(const Dictionary& d, ConvertLosses* losses) {
  std::string out;
  for (const ActorEntry& a : d.actors) {
    const std::string names = Names(a.phrases, losses);
    if (names.empty() || a.codes.empty()) continue;
    out += fmt::format("actor {}\n  names: {}\n", a.texts.empty() ? names : a.texts[0], names);
    for (const DatedCode& c : a.codes) {
      if (!c.from && !c.until) {
        out += fmt::format("  code: {}\n", c.code);
      } else {
        out += fmt::format("  role: {} {}..{}\n", c.code, c.from ? c.from->ToString() : "",
                           c.until ? c.until->ToString() : "");
      }
    }
    out += fmt::format("  source: {}\n\n", Source(d, a.where));
  }
  for (const AgentEntry& a : d.agents) {
    const std::string names = Names(a.phrases, losses);
    if (names.empty() || a.code.empty()) continue;
    out += fmt::format("agent {}\n  names: {}\n  position: {}\n  source: {}\n\n", a.code, names,
                       a.suffix ? "suffix" : "prefix", Source(d, a.where));
  }
  for (const VerbEntry& v : d.verbs) {
    // Verb names keep TABARI's syntax, as the native format reads them,
    // without PETRARCH's '+' marking the head word of a multi-word verb.
    auto plain = [](std::string text) {
      text.erase(std::remove(text.begin(), text.end(), '+'), text.end());
      return text;
    };
    const std::string root = plain(v.root_text);
    const bool codes_nothing = (v.code.empty() || v.code == "---") && v.patterns.empty();
    if (root.empty() || root.find(';') != std::string::npos || codes_nothing) {
      ++losses->other;
      continue;
    }
    out += fmt::format("verb {}\n  names: {}\n", root, root);
    std::string forms;
    for (const std::string& f : v.form_texts) {
      if (f.find(';') != std::string::npos) continue;
      forms += (forms.empty() ? "" : "; ") + plain(f);
    }
    if (!forms.empty()) out += fmt::format("  forms: {}\n", forms);
    if (!v.code.empty() && v.code != "---") out += fmt::format("  code: {}\n", v.code);
    for (const VerbPattern& p : v.patterns) {
      if (UsesSynset(p.phrase)) {
        ++losses->synset_patterns;
        continue;
      }
      out += fmt::format("  pattern: {} {}\n", p.code, p.text);
    }
    out += fmt::format("  source: {}\n\n", Source(d, v.where));
  }
  losses->other +=
      static_cast<uint32_t>(d.synsets.size() + d.nouns.size() + d.adjectives.size() +
                            d.time_shifts.size() + d.discards.size() + d.issues.size());
  return out;
}

}  // namespace acta::dict
