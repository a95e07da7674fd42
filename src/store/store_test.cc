#include "store/store.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "store/schema.h"

namespace acta::store {
namespace {

#define ASSERT_OK(expr)                    \
  do {                                     \
    const Status s_ = (expr);              \
    ASSERT_TRUE(s_.ok()) << s_.ToString(); \
  } while (false)

// Where the store tests run: a SQLite file, or a PostgreSQL server when
// ACTA_TEST_POSTGRES names one, or the file ACTA_TEST_POSTGRES_FILE holds
// its URL (ctest starts a server with tests/store/pg_server.sh and sets it).
enum class Where { kSqlite, kPostgres };
void PrintTo(Where w, std::ostream* os) { *os << (w == Where::kSqlite ? "SQLite" : "PostgreSQL"); }

std::string PostgresUrl() {
  if (const char* url = std::getenv("ACTA_TEST_POSTGRES"); url != nullptr) return url;
  const char* file = std::getenv("ACTA_TEST_POSTGRES_FILE");
  if (file == nullptr) return "";
  std::ifstream in(file);
  std::string url;
  std::getline(in, url);
  return url;
}

std::string TestName() {
  std::string name = std::to_string(getpid());
  for (char c : std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()))
    name += std::isalnum(static_cast<unsigned char>(c)) ? static_cast<char>(std::tolower(c)) : '_';
  return name;
}

// A fresh store for each test: a SQLite file in a directory of its own, or
// a PostgreSQL schema of its own; removed afterwards.
class StoreTest : public ::testing::TestWithParam<Where> {
 protected:
  void SetUp() override {
    if (GetParam() == Where::kPostgres) {
      const std::string url = PostgresUrl();
      if (url.empty())
        GTEST_SKIP() << "no PostgreSQL server: ACTA_TEST_POSTGRES is not set and "
                        "ACTA_TEST_POSTGRES_FILE names no URL (ctest starts a server with "
                        "tests/store/pg_server.sh; make deps installs PostgreSQL 15)";
      schema_ = "acta_" + TestName();
      Result<std::unique_ptr<Backend>> admin = OpenPostgres(url);
      ASSERT_TRUE(admin.ok()) << admin.status().ToString();
      ASSERT_TRUE(
          (*admin)
              ->Execute("DROP SCHEMA IF EXISTS " + schema_ + " CASCADE; CREATE SCHEMA " + schema_)
              .ok());
      admin_ = std::move(admin).value();
      spec_ = url + (url.find('?') == std::string::npos ? "?" : "&") + "options=-csearch_path%3D" +
              schema_;
    } else {
      dir_ = std::filesystem::temp_directory_path() / ("acta_store_test_" + TestName());
      std::filesystem::remove_all(dir_);
      std::filesystem::create_directories(dir_);
      spec_ = (dir_ / "acta.db").string();
    }
  }
  void TearDown() override {
    if (admin_) (void)admin_->Execute("DROP SCHEMA IF EXISTS " + schema_ + " CASCADE");
    if (!dir_.empty()) std::filesystem::remove_all(dir_);
  }
  std::unique_ptr<Store> OpenStore() {
    Result<std::unique_ptr<Store>> store = Store::Open(spec_);
    EXPECT_TRUE(store.ok()) << store.status().ToString();
    return store.ok() ? std::move(store).value() : nullptr;
  }
  static Story MakeStory(std::string id, std::string text) {
    Story s;
    s.id = std::move(id);
    s.date = {2024, 3, 26};
    s.source = "Reuters";
    s.text = std::move(text);
    return s;
  }
  std::string spec_, schema_;
  std::filesystem::path dir_;
  std::unique_ptr<Backend> admin_;
};

constexpr std::string_view kText =
    "Haniyeh is set to visit Tehran. Talks follow. The UN called for a ceasefire.";

// Two events as `acta code` writes them, the first told twice.
constexpr std::string_view kEvents =
    R"({"story_id":"s1","sentence_index":0,"event_date":"2024-03-26","event_date_precision":"day","confidence":0.7,"modality":"planned","action_geo":{"name":"Tehran","type":"city","country":"IRN","adm1":"IR.26","lat":35.69,"lon":51.42,"geonames_id":112931,"span":[24,30],"inferred":false},"source":{"code":"PSEREBHMS","text":"Haniyeh","span":[0,7],"geo":null},"target":{"code":"IRNGOV","text":"Tehran","span":[24,30],"geo":null},"cameo":"036","cameo_root":"03","goldstein":4,"quad_class":1,"plover_event":"AGREE","mentions":[{"sentence_index":0,"sentence_span":[0,31],"verb_span":[18,23],"cameo":"036","modality":"planned"},{"sentence_index":1,"sentence_span":[32,45],"verb_span":[38,44],"cameo":"042","modality":"occurred"}],"sentence":"Haniyeh is set to visit Tehran."}
{"story_id":"s1","sentence_index":2,"event_date":"2024-03-26","event_date_precision":"story","confidence":0.6,"modality":"occurred","action_geo":null,"source":{"code":"IGOUNO","text":"The UN","span":[46,52],"geo":null},"target":{"code":"ISR","text":null,"span":null,"geo":null},"cameo":"0256","cameo_root":"02","goldstein":-0.3,"quad_class":1,"plover_event":null,"mentions":[{"sentence_index":2,"sentence_span":[46,76],"verb_span":[53,59],"cameo":"0256","modality":"occurred"}],"sentence":"The UN called for a ceasefire."}
)";

constexpr std::string_view kRecord =
    R"({"story_id":"s1","date":"2024-03-26","quantities":[{"type":"casualties","count":32000,"qualifier":"more_than","of":"PSE","text":"over 32,000 casualties","span":[0,7],"geo":{"name":"Gaza Strip","country":"PSE","lat":31.42,"lon":34.36},"sentence_index":0,"attached":"story"}]})";

std::string Text(Backend& db, std::string_view sql) {
  Result<Value> v = db.QueryValue(sql);
  EXPECT_TRUE(v.ok()) << v.status().ToString();
  return v.ok() ? AsText(*v) : "";
}

TEST_P(StoreTest, StoresAStoryOnceAndReplacesItWhenItsTextChanges) {
  auto store = OpenStore();
  ASSERT_TRUE(store);
  EXPECT_EQ(*store->SchemaVersion(), kSchemaVersion);
  ASSERT_OK(store->Begin());
  Result<PutOutcome> put = store->Put(MakeStory("s1", std::string(kText)), kEvents, kRecord);
  ASSERT_TRUE(put.ok()) << put.status().ToString();
  EXPECT_EQ(*put, PutOutcome::kAdded);
  // Within the batch, before it is sent, the story is already known.
  EXPECT_EQ(*store->Put(MakeStory("s1", std::string(kText)), kEvents, kRecord),
            PutOutcome::kUnchanged);
  ASSERT_OK(store->Commit());
  StoreCounts c = *store->Counts();
  EXPECT_EQ(c.stories, 1);
  EXPECT_EQ(c.sentences, 3);
  EXPECT_EQ(c.events, 2);
  EXPECT_EQ(c.mentions, 3);
  EXPECT_EQ(c.actors, 4);
  EXPECT_EQ(c.places, 1);
  EXPECT_EQ(c.quantities, 1);

  // Again: nothing is added.
  ASSERT_OK(store->Begin());
  EXPECT_EQ(*store->Put(MakeStory("s1", std::string(kText)), kEvents, kRecord),
            PutOutcome::kUnchanged);
  ASSERT_OK(store->Commit());
  EXPECT_EQ(store->Counts()->events, 2);

  // Other text under the same id: its old rows go, the new ones come.
  const std::string one(kEvents.substr(0, kEvents.find('\n') + 1));
  ASSERT_OK(store->Begin());
  EXPECT_EQ(*store->Put(MakeStory("s1", std::string(kText) + " "), one, ""), PutOutcome::kReplaced);
  ASSERT_OK(store->Commit());
  c = *store->Counts();
  EXPECT_EQ(c.stories, 1);
  EXPECT_EQ(c.sentences, 2);
  EXPECT_EQ(c.events, 1);
  EXPECT_EQ(c.mentions, 2);
  EXPECT_EQ(c.actors, 2);
  EXPECT_EQ(c.quantities, 0);
}

TEST_P(StoreTest, WhatIsStoredCanBeQueriedAndSurvivesReopening) {
  {
    auto store = OpenStore();
    ASSERT_TRUE(store);
    ASSERT_OK(store->Begin());
    ASSERT_TRUE(store->Put(MakeStory("s1", std::string(kText)), kEvents, kRecord).ok());
    ASSERT_OK(store->Commit());
  }
  auto store = OpenStore();
  ASSERT_TRUE(store);
  Backend& db = store->backend();
  Result<std::vector<Row>> rows = db.Query(
      "SELECT source, target, cameo, geo_name, geo_lat, quad_class, record FROM events "
      "JOIN records ON event_id = id WHERE cameo_root = ?1",
      {std::string("03")});
  ASSERT_TRUE(rows.ok()) << rows.status().ToString();
  ASSERT_EQ(rows->size(), 1u);
  const Row& r = (*rows)[0];
  EXPECT_EQ(AsText(r[0]), "PSEREBHMS");
  EXPECT_EQ(AsText(r[1]), "IRNGOV");
  EXPECT_EQ(AsText(r[2]), "036");
  EXPECT_EQ(AsText(r[3]), "Tehran");
  EXPECT_DOUBLE_EQ(AsReal(r[4]), 35.69);
  EXPECT_EQ(AsInt(r[5]), 1);
  EXPECT_EQ(AsText(r[6]), kEvents.substr(0, kEvents.find('\n')));
  EXPECT_EQ(Text(db, "SELECT text FROM sentences WHERE sentence_index = 1"), "Talks follow.");
  EXPECT_EQ(Text(db,
                 "SELECT count(*) || ' ' || min(confidence) FROM mentions WHERE event_id = "
                 "(SELECT min(id) FROM events)"),
            "2 0.7");
  EXPECT_EQ(Text(db,
                 "SELECT code || '/' || country FROM actors WHERE role = 'source' AND "
                 "event_id = (SELECT min(id) FROM events)"),
            "PSEREBHMS/PSE");
  EXPECT_EQ(Text(db, "SELECT name || ' ' || geonames_id FROM places WHERE role = 'action'"),
            "Tehran 112931");
  EXPECT_EQ(Text(db, "SELECT count || ' ' || of_code || ' ' || geo_name FROM quantities"),
            "32000 PSE Gaza Strip");
  EXPECT_EQ(Text(db, "SELECT source FROM stories"), "Reuters");
}

TEST_P(StoreTest, SentencesAreFoundByTheirWords) {
  auto store = OpenStore();
  ASSERT_TRUE(store);
  ASSERT_OK(store->Begin());
  ASSERT_TRUE(store->Put(MakeStory("s1", std::string(kText)), kEvents, "").ok());
  ASSERT_OK(store->Commit());
  Backend& db = store->backend();
  auto found = [&](const std::string& words) {
    const std::string sql =
        "SELECT count(*) FROM sentences s WHERE " + TextMatch(db.dialect(), "s", "?1");
    Result<Value> n = db.QueryValue(sql, {TextQuery(db.dialect(), words)});
    EXPECT_TRUE(n.ok()) << n.status().ToString();
    return n.ok() ? AsInt(*n) : -1;
  };
  EXPECT_EQ(found("ceasefire"), 1);
  EXPECT_EQ(found("visits Tehran"), 1);  // stems: "visits" finds "visit"
  EXPECT_EQ(found("ceasefire Tehran"), 0);
  EXPECT_EQ(found("\"talks\" follow*"), 1);  // quotes and operators are only words
}

TEST_P(StoreTest, WhatItHoldsIsAskedForManyStoriesAtOnce) {
  auto store = OpenStore();
  ASSERT_TRUE(store);
  ASSERT_OK(store->Begin());
  ASSERT_TRUE(store->Put(MakeStory("s1", std::string(kText)), kEvents, "").ok());
  ASSERT_OK(store->Commit());
  std::vector<Story> asked = {MakeStory("s1", std::string(kText)), MakeStory("s1", "other text"),
                              MakeStory("s2", "text")};
  for (int i = 0; i < 300; ++i) asked.push_back(MakeStory("n" + std::to_string(i), "x"));
  Result<std::vector<bool>> held = store->HoldsAll(asked);
  ASSERT_TRUE(held.ok()) << held.status().ToString();
  ASSERT_EQ(held->size(), asked.size());
  EXPECT_TRUE((*held)[0]);
  EXPECT_FALSE((*held)[1]);
  EXPECT_FALSE((*held)[2]);
  EXPECT_EQ(std::count(held->begin(), held->end(), true), 1);
  // What it learnt serves the puts that follow.
  ASSERT_OK(store->Begin());
  EXPECT_EQ(*store->Put(asked[1], "", ""), PutOutcome::kReplaced);
  EXPECT_EQ(*store->Put(asked[2], "", ""), PutOutcome::kAdded);
  ASSERT_OK(store->Commit());
  EXPECT_EQ(*store->HoldsAll({asked[1], asked[2]}), (std::vector<bool>{true, true}));
}

TEST_P(StoreTest, ARolledBackBatchLeavesNothing) {
  auto store = OpenStore();
  ASSERT_TRUE(store);
  ASSERT_OK(store->Begin());
  ASSERT_TRUE(store->Put(MakeStory("s1", "text"), kEvents, kRecord).ok());
  ASSERT_OK(store->Rollback());
  EXPECT_EQ(store->Counts()->stories, 0);
  EXPECT_EQ(store->Counts()->events, 0);
  EXPECT_EQ(store->Counts()->sentences, 0);
}

TEST_P(StoreTest, BadEventsAndNewerSchemasAreRefusedWithAReason) {
  auto store = OpenStore();
  ASSERT_TRUE(store);
  ASSERT_OK(store->Begin());
  Result<PutOutcome> bad =
      store->Put(MakeStory("s9", "text"), "{\"cameo\":\"01\"}\nnot json\n", "");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.status().message(),
            "story s9: event 1: no source, target, cameo, date, modality or sentence");
  bad = store->Put(MakeStory("s9", "text"), "\nnot json\n", "");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.status().message(), "story s9: event 2: not a JSON object");
  ASSERT_OK(store->Commit());
  EXPECT_EQ(store->Counts()->stories, 0);  // a refused story leaves no row

  ASSERT_TRUE(
      store->backend().Execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'").ok());
  store.reset();
  Result<std::unique_ptr<Store>> newer = Store::Open(spec_);
  ASSERT_FALSE(newer.ok());
  EXPECT_NE(newer.status().message().find("schema version 99, newer than this acta's 2"),
            std::string::npos)
      << newer.status().message();
}

TEST_P(StoreTest, AVersionOneStoreIsMigratedAndItsStoriesCodedAgain) {
  {
    Result<std::unique_ptr<Backend>> db =
        GetParam() == Where::kSqlite ? OpenSqlite(spec_) : OpenPostgres(spec_);
    ASSERT_TRUE(db.ok());
    ASSERT_TRUE((*db)->Execute(MigrationFrom(0, (*db)->dialect())).ok());
    ASSERT_TRUE(
        (*db)
            ->Execute("INSERT INTO stories VALUES ('s1', '2024-03-26', NULL, NULL, NULL, '" +
                      ContentHash(kText) + "')")
            .ok());
  }
  auto store = OpenStore();
  ASSERT_TRUE(store);
  EXPECT_EQ(*store->SchemaVersion(), 2);
  EXPECT_FALSE(*store->Holds(MakeStory("s1", std::string(kText))));
  ASSERT_OK(store->Begin());
  EXPECT_EQ(*store->Put(MakeStory("s1", std::string(kText)), kEvents, kRecord),
            PutOutcome::kReplaced);
  ASSERT_OK(store->Commit());
  EXPECT_EQ(store->Counts()->sentences, 3);
}

INSTANTIATE_TEST_SUITE_P(Backends, StoreTest, ::testing::Values(Where::kSqlite, Where::kPostgres),
                         [](const ::testing::TestParamInfo<Where>& p) {
                           return p.param == Where::kSqlite ? "Sqlite" : "Postgres";
                         });

TEST(ContentHashTest, StableAndDistinct) {
  EXPECT_EQ(ContentHash("abc"), ContentHash("abc"));
  EXPECT_NE(ContentHash("abc"), ContentHash("abd"));
  EXPECT_EQ(ContentHash("").size(), 16u);
  EXPECT_EQ(ContentHash("a"), "af63dc4c8601ec8c");  // FNV-1a 64 of "a"
}

}  // namespace
}  // namespace acta::store
