#include "store/dedup.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <random>

namespace acta::store {
namespace {

MergeInput Event(int64_t id, std::string story, long day, std::string cameo = "190",
                 std::string country = "", double lat = 0, double lon = 0) {
  MergeInput e;
  e.id = id;
  e.story_id = std::move(story);
  e.source = "ISRMIL";
  e.target = "PSEREBHMS";
  e.cameo = cameo;
  e.cameo_root = cameo.substr(0, 2);
  e.modality = "occurred";
  e.day = day;
  e.country = std::move(country);
  e.located = lat != 0 || lon != 0;
  e.lat = lat;
  e.lon = lon;
  return e;
}

// The groups as sets of ids, each named by its smallest id.
std::map<int64_t, std::vector<int64_t>> Groups(const std::vector<MergeInput>& events,
                                               const MergeResult& r) {
  std::map<int64_t, std::vector<int64_t>> out;
  for (size_t i = 0; i < events.size(); ++i) out[events[r.group_of[i]].id].push_back(events[i].id);
  for (auto& [g, ids] : out) std::sort(ids.begin(), ids.end());
  return out;
}

TEST(GroupEventsTest, GroupsAreAnchoredAtTheirFirstEvent) {
  // Days 0, 1, 2 join the group of day 0; day 3 starts a new one though it
  // is a day after day 2.
  const std::vector<MergeInput> events = {Event(1, "a", 0), Event(2, "b", 1), Event(3, "c", 3),
                                          Event(4, "d", 2)};
  const MergeResult r = GroupEvents(events, MergeRule());
  EXPECT_EQ(r.groups, 2);
  EXPECT_EQ(Groups(events, r), (std::map<int64_t, std::vector<int64_t>>{{1, {1, 2, 4}}, {3, {3}}}));
  MergeRule wide;
  wide.window_days = 3;
  EXPECT_EQ(GroupEvents(events, wide).groups, 1);
}

TEST(GroupEventsTest, WhatKeepsEventsApart) {
  std::vector<MergeInput> events = {
      Event(1, "a", 0, "190", "PSE", 31.34, 34.30),  // Khan Younis
      Event(2, "a", 0, "193", "PSE"),                // the same story
      Event(3, "b", 0, "195", "PSE", 31.50, 34.46),  // Gaza City, 23 km away: merges
      Event(4, "c", 0, "190", "LBN"),                // another country
      Event(5, "d", 0, "180"),                       // another root
      Event(6, "e", 1, "190"),                       // no place: merges
  };
  MergeInput reversed = Event(7, "f", 0);
  std::swap(reversed.source, reversed.target);
  events.push_back(reversed);
  MergeInput planned = Event(8, "g", 0);
  planned.modality = "planned";
  events.push_back(planned);
  const MergeResult r = GroupEvents(events, MergeRule());
  EXPECT_EQ(Groups(events, r),
            (std::map<int64_t, std::vector<int64_t>>{
                {1, {1, 3, 6}}, {2, {2}}, {4, {4}}, {5, {5}}, {7, {7}}, {8, {8}}}));
  EXPECT_EQ(r.groups, 6);
  EXPECT_EQ(r.apart_by_place, 1);
  EXPECT_EQ(r.apart_same_story, 1);

  // With whole codes, 190 and 195 are two events; with any modality the
  // planned one joins.
  MergeRule whole;
  whole.whole_code = true;
  EXPECT_EQ(GroupEvents(events, whole).groups, 7);
  MergeRule any;
  any.any_modality = true;
  EXPECT_EQ(GroupEvents(events, any).groups, 5);
  // Within 10 km, Khan Younis and Gaza City are apart (Gaza City then
  // joins the event of no coordinates).
  MergeRule near;
  near.max_km = 10;
  const MergeResult n = GroupEvents(events, near);
  EXPECT_EQ(Groups(events, n),
            (std::map<int64_t, std::vector<int64_t>>{
                {1, {1, 6}}, {2, {2, 3}}, {4, {4}}, {5, {5}}, {7, {7}}, {8, {8}}}));
}

TEST(GroupEventsTest, TheOrderOfTheEventsDoesNotMatter) {
  std::vector<MergeInput> events;
  for (int i = 0; i < 60; ++i)
    events.push_back(Event(i + 1, "s" + std::to_string(i % 7), i % 9, i % 2 ? "190" : "112",
                           i % 3 ? "PSE" : ""));
  const auto expected = Groups(events, GroupEvents(events, MergeRule()));
  std::mt19937 shuffle(7);
  for (int round = 0; round < 5; ++round) {
    std::shuffle(events.begin(), events.end(), shuffle);
    EXPECT_EQ(Groups(events, GroupEvents(events, MergeRule())), expected);
  }
}

TEST(MergeRuleTest, ReadsWhatItWrites) {
  MergeRule r;
  r.window_days = 5;
  r.max_km = 25.5;
  r.whole_code = true;
  r.actor_prefix = 3;
  EXPECT_EQ(r.ToString(), "window=5 km=25.5 code=whole modality=same actors=3");
  Result<MergeRule> back = MergeRule::Parse(r.ToString());
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(back->ToString(), r.ToString());
  EXPECT_EQ(MergeRule::Parse("").value().ToString(), MergeRule().ToString());
  for (const char* bad : {"window=x", "km=-1", "code=leaf", "colour=red", "window=2days"})
    EXPECT_FALSE(MergeRule::Parse(bad).ok()) << bad;
}

TEST(ReportMergesTest, CountsAndVariants) {
  const std::vector<MergeInput> events = {Event(1, "a", 0), Event(2, "b", 1), Event(3, "c", 3),
                                          Event(4, "d", 2), Event(5, "e", 30)};
  const DedupReport r = ReportMerges(events, MergeRule());
  EXPECT_EQ(r.events, 5);
  EXPECT_EQ(r.merged_events, 3);
  EXPECT_EQ(r.by_articles[0], (std::pair<std::string, int64_t>{"1", 2}));
  EXPECT_EQ(r.by_articles[2], (std::pair<std::string, int64_t>{"3", 1}));
  ASSERT_FALSE(r.largest.empty());
  EXPECT_EQ(r.largest[0],
            (std::pair<std::string, int64_t>{"event 1: 1970-01-01 ISRMIL PSEREBHMS 190", 3}));
  std::map<std::string, int64_t> v(r.variants.begin(), r.variants.end());
  EXPECT_EQ(v["window=0"], 5);
  EXPECT_EQ(v["window=3"], 2);
  EXPECT_EQ(v["window=14"], 2);
}

}  // namespace
}  // namespace acta::store
