// Text-level reading shared by the PETRARCH loaders: the .ini configuration
// syntax PETR_config.ini uses (a subset of Python's configparser), and the line,
// comment and word conventions of PETRARCH dictionary files.
//
// PETRARCH matches complete words only (it reads words off a parse tree), so the
// phrases built here are whole words (stem = false) without implied endings
// (endings = false); every form PETRARCH generates (plurals, verb endings) is
// spelled out by the loaders as a phrase of its own.
#ifndef ACTA_DICT_PETRARCH_INI_H_
#define ACTA_DICT_PETRARCH_INI_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "acta/status.h"
#include "dict/dictionary.h"

namespace acta::dict {

// One "key = value" of an .ini file.
struct IniEntry {
  std::string section;  // as written between '[' and ']', trimmed
  std::string key;      // lower case, as configparser stores keys
  std::string value;    // trimmed; continuation lines joined with '\n'
  uint32_t line = 0;    // 1-based line of the key
};

class IniFile {
 public:
  // Parses "[Section]" headers, "key = value" and "key: value" lines, whole-line
  // comments starting with '#' or ';', and continuation lines (a non-blank line
  // indented under a key adds to its value). As in configparser, '#' after a
  // value is part of the value. Never fails: lines that are none of these, and
  // keys before any section, are listed in bad_lines() and otherwise ignored.
  static IniFile Parse(std::string_view text);

  // The value of `key` (any case) in `section` (exact case), or nullptr. When a
  // key is given twice in a section, the last one.
  const IniEntry* Find(std::string_view section, std::string_view key) const;

  // Every entry in file order.
  const std::vector<IniEntry>& entries() const { return entries_; }
  // 1-based numbers of lines that could not be read.
  const std::vector<uint32_t>& bad_lines() const { return bad_lines_; }

 private:
  std::vector<IniEntry> entries_;
  std::vector<uint32_t> bad_lines_;
};

// A configparser boolean: 1/yes/true/on or 0/no/false/off in any case. Stores it
// in *value and returns true; returns false (leaving *value) for anything else.
bool ParseIniBool(std::string_view text, bool* value);

// A line of a PETRARCH dictionary as its reader sees it.
struct DictLine {
  uint32_t number = 0;  // 1-based
  std::string text;     // comments removed, trimmed; never empty
  std::string comment;  // the text after '#', trimmed
};

// Splits a dictionary into its non-blank lines. A comment runs from '#' to the
// end of the line, or from "<!--" to "-->" (across lines if need be; the text on
// both sides of a comment is kept, joined by a space); a line starting with
// "<!" is a comment as a whole, as in PETRARCH. "\r\n" ends a line like
// "\n".
std::vector<DictLine> ReadDictLines(std::string_view contents);

// A copy of `contents` with every "<!-- ... -->" comment, and every line that
// starts with "<!", replaced by blanks (line breaks kept), so that readers
// without XML comments see the same lines.
std::string BlankXmlComments(std::string_view contents);

// The lines of `contents`: result[n] is line n (1-based; result[0] is empty),
// without its line break. Views point into `contents`.
std::vector<std::string_view> SplitLines(std::string_view contents);

// `text` without leading and trailing spaces, tabs, '\r' and '\n'.
std::string_view TrimSpace(std::string_view text);

// Upper case of UTF-8 text (ASCII directly, other letters through ICU).
// Ill-formed bytes are copied unchanged.
std::string UpperCase(std::string_view text);

// A phrase of whole words that must follow one another, from words separated by
// spaces, tabs or '_' ("HUMAN_RIGHTS BODY"), upper-cased. Doubled separators
// add nothing; an empty or all-separator text gives an empty phrase.
Phrase ConsecutiveWords(std::string_view text);

// Sets stem = false and endings = false on every kWord of `phrase`, inside
// groups and alternatives too.
void MakeWholeWords(Phrase* phrase);

// The words of `phrase` (kWord elements at its top level) joined by ' '.
std::string PhraseKey(const Phrase& phrase);

// The regular English plural of an upper-case word: -ES after S, X, Z, CH and
// SH; -IES for a consonant and Y; -S otherwise. PETRARCH's own rule ("Y" always
// to "IES", "S" to "ES") also made ATTORNEIES and BUSES from BUS as "BUES".
std::string RegularPlural(std::string_view word);

// The regular forms of an upper-case verb, in the order -S, -ED, -ING: TALKS,
// TALKED, TALKING; ARGUES, ARGUED, ARGUING; CARRIES, CARRIED, CARRYING; FREES,
// FREED, FREEING. Doubled consonants (STOPPED) are irregular and must be listed
// in the dictionary, as PETRARCH requires too.
std::vector<std::string> RegularVerbForms(std::string_view verb);

// Adds `name` to dict->files and returns its index for SourceRef::file.
uint32_t AddSourceFile(Dictionary* dict, std::string name);

// Appends a warning for line `line` of file `file` (an index into dict->files).
void AddWarning(Dictionary* dict, uint32_t file, uint32_t line, std::string message,
                bool repaired = false);

}  // namespace acta::dict

#endif  // ACTA_DICT_PETRARCH_INI_H_
