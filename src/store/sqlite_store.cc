#include "store/sqlite_store.h"

#include <fmt/format.h>
#include <sqlite3.h>

#include <nlohmann/json.hpp>

namespace acta::store {
namespace {

using json = nlohmann::json;

// Version 1: stories, events (with the columns queries filter on, and the
// whole JSON record) and mentions.
constexpr const char* kSchemaV1 = R"sql(
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE stories (
  id TEXT PRIMARY KEY,
  date TEXT NOT NULL,
  source TEXT,
  url TEXT,
  title TEXT,
  content_hash TEXT NOT NULL
);
CREATE TABLE events (
  id INTEGER PRIMARY KEY,
  story_id TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
  sentence_index INTEGER NOT NULL,
  event_date TEXT NOT NULL,
  date_precision TEXT NOT NULL,
  source TEXT NOT NULL,
  target TEXT NOT NULL,
  cameo TEXT NOT NULL,
  cameo_root TEXT NOT NULL,
  quad_class INTEGER,
  goldstein REAL,
  plover_event TEXT,
  modality TEXT NOT NULL,
  confidence REAL NOT NULL,
  geo_name TEXT,
  geo_country TEXT,
  geo_lat REAL,
  geo_lon REAL,
  sentence TEXT NOT NULL,
  record TEXT NOT NULL
);
CREATE INDEX events_by_date ON events(event_date);
CREATE INDEX events_by_dyad ON events(source, target);
CREATE INDEX events_by_cameo ON events(cameo);
CREATE INDEX events_by_story ON events(story_id);
CREATE TABLE mentions (
  event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  story_id TEXT NOT NULL,
  sentence_index INTEGER NOT NULL,
  verb_begin INTEGER NOT NULL,
  verb_end INTEGER NOT NULL,
  cameo TEXT NOT NULL,
  modality TEXT NOT NULL
);
CREATE INDEX mentions_by_event ON mentions(event_id);
INSERT INTO meta VALUES ('schema_version', '1');
)sql";

// A prepared statement, finalized when it goes.
class Statement {
 public:
  Statement(sqlite3* db, const char* sql) { rc_ = sqlite3_prepare_v2(db, sql, -1, &s_, nullptr); }
  ~Statement() { sqlite3_finalize(s_); }
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;
  bool ok() const { return rc_ == SQLITE_OK; }
  sqlite3_stmt* get() { return s_; }
  void Text(int i, std::string_view v) {
    sqlite3_bind_text(s_, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
  }
  void Int(int i, int64_t v) { sqlite3_bind_int64(s_, i, v); }
  void Real(int i, double v) { sqlite3_bind_double(s_, i, v); }
  void Null(int i) { sqlite3_bind_null(s_, i); }
  // A JSON string, number or null as the column's value.
  void Value(int i, const json& v) {
    if (v.is_string()) {
      Text(i, v.get_ref<const std::string&>());
    } else if (v.is_number_integer()) {
      Int(i, v.get<int64_t>());
    } else if (v.is_number()) {
      Real(i, v.get<double>());
    } else {
      Null(i);
    }
  }
  int Step() { return sqlite3_step(s_); }
  void Reset() {
    sqlite3_reset(s_);
    sqlite3_clear_bindings(s_);
  }

 private:
  sqlite3_stmt* s_ = nullptr;
  int rc_ = SQLITE_OK;
};

Status SqlError(sqlite3* db, std::string_view what) {
  return Status::IoError(fmt::format("{}: {}", what, sqlite3_errmsg(db)));
}

const json& Field(const json& j, const char* key) {
  static const json kNull;
  const auto at = j.find(key);
  return at == j.end() ? kNull : *at;
}

}  // namespace

std::string ContentHash(std::string_view text) {
  uint64_t h = 1469598103934665603ULL;  // FNV-1a
  for (char c : text) {
    h ^= static_cast<unsigned char>(c);
    h *= 1099511628211ULL;
  }
  return fmt::format("{:016x}", h);
}

Result<std::unique_ptr<SqliteStore>> SqliteStore::Open(const std::string& path) {
  sqlite3* db = nullptr;
  if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) !=
      SQLITE_OK) {
    Status s = Status::IoError(fmt::format("{}: cannot open the store: {}", path,
                                           db != nullptr ? sqlite3_errmsg(db) : "out of memory"));
    sqlite3_close(db);
    return s;
  }
  std::unique_ptr<SqliteStore> store(new SqliteStore(db));
  sqlite3_busy_timeout(db, 10000);
  for (const char* pragma :
       {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL", "PRAGMA foreign_keys=ON"}) {
    if (Status s = store->Exec(pragma); !s.ok()) return s.Within(path);
  }
  if (Status s = store->Migrate(); !s.ok()) return s.Within(path);
  return store;
}

SqliteStore::~SqliteStore() { sqlite3_close(db_); }

Status SqliteStore::Exec(const char* sql) const {
  char* error = nullptr;
  if (sqlite3_exec(db_, sql, nullptr, nullptr, &error) != SQLITE_OK) {
    Status s = Status::IoError(error != nullptr ? error : "SQLite error");
    sqlite3_free(error);
    return s;
  }
  return Status::Ok();
}

Result<int> SqliteStore::SchemaVersion() const {
  Statement has(db_, "SELECT count(*) FROM sqlite_master WHERE type='table' AND name='meta'");
  if (!has.ok() || has.Step() != SQLITE_ROW) return SqlError(db_, "reading the schema");
  if (sqlite3_column_int(has.get(), 0) == 0) return 0;
  Statement v(db_, "SELECT value FROM meta WHERE key='schema_version'");
  if (!v.ok() || v.Step() != SQLITE_ROW) return SqlError(db_, "reading the schema version");
  return sqlite3_column_int(v.get(), 0);
}

Status SqliteStore::Migrate() {
  Result<int> version = SchemaVersion();
  if (!version.ok()) return version.status();
  if (*version > kSchemaVersion)
    return Status::Unsupported(fmt::format(
        "the store has schema version {}, newer than this acta's {}", *version, kSchemaVersion));
  if (*version == kSchemaVersion) return Status::Ok();
  // Each step runs in a transaction of its own: a killed migration leaves
  // the version it started from.
  if (Status s = Exec("BEGIN IMMEDIATE"); !s.ok()) return s;
  if (Status s = Exec(kSchemaV1); !s.ok()) {
    (void)Exec("ROLLBACK");
    return Status::IoError("creating the schema: " + s.message());
  }
  return Exec("COMMIT");
}

Status SqliteStore::Begin() { return Exec("BEGIN IMMEDIATE"); }
Status SqliteStore::Commit() { return Exec("COMMIT"); }
Status SqliteStore::Rollback() { return Exec("ROLLBACK"); }

Result<std::optional<std::string>> SqliteStore::StoredHash(const std::string& id) const {
  Statement known(db_, "SELECT content_hash FROM stories WHERE id = ?1");
  if (!known.ok()) return SqlError(db_, "looking up a story");
  known.Text(1, id);
  if (known.Step() != SQLITE_ROW) return std::optional<std::string>();
  const auto* was = reinterpret_cast<const char*>(sqlite3_column_text(known.get(), 0));
  return std::optional<std::string>(was != nullptr ? was : "");
}

Result<bool> SqliteStore::Holds(const Story& story) const {
  Result<std::optional<std::string>> was = StoredHash(story.id);
  if (!was.ok()) return was.status();
  return *was && **was == ContentHash(story.text);
}

Result<PutOutcome> SqliteStore::Put(const Story& story, std::string_view event_lines) {
  const std::string hash = ContentHash(story.text);
  PutOutcome outcome = PutOutcome::kAdded;
  Result<std::optional<std::string>> was = StoredHash(story.id);
  if (!was.ok()) return was.status();
  if (*was) {
    if (**was == hash) return PutOutcome::kUnchanged;
    outcome = PutOutcome::kReplaced;
  }
  if (outcome == PutOutcome::kReplaced) {
    Statement drop(db_, "DELETE FROM stories WHERE id = ?1");
    if (!drop.ok()) return SqlError(db_, "replacing a story");
    drop.Text(1, story.id);
    if (drop.Step() != SQLITE_DONE) return SqlError(db_, "replacing story " + story.id);
  }
  Statement put_story(db_,
                      "INSERT INTO stories (id, date, source, url, title, content_hash) "
                      "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
  Statement put_event(db_,
                      "INSERT INTO events (story_id, sentence_index, event_date, date_precision, "
                      "source, target, cameo, cameo_root, quad_class, goldstein, plover_event, "
                      "modality, confidence, geo_name, geo_country, geo_lat, geo_lon, sentence, "
                      "record) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, "
                      "?14, ?15, ?16, ?17, ?18, ?19)");
  Statement put_mention(db_,
                        "INSERT INTO mentions (event_id, story_id, sentence_index, verb_begin, "
                        "verb_end, cameo, modality) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
  if (!put_story.ok() || !put_event.ok() || !put_mention.ok())
    return SqlError(db_, "preparing the store's statements");
  put_story.Text(1, story.id);
  put_story.Text(2, story.date.ToString());
  put_story.Text(3, story.source);
  put_story.Text(4, story.url);
  put_story.Text(5, story.title);
  put_story.Text(6, hash);
  if (put_story.Step() != SQLITE_DONE) return SqlError(db_, "storing story " + story.id);
  int line_no = 0;
  for (size_t pos = 0; pos < event_lines.size();) {
    size_t nl = event_lines.find('\n', pos);
    if (nl == std::string_view::npos) nl = event_lines.size();
    const std::string_view line = event_lines.substr(pos, nl - pos);
    pos = nl + 1;
    ++line_no;
    if (line.empty()) continue;
    const json e = json::parse(line, nullptr, false);
    auto bad = [&](std::string_view what) {
      return Status::InvalidArgument(
          fmt::format("story {}: event {}: {}", story.id, line_no, what));
    };
    if (e.is_discarded() || !e.is_object()) return bad("not a JSON object");
    const json& source = Field(e, "source");
    const json& target = Field(e, "target");
    const json& geo = Field(e, "action_geo");
    if (!source.is_object() || !target.is_object() || !Field(e, "cameo").is_string())
      return bad("no source, target or cameo");
    put_event.Text(1, story.id);
    put_event.Value(2, Field(e, "sentence_index"));
    put_event.Value(3, Field(e, "event_date"));
    put_event.Value(4, Field(e, "event_date_precision"));
    put_event.Value(5, Field(source, "code"));
    put_event.Value(6, Field(target, "code"));
    put_event.Value(7, Field(e, "cameo"));
    put_event.Value(8, Field(e, "cameo_root"));
    put_event.Value(9, Field(e, "quad_class"));
    put_event.Value(10, Field(e, "goldstein"));
    put_event.Value(11, Field(e, "plover_event"));
    put_event.Value(12, Field(e, "modality"));
    put_event.Value(13, Field(e, "confidence"));
    put_event.Value(14, geo.is_object() ? Field(geo, "name") : json());
    put_event.Value(15, geo.is_object() ? Field(geo, "country") : json());
    put_event.Value(16, geo.is_object() ? Field(geo, "lat") : json());
    put_event.Value(17, geo.is_object() ? Field(geo, "lon") : json());
    put_event.Value(18, Field(e, "sentence"));
    put_event.Text(19, line);
    if (put_event.Step() != SQLITE_DONE)
      return SqlError(db_, fmt::format("story {}: storing event {}", story.id, line_no));
    put_event.Reset();
    const int64_t event_id = sqlite3_last_insert_rowid(db_);
    for (const json& m : Field(e, "mentions")) {
      const json& span = Field(m, "verb_span");
      put_mention.Int(1, event_id);
      put_mention.Text(2, story.id);
      put_mention.Value(3, Field(m, "sentence_index"));
      put_mention.Value(4, span.is_array() && span.size() == 2 ? span[0] : json());
      put_mention.Value(5, span.is_array() && span.size() == 2 ? span[1] : json());
      put_mention.Value(6, Field(m, "cameo"));
      put_mention.Value(7, Field(m, "modality"));
      if (put_mention.Step() != SQLITE_DONE)
        return SqlError(
            db_, fmt::format("story {}: storing the mentions of event {}", story.id, line_no));
      put_mention.Reset();
    }
  }
  return outcome;
}

Result<StoreCounts> SqliteStore::Counts() const {
  StoreCounts c;
  for (auto [table, out] : {std::pair{"stories", &c.stories}, std::pair{"events", &c.events},
                            std::pair{"mentions", &c.mentions}}) {
    Statement count(db_, fmt::format("SELECT count(*) FROM {}", table).c_str());
    if (!count.ok() || count.Step() != SQLITE_ROW) return SqlError(db_, "counting");
    *out = sqlite3_column_int64(count.get(), 0);
  }
  return c;
}

}  // namespace acta::store
