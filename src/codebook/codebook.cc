#include "codebook/codebook.h"

#include "common/file.h"
#include "common/tsv.h"

#include <charconv>
#include <fstream>
#include <sstream>

namespace acta {
namespace {

bool IsDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

}  // namespace

Result<Codebook> Codebook::Parse(std::string_view tsv, const std::string& name) {
  Codebook book;
  size_t pos = 0;
  int line_no = 0;
  bool header = true;
  while (pos < tsv.size()) {
    size_t nl = tsv.find('\n', pos);
    if (nl == std::string_view::npos) nl = tsv.size();
    std::string_view line = tsv.substr(pos, nl - pos);
    pos = nl + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line[0] == '#') continue;
    if (header) {  // the column names
      header = false;
      continue;
    }
    auto bad = [&](const std::string& what) {
      return Status::InvalidArgument(name + ":" + std::to_string(line_no) + ": " + what);
    };
    const std::vector<std::string_view> f = SplitTabs(line);
    if (f.size() != 7) return bad("want 7 tab-separated fields, got " + std::to_string(f.size()));
    EventType t;
    t.code = std::string(f[0]);
    if (!IsDigits(t.code) || t.code.size() < 2 || t.code.size() > 4)
      return bad("code '" + t.code + "' is not 2-4 digits");
    t.name = std::string(f[1]);
    const std::string g(f[2]);
    char* end = nullptr;
    t.goldstein = std::strtod(g.c_str(), &end);
    if (g.empty() || *end != '\0' || t.goldstein < -10.0 || t.goldstein > 10.0)
      return bad("goldstein '" + g + "' is not a number in [-10, 10]");
    if (f[3].size() != 1 || f[3][0] < '1' || f[3][0] > '4')
      return bad("quad_class '" + std::string(f[3]) + "' is not 1-4");
    t.quad_class = f[3][0] - '0';
    t.plover_event = std::string(f[4]);
    t.plover_mode = std::string(f[5]);
    t.plover_context = std::string(f[6]);
    const std::string code = t.code;
    if (!book.by_code_.emplace(code, std::move(t)).second) return bad("code " + code + " repeated");
  }
  if (book.by_code_.empty()) return Status::InvalidArgument(name + ": no codes");
  return book;
}

Result<Codebook> Codebook::Load(const std::string& path) {
  Result<std::string> text = ReadWholeFile(path);
  if (!text.ok()) return text.status();
  return Parse(*text, path);
}

std::string Codebook::DefaultPath(const std::string& data_dir) {
  return data_dir + "/codebook/cameo.tsv";
}

const EventType* Codebook::Find(std::string_view code) const {
  if (!IsDigits(code)) return nullptr;
  for (size_t n = code.size(); n >= 2; --n) {
    auto it = by_code_.find(std::string(code.substr(0, n)));
    if (it != by_code_.end()) return &it->second;
  }
  return nullptr;
}

}  // namespace acta
