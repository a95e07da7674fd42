// The store's tables, version by version (docs/schema.md), in the SQL of
// each backend.
#ifndef ACTA_STORE_SCHEMA_H_
#define ACTA_STORE_SCHEMA_H_

#include <string>

#include "store/backend.h"

namespace acta::store {

// The statements that bring a store of schema `version` to `version` + 1
// (0: an empty database), ending by recording the new version in `meta`.
std::string MigrationFrom(int version, Dialect dialect);

// A condition that holds when the text of sentence row `sentences` (an
// alias) contains every word of parameter `param` ("?3"): FTS5 in SQLite,
// PostgreSQL's full text search.
std::string TextMatch(Dialect dialect, const std::string& sentences, const std::string& param);

// The words of `query` as the parameter TextMatch takes: in SQLite an FTS5
// query of quoted words, all required; in PostgreSQL the words as given.
std::string TextQuery(Dialect dialect, const std::string& query);

}  // namespace acta::store

#endif  // ACTA_STORE_SCHEMA_H_
