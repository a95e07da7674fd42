#include "suite/petrarch_suite.h"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <sstream>

#include <fmt/format.h>

#include "common/file.h"

namespace acta::suite {
namespace {

// The value of attribute `name` in a start tag; blanks around '=' and either
// quote style allowed. Empty when absent.
std::string Attribute(std::string_view tag, std::string_view name) {
  size_t at = 0;
  while ((at = tag.find(name, at)) != std::string_view::npos) {
    const bool starts = at > 0 && std::isspace(static_cast<unsigned char>(tag[at - 1]));
    size_t p = at + name.size();
    while (p < tag.size() && std::isspace(static_cast<unsigned char>(tag[p]))) ++p;
    if (!starts || p >= tag.size() || tag[p] != '=') {
      at += name.size();
      continue;
    }
    ++p;
    while (p < tag.size() && std::isspace(static_cast<unsigned char>(tag[p]))) ++p;
    if (p >= tag.size() || (tag[p] != '"' && tag[p] != '\'')) return "";
    const char quote = tag[p];
    size_t close = tag.find(quote, p + 1);
    if (close == std::string_view::npos) return "";
    return std::string(tag.substr(p + 1, close - p - 1));
  }
  return "";
}

std::string Collapse(std::string_view s) {
  std::string out;
  bool blank = false;
  for (char c : s) {
    if (std::isspace(static_cast<unsigned char>(c))) {
      blank = !out.empty();
      continue;
    }
    if (blank) out += ' ';
    blank = false;
    out += c;
  }
  return out;
}

bool IsTrue(std::string v) {
  std::transform(v.begin(), v.end(), v.begin(), [](unsigned char c) { return std::tolower(c); });
  return v == "true";
}

uint32_t LineAt(std::string_view s, size_t offset) {
  return static_cast<uint32_t>(std::count(s.begin(), s.begin() + static_cast<long>(offset), '\n') +
                               1);
}

}  // namespace

PetrarchSuite ParsePetrarchSuite(std::string_view xml, std::string_view name) {
  PetrarchSuite suite;
  std::vector<std::pair<std::string, std::string>> pending;
  size_t at = 0;
  while (at < xml.size()) {
    size_t open = xml.find('<', at);
    if (open == std::string_view::npos) break;
    if (xml.compare(open, 4, "<!--") == 0) {
      size_t close = xml.find("-->", open + 4);
      at = close == std::string_view::npos ? xml.size() : close + 3;
      continue;
    }
    size_t close = xml.find('>', open);
    if (close == std::string_view::npos) break;
    std::string_view tag = xml.substr(open, close - open + 1);
    at = close + 1;
    if (tag.starts_with("<Environment>")) {
      size_t end = xml.find("</Environment>", at);
      std::string_view env = xml.substr(at, end == std::string_view::npos ? 0 : end - at);
      size_t e = 0;
      while ((e = env.find('<', e)) != std::string_view::npos) {
        size_t gt = env.find('>', e);
        if (gt == std::string_view::npos || env[e + 1] == '/') {
          e = gt == std::string_view::npos ? env.size() : gt + 1;
          continue;
        }
        std::string_view etag = env.substr(e + 1, gt - e - 1);
        std::string key(etag.substr(0, etag.find_first_of(" \t")));
        size_t endtag = env.find("</", gt);
        std::string value = key == "Config" ? Attribute(env.substr(e, gt - e + 1), "option") + "=" +
                                                  Attribute(env.substr(e, gt - e + 1), "value")
                                            : Collapse(env.substr(gt + 1, endtag - gt - 1));
        suite.environment.emplace_back(key, value);
        e = gt + 1;
      }
      continue;
    }
    if (tag.starts_with("<Config")) {
      pending.emplace_back(Attribute(tag, "option"), Attribute(tag, "value"));
      continue;
    }
    if (!tag.starts_with("<Sentence ") && !tag.starts_with("<Sentence\t")) continue;
    PetrarchRecord r;
    r.line = LineAt(xml, open);
    r.id = Attribute(tag, "id");
    r.category = Attribute(tag, "category");
    r.valid = IsTrue(Attribute(tag, "valid"));
    std::optional<Date> date = ParseTabariDate(Attribute(tag, "date"));
    if (date) {
      r.date = *date;
    } else {
      suite.warnings.push_back(fmt::format("{}:{}: record {} has an unreadable date '{}'", name,
                                           r.line, r.id, Attribute(tag, "date")));
    }
    size_t end = xml.find("</Sentence>", at);
    if (end == std::string_view::npos) end = xml.size();
    std::string_view body = xml.substr(at, end - at);
    size_t e = 0;
    while ((e = body.find("<EventCoding", e)) != std::string_view::npos) {
      size_t gt = body.find('>', e);
      if (gt == std::string_view::npos) break;
      std::string_view ec = body.substr(e, gt - e + 1);
      if (IsTrue(Attribute(ec, "noevents"))) {
        r.expect_none = true;
      } else if (std::string err = Attribute(ec, "error"); !err.empty()) {
        r.expect_error = err;
      } else {
        r.gold.push_back(GoldEvent{Attribute(ec, "sourcecode"), Attribute(ec, "targetcode"),
                                   Attribute(ec, "eventcode"), ""});
      }
      e = gt + 1;
    }
    size_t t = body.find("<Text>");
    size_t te = body.find("</Text>");
    if (t != std::string_view::npos && te != std::string_view::npos && te > t)
      r.text = Collapse(body.substr(t + 6, te - t - 6));
    r.options = std::move(pending);
    pending.clear();
    suite.records.push_back(std::move(r));
    at = end;
  }
  return suite;
}

Result<PetrarchSuite> ReadPetrarchSuite(const std::string& path) {
  Result<std::string> text = ReadWholeFile(path);
  if (!text.ok()) return text.status();
  return ParsePetrarchSuite(*text, path);
}

}  // namespace acta::suite
