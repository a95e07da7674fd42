// Loaders for PETRARCH's configuration and dictionaries (PETRARCH-1 and -2, as
// maintained by the Open Event Data Alliance): PETR_config.ini, the verb file
// in either format, actors (TABARI's format, read by tabari_loader.h), agents,
// discards and issues.
//
// PETRARCH compares complete words, so every phrase loaded here is made of
// whole words (stem = false, endings = false); the plurals and verb forms
// PETRARCH derives are spelled out as phrases of their own (petrarch_ini.h).
//
// The ...FromBuffer functions never fail: a malformed line is reported in
// dict->warnings ("file:line: message") and skipped, or repaired when the
// intent is clear (LoadWarning::repaired). Only unreadable files and a
// configuration without a verb file are errors. None is thread-safe on one
// Dictionary; distinct Dictionaries may be loaded concurrently.
#ifndef ACTA_DICT_PETRARCH_LOADER_H_
#define ACTA_DICT_PETRARCH_LOADER_H_

#include <string>
#include <string_view>
#include <vector>

#include "acta/status.h"
#include "dict/dictionary.h"

namespace acta::dict {

// The dictionary files a configuration names, as written there.
struct PetrarchFiles {
  std::string verbs;
  std::vector<std::string> actors;
  std::string agents, discards, issues;  // empty when not named
};

// Loads PETR_config.ini and every dictionary it names; relative file names are
// resolved beside the .ini. [Dictionaries]: verbfile_name, actorfile_list
// (comma separated), agentfile_name, discardfile_name, issuefile_name.
// [Options]: see ReadPetrarchConfigFromBuffer. The flavor is kPetrarch2 when
// the verb file is in PETRARCH-2's format (LooksLikePetrarch2Verbs), else
// kPetrarch1. Errors: NotFound/IoError for an .ini or dictionary that cannot be
// read, InvalidArgument when the .ini names no verb file.
Result<Dictionary> LoadPetrarchConfig(const std::string& ini_path);

// Loads the dictionaries named in the <Environment> element of a PETRARCH
// validation records file (PETR.UnitTest.records.xml): <Verbfile>,
// <Actorfile> (repeatable, or comma separated), <Agentfile>, <Discardfile>,
// <Issuefile>, resolved beside the XML file; each <Config option="..."
// value="..."> is read as an [Options] line. Errors: as LoadPetrarchConfig,
// and InvalidArgument when the file has no <Environment> element.
Result<Dictionary> LoadPetrarchEnvironment(const std::string& unit_test_xml_path);

// Reads an .ini's [Dictionaries] into *files and its [Options] into
// dict->options: code_by_sentence (a boolean; when absent, false, as in
// PETRARCH), require_dyad (default true), new_actor_length (an integer),
// comma_min, comma_max, comma_bmin, comma_bmax, comma_emin, comma_emax. Every
// [Options] line is kept in options.raw as "key = value". Values that cannot be
// read leave the default and are reported. Never fails.
void ReadPetrarchConfigFromBuffer(std::string_view contents, std::string_view name,
                                  PetrarchFiles* files, Dictionary* dict);

// Reads a verb dictionary in either PETRARCH format and sets dict->flavor.
// PETRARCH-2 files go to LoadPetrarch2VerbsFromBuffer. PETRARCH-1 files go to
// the TABARI reader (LoadVerbsFromBuffer, after "<!-- -->" comments are
// blanked), then get PETRARCH's rules: whole words everywhere; roots re-read
// from their lines so that '+' marks the verb of a multi-word root
// (PhraseWord::head); the regular -S/-ED/-ING forms for roots written without
// "{...}"; synonym set members plus the plural of their last word unless the
// set's name or the member ends in '_'.
void LoadPetrarchVerbsFromBuffer(std::string_view contents, std::string_view name,
                                 Dictionary* dict);

// Reads an actor dictionary (TABARI's format, read by LoadActorsFromBuffer
// after "<!-- -->" comments are blanked) and rebuilds each phrase as PETRARCH
// reads it: consecutive whole words, '_' and blank alike, hyphens kept inside
// words. A phrase that then equals one already loaded (from any file) is
// dropped with a warning, as the TABARI reader drops its own repeats.
void LoadPetrarchActorsFromBuffer(std::string_view contents, std::string_view name,
                                  Dictionary* dict);

// Reads an agent dictionary: "PHRASE {PLURAL} [~CODE]" lines, where "{}" means
// no plural and no braces the regular plural of the last word (none after a
// final '_'); "!NAME! = A, B, C" defines a substitution set, and a phrase
// holding "!NAME!" stands for one phrase per member, without plurals. When a
// phrase is given again, the later line wins, as in PETRARCH: an identical
// repeat is dropped, a different code replaces the earlier one (both warned).
void LoadPetrarchAgentsFromBuffer(std::string_view contents, std::string_view name,
                                  Dictionary* dict);

// Reads a discard list: a phrase per line, upper-cased, its words consecutive;
// a leading '+' makes it discard the whole story instead of the sentence.
void LoadPetrarchDiscardsFromBuffer(std::string_view contents, std::string_view name,
                                    Dictionary* dict);

// Reads an issues file: "phrase [CODE]" lines inside <ISSUE CATEGORY="...">
// sections; "~phrase" and "~~phrase" are ignore phrases for the sentence and
// the story. Expansions, in PETRARCH's syntax: "n:word" is the word and its
// plural, "v:word" the verb and its -S/-ED/-ING forms, and "a+b" both "a b" and
// "a-b". One IssueEntry is stored per form.
void LoadPetrarchIssuesFromBuffer(std::string_view contents, std::string_view name,
                                  Dictionary* dict);

// The same, from files: NotFound or IoError when `path` cannot be read. The
// file name without its directory names the file in warnings.
Status LoadPetrarchVerbsFile(const std::string& path, Dictionary* dict);
Status LoadPetrarchActorsFile(const std::string& path, Dictionary* dict);
Status LoadPetrarchAgentsFile(const std::string& path, Dictionary* dict);
Status LoadPetrarchDiscardsFile(const std::string& path, Dictionary* dict);
Status LoadPetrarchIssuesFile(const std::string& path, Dictionary* dict);

}  // namespace acta::dict

#endif  // ACTA_DICT_PETRARCH_LOADER_H_
