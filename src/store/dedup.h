// Cross-story deduplication: events told by several stories (of several
// outlets, over several days) merged into one, as docs/schema.md explains.
// A merge is a layer over the events: tables event_merges and
// merged_events, rebuilt from the events whenever the rule or the events
// change, and dropped to undo it. No event or mention is ever removed.
#ifndef ACTA_STORE_DEDUP_H_
#define ACTA_STORE_DEDUP_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "acta/status.h"
#include "store/backend.h"

namespace acta::store {

// When two events of different stories are one. Two events merge when
// all hold:
// - the same source and target (whole codes, or their first
//   `actor_prefix` letters: 3 compares countries);
// - the same CAMEO root (or, with `whole_code`, the same code);
// - the same modality (unless `any_modality`): a planned visit is not the
//   visit;
// - an event date within `window_days` days after the first event of the
//   group (a group is anchored at its first event, so it cannot creep);
// - compatible places: when both events have a country, the same; when
//   both have coordinates, at most `max_km` apart;
// - not the same story (a story's own repeats are already one event).
struct MergeRule {
  int window_days = 2;
  double max_km = 100;
  bool whole_code = false;
  bool any_modality = false;
  int actor_prefix = 0;  // 0: whole codes

  // "window=2 km=100 code=root modality=same actors=whole", as kept in the
  // store's meta table and printed by reports.
  std::string ToString() const;
  static Result<MergeRule> Parse(const std::string& text);
};

// What deduplication knows of an event.
struct MergeInput {
  int64_t id = 0;
  std::string story_id, source, target, cameo, cameo_root, modality;
  long day = 0;         // the event date's day number
  std::string country;  // of its place; "" when none
  bool located = false;
  double lat = 0, lon = 0;
  std::string outlet;  // the story's source ("" when unknown)
  std::string seen;    // the story's date, YYYY-MM-DD
  int64_t mentions = 1;
  // Carried to the merged event, not compared.
  Value quad_class, goldstein;
  std::string plover, place_name;
};

struct MergeResult {
  // For each input (in input order), the index of the first input of its
  // group: the group's id is that input's id.
  std::vector<size_t> group_of;
  int64_t groups = 0;
  // Events that matched a group on dyad, code, modality and date but were
  // kept apart: by place, or because the group holds their story already.
  int64_t apart_by_place = 0, apart_same_story = 0;
};

// Groups `events` by `rule`. Deterministic: the same events in any order
// give the same groups.
MergeResult GroupEvents(const std::vector<MergeInput>& events, const MergeRule& rule);

// Every event of the store, as deduplication sees it; with `touched`, only
// the events of dyads stored or removed since the last merge.
Result<std::vector<MergeInput>> LoadMergeInputs(Backend& db, bool touched = false);

// Rebuilds the merge layer of the store by `rule` (kept in meta as
// merge_rule), in one transaction. Returns the grouping. With
// `incremental`, when the store was last merged by the same rule and that
// rule compares whole actor codes, only the merged events of dyads whose
// events changed since are rebuilt (events of other dyads never merge with
// them): the same layer, in time proportional to the change.
Result<MergeResult> MergeEvents(Backend& db, const MergeRule& rule, bool incremental = false);

// Whether stories were stored since the merge layer was last built (by
// MergeEvents or, for a store that does not merge, UnmergeEvents).
Result<bool> MergeIsStale(Backend& db);

// Drops the merge layer: every event stands alone again, and ingest no
// longer merges (merge_rule "off") until MergeEvents is run again.
Status UnmergeEvents(Backend& db);

// The rule the store merges by: the one last used, MergeRule's defaults
// for a store never merged, none after UnmergeEvents.
Result<std::optional<MergeRule>> StoredMergeRule(Backend& db);

// What a merge rule does to the events of a store (acta agg
// --dedup-report): how many events it merges, what keeps events apart, how
// big the merged events are, and how the count moves with the rule.
struct DedupReport {
  MergeRule rule;
  int64_t events = 0, merged_events = 0;
  int64_t apart_by_place = 0, apart_same_story = 0;
  // Merged events by the number of stories that told them: 1, 2, 3, 4-5,
  // 6-10, 11 and more.
  std::vector<std::pair<std::string, int64_t>> by_articles;
  // The merged count under variants of the rule: other windows, whole
  // codes, countries for actors, any modality, no place check.
  std::vector<std::pair<std::string, int64_t>> variants;
  // The events told by the most stories: "event 3: 2024-05-10 RUSMIL
  // UKRMIL 194", and the number of stories.
  std::vector<std::pair<std::string, int64_t>> largest;
};

// The report of `rule` on `events` (LoadMergeInputs).
DedupReport ReportMerges(const std::vector<MergeInput>& events, const MergeRule& rule);

}  // namespace acta::store

#endif  // ACTA_STORE_DEDUP_H_
