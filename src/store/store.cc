#include "store/store.h"

#include <fmt/format.h>

#include <array>
#include <nlohmann/json.hpp>

#include "common/hash.h"
#include "common/json_field.h"
#include "store/schema.h"

namespace acta::store {
namespace {

using json = nlohmann::json;
// Member `key` of a JSON record, null when it lacks one.
constexpr auto Field = &JsonField;

// The tables a story's rows go to, in the order they are sent (a row's
// parent before it), and their columns.
struct TableSpec {
  std::string_view name;
  std::vector<std::string_view> columns;
};
enum TableIndex {
  kStories,
  kSentences,
  kEvents,
  kRecords,
  kMentions,
  kActors,
  kPlaces,
  kQuantities
};
const std::array<TableSpec, 8>& Tables() {
  static const std::array<TableSpec, 8> tables = {{
      {"stories", {"id", "date", "source", "url", "title", "content_hash"}},
      {"sentences", {"story_id", "sentence_index", "begin_byte", "end_byte", "text"}},
      {"events",
       {"id", "story_id", "sentence_index", "event_date", "date_precision", "source", "target",
        "cameo", "cameo_root", "quad_class", "goldstein", "plover_event", "modality", "confidence",
        "geo_name", "geo_country", "geo_lat", "geo_lon", "sentence"}},
      {"records", {"event_id", "record"}},
      {"mentions",
       {"event_id", "story_id", "sentence_index", "verb_begin", "verb_end", "cameo", "modality",
        "confidence"}},
      {"actors", {"event_id", "role", "code", "country", "text", "begin_byte", "end_byte"}},
      {"places",
       {"event_id", "role", "name", "type", "country", "adm1", "lat", "lon", "geonames_id",
        "begin_byte", "end_byte", "inferred"}},
      {"quantities",
       {"story_id", "sentence_index", "type", "count", "qualifier", "of_code", "text", "begin_byte",
        "end_byte", "geo_name", "geo_country", "geo_lat", "geo_lon", "attached"}},
  }};
  return tables;
}

// A JSON string, number or boolean as a column's value; anything else NULL.
Value V(const json& v) {
  if (v.is_string()) return v.get<std::string>();
  if (v.is_boolean()) return int64_t{v.get<bool>() ? 1 : 0};
  if (v.is_number_integer()) return v.get<int64_t>();
  if (v.is_number()) return v.get<double>();
  return std::monostate();
}

// Element `i` of span array `span`, or NULL.
Value SpanAt(const json& span, size_t i) {
  return span.is_array() && span.size() == 2 ? V(span[i]) : Value();
}

// The country an actor code names: its first three letters ("IGO" and the
// like for those of no country).
std::string CodeCountry(const std::string& code) { return code.substr(0, 3); }

}  // namespace

std::string ContentHash(std::string_view text) { return fmt::format("{:016x}", Fnv1a(text)); }

Result<std::unique_ptr<Store>> Store::Open(const std::string& spec) {
  Result<std::unique_ptr<Backend>> db = IsPostgresUrl(spec) ? OpenPostgres(spec) : OpenSqlite(spec);
  if (!db.ok()) return db.status();
  std::unique_ptr<Store> store(new Store(std::move(db).value()));
  if (Status s = store->Migrate(); !s.ok()) return s.Within(store->db_->name());
  return store;
}

Result<int> Store::SchemaVersion() {
  Result<Value> has = db_->QueryValue(
      db_->dialect() == Dialect::kSqlite
          ? "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'meta'"
          : "SELECT count(*) FROM information_schema.tables WHERE table_schema = "
            "current_schema() AND table_name = 'meta'");
  if (!has.ok()) return has.status();
  if (AsInt(*has) == 0) return 0;
  Result<Value> v = db_->QueryValue("SELECT value FROM meta WHERE key = 'schema_version'");
  if (!v.ok()) return v.status();
  return static_cast<int>(AsInt(*v));
}

Status Store::Migrate() {
  for (;;) {
    // Each step runs in a transaction of its own, which takes the write
    // lock first: a killed migration leaves the version it started from,
    // and two processes opening a new store do not both create it.
    if (Status s = db_->BeginWrite(); !s.ok()) return s;
    Result<int> version = SchemaVersion();
    if (!version.ok() || *version >= kSchemaVersion) {
      (void)db_->Execute("ROLLBACK");
      if (!version.ok()) return version.status();
      if (*version > kSchemaVersion)
        return Status::Unsupported(
            fmt::format("the store has schema version {}, newer than this acta's {}", *version,
                        kSchemaVersion));
      return Status::Ok();
    }
    if (Status s = db_->Execute(MigrationFrom(*version, db_->dialect())); !s.ok()) {
      (void)db_->Execute("ROLLBACK");
      return Status::IoError(
          fmt::format("migrating the schema from version {}: {}", *version, s.message()));
    }
    if (Status s = db_->Execute("COMMIT"); !s.ok()) return s;
  }
}

Status Store::Begin() {
  if (Status s = db_->BeginWrite(); !s.ok()) return s;
  Result<Value> last = db_->QueryValue("SELECT max(id) FROM events");
  if (!last.ok()) {
    (void)db_->Execute("ROLLBACK");
    return last.status();
  }
  next_event_id_ = AsInt(*last) + 1;
  in_batch_ = true;
  pending_.assign(Tables().size(), {});
  pending_hash_.clear();
  return Status::Ok();
}

Status Store::Flush() {
  for (size_t t = 0; t < Tables().size(); ++t) {
    if (Status s = db_->Append(Tables()[t].name, Tables()[t].columns, pending_[t]); !s.ok())
      return s;
    pending_[t].clear();
  }
  for (auto& [id, hash] : pending_hash_) known_hash_[id] = std::move(hash);
  pending_hash_.clear();
  return Status::Ok();
}

Status Store::Commit() {
  if (Status s = Flush(); !s.ok()) return s;
  // The merge layer no longer covers every event: marked in the same
  // transaction, so that a run killed before it merges leaves the mark
  // for the next (store/dedup.h).
  if (changed_) {
    if (Status s = db_->Execute(
            "INSERT INTO meta (key, value) VALUES ('merge_stale', '1') ON CONFLICT (key) DO "
            "NOTHING");
        !s.ok())
      return s;
  }
  for (const auto& [source, target] : touched_) {
    if (Status s = db_->Scan(
            "INSERT INTO merge_touched (source, target) VALUES (?1, ?2) ON CONFLICT DO NOTHING",
            {source, target}, [](const Row&) { return true; });
        !s.ok())
      return s;
  }
  touched_.clear();
  changed_ = false;
  in_batch_ = false;
  return db_->Execute("COMMIT");
}

Status Store::Rollback() {
  in_batch_ = false;
  changed_ = false;
  touched_.clear();
  known_hash_.clear();
  pending_.assign(Tables().size(), {});
  pending_hash_.clear();
  return db_->Execute("ROLLBACK");
}

Result<std::optional<std::string>> Store::StoredHash(const std::string& id) {
  if (auto at = pending_hash_.find(id); at != pending_hash_.end())
    return std::optional<std::string>(at->second);
  if (auto at = known_hash_.find(id); at != known_hash_.end()) return at->second;
  std::optional<std::string> hash;
  Status s = db_->Scan("SELECT content_hash FROM stories WHERE id = ?1", {id}, [&](const Row& r) {
    hash = AsText(r[0]);
    return false;
  });
  if (!s.ok()) return s;
  return hash;
}

Result<bool> Store::Holds(const Story& story) {
  Result<std::optional<std::string>> was = StoredHash(story.id);
  if (!was.ok()) return was.status();
  return *was && **was == ContentHash(story.text);
}

Result<std::vector<bool>> Store::HoldsAll(const std::vector<Story>& stories) {
  if (known_hash_.size() > 100000) known_hash_.clear();
  constexpr size_t kChunk = 256;
  for (size_t from = 0; from < stories.size(); from += kChunk) {
    const size_t to = std::min(stories.size(), from + kChunk);
    std::string sql = "SELECT id, content_hash FROM stories WHERE id IN (";
    std::vector<Value> ids;
    for (size_t i = from; i < to; ++i) {
      if (i > from) sql += ", ";
      ids.push_back(stories[i].id);
      sql += "?" + std::to_string(ids.size());
      known_hash_[stories[i].id] = std::nullopt;
    }
    sql += ")";
    Status s = db_->Scan(sql, ids, [&](const Row& r) {
      known_hash_[AsText(r[0])] = AsText(r[1]);
      return true;
    });
    if (!s.ok()) return s;
  }
  std::vector<bool> held;
  held.reserve(stories.size());
  for (const Story& story : stories) {
    Result<bool> h = Holds(story);
    if (!h.ok()) return h.status();
    held.push_back(*h);
  }
  return held;
}

Result<PutOutcome> Store::Put(const Story& story, std::string_view event_lines,
                              std::string_view story_record) {
  if (!in_batch_) return Status::InvalidArgument("a story stored outside a batch");
  const std::string hash = ContentHash(story.text);
  PutOutcome outcome = PutOutcome::kAdded;
  Result<std::optional<std::string>> was = StoredHash(story.id);
  if (!was.ok()) return was.status();
  if (*was) {
    if (**was == hash) return PutOutcome::kUnchanged;
    outcome = PutOutcome::kReplaced;
    // Its old rows may still be waiting to be sent: send them, then drop
    // them with the story.
    if (pending_hash_.count(story.id) != 0)
      if (Status s = Flush(); !s.ok()) return s;
    // The dyads of its old events: their merged events change.
    if (Status s =
            db_->Scan("SELECT DISTINCT source, target FROM events WHERE story_id = ?1", {story.id},
                      [&](const Row& r) {
                        touched_.emplace(AsText(r[0]), AsText(r[1]));
                        return true;
                      });
        !s.ok())
      return s.Within("replacing story " + story.id);
    if (Status s = db_->Scan("DELETE FROM stories WHERE id = ?1", {story.id},
                             [](const Row&) { return true; });
        !s.ok())
      return s.Within("replacing story " + story.id);
  }
  // Rows are built first and queued only when the whole story is sound.
  std::vector<std::vector<Row>> rows(Tables().size());
  rows[kStories].push_back(
      {story.id, story.date.ToString(), story.source, story.url, story.title, hash});
  std::vector<bool> sentence_seen;
  auto add_sentence = [&](const json& index, const json& span) {
    if (!index.is_number_unsigned() || !span.is_array() || span.size() != 2 ||
        !span[0].is_number_unsigned() || !span[1].is_number_unsigned())
      return;
    const size_t i = index.get<size_t>();
    const size_t begin = span[0].get<size_t>(), end = span[1].get<size_t>();
    if (begin > end || end > story.text.size()) return;
    if (i >= sentence_seen.size()) sentence_seen.resize(i + 1);
    if (sentence_seen[i]) return;
    sentence_seen[i] = true;
    rows[kSentences].push_back({story.id, static_cast<int64_t>(i), static_cast<int64_t>(begin),
                                static_cast<int64_t>(end),
                                std::string(story.text.substr(begin, end - begin))});
  };
  int64_t event_id = next_event_id_;
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
    if (!Field(source, "code").is_string() || !Field(target, "code").is_string() ||
        !Field(e, "cameo").is_string() || !Field(e, "event_date").is_string() ||
        !Field(e, "modality").is_string() || !Field(e, "sentence").is_string())
      return bad("no source, target, cameo, date, modality or sentence");
    const int64_t id = event_id++;
    rows[kEvents].push_back(
        {id, story.id, V(Field(e, "sentence_index")), V(Field(e, "event_date")),
         V(Field(e, "event_date_precision")), V(Field(source, "code")), V(Field(target, "code")),
         V(Field(e, "cameo")), V(Field(e, "cameo_root")), V(Field(e, "quad_class")),
         V(Field(e, "goldstein")), V(Field(e, "plover_event")), V(Field(e, "modality")),
         V(Field(e, "confidence")), V(Field(geo, "name")), V(Field(geo, "country")),
         V(Field(geo, "lat")), V(Field(geo, "lon")), V(Field(e, "sentence"))});
    rows[kRecords].push_back({id, std::string(line)});
    for (const json& m : Field(e, "mentions")) {
      const json& span = Field(m, "verb_span");
      // A mention is as sure as its event (acta code gives one figure).
      rows[kMentions].push_back({id, story.id, V(Field(m, "sentence_index")), SpanAt(span, 0),
                                 SpanAt(span, 1), V(Field(m, "cameo")), V(Field(m, "modality")),
                                 V(Field(e, "confidence"))});
      add_sentence(Field(m, "sentence_index"), Field(m, "sentence_span"));
    }
    auto add_place = [&](const char* role, const json& p) {
      if (!Field(p, "name").is_string()) return;
      const json& span = Field(p, "span");
      rows[kPlaces].push_back({id, std::string(role), V(Field(p, "name")), V(Field(p, "type")),
                               V(Field(p, "country")), V(Field(p, "adm1")), V(Field(p, "lat")),
                               V(Field(p, "lon")), V(Field(p, "geonames_id")), SpanAt(span, 0),
                               SpanAt(span, 1), int64_t{Field(p, "inferred") == true}});
    };
    add_place("action", geo);
    for (auto [role, actor] : {std::pair{"source", &source}, std::pair{"target", &target}}) {
      const std::string code = Field(*actor, "code").get<std::string>();
      const json& span = Field(*actor, "span");
      rows[kActors].push_back({id, std::string(role), code, CodeCountry(code),
                               V(Field(*actor, "text")), SpanAt(span, 0), SpanAt(span, 1)});
      add_place(role, Field(*actor, "geo"));
    }
  }
  if (!story_record.empty()) {
    const json r = json::parse(story_record, nullptr, false);
    if (r.is_discarded() || !r.is_object())
      return Status::InvalidArgument(fmt::format("story {}: its record is not JSON", story.id));
    for (const json& q : Field(r, "quantities")) {
      const json& span = Field(q, "span");
      const json& geo = Field(q, "geo");
      if (!Field(q, "type").is_string() || !Field(q, "count").is_number()) continue;
      rows[kQuantities].push_back(
          {story.id, V(Field(q, "sentence_index")), V(Field(q, "type")), V(Field(q, "count")),
           V(Field(q, "qualifier")), V(Field(q, "of")), V(Field(q, "text")), SpanAt(span, 0),
           SpanAt(span, 1), V(Field(geo, "name")), V(Field(geo, "country")), V(Field(geo, "lat")),
           V(Field(geo, "lon")), V(Field(q, "attached"))});
    }
  }
  next_event_id_ = event_id;
  for (const Row& e : rows[kEvents]) touched_.emplace(AsText(e[5]), AsText(e[6]));
  for (size_t t = 0; t < rows.size(); ++t)
    for (Row& row : rows[t]) pending_[t].push_back(std::move(row));
  pending_hash_[story.id] = hash;
  changed_ = true;
  return outcome;
}

Result<StoreCounts> Store::Counts() {
  StoreCounts c;
  for (auto [table, out] :
       {std::pair{"stories", &c.stories}, std::pair{"sentences", &c.sentences},
        std::pair{"events", &c.events}, std::pair{"mentions", &c.mentions},
        std::pair{"actors", &c.actors}, std::pair{"places", &c.places},
        std::pair{"quantities", &c.quantities}, std::pair{"merged_events", &c.merged_events}}) {
    Result<Value> n = db_->QueryValue(fmt::format("SELECT count(*) FROM {}", table));
    if (!n.ok()) return n.status();
    *out = AsInt(*n);
  }
  return c;
}

}  // namespace acta::store
