#include "lexicon/lexicon.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <bit>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <string>
#include <system_error>

namespace acta {
namespace {

uint64_t HashToken(std::string_view s) {
  uint64_t h = 0xcbf29ce484222325ull ^ s.size();
  for (unsigned char c : s) h = (h ^ c) * 0x100000001b3ull;
  return h;
}

uint64_t MixEdge(uint32_t parent, uint64_t token_hash) {
  uint64_t x = token_hash ^ (uint64_t{parent} * 0xff51afd7ed558ccdull);
  x ^= x >> 32;
  x *= 0x9e3779b97f4a7c15ull;
  return x ^ (x >> 29);
}

// True when `token` has no lower-case letter. Ill-formed UTF-8 counts as
// not lower-case.
bool HasNoLowercase(std::string_view token) {
  for (size_t i = 0; i < token.size(); ++i) {
    unsigned char c = token[i];
    if (c >= 'a' && c <= 'z') return false;
    if (c >= 0x80) {
      const auto* s = reinterpret_cast<const uint8_t*>(token.data());
      int32_t length = static_cast<int32_t>(token.size());
      int32_t pos = static_cast<int32_t>(i);
      while (pos < length) {
        UChar32 cp;
        U8_NEXT(s, pos, length, cp);
        if (cp >= 0 && u_isULowercase(cp)) return false;
      }
      return true;
    }
  }
  return true;
}

// The simple upper-case mapping of every code point of `token` (valid UTF-8).
std::string ToUpper(std::string_view token) {
  std::string out;
  out.reserve(token.size());
  const auto* s = reinterpret_cast<const uint8_t*>(token.data());
  int32_t length = static_cast<int32_t>(token.size());
  int32_t pos = 0;
  while (pos < length) {
    UChar32 cp;
    U8_NEXT(s, pos, length, cp);
    if (cp < 0) continue;
    cp = u_toupper(cp);
    uint8_t buf[U8_MAX_LENGTH];
    int32_t n = 0;
    U8_APPEND_UNSAFE(buf, n, cp);
    out.append(reinterpret_cast<const char*>(buf), n);
  }
  return out;
}

// Why `line` (without its newline) is not a well-formed entry, or nullptr.
const char* EntryError(std::string_view line) {
  if (line.front() == ' ') return "entry starts with a space";
  if (line.back() == ' ') return "entry ends with a space";
  if (line.find("  ") != std::string_view::npos) return "tokens separated by more than one space";
  const auto* s = reinterpret_cast<const uint8_t*>(line.data());
  int32_t length = static_cast<int32_t>(line.size());
  int32_t pos = 0;
  while (pos < length) {
    UChar32 cp;
    U8_NEXT(s, pos, length, cp);
    if (cp < 0) return "invalid UTF-8";
    if (cp < 0x20 || cp == 0x7f || (cp >= 0x80 && cp < 0xa0)) return "control character";
  }
  return nullptr;
}

std::vector<std::string_view> SplitTokens(std::string_view entry) {
  std::vector<std::string_view> tokens;
  size_t start = 0;
  while (true) {
    size_t sp = entry.find(' ', start);
    tokens.push_back(entry.substr(start, sp - start));
    if (sp == std::string_view::npos) break;
    start = sp + 1;
  }
  return tokens;
}

}  // namespace

// A trie whose edges are labelled with whole tokens, stored as one
// open-addressing table keyed by (parent node, token). Node 0 is the root.
class Lexicon::Trie {
 public:
  Trie() : edges_(1024), mask_(1023), terminal_(1, 0) {}

  // The node reached by `tokens` from the root, created as needed.
  uint32_t Insert(const std::vector<std::string>& tokens) {
    uint32_t node = 0;
    for (const std::string& token : tokens) {
      uint64_t h = HashToken(token);
      uint32_t child = Child(node, token, h);
      if (child == 0) {
        if ((edge_count_ + 1) * 2 > edges_.size()) Grow();
        child = static_cast<uint32_t>(terminal_.size());
        terminal_.push_back(0);
        Edge edge{node, child, static_cast<uint32_t>(bytes_.size()),
                  static_cast<uint32_t>(token.size())};
        bytes_.append(token);
        Place(edge, h);
        ++edge_count_;
      }
      node = child;
    }
    return node;
  }

  // The child of `node` along `token` (whose HashToken is `hash`), or 0.
  uint32_t Child(uint32_t node, std::string_view token, uint64_t hash) const {
    for (size_t i = MixEdge(node, hash) & mask_;; i = (i + 1) & mask_) {
      const Edge& e = edges_[i];
      if (e.child == 0) return 0;
      if (e.parent == node && e.length == token.size() &&
          std::memcmp(bytes_.data() + e.offset, token.data(), token.size()) == 0) {
        return e.child;
      }
    }
  }

  // Bit l is set when an entry of list l ends at `node`.
  uint32_t& Terminal(uint32_t node) { return terminal_[node]; }
  uint32_t Terminal(uint32_t node) const { return terminal_[node]; }

 private:
  struct Edge {
    uint32_t parent = 0;
    uint32_t child = 0;  // 0: empty slot
    uint32_t offset = 0;
    uint32_t length = 0;
  };

  void Place(const Edge& edge, uint64_t hash) {
    size_t i = MixEdge(edge.parent, hash) & mask_;
    while (edges_[i].child != 0) i = (i + 1) & mask_;
    edges_[i] = edge;
  }

  void Grow() {
    std::vector<Edge> old(edges_.size() * 2);
    old.swap(edges_);
    mask_ = edges_.size() - 1;
    for (const Edge& e : old) {
      if (e.child == 0) continue;
      Place(e, HashToken(std::string_view(bytes_.data() + e.offset, e.length)));
    }
  }

  std::vector<Edge> edges_;
  size_t mask_;
  size_t edge_count_ = 0;
  std::string bytes_;  // token labels of the edges
  std::vector<uint32_t> terminal_;
};

Lexicon::Lexicon() : exact_(std::make_unique<Trie>()), folded_(std::make_unique<Trie>()) {}
Lexicon::~Lexicon() = default;

int Lexicon::ListIndex(std::string_view name) const {
  for (size_t i = 0; i < names_.size(); ++i) {
    if (names_[i] == name) return static_cast<int>(i);
  }
  return -1;
}

Result<std::shared_ptr<const Lexicon>> Lexicon::Load(const std::string& dir) {
  std::error_code ec;
  std::vector<std::string> files;
  for (std::filesystem::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    const std::filesystem::path& path = it->path();
    if (path.extension() == ".txt" && it->is_regular_file(ec)) files.push_back(path.string());
  }
  if (ec) return Status::NotFound(dir + ": cannot list directory: " + ec.message());
  if (files.empty()) return Status::NotFound(dir + ": no *.txt lists");
  if (files.size() > static_cast<size_t>(kMaxLists)) {
    return Status::InvalidArgument(dir + ": more than 32 lists");
  }
  std::sort(files.begin(), files.end());

  std::shared_ptr<Lexicon> lexicon(new Lexicon());
  for (size_t i = 0; i < files.size(); ++i) {
    lexicon->names_.push_back(std::filesystem::path(files[i]).stem().string());
    lexicon->entry_counts_.push_back(0);
    Status s = lexicon->LoadList(files[i], static_cast<int>(i));
    if (!s.ok()) return s;
  }
  return std::shared_ptr<const Lexicon>(std::move(lexicon));
}

Status Lexicon::LoadList(const std::string& path, int list) {
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (f == nullptr) return Status::IoError(path + ": cannot open");
  std::string text;
  char chunk[1 << 16];
  size_t n;
  while ((n = std::fread(chunk, 1, sizeof chunk, f)) > 0) text.append(chunk, n);
  bool failed = std::ferror(f) != 0;
  std::fclose(f);
  if (failed) return Status::IoError(path + ": read error");

  const uint32_t bit = uint32_t{1} << list;
  std::string_view rest = text;
  std::vector<std::string> tokens, upper;
  for (size_t line_no = 1; !rest.empty(); ++line_no) {
    size_t eol = rest.find('\n');
    std::string_view line = rest.substr(0, eol);
    rest.remove_prefix(eol == std::string_view::npos ? rest.size() : eol + 1);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.find_first_not_of(' ') == std::string_view::npos || line.front() == '#') continue;
    if (const char* error = EntryError(line)) {
      return Status::Corrupt(path + ":" + std::to_string(line_no) + ": " + error);
    }
    tokens.clear();
    upper.clear();
    for (std::string_view token : SplitTokens(line)) {
      tokens.emplace_back(token);
      upper.push_back(ToUpper(token));
    }
    uint32_t& terminal = exact_->Terminal(exact_->Insert(tokens));
    if (terminal & bit) {
      return Status::Corrupt(path + ":" + std::to_string(line_no) + ": duplicate entry '" +
                             std::string(line) + "'");
    }
    terminal |= bit;
    folded_->Terminal(folded_->Insert(upper)) |= bit;
    ++entry_counts_[list];
  }
  return Status::Ok();
}

void Lexicon::Match(const std::vector<std::string_view>& tokens, std::vector<uint64_t>* out) const {
  const size_t n = tokens.size();
  out->assign(n, 0);
  std::vector<uint64_t> hashes(n);
  std::vector<bool> caps(n);
  for (size_t i = 0; i < n; ++i) {
    hashes[i] = HashToken(tokens[i]);
    caps[i] = HasNoLowercase(tokens[i]);
  }

  std::array<size_t, kMaxLists> free_from{};  // per list: first token not yet in a match
  std::array<size_t, kMaxLists> longest{};    // per list: longest match starting at i
  for (size_t i = 0; i < n; ++i) {
    uint32_t found = 0;
    uint32_t node = 0;
    for (size_t j = i; j < n && (node = exact_->Child(node, tokens[j], hashes[j])) != 0; ++j) {
      uint32_t ends = exact_->Terminal(node);
      found |= ends;
      for (; ends != 0; ends &= ends - 1) longest[std::countr_zero(ends)] = j + 1 - i;
    }
    node = 0;
    for (size_t j = i; j < n && caps[j] && (node = folded_->Child(node, tokens[j], hashes[j])) != 0;
         ++j) {
      uint32_t ends = folded_->Terminal(node);
      for (; ends != 0; ends &= ends - 1) {
        int list = std::countr_zero(ends);
        if (!(found & (uint32_t{1} << list)) || longest[list] < j + 1 - i) {
          longest[list] = j + 1 - i;
        }
      }
      found |= folded_->Terminal(node);
    }
    for (; found != 0; found &= found - 1) {
      int list = std::countr_zero(found);
      if (free_from[list] > i) continue;
      (*out)[i] |= BeginBit(list);
      for (size_t k = i + 1; k < i + longest[list]; ++k) (*out)[k] |= InsideBit(list);
      free_from[list] = i + longest[list];
    }
  }
}

}  // namespace acta
