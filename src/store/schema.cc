#include "store/schema.h"

#include <fmt/format.h>

#include <string_view>

namespace acta::store {
namespace {

// Version 1: stories, events (with the columns queries filter on, and the
// whole JSON record) and mentions. {id} is the type of a key of numbers,
// {serial} that of one the database numbers, {real} that of a real.
constexpr std::string_view kV1 = R"sql(
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
  id {id},
  story_id TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
  sentence_index INTEGER NOT NULL,
  event_date TEXT NOT NULL,
  date_precision TEXT NOT NULL,
  source TEXT NOT NULL,
  target TEXT NOT NULL,
  cameo TEXT NOT NULL,
  cameo_root TEXT NOT NULL,
  quad_class INTEGER,
  goldstein {real},
  plover_event TEXT,
  modality TEXT NOT NULL,
  confidence {real} NOT NULL,
  geo_name TEXT,
  geo_country TEXT,
  geo_lat {real},
  geo_lon {real},
  sentence TEXT NOT NULL,
  record TEXT NOT NULL
);
CREATE INDEX events_by_date ON events(event_date);
CREATE INDEX events_by_dyad ON events(source, target);
CREATE INDEX events_by_cameo ON events(cameo);
CREATE INDEX events_by_story ON events(story_id);
CREATE TABLE mentions (
  event_id BIGINT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
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

// Version 2: events' JSON records in a table of their own (so that scans
// of events read small rows), the sentences that told events (searchable
// by their words), the events' actors and places, the counts of people stories give, and the
// merge of events told by several stories (store/dedup.h). Stories stored
// under version 1 have none of these rows: their hash is cleared, so that
// the next ingest codes them again.
constexpr std::string_view kV2 = R"sql(
CREATE TABLE records (
  event_id {id} REFERENCES events(id) ON DELETE CASCADE,
  record TEXT NOT NULL
);
INSERT INTO records SELECT id, record FROM events;
ALTER TABLE events DROP COLUMN record;
ALTER TABLE mentions ADD COLUMN confidence {real};
CREATE TABLE sentences (
  id {serial},
  story_id TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
  sentence_index INTEGER NOT NULL,
  begin_byte INTEGER NOT NULL,
  end_byte INTEGER NOT NULL,
  text TEXT NOT NULL,
  UNIQUE (story_id, sentence_index)
);
CREATE TABLE actors (
  event_id BIGINT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  role TEXT NOT NULL,
  code TEXT NOT NULL,
  country TEXT NOT NULL,
  text TEXT,
  begin_byte INTEGER,
  end_byte INTEGER
);
CREATE INDEX actors_by_event ON actors(event_id);
CREATE INDEX actors_by_code ON actors(code);
CREATE TABLE places (
  event_id BIGINT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  role TEXT NOT NULL,
  name TEXT NOT NULL,
  type TEXT,
  country TEXT,
  adm1 TEXT,
  lat {real},
  lon {real},
  geonames_id BIGINT,
  begin_byte INTEGER,
  end_byte INTEGER,
  inferred INTEGER NOT NULL
);
CREATE INDEX places_by_event ON places(event_id);
CREATE TABLE quantities (
  story_id TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
  sentence_index INTEGER NOT NULL,
  type TEXT NOT NULL,
  count BIGINT NOT NULL,
  qualifier TEXT,
  of_code TEXT,
  text TEXT NOT NULL,
  begin_byte INTEGER,
  end_byte INTEGER,
  geo_name TEXT,
  geo_country TEXT,
  geo_lat {real},
  geo_lon {real},
  attached TEXT
);
CREATE INDEX quantities_by_story ON quantities(story_id);
CREATE TABLE event_merges (
  event_id BIGINT PRIMARY KEY REFERENCES events(id) ON DELETE CASCADE,
  merged_id BIGINT NOT NULL
);
CREATE INDEX event_merges_by_merged ON event_merges(merged_id);
CREATE TABLE merged_events (
  id BIGINT PRIMARY KEY,
  source TEXT NOT NULL,
  target TEXT NOT NULL,
  cameo TEXT NOT NULL,
  cameo_root TEXT NOT NULL,
  quad_class INTEGER,
  goldstein {real},
  plover_event TEXT,
  modality TEXT NOT NULL,
  first_date TEXT NOT NULL,
  last_date TEXT NOT NULL,
  first_seen TEXT NOT NULL,
  last_seen TEXT NOT NULL,
  num_mentions INTEGER NOT NULL,
  num_sources INTEGER NOT NULL,
  num_articles INTEGER NOT NULL,
  geo_name TEXT,
  geo_country TEXT,
  geo_lat {real},
  geo_lon {real}
);
CREATE TABLE merge_touched (
  source TEXT NOT NULL,
  target TEXT NOT NULL,
  PRIMARY KEY (source, target)
);
CREATE INDEX merged_by_date ON merged_events(first_date);
CREATE INDEX merged_by_dyad ON merged_events(source, target);
CREATE INDEX events_by_country ON events(geo_country);
DROP INDEX events_by_date;
CREATE INDEX events_by_date ON events(event_date, source, target);
CREATE INDEX events_by_target ON events(target);
CREATE INDEX events_by_root ON events(cameo_root, event_date);
CREATE INDEX mentions_by_sentence ON mentions(story_id, sentence_index);
{fts}
UPDATE stories SET content_hash = '';
UPDATE meta SET value = '2' WHERE key = 'schema_version';
)sql";

// Sentences searchable by their words: an FTS5 index kept by triggers in
// SQLite (Porter stems, as PostgreSQL's english configuration), a GIN
// index in PostgreSQL.
constexpr std::string_view kSqliteFts = R"sql(
CREATE VIRTUAL TABLE sentences_fts USING fts5(text, content='sentences', content_rowid='id',
                                              tokenize='porter unicode61');
CREATE TRIGGER sentences_indexed AFTER INSERT ON sentences BEGIN
  INSERT INTO sentences_fts(rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER sentences_unindexed AFTER DELETE ON sentences BEGIN
  INSERT INTO sentences_fts(sentences_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
)sql";
constexpr std::string_view kPostgresFts =
    "CREATE INDEX sentences_words ON sentences USING GIN (to_tsvector('english', text));";

}  // namespace

std::string MigrationFrom(int version, Dialect dialect) {
  const bool pg = dialect == Dialect::kPostgres;
  const std::string id = pg ? "BIGINT PRIMARY KEY" : "INTEGER PRIMARY KEY";
  const std::string real = pg ? "DOUBLE PRECISION" : "REAL";
  switch (version) {
    case 0:
      return fmt::format(fmt::runtime(kV1), fmt::arg("id", id), fmt::arg("real", real));
    case 1:
      return fmt::format(fmt::runtime(kV2), fmt::arg("id", id),
                         fmt::arg("serial", pg ? "BIGSERIAL PRIMARY KEY" : id),
                         fmt::arg("real", real), fmt::arg("fts", pg ? kPostgresFts : kSqliteFts));
    default:
      return "";
  }
}

std::string TextMatch(Dialect dialect, const std::string& sentences, const std::string& param) {
  if (dialect == Dialect::kPostgres)
    return fmt::format("to_tsvector('english', {0}.text) @@ plainto_tsquery('english', {1})",
                       sentences, param);
  return fmt::format("{}.id IN (SELECT rowid FROM sentences_fts WHERE sentences_fts MATCH {})",
                     sentences, param);
}

std::string TextQuery(Dialect dialect, const std::string& query) {
  if (dialect == Dialect::kPostgres) return query;
  // Each word quoted (a quote inside doubled), so that no word is read as
  // FTS5 syntax; words side by side must all occur.
  std::string out, word;
  auto flush = [&] {
    if (word.empty()) return;
    if (!out.empty()) out += ' ';
    out += '"' + word + '"';
    word.clear();
  };
  for (char c : query) {
    if (c == ' ' || c == '\t' || c == '\n') {
      flush();
    } else {
      if (c == '"') word += '"';
      word += c;
    }
  }
  flush();
  return out;
}

}  // namespace acta::store
