// Loaders for TABARI dictionaries (TABARI manual 0.8, chapters 4.1, 5, 6, 8
// and 10.5): the .project file, .actors, .agents, .verbs and .options files.
// The actor format is shared by PETRARCH's *.actors.txt files and the verb
// format is close to PETRARCH-1's, so these loaders also read those.
//
// Loading never stops at a malformed entry: each problem becomes a
// LoadWarning "file:line: message" in Dictionary::warnings; repaired = true
// when the entry was kept after a fix (a stray space, a 10-digit date, an
// ill-formed UTF-8 byte...), false when it was dropped (and counted in
// LoadCounts::skipped). Only a file that cannot be read is a Status error.
//
// Common line rules: "\r\n" and "\n" line ends; a line whose first non-blank
// character is '#' or '/' is a comment; ';' or '#' outside "[...]" starts a
// comment; a line starting with "~FINISH" or "~~FINISH" ends the file;
// control characters and ill-formed UTF-8 bytes are dropped (with a warning).
//
// Duplicates: an actor or agent phrase, verb root, verb pattern (within its
// root) or synonym set name that was already loaded, from any file, is
// dropped; a duplicate verb root's patterns join the first root. The warning
// is given unless the options say "SET: DUP WARNING = FALSE".
//
// Thread-safety: the functions share no state; a Dictionary must not be
// loaded into from two threads at once.
#ifndef ACTA_DICT_TABARI_LOADER_H_
#define ACTA_DICT_TABARI_LOADER_H_

#include <string>
#include <string_view>

#include "acta/status.h"
#include "dict/dictionary.h"

namespace acta::dict {

// Loads the dictionaries a TABARI .project file names: every <actorfile>,
// <agentfile>, <verbfile> and <optionsfile> line (TABARI reads only the first
// two letters of a tag, so <actorsfile> works too), resolved relative to the
// project's folder unless absolute. The options file is read first, then the
// actors, agents and verbs files, each kind in the order listed. Options
// start from TABARI's defaults (CODE BY CLAUSE, COMMA: BMIN=128 BMAX=0 MIN=2
// MAX=10 EMIN=2 EMAX=10). Other tags (<textfile>, <session> ...) and lines not
// starting with '<' are ignored; <issuesfile> gives a warning.
// Errors: the Status of the first file (project or dictionary) that cannot be read.
Result<Dictionary> LoadTabariProject(const std::string& path);

// The per-file loaders add to *dict, append `path` to dict->files and
// return IoError/NotFound when the file cannot be read (dict is unchanged).
//
// Actors (manual 5.3): "PHRASE [CODE] ; comment"; '+' lines add synonyms to
// the entry above; lines starting with a blank hold code blocks for it
// (multi-line date restrictions); <NOUN> and <ADJECTIVE> sections list
// uncoded nouns and adjectives. Codes: see ParseCodeBlock; a malformed block
// is dropped and the entry kept when it has another code. Undated codes are
// moved after the dated ones (TABARI requires the default last) and repeated
// identical codes dropped, both with a repaired warning.
Status LoadActorsFile(const std::string& path, Dictionary* dict);
// Agents (manual 5.4): "PHRASE [~CODE]" or "PHRASE [CODE~]", '+' synonyms.
Status LoadAgentsFile(const std::string& path, Dictionary* dict);
// Verbs (manual 5.5-5.7, 10.5): "ROOT [code]" lines; "{FORM_ FORM_}" on the
// next line (or after the root, PETRARCH-1) lists irregular forms; "- pattern
// [code]" lines add patterns to the root above; <SYNSETS> sets "&NAME" with
// "+member" lines (also accepted outside the section); <TIME> entries become
// TimeShifts, a pattern's '*' replaced by its root; PETRARCH-1 block lines
// "--- NAME [code] ---" set VerbEntry::block on the roots that follow, give
// the block's code to roots without one, and attach the block's patterns to
// its first root. Codes: "---" (also "- - -"), "###", "+++", or letters,
// digits and ':' '?' '!' (paired, subordinate, dominant codes); <TIME> codes
// are a signed day count of at most 8192 days. <ATTRIB> sections are skipped
// with one warning.
Status LoadVerbsFile(const std::string& path, Dictionary* dict);
// Options (manual chapter 8): SET:, COMPLEX:, LABEL:, OUTPUT:, DEFAULT:,
// COMMA:, NONEVENTS:, FORWARD: (kept in raw only); commands are recognized by
// their first four letters. LABEL: codes made of digits join
// dict->event_codes. Every command line is kept in options.raw. Unknown
// commands and values give warnings.
Status LoadOptionsFile(const std::string& path, Dictionary* dict);

// The same loaders over a file's contents; `name` is used in warnings and
// appended to dict->files. They never fail.
void LoadActorsFromBuffer(std::string_view contents, std::string_view name, Dictionary* dict);
void LoadAgentsFromBuffer(std::string_view contents, std::string_view name, Dictionary* dict);
void LoadVerbsFromBuffer(std::string_view contents, std::string_view name, Dictionary* dict);
void LoadOptionsFromBuffer(std::string_view contents, std::string_view name, Dictionary* dict);

}  // namespace acta::dict

#endif  // ACTA_DICT_TABARI_LOADER_H_
