#include "dict/acta_writer.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

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
    if (a.short_name) continue;  // made again from the people's short names on load
    const std::string names = Names(a.phrases, losses);
    if (names.empty() || a.codes.empty()) continue;
    out += fmt::format("actor {}\n  names: {}\n", a.texts.empty() ? names : a.texts[0], names);
    if (!a.short_names.empty()) out += fmt::format("  short: {}\n", fmt::join(a.short_names, "; "));
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

namespace {

// A phrase of plain words in TABARI's syntax: words joined by '_' when they
// must be adjacent, blanks otherwise; a whole word ends with '_'.
std::string TabariPhrase(const Phrase& p) {
  std::string out;
  for (size_t k = 0; k < p.size(); ++k) {
    const PhraseWord& w = p[k];
    if (w.kind != PhraseWord::Kind::kWord || w.text.empty()) return "";
    out += w.text;
    const bool last = k + 1 == p.size();
    if (!w.stem && (last || !w.adjacent_next)) out += '_';
    if (!last) out += w.adjacent_next ? (w.stem ? "~" : "_") : " ";
  }
  return out;
}

std::string TabariDate(const Date& d) {
  return fmt::format("{:04d}{:02d}{:02d}", d.year, d.month, d.day);
}

// TABARI reads an undated code as the default only after the dated ones.
std::string TabariCodes(std::vector<DatedCode> codes) {
  std::stable_partition(codes.begin(), codes.end(),
                        [](const DatedCode& c) { return c.from || c.until; });
  std::string out;
  for (const DatedCode& c : codes) {
    if (c.from && c.until) {
      out += fmt::format(" [{} {}-{}]", c.code, TabariDate(*c.from), TabariDate(*c.until));
    } else if (c.from) {
      out += fmt::format(" [{} >{}]", c.code, TabariDate(*c.from));
    } else if (c.until) {
      out += fmt::format(" [{} <{}]", c.code, TabariDate(*c.until));
    } else {
      out += fmt::format(" [{}]", c.code);
    }
  }
  return out;
}

}  // namespace

TabariFiles WriteTabariDictionary(const Dictionary& d) {
  TabariFiles out;
  for (const ActorEntry& a : d.actors) {
    // TABARI cannot ask for a title before a surname: short names stay out.
    if (a.short_name) continue;
    std::vector<std::string> phrases;
    for (const Phrase& p : a.phrases) {
      std::string t = TabariPhrase(p);
      if (!t.empty()) phrases.push_back(std::move(t));
    }
    if (phrases.empty() || a.codes.empty()) continue;
    out.actors += phrases[0] + TabariCodes(a.codes) + "\n";
    for (size_t k = 1; k < phrases.size(); ++k) out.actors += "+" + phrases[k] + "\n";
  }
  for (const AgentEntry& a : d.agents) {
    for (const Phrase& p : a.phrases) {
      const std::string t = TabariPhrase(p);
      if (t.empty()) continue;
      out.agents += fmt::format("{} [{}]\n", t, a.suffix ? "~" + a.code : a.code + "~");
    }
  }
  for (const VerbEntry& v : d.verbs) {
    const std::string root = TabariPhrase(v.root);
    if (root.empty()) continue;
    out.verbs += root;
    std::string forms;
    for (const Phrase& f : v.forms) {
      const std::string t = TabariPhrase(f);
      if (!t.empty()) forms += (forms.empty() ? "" : " ") + t;
    }
    if (!forms.empty()) out.verbs += " {" + forms + "}";
    out.verbs += fmt::format(" [{}]\n", v.code.empty() ? "---" : v.code);
    for (const VerbPattern& p : v.patterns) out.verbs += fmt::format("- {} [{}]\n", p.text, p.code);
  }
  return out;
}

}  // namespace acta::dict
