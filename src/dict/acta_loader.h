// Loader for acta's native dictionary format (docs/dictionaries.md): entries
// of kind actor, agent or verb, each a line at column 0 followed by indented
// "key: value" attributes.
//
// Names are cut into words the way the coder cuts text (coder_words.h, Penn
// Treebank style), so "al-Qaeda", "Côte d'Ivoire" and "U.S." match the text
// they name; each word must match a whole word, a trailing '*' makes it a
// stem. Metonyms ("Tehran") load as an actor of their own whose codes are the
// entry's codes plus GOV.
//
// Loading never fails on content: a malformed line is reported in
// dict->warnings ("file:line: message") and skipped; an entry left without
// names or codes is skipped and counted. Only unreadable files are errors. Not
// thread-safe on one Dictionary.
#ifndef ACTA_DICT_ACTA_LOADER_H_
#define ACTA_DICT_ACTA_LOADER_H_

#include <optional>
#include <string>
#include <string_view>

#include "acta/date.h"
#include "acta/status.h"
#include "dict/dictionary.h"

namespace acta::dict {

// Adds the entries of one file's contents to *dict (file name `name` for
// messages; it is appended to dict->files). Sets dict->flavor to kActa.
void LoadActaDictionaryFromBuffer(std::string_view contents, const std::string& name,
                                  Dictionary* dict);

// Loads `path`: a file, or a directory whose *.txt files (subdirectories
// included) are read in path order and named from the directory's own name
// down ("dictionaries/verbs.txt"). Errors: NotFound when `path` does not
// exist or a directory holds no *.txt file, IoError when a file cannot be read.
Result<Dictionary> LoadActaDictionaries(const std::string& path);

// Adds an entry for each short name of the people in *d (a person's surname,
// derived from the first name of entries in files under a "people" directory,
// or given by "short:"): see ActorEntry::short_name. A short name that is
// already a phrase of another entry is left out. LoadActaDictionaries calls
// it; callers of LoadActaDictionaryFromBuffer call it once all files are in.
void AddShortNames(Dictionary* d);

// A date as the format writes it: YYYY-MM-DD, or YYYY-MM / YYYY meaning the
// first day (`end` false) or the last day (`end` true) of that month or year.
std::optional<Date> ParseActaDate(std::string_view text, bool end);

}  // namespace acta::dict

#endif  // ACTA_DICT_ACTA_LOADER_H_
