// Stored events (acta code's JSON records) written in the formats
// researchers load: GDELT 2.0 events and mentions, PLOVER JSON, ICEWS- and
// ACLED-style tables, and plain CSV (docs/formats.md, "Exports").
#ifndef ACTA_SINK_RECORDS_H_
#define ACTA_SINK_RECORDS_H_

#include <cstdint>
#include <nlohmann/json_fwd.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "codebook/codebook.h"
#include "geo/fips.h"
#include "geo/gazetteer.h"

namespace acta::sink {

// What the formats look up beyond the record: GDELT's geographic blocks
// need the gazetteer and FIPS codes, ICEWS's event text the codebook, the
// tables country names. Any may be null; its fields are then left empty.
struct RecordContext {
  const geo::Gazetteer* gazetteer = nullptr;
  const geo::FipsCodes* fips = nullptr;
  const Codebook* codebook = nullptr;
};

// One stored event: its record, where its story came from, and, merged with
// others (store/dedup.h), the merged event's figures.
struct StoredRecord {
  int64_t id = 0, merged_id = 0;
  const nlohmann::json* record = nullptr;
  std::string url, outlet;  // of its story ("" when unknown)
  int64_t num_mentions = 1, num_sources = 1, num_articles = 1;
  std::string first_seen, last_seen;  // story dates, YYYY-MM-DD
};

// GDELT 2.0's event table: 61 fields (AppendGdeltEvent), with the id
// `acta code --format gdelt` gives the same event.
void AppendGdeltRecord(const StoredRecord& r, const RecordContext& c, std::string* out);

// The GLOBALEVENTID of a record: sink::GdeltEventId of its story, sentence
// and verb.
uint64_t GdeltRecordId(const nlohmann::json& record);

// GDELT 2.0's mentions table, one row per mention of the event, under
// GLOBALEVENTID `event_id` (the merged event's, for an event merged into
// another).
extern const std::vector<std::string_view> kGdeltMentionColumns;
void AppendGdeltMentions(const StoredRecord& r, uint64_t event_id, std::string* out);

// PLOVER JSON (id, date, source, event, recipient, event_loc, event_text,
// quad_code, mode, context, text, coder); false for an event of no PLOVER
// type, which PLOVER cannot hold.
bool AppendPlover(const StoredRecord& r, std::string* out);

// A table's header and rows: CSV (RFC 4180), the ICEWS-style table
// (tab-separated, as ICEWS's files), the ACLED-style table (CSV; violent
// and protest events only: AppendAcled returns false for the rest).
extern const std::vector<std::string_view> kCsvColumns, kIcewsColumns, kAcledColumns;
void AppendCsv(const StoredRecord& r, std::string* out);
void AppendIcews(const StoredRecord& r, const RecordContext& c, std::string* out);
bool AppendAcled(const StoredRecord& r, const RecordContext& c, std::string* out);

// A header line of `columns` joined by `sep`.
std::string HeaderLine(const std::vector<std::string_view>& columns, char sep);

// `field` as one CSV field: quoted when it holds a comma, quote or line
// break, quotes doubled.
std::string CsvField(std::string_view field);

// ACLED's event type and sub-event type of CAMEO code `code`, or empty
// when ACLED would not record it.
std::pair<std::string_view, std::string_view> AcledTypeOf(std::string_view code);

}  // namespace acta::sink

#endif  // ACTA_SINK_RECORDS_H_
