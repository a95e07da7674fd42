// acta's event store: stories, the sentences that told events, the events
// coded from them with their mentions, actors, places and counts of people,
// in the schema of docs/schema.md, built up story by story and never
// doubled. The same store lives in a SQLite file or on a PostgreSQL server.
#ifndef ACTA_STORE_STORE_H_
#define ACTA_STORE_STORE_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "acta/status.h"
#include "acta/story.h"
#include "store/backend.h"

namespace acta::store {

// The schema version this build writes; Open migrates older stores to it.
inline constexpr int kSchemaVersion = 2;

enum class PutOutcome {
  kAdded,      // a story the store did not hold
  kUnchanged,  // the same id with the same text: nothing written
  kReplaced,   // the same id with other text: its events are coded anew
};

struct StoreCounts {
  int64_t stories = 0, sentences = 0, events = 0, mentions = 0, actors = 0, places = 0,
          quantities = 0, merged_events = 0;
};

// One writer at a time (the database's lock); readers are never blocked.
class Store {
 public:
  // Opens or creates the store `spec` names (a SQLite file, or a
  // postgresql:// URL) and brings its schema to kSchemaVersion. A store of
  // a newer schema is refused.
  static Result<std::unique_ptr<Store>> Open(const std::string& spec);

  // A batch of puts is one transaction: all of it is stored, or (killed,
  // failed) none of it. Rows are sent to the database at Commit, in bulk.
  Status Begin();
  Status Commit();
  Status Rollback();

  // Stores `story` with its events, given as `acta code`'s JSON Lines, and
  // its story record (`acta code --stories`; may be empty), inside a
  // batch. A story is known by its id; its text's hash tells whether it
  // changed. Errors name the story (and the event line).
  Result<PutOutcome> Put(const Story& story, std::string_view event_lines,
                         std::string_view story_record);

  // Whether the store holds `story` with the same text (Put would change
  // nothing).
  Result<bool> Holds(const Story& story);
  // Holds for each of `stories`, asked of the database at once (one round
  // trip per few hundred stories), and remembered for their Put.
  Result<std::vector<bool>> HoldsAll(const std::vector<Story>& stories);

  Result<StoreCounts> Counts();
  Result<int> SchemaVersion();
  Backend& backend() { return *db_; }

 private:
  explicit Store(std::unique_ptr<Backend> db) : db_(std::move(db)) {}
  Status Migrate();
  Result<std::optional<std::string>> StoredHash(const std::string& id);
  Status Flush();

  std::unique_ptr<Backend> db_;
  bool in_batch_ = false;
  int64_t next_event_id_ = 0;
  // Rows of the batch not yet sent, by table (the order of kTables).
  std::vector<std::vector<Row>> pending_;
  std::unordered_map<std::string, std::string> pending_hash_;  // story id -> content hash
  // What the database held when last asked (HoldsAll): story id -> content
  // hash, none when it held no such story.
  std::unordered_map<std::string, std::optional<std::string>> known_hash_;
  bool changed_ = false;  // the batch adds or replaces a story
  // The dyads (source, target) of events the batch adds or removes: only
  // their merged events change (store/dedup.h).
  std::set<std::pair<std::string, std::string>> touched_;
};

// The content hash a story is stored with: 16 hex digits of its text.
std::string ContentHash(std::string_view text);

}  // namespace acta::store

#endif  // ACTA_STORE_STORE_H_
