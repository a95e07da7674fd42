#include "suite/tabari_eval.h"

#include <algorithm>
#include <cctype>
#include <set>

namespace acta::suite {
namespace {

std::string Squeeze(const std::string& s) {
  std::string out;
  for (char c : s)
    if (!std::isspace(static_cast<unsigned char>(c))) out += static_cast<char>(std::toupper(c));
  return out;
}

// The number after "KEY =" in a squeezed option ("MIN=4MAX=6").
bool NumberAfter(const std::string& s, const std::string& key, uint32_t* value) {
  size_t at = 0;
  while ((at = s.find(key + "=", at)) != std::string::npos) {
    // "MIN=" must not be the tail of "EMIN=" / "BMIN=".
    if (at > 0 && std::isalpha(static_cast<unsigned char>(s[at - 1]))) {
      ++at;
      continue;
    }
    size_t p = at + key.size() + 1;
    uint32_t v = 0;
    bool any = false;
    while (p < s.size() && std::isdigit(static_cast<unsigned char>(s[p]))) {
      v = v * 10 + static_cast<uint32_t>(s[p] - '0');
      ++p;
      any = true;
    }
    if (any) {
      *value = v;
      return true;
    }
    ++at;
  }
  return false;
}

// The number in "KEY[n]".
void NumberInBrackets(const std::string& s, const std::string& key, uint32_t* value) {
  size_t at = s.find(key + "[");
  if (at == std::string::npos) return;
  uint32_t v = 0;
  for (size_t p = at + key.size() + 1;
       p < s.size() && std::isdigit(static_cast<unsigned char>(s[p])); ++p)
    v = v * 10 + static_cast<uint32_t>(s[p] - '0');
  *value = v;
}

}  // namespace

std::string RecordCategory(const std::string& id) {
  size_t dash = id.find('-');
  return dash == std::string::npos ? id : id.substr(0, dash);
}

bool ApplyTabariOption(const std::string& option, coder::CoderOptions* o) {
  const std::string s = Squeeze(option);
  if (s == "SET:CODEBYSENTENCE") {
    o->code_by = coder::CoderOptions::CodeBy::kSentence;
  } else if (s == "SET:CODEALL") {
    o->code_by = coder::CoderOptions::CodeBy::kAll;
  } else if (s == "SET:CODEBYCLAUSE") {
    o->code_by = coder::CoderOptions::CodeBy::kClause;
  } else if (s.starts_with("SET:MINIMUMWORDS=")) {
    uint32_t v = 0;
    if (!NumberAfter(s, "SET:MINIMUMWORDS", &v)) return false;
    o->minimum_words = v;
  } else if (s == "COMMA:OFF") {
    o->comma_max = 0;
    o->comma_end_max = 0;
  } else if (s.starts_with("COMMA:")) {
    NumberAfter(s, "MIN", &o->comma_min);
    NumberAfter(s, "MAX", &o->comma_max);
    NumberAfter(s, "EMIN", &o->comma_end_min);
    NumberAfter(s, "EMAX", &o->comma_end_max);
    NumberAfter(s, "BMIN", &o->comma_begin_min);
    NumberAfter(s, "BMAX", &o->comma_begin_max);
  } else if (s.starts_with("SET:CONVERTAGENT")) {
    o->convert_agents = s.ends_with("=TRUE");
  } else if (s.starts_with("COMPLEX:")) {
    o->complex = coder::CoderOptions::Complexity{};
    NumberInBrackets(s, "VERBS", &o->complex.verbs);
    NumberInBrackets(s, "ACTORS", &o->complex.actors);
    NumberInBrackets(s, "PRONOUNS", &o->complex.pronouns);
    NumberInBrackets(s, "CONJ", &o->complex.conjunctions);
    NumberInBrackets(s, "COMMA", &o->complex.commas);
    o->complex.no_actor_prior = s.find("NOACTPRIOR") != std::string::npos;
    o->complex.no_actor_after = s.find("NOACTAFTER") != std::string::npos;
    o->complex.no_verb = s.find("NOVERB") != std::string::npos;
  } else if (s.starts_with("FORWARD:")) {
    o->forward_pronouns = !s.ends_with("OFF");
  } else if (s == "DEFAULT:OFF") {
    o->default_source.clear();
    o->default_target.clear();
    o->default_source_prior = o->default_target_after = false;
  } else if (s.starts_with("DEFAULT:")) {
    // "DEFAULT:SOURCE[DEFSRC]PRIORTARGET[DEFTAR]AFTER" (colons after SOURCE/TARGET allowed).
    auto code_after = [&s](const std::string& key, std::string* code, bool* flag,
                           const std::string& flag_word) {
      size_t at = s.find(key);
      if (at == std::string::npos) return;
      size_t open = s.find('[', at), close = s.find(']', at);
      if (open == std::string::npos || close == std::string::npos || close < open) return;
      *code = s.substr(open + 1, close - open - 1);
      *flag = s.compare(close + 1, flag_word.size(), flag_word) == 0;
    };
    code_after("SOURCE", &o->default_source, &o->default_source_prior, "PRIOR");
    code_after("TARGET", &o->default_target, &o->default_target_after, "AFTER");
  } else {
    return false;
  }
  return true;
}

SuiteScore ScoreTabariSuite(std::shared_ptr<const coder::CompiledDictionary> dictionary,
                            const TabariSuite& suite, coder::CoderOptions options) {
  SuiteScore score;
  std::string previous_story, previous_actor;
  for (const TabariRecord& r : suite.records) {
    for (const std::string& opt : r.options) ApplyTabariOption(opt, &options);
    coder::Coder coder(dictionary, options);
    // Records of one story share their id up to the last '-' ("FRWD-001-002").
    const std::string story = r.id.substr(0, r.id.rfind('-'));
    const bool forward = options.forward_pronouns && story == previous_story;
    coder::SentenceCoding coding = coder.Code(r.text, r.date, forward ? previous_actor : "");
    previous_story = story;
    previous_actor = coding.first_actor;
    RecordOutcome out;
    out.record = &r;
    out.discarded = coding.discarded;
    out.complex = coding.complex;
    out.trace = std::move(coding.trace);
    std::set<GoldEvent> got, want;
    for (const coder::CodedEvent& e : coding.events) got.insert({e.source, e.target, e.code, ""});
    for (const GoldEvent& g : r.gold) want.insert({g.source, g.target, g.code, ""});
    out.got.assign(got.begin(), got.end());
    if (r.expect_discard) {
      out.passed = coding.discarded;
    } else if (r.expect_complex) {
      out.passed = coding.complex;
    } else if (r.gold.empty()) {
      // "{---}": nothing may be coded (a complex sentence codes nothing).
      out.passed = !coding.discarded && got.empty();
    } else {
      out.passed = !coding.discarded && !coding.complex && got == want;
    }
    auto& cat = score.by_category[RecordCategory(r.id)];
    (out.passed ? cat.first : cat.second) += 1;
    (out.passed ? score.passed : score.failed) += 1;
    score.outcomes.push_back(std::move(out));
  }
  return score;
}

}  // namespace acta::suite
