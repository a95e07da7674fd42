#include "store/sqlite_store.h"

#include <gtest/gtest.h>
#include <sqlite3.h>
#include <unistd.h>

#include <filesystem>
#include <string>

namespace acta::store {
namespace {

// A fresh store file in a directory of its own, removed afterwards.
class SqliteStoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    // Named by process and test: ctest runs the tests as parallel processes.
    std::string name = "acta_store_test_";
    name += std::to_string(getpid());
    name += '_';
    name += ::testing::UnitTest::GetInstance()->current_test_info()->name();
    dir_ = std::filesystem::temp_directory_path() / name;
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
    path_ = (dir_ / "acta.db").string();
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  static Story MakeStory(std::string id, std::string text) {
    Story s;
    s.id = std::move(id);
    s.date = {2024, 3, 26};
    s.text = std::move(text);
    return s;
  }
  std::filesystem::path dir_;
  std::string path_;
};

// Two events as `acta code` writes them, the first told twice.
constexpr std::string_view kEvents =
    R"({"story_id":"s1","sentence_index":0,"event_date":"2024-03-26","event_date_precision":"day","confidence":0.7,"modality":"planned","action_geo":{"name":"Tehran","country":"IRN","lat":35.69,"lon":51.42},"source":{"code":"PSEREBHMS"},"target":{"code":"IRNGOV"},"cameo":"036","cameo_root":"03","goldstein":4,"quad_class":1,"plover_event":"AGREE","mentions":[{"sentence_index":0,"verb_span":[66,71],"cameo":"036","modality":"planned"},{"sentence_index":8,"verb_span":[900,905],"cameo":"042","modality":"occurred"}],"sentence":"Haniyeh is set to visit Tehran."}
{"story_id":"s1","sentence_index":2,"event_date":"2024-03-26","event_date_precision":"story","confidence":0.6,"modality":"occurred","action_geo":null,"source":{"code":"IGOUNO"},"target":{"code":"ISR"},"cameo":"0256","cameo_root":"02","goldstein":-0.3,"quad_class":1,"plover_event":null,"mentions":[{"sentence_index":2,"verb_span":[10,17],"cameo":"0256","modality":"occurred"}],"sentence":"The UN called for a ceasefire."}
)";

TEST_F(SqliteStoreTest, StoresAStoryOnceAndReplacesItWhenItsTextChanges) {
  Result<std::unique_ptr<SqliteStore>> store = SqliteStore::Open(path_);
  ASSERT_TRUE(store.ok()) << store.status().ToString();
  EXPECT_EQ(*(*store)->SchemaVersion(), kSchemaVersion);
  ASSERT_TRUE((*store)->Begin().ok());
  Result<PutOutcome> put =
      (*store)->Put(MakeStory("s1", "Haniyeh is set to visit Tehran."), kEvents);
  ASSERT_TRUE(put.ok()) << put.status().ToString();
  EXPECT_EQ(*put, PutOutcome::kAdded);
  ASSERT_TRUE((*store)->Commit().ok());
  StoreCounts c = *(*store)->Counts();
  EXPECT_EQ(c.stories, 1);
  EXPECT_EQ(c.events, 2);
  EXPECT_EQ(c.mentions, 3);

  // Again: nothing is added.
  EXPECT_EQ(*(*store)->Put(MakeStory("s1", "Haniyeh is set to visit Tehran."), kEvents),
            PutOutcome::kUnchanged);
  c = *(*store)->Counts();
  EXPECT_EQ(c.events, 2);
  EXPECT_EQ(c.mentions, 3);

  // Other text under the same id: its old events go, the new ones come.
  const std::string one(kEvents.substr(0, kEvents.find('\n') + 1));
  EXPECT_EQ(*(*store)->Put(MakeStory("s1", "Haniyeh visited Tehran."), one), PutOutcome::kReplaced);
  c = *(*store)->Counts();
  EXPECT_EQ(c.stories, 1);
  EXPECT_EQ(c.events, 1);
  EXPECT_EQ(c.mentions, 2);
}

TEST_F(SqliteStoreTest, WhatIsStoredCanBeQueriedAndSurvivesReopening) {
  {
    auto store = SqliteStore::Open(path_);
    ASSERT_TRUE(store.ok());
    ASSERT_TRUE((*store)->Put(MakeStory("s1", "text"), kEvents).ok());
  }
  auto store = SqliteStore::Open(path_);
  ASSERT_TRUE(store.ok()) << store.status().ToString();
  EXPECT_EQ((*store)->Counts()->events, 2);
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open_v2(path_.c_str(), &db, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
  sqlite3_stmt* q = nullptr;
  ASSERT_EQ(sqlite3_prepare_v2(db,
                               "SELECT source, target, cameo, geo_name, geo_lat, quad_class "
                               "FROM events WHERE cameo_root = '03'",
                               -1, &q, nullptr),
            SQLITE_OK);
  ASSERT_EQ(sqlite3_step(q), SQLITE_ROW);
  EXPECT_STREQ(reinterpret_cast<const char*>(sqlite3_column_text(q, 0)), "PSEREBHMS");
  EXPECT_STREQ(reinterpret_cast<const char*>(sqlite3_column_text(q, 1)), "IRNGOV");
  EXPECT_STREQ(reinterpret_cast<const char*>(sqlite3_column_text(q, 2)), "036");
  EXPECT_STREQ(reinterpret_cast<const char*>(sqlite3_column_text(q, 3)), "Tehran");
  EXPECT_DOUBLE_EQ(sqlite3_column_double(q, 4), 35.69);
  EXPECT_EQ(sqlite3_column_int(q, 5), 1);
  EXPECT_EQ(sqlite3_step(q), SQLITE_DONE);
  sqlite3_finalize(q);
  sqlite3_close(db);
}

TEST_F(SqliteStoreTest, ARolledBackBatchLeavesNothing) {
  auto store = SqliteStore::Open(path_);
  ASSERT_TRUE(store.ok());
  ASSERT_TRUE((*store)->Begin().ok());
  ASSERT_TRUE((*store)->Put(MakeStory("s1", "text"), kEvents).ok());
  ASSERT_TRUE((*store)->Rollback().ok());
  EXPECT_EQ((*store)->Counts()->stories, 0);
  EXPECT_EQ((*store)->Counts()->events, 0);
}

TEST_F(SqliteStoreTest, BadEventsAndNewerSchemasAreRefusedWithAReason) {
  auto store = SqliteStore::Open(path_);
  ASSERT_TRUE(store.ok());
  ASSERT_TRUE((*store)->Begin().ok());
  Result<PutOutcome> bad = (*store)->Put(MakeStory("s9", "text"), "{\"cameo\":\"01\"}\nnot json\n");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.status().message(), "story s9: event 1: no source, target or cameo");
  ASSERT_TRUE((*store)->Rollback().ok());
  store->reset();

  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path_.c_str(), &db), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(db, "UPDATE meta SET value = '99' WHERE key = 'schema_version'", nullptr,
                         nullptr, nullptr),
            SQLITE_OK);
  sqlite3_close(db);
  Result<std::unique_ptr<SqliteStore>> newer = SqliteStore::Open(path_);
  ASSERT_FALSE(newer.ok());
  EXPECT_NE(newer.status().message().find("schema version 99, newer than this acta's 1"),
            std::string::npos)
      << newer.status().message();
}

TEST(ContentHashTest, StableAndDistinct) {
  EXPECT_EQ(ContentHash("abc"), ContentHash("abc"));
  EXPECT_NE(ContentHash("abc"), ContentHash("abd"));
  EXPECT_EQ(ContentHash("").size(), 16u);
}

}  // namespace
}  // namespace acta::store
