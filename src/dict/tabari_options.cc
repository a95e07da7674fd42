#include <algorithm>
#include <iterator>
#include <optional>
#include <string>
#include <unordered_set>
#include <utility>

#include "dict/tabari_loader.h"
#include "dict/tabari_text.h"

namespace acta::dict {
namespace tabari_internal {
namespace {

// The .options file (manual chapter 8).
class OptionsLoader : public FileLoader {
 public:
  OptionsLoader(std::string_view contents, std::string_view name, Dictionary* dict)
      : FileLoader(contents, name, dict),
        event_codes_(dict->event_codes.begin(), dict->event_codes.end()) {}

  void Run() {
    ForEachLine(
        [this](std::string_view line, uint32_t number, bool) { HandleLine(Trim(line), number); });
  }

 private:
  void HandleLine(std::string_view line, uint32_t number) {
    if (line[0] == '~') {  // "~~~~~" ends the commands
      stop_ = true;
      return;
    }
    line = Trim(line.substr(0, std::min(line.find('#'), line.find("//"))));
    if (line.empty()) return;
    CodingOptions& o = dict_->options;
    o.raw.emplace_back(line);
    size_t colon = line.find(':');
    if (colon == std::string_view::npos) {
      Warn(number, "option line has no 'COMMAND:'; ignored", false);
      return;
    }
    std::string command = Upper(Trim(line.substr(0, colon)));
    std::string_view arg = Trim(line.substr(colon + 1));
    std::string key = command.substr(0, 4);
    if (key == "SET") {
      Set(arg, number);
    } else if (key == "COMP") {
      Complex(arg, number);
    } else if (key == "LABE") {
      Label(arg, number);
    } else if (key == "OUTP") {
      Output(arg, number);
    } else if (key == "DEFA") {
      Default(arg, number);
    } else if (key == "COMM") {
      Comma(arg, number);
    } else if (key == "NONE") {
      std::string v = Upper(arg);
      if (v == "TRUE") {
        o.nonevents = CodingOptions::Nonevents::kTrue;
      } else if (v == "ONLY") {
        o.nonevents = CodingOptions::Nonevents::kOnly;
      } else if (v == "FALSE") {
        o.nonevents = CodingOptions::Nonevents::kFalse;
      } else {
        Warn(number, "NONEVENTS: needs TRUE, FALSE or ONLY, not '" + std::string(arg) + "'", false);
      }
    } else if (key != "FORW") {
      Warn(number, "unknown option command '" + command + ":'", false);
    }
  }

  // Reads TRUE/T/FALSE/F (and OFF when `three_way`); false when it is neither.
  static bool ParseSwitch(std::string_view value, bool three_way, std::optional<bool>* out) {
    std::string v = Upper(value);
    if (v == "TRUE" || v == "T") {
      *out = true;
    } else if (v == "FALSE" || v == "F") {
      *out = false;
    } else if (three_way && v == "OFF") {
      out->reset();
    } else {
      return false;
    }
    return true;
  }

  void Set(std::string_view arg, uint32_t number) {
    CodingOptions& o = dict_->options;
    size_t eq = arg.find('=');
    std::string name = PhraseKey(arg.substr(0, eq));  // upper case, blanks collapsed
    for (char& c : name) {
      if (c == '_') c = ' ';
    }
    std::string_view value = eq == std::string_view::npos ? "" : Trim(arg.substr(eq + 1));
    if (eq == std::string_view::npos) {
      if (name == "CODE BY SENTENCE" || name == "CODE BY CLAUSE") {
        o.code_by_sentence = name == "CODE BY SENTENCE";
        o.code_all = false;
      } else if (name == "CODE ALL" || name == "CODE BY ALL") {
        o.code_all = true;
      } else {
        Warn(number, "SET: '" + std::string(arg) + "' has no '='", false);
      }
      return;
    }
    std::optional<bool> flag;
    static const char* const kKeptOnly[] = {
        "LABEL", "HAIKU",   "YYYY",           "SKIP RECORDS",       "FBIS",
        "MATCH", "ALLCAPS", "CHECK DOMINANT", "CODE NONRESTRICTIVE"};
    static const char* const kThreeWay[] = {"ACTOR USAGE", "AGENT USAGE", "VERB USAGE"};
    bool three_way =
        std::find(std::begin(kThreeWay), std::end(kThreeWay), name) != std::end(kThreeWay);
    if (name == "MINIMUM WORDS") {
      if (value.empty() || value.size() > 6 || !std::all_of(value.begin(), value.end(), IsDigit)) {
        Warn(number, "SET: MINIMUM WORDS needs a number, not '" + std::string(value) + "'", false);
        return;
      }
      o.minimum_words = static_cast<uint32_t>(std::stoul(std::string(value)));
      return;
    }
    bool known = three_way || name == "CONVERT AGENTS" || name == "TIME SHIFTING" ||
                 name == "DUP WARNING" ||
                 std::find(std::begin(kKeptOnly), std::end(kKeptOnly), name) != std::end(kKeptOnly);
    if (!known) {
      Warn(number, "unknown SET: parameter '" + name + "'", false);
      return;
    }
    if (!ParseSwitch(value, three_way, &flag)) {
      Warn(number, "SET: " + name + " needs TRUE or FALSE, not '" + std::string(value) + "'",
           false);
      return;
    }
    if (name == "CONVERT AGENTS") o.convert_agents = *flag;
    if (name == "TIME SHIFTING") o.time_shift = *flag;
    if (name == "DUP WARNING") o.duplicate_warnings = *flag;
  }

  void Complex(std::string_view arg, uint32_t number) {
    ComplexRules& c = dict_->options.complex;
    size_t pos = 0;
    while (pos < arg.size()) {
      while (pos < arg.size() && IsBlank(arg[pos])) ++pos;
      size_t start = pos;
      while (pos < arg.size() && !IsBlank(arg[pos]) && arg[pos] != '[') ++pos;
      if (pos == start) break;
      std::string name = Upper(arg.substr(start, pos - start));
      while (pos < arg.size() && IsBlank(arg[pos])) ++pos;
      std::optional<uint32_t> n;
      if (pos < arg.size() && arg[pos] == '[') {
        size_t close = arg.find(']', pos);
        std::string_view digits = Trim(arg.substr(
            pos + 1, close == std::string_view::npos ? std::string_view::npos : close - pos - 1));
        pos = close == std::string_view::npos ? arg.size() : close + 1;
        if (digits.empty() || digits.size() > 6 ||
            !std::all_of(digits.begin(), digits.end(), IsDigit)) {
          Warn(number, "COMPLEX: " + name + " needs [number]", false);
          continue;
        }
        n = static_cast<uint32_t>(std::stoul(std::string(digits)));
      }
      uint32_t* count = name == "VERBS"      ? &c.verbs
                        : name == "ACTORS"   ? &c.actors
                        : name == "PRONOUNS" ? &c.pronouns
                        : name == "CONJ"     ? &c.conjunctions
                        : name == "COMMA"    ? &c.commas
                        : name == "LATEVERB" ? &c.late_verb
                                             : nullptr;
      bool* flag = name == "NOACTPRIOR"   ? &c.no_actor_prior
                   : name == "NOACTAFTER" ? &c.no_actor_after
                   : name == "NOVERB"     ? &c.no_verb
                   : name == "NOSOURCE"   ? &c.no_source
                   : name == "NOTARGET"   ? &c.no_target
                   : name == "NOEVENT"    ? &c.no_event
                   : name == "EXPLAIN"    ? &c.explain
                   : name == "NOSAVE"     ? &c.no_save
                                          : nullptr;
      if (count != nullptr && n.has_value()) {
        *count = *n;
      } else if (flag != nullptr && !n.has_value()) {
        *flag = true;
      } else if (count != nullptr) {
        Warn(number, "COMPLEX: " + name + " needs [number]", false);
      } else {
        Warn(number, "unknown COMPLEX: condition '" + name + "'", false);
      }
    }
  }

  void Label(std::string_view arg, uint32_t number) {
    size_t eq = arg.find('=');
    std::string_view code = Trim(arg.substr(0, eq));
    if (eq == std::string_view::npos || code.empty()) {
      Warn(number, "LABEL: needs code=text", false);
      return;
    }
    CodingOptions& o = dict_->options;
    o.labels.push_back(CodeLabel{std::string(code), std::string(Trim(arg.substr(eq + 1)))});
    if (std::all_of(code.begin(), code.end(), IsDigit) &&
        event_codes_.insert(std::string(code)).second) {
      dict_->event_codes.emplace_back(code);
    }
  }

  void Output(std::string_view arg, uint32_t number) {
    static const char* const kFields[] = {"ACTORS",   "ACTOR", "AGENTS",   "AGENT",   "PARENT",
                                          "SHIFT",    "MATCH", "LOCS",     "PATTERN", "PATTERNS",
                                          "ID",       "TEXT",  "TEX",      "STORY",   "STO",
                                          "SENTENCE", "SEN",   "DOCUMENT", "DOC"};
    size_t pos = 0;
    while (pos < arg.size()) {
      while (pos < arg.size() && IsBlank(arg[pos])) ++pos;
      size_t start = pos;
      while (pos < arg.size() && !IsBlank(arg[pos])) ++pos;
      if (pos == start) break;
      std::string field = Upper(arg.substr(start, pos - start));
      if (std::find(std::begin(kFields), std::end(kFields), field) == std::end(kFields)) {
        Warn(number, "unknown OUTPUT: field '" + field + "'", false);
        continue;
      }
      dict_->options.output_fields.push_back(std::move(field));
    }
  }

  // "SOURCE: [USA] PRIOR TARGET: [WORLD] AFTER", "SOURCE [X]", "OFF".
  void Default(std::string_view arg, uint32_t number) {
    CodingOptions& o = dict_->options;
    std::string text = Upper(arg);
    if (Trim(text) == "OFF") {
      o.default_source.clear();
      o.default_target.clear();
      o.default_source_prior = o.default_target_after = false;
      return;
    }
    bool any = false;
    for (bool source : {true, false}) {
      size_t at = text.find(source ? "SOURCE" : "TARGET");
      if (at == std::string::npos) continue;
      size_t open = text.find('[', at);
      size_t close = open == std::string::npos ? open : text.find(']', open);
      if (close == std::string::npos) {
        Warn(number, std::string("DEFAULT: ") + (source ? "SOURCE" : "TARGET") + " needs [code]",
             false);
        continue;
      }
      std::string code(Trim(std::string_view(text).substr(open + 1, close - open - 1)));
      std::string_view after = Trim(std::string_view(text).substr(close + 1));
      bool flag = StartsWith(after, source ? "PRIOR" : "AFTER");
      (source ? o.default_source : o.default_target) = std::move(code);
      (source ? o.default_source_prior : o.default_target_after) = flag;
      any = true;
    }
    if (!any) Warn(number, "DEFAULT: needs SOURCE [code], TARGET [code] or OFF", false);
  }

  void Comma(std::string_view arg, uint32_t number) {
    CodingOptions& o = dict_->options;
    if (Upper(arg) == "OFF") {
      o.comma_off = true;
      return;
    }
    size_t pos = 0;
    while (pos < arg.size()) {
      while (pos < arg.size() && IsBlank(arg[pos])) ++pos;
      size_t start = pos;
      while (pos < arg.size() && !IsBlank(arg[pos]) && arg[pos] != '=') ++pos;
      if (pos == start) {
        if (pos < arg.size()) {
          Warn(number, "COMMA: '=' without a name", false);
          ++pos;
        }
        continue;
      }
      std::string name = Upper(arg.substr(start, pos - start));
      while (pos < arg.size() && IsBlank(arg[pos])) ++pos;
      if (pos >= arg.size() || arg[pos] != '=') {
        Warn(number, "COMMA: " + name + " needs =value", false);
        continue;
      }
      ++pos;
      while (pos < arg.size() && IsBlank(arg[pos])) ++pos;
      size_t digits = pos;
      while (pos < arg.size() && IsDigit(arg[pos])) ++pos;
      int* field = name == "MIN"    ? &o.comma_min
                   : name == "MAX"  ? &o.comma_max
                   : name == "BMIN" ? &o.comma_bmin
                   : name == "BMAX" ? &o.comma_bmax
                   : name == "EMIN" ? &o.comma_emin
                   : name == "EMAX" ? &o.comma_emax
                                    : nullptr;
      if (field == nullptr) {
        Warn(number, "unknown COMMA: limit '" + name + "'", false);
      } else if (pos == digits || pos - digits > 6) {
        Warn(number, "COMMA: " + name + " needs a number", false);
      } else {
        *field = std::stoi(std::string(arg.substr(digits, pos - digits)));
      }
    }
  }

  std::unordered_set<std::string> event_codes_;  // dict_->event_codes, for look-ups
};

}  // namespace
}  // namespace tabari_internal

void LoadOptionsFromBuffer(std::string_view contents, std::string_view name, Dictionary* dict) {
  tabari_internal::OptionsLoader(contents, name, dict).Run();
}

}  // namespace acta::dict
