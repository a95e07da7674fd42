// acta's event store in an embedded SQLite file: stories, the events coded
// from them and every sentence that told each event, in the schema of
// docs/schema.md, built up story by story and never doubled.
#ifndef ACTA_STORE_SQLITE_STORE_H_
#define ACTA_STORE_SQLITE_STORE_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "acta/status.h"
#include "acta/story.h"

struct sqlite3;

namespace acta::store {

// The schema version this build writes; Open migrates older files to it.
inline constexpr int kSchemaVersion = 1;

enum class PutOutcome {
  kAdded,      // a story the store did not hold
  kUnchanged,  // the same id with the same text: nothing written
  kReplaced,   // the same id with other text: its events are coded anew
};

struct StoreCounts {
  int64_t stories = 0, events = 0, mentions = 0;
};

// Move-only; one writer at a time (SQLite's lock), readers never blocked
// (write-ahead log).
class SqliteStore {
 public:
  // Opens or creates the store at `path`, in WAL mode, and brings its
  // schema to kSchemaVersion. A file of a newer schema is refused.
  static Result<std::unique_ptr<SqliteStore>> Open(const std::string& path);
  ~SqliteStore();
  SqliteStore(const SqliteStore&) = delete;
  SqliteStore& operator=(const SqliteStore&) = delete;

  // A batch of puts is one transaction: all of it is stored, or (killed,
  // failed) none of it.
  Status Begin();
  Status Commit();
  Status Rollback();

  // Stores story `story` with its events, given as `acta code`'s JSON
  // Lines (docs/cli.md). A story is known by its id; its text's hash tells
  // whether it changed. Errors name the story (and the event line).
  Result<PutOutcome> Put(const Story& story, std::string_view event_lines);

  // Whether the store holds `story` with the same text (Put would change
  // nothing).
  Result<bool> Holds(const Story& story) const;

  Result<StoreCounts> Counts() const;
  Result<int> SchemaVersion() const;

 private:
  explicit SqliteStore(sqlite3* db) : db_(db) {}
  Status Exec(const char* sql) const;
  // The content hash `id` is stored with, or none.
  Result<std::optional<std::string>> StoredHash(const std::string& id) const;
  Status Migrate();
  sqlite3* db_;
};

// The content hash a story is stored with: 16 hex digits of its text.
std::string ContentHash(std::string_view text);

}  // namespace acta::store

#endif  // ACTA_STORE_SQLITE_STORE_H_
