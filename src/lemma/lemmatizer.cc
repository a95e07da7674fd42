#include "lemma/lemmatizer.h"

#include <array>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace acta {
namespace {

// Removes and returns the first line of *text (without its '\n').
std::string_view TakeLine(std::string_view* text) {
  size_t eol = text->find('\n');
  std::string_view line = text->substr(0, eol);
  text->remove_prefix(eol == std::string_view::npos ? text->size() : eol + 1);
  return line;
}

// A suffix rule of WordNet's morphy: replace `suffix` at the end by `ending`.
struct Detachment {
  std::string_view suffix;
  std::string_view ending;
};

// The detachment rules of morphy, in the order it tries them.
constexpr Detachment kNounRules[] = {{"s", ""},      {"ses", "s"},   {"xes", "x"},   {"zes", "z"},
                                     {"ches", "ch"}, {"shes", "sh"}, {"men", "man"}, {"ies", "y"}};
constexpr Detachment kVerbRules[] = {{"s", ""},   {"ies", "y"}, {"es", "e"},  {"es", ""},
                                     {"ed", "e"}, {"ed", ""},   {"ing", "e"}, {"ing", ""}};
constexpr Detachment kAdjectiveRules[] = {{"er", ""}, {"est", ""}, {"er", "e"}, {"est", "e"}};

// Candidates are assembled in a stack buffer; longer words are only looked up
// in the exception list. WordNet's longest single word is 69 bytes.
constexpr size_t kMaxWord = 128;

uint64_t HashWord(std::string_view s) {
  uint64_t h = 0xcbf29ce484222325ull;  // FNV-1a
  for (unsigned char c : s) {
    h ^= c;
    h *= 0x100000001b3ull;
  }
  return h ^ (h >> 29);
}

// An open-addressing hash table from words to optional values, with all bytes
// in one shared buffer. A slot packs key offset (32 bits), key length (8),
// value length (8) and a 16-bit hash tag; the value follows the key in the
// buffer. Slot 0 means empty (offset 0 is reserved by the owner).
class WordTable {
 public:
  struct Entry {
    uint32_t offset;  // of the key in the buffer; the value follows it
    uint8_t key_len;
    uint8_t value_len;
  };

  // Replaces the table by one over `entries`, whose bytes are in `buffer`.
  // Of duplicate keys the first is kept.
  void Build(const std::string& buffer, const std::vector<Entry>& entries) {
    size_t capacity = 16;
    while (capacity < entries.size() * 2) capacity *= 2;
    slots_.assign(capacity, 0);
    mask_ = capacity - 1;
    for (const Entry& e : entries) {
      std::string_view key(buffer.data() + e.offset, e.key_len);
      uint64_t h = HashWord(key);
      size_t i = h & mask_;
      bool duplicate = false;
      while (slots_[i] != 0) {
        if (Key(buffer, slots_[i]) == key) {
          duplicate = true;
          break;
        }
        i = (i + 1) & mask_;
      }
      if (duplicate) continue;
      slots_[i] = uint64_t{e.offset} | uint64_t{e.key_len} << 32 | uint64_t{e.value_len} << 40 |
                  (h >> 48) << 48;
    }
  }

  // The slot holding `key`, or 0.
  uint64_t Find(const std::string& buffer, std::string_view key) const {
    return Find(buffer, key, HashWord(key));
  }
  // The same with HashWord(key) given, for a key looked up in several tables.
  uint64_t Find(const std::string& buffer, std::string_view key, uint64_t h) const {
    if (slots_.empty()) return 0;
    uint64_t tag = (h >> 48) << 48;
    for (size_t i = h & mask_;; i = (i + 1) & mask_) {
      uint64_t slot = slots_[i];
      if (slot == 0) return 0;
      if ((slot & 0xffff000000000000ull) == tag && Key(buffer, slot) == key) return slot;
    }
  }

  static std::string_view Key(const std::string& buffer, uint64_t slot) {
    return std::string_view(buffer.data() + static_cast<uint32_t>(slot), (slot >> 32) & 0xff);
  }
  static std::string_view Value(const std::string& buffer, uint64_t slot) {
    return std::string_view(buffer.data() + static_cast<uint32_t>(slot) + ((slot >> 32) & 0xff),
                            (slot >> 40) & 0xff);
  }

 private:
  std::vector<uint64_t> slots_;
  size_t mask_ = 0;
};

Status ReadFile(const std::string& path, std::string* out) {
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (f == nullptr) return Status::NotFound(path + ": cannot open");
  out->clear();
  char chunk[1 << 16];
  size_t n;
  while ((n = std::fread(chunk, 1, sizeof chunk, f)) > 0) out->append(chunk, n);
  bool failed = std::ferror(f) != 0;
  std::fclose(f);
  if (failed) return Status::IoError(path + ": read error");
  return Status::Ok();
}

bool IsVowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

class WordNetLemmatizer final : public Lemmatizer {
 public:
  Status LoadClass(const std::string& dir, int cls, const char* name) {
    std::string text;
    std::string path = dir + "/" + name + ".exc";
    Status s = ReadFile(path, &text);
    if (!s.ok()) return s;
    std::vector<WordTable::Entry> entries;
    s = ParseExceptions(path, text, &entries);
    if (!s.ok()) return s;
    exceptions_[cls].Build(buffer_, entries);

    path = dir + "/index." + name;
    s = ReadFile(path, &text);
    if (!s.ok()) return s;
    entries.clear();
    s = ParseIndex(path, text, &entries);
    if (!s.ok()) return s;
    index_[cls].Build(buffer_, entries);
    return Status::Ok();
  }

  WordNetLemmatizer() {
    buffer_.reserve(2 << 20);  // WordNet 3.0 needs about 1.5 MB
    buffer_.push_back('\0');   // no key starts at offset 0, so slot 0 means empty
  }

  std::string_view Lemma(std::string_view lower, WordClass cls) const override {
    int c = static_cast<int>(cls);
    if (cls == WordClass::kOther || lower.empty()) return lower;
    if (uint64_t slot = exceptions_[c].Find(buffer_, lower)) {
      return WordTable::Value(buffer_, slot);
    }
    if (lower.size() > kMaxWord) return lower;
    switch (cls) {
      case WordClass::kNoun:
        // As morphy: short words and words in -ss are not inflected nouns.
        // Plurals that WordNet also lists ("troops", "allies") are still
        // reduced: nearly all of them are ordinary plurals in news text.
        if (lower.size() <= 2 || lower.ends_with("ss")) return lower;
        return ApplyRules(lower, c, kNounRules, false);
      case WordClass::kVerb:
        // A verb WordNet lists is its own base form ("feed", not "fee").
        if (index_[c].Find(buffer_, lower) != 0) return lower;
        return ApplyRules(lower, c, kVerbRules, true);
      case WordClass::kAdjective:
        // Likewise "modest" is not "mod"; lexicalised comparatives such as
        // "greater" are kept as written.
        if (index_[c].Find(buffer_, lower) != 0) return lower;
        return ApplyRules(lower, c, kAdjectiveRules, false);
      default:
        return lower;
    }
  }

  uint64_t Readings(std::string_view lower) const override {
    if (lower.empty() || lower.size() > kMaxWord) return 0;
    uint64_t out = 0;
    std::string_view base;
    const uint64_t h = HashWord(lower);
    for (int c = 0; c < 4; ++c) {
      uint64_t bits = 0;
      if (index_[c].Find(buffer_, lower, h) != 0) bits |= 1;
      if (exceptions_[c].Find(buffer_, lower, h) != 0) bits |= 2;
      int rule = -1;
      if (c == static_cast<int>(WordClass::kNoun)) {
        rule = FirstRule(lower, c, kNounRules, false, &base);
      } else if (c == static_cast<int>(WordClass::kVerb)) {
        rule = FirstRule(lower, c, kVerbRules, true, &base);
      } else if (c == static_cast<int>(WordClass::kAdjective)) {
        rule = FirstRule(lower, c, kAdjectiveRules, false, &base);
      }
      if (rule >= 0) bits |= uint64_t{4} << rule;
      out |= bits << (16 * c);
    }
    return out;
  }

 private:
  // The base form given by the first rule whose result is in the index, or
  // `word` when none is.
  template <size_t N>
  std::string_view ApplyRules(std::string_view word, int cls, const Detachment (&rules)[N],
                              bool undouble) const {
    std::string_view base;
    return FirstRule(word, cls, rules, undouble, &base) >= 0 ? base : word;
  }

  // The index of the first rule whose result is in the index, with that base
  // form in *base; then, when `undouble` is set, N for "-ed"/"-ing" stems
  // ending in a doubled consonant that are in the index with one consonant
  // less ("planned" -> "plan"); -1 when no rule applies.
  template <size_t N>
  int FirstRule(std::string_view word, int cls, const Detachment (&rules)[N], bool undouble,
                std::string_view* base) const {
    char candidate[kMaxWord + 8];
    for (size_t r = 0; r < N; ++r) {
      const Detachment& rule = rules[r];
      if (word.size() <= rule.suffix.size() || !word.ends_with(rule.suffix)) continue;
      size_t stem = word.size() - rule.suffix.size();
      std::memcpy(candidate, word.data(), stem);
      std::memcpy(candidate + stem, rule.ending.data(), rule.ending.size());
      std::string_view form(candidate, stem + rule.ending.size());
      if (uint64_t slot = index_[cls].Find(buffer_, form)) {
        *base = WordTable::Key(buffer_, slot);
        return static_cast<int>(r);
      }
    }
    if (undouble) {
      for (std::string_view suffix : {std::string_view("ed"), std::string_view("ing")}) {
        if (!word.ends_with(suffix)) continue;
        size_t stem = word.size() - suffix.size();
        if (stem < 3) continue;
        char last = word[stem - 1];
        if (last != word[stem - 2] || IsVowel(last) || last < 'a' || last > 'z') continue;
        std::string_view form = word.substr(0, stem - 1);
        if (uint64_t slot = index_[cls].Find(buffer_, form)) {
          *base = WordTable::Key(buffer_, slot);
          return static_cast<int>(N);
        }
      }
    }
    return -1;
  }

  // Appends `word` to the buffer and stores its offset in *offset; false
  // when the word does not fit a slot.
  bool Append(std::string_view word, uint32_t* offset) {
    if (word.size() > 255 || buffer_.size() + word.size() > UINT32_MAX) return false;
    *offset = static_cast<uint32_t>(buffer_.size());
    buffer_.append(word);
    return true;
  }

  static Status TooLong(const std::string& path, size_t line_no) {
    return Status::Corrupt(path + ":" + std::to_string(line_no) +
                           ": word longer than 255 bytes or tables over 4 GiB");
  }

  // Lines "inflected base1 base2 ...". Keeps the first base that is a single
  // word; lines whose form or bases are all collocations are skipped.
  Status ParseExceptions(const std::string& path, std::string_view text,
                         std::vector<WordTable::Entry>* entries) {
    size_t line_no = 0;
    while (!text.empty()) {
      std::string_view line = TakeLine(&text);
      ++line_no;
      if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
      if (line.empty()) continue;
      size_t sp = line.find(' ');
      if (sp == 0 || sp == std::string_view::npos) {
        return Status::Corrupt(path + ":" + std::to_string(line_no) +
                               ": expected an inflected form and a base form");
      }
      std::string_view form = line.substr(0, sp);
      if (form.find('_') != std::string_view::npos) continue;
      std::string_view base;
      std::string_view rest = line.substr(sp + 1);
      while (!rest.empty()) {
        size_t next = rest.find(' ');
        std::string_view field = rest.substr(0, next);
        rest.remove_prefix(next == std::string_view::npos ? rest.size() : next + 1);
        if (!field.empty() && field.find('_') == std::string_view::npos) {
          base = field;
          break;
        }
      }
      if (base.empty()) continue;
      uint32_t offset = 0, unused = 0;
      if (!Append(form, &offset) || !Append(base, &unused)) return TooLong(path, line_no);
      entries->push_back(
          {offset, static_cast<uint8_t>(form.size()), static_cast<uint8_t>(base.size())});
    }
    return Status::Ok();
  }

  // index.* lines start with the lemma; the licence header lines start with
  // spaces. Collocations (with '_') are skipped.
  Status ParseIndex(const std::string& path, std::string_view text,
                    std::vector<WordTable::Entry>* entries) {
    size_t line_no = 0;
    while (!text.empty()) {
      std::string_view line = TakeLine(&text);
      ++line_no;
      if (line.empty() || line[0] == ' ') continue;
      std::string_view lemma = line.substr(0, line.find(' '));
      if (lemma.find('_') != std::string_view::npos) continue;
      uint32_t offset = 0;
      if (!Append(lemma, &offset)) return TooLong(path, line_no);
      entries->push_back({offset, static_cast<uint8_t>(lemma.size()), 0});
    }
    return Status::Ok();
  }

  std::string buffer_;
  std::array<WordTable, 4> exceptions_;  // by WordClass
  std::array<WordTable, 4> index_;
};

}  // namespace

WordClass WordClassOfPennTag(std::string_view tag) {
  if (tag.size() < 2) return WordClass::kOther;
  std::string_view head = tag.substr(0, 2);
  std::string_view rest = tag.substr(2);
  if (head == "VB" &&
      (rest.empty() || rest == "D" || rest == "G" || rest == "N" || rest == "P" || rest == "Z")) {
    return WordClass::kVerb;
  }
  if (head == "NN" && (rest.empty() || rest == "S" || rest == "P" || rest == "PS")) {
    return WordClass::kNoun;
  }
  if (head == "JJ" && (rest.empty() || rest == "R" || rest == "S")) return WordClass::kAdjective;
  if (head == "RB" && (rest.empty() || rest == "R" || rest == "S")) return WordClass::kAdverb;
  return WordClass::kOther;
}

Result<std::shared_ptr<const Lemmatizer>> Lemmatizer::Load(const std::string& wordnet_dir) {
  auto lemmatizer = std::make_shared<WordNetLemmatizer>();
  static constexpr const char* kNames[] = {"noun", "verb", "adj", "adv"};
  static_assert(
      static_cast<int>(WordClass::kNoun) == 0 && static_cast<int>(WordClass::kVerb) == 1 &&
      static_cast<int>(WordClass::kAdjective) == 2 && static_cast<int>(WordClass::kAdverb) == 3);
  for (int cls = 0; cls < 4; ++cls) {
    Status s = lemmatizer->LoadClass(wordnet_dir.empty() ? ACTA_DEFAULT_WORDNET_DIR : wordnet_dir,
                                     cls, kNames[cls]);
    if (!s.ok()) return s;
  }
  return std::shared_ptr<const Lemmatizer>(std::move(lemmatizer));
}

}  // namespace acta
