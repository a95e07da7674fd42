// The embedded backend: a SQLite file in write-ahead-log mode, so that
// readers are never blocked by a writer.
#include <fmt/format.h>
#include <sqlite3.h>

#include "store/backend.h"

namespace acta::store {
namespace {

class SqliteBackend final : public Backend {
 public:
  SqliteBackend(sqlite3* db, std::string path) : db_(db), path_(std::move(path)) {}
  ~SqliteBackend() override { sqlite3_close(db_); }
  SqliteBackend(const SqliteBackend&) = delete;
  SqliteBackend& operator=(const SqliteBackend&) = delete;

  Dialect dialect() const override { return Dialect::kSqlite; }
  const std::string& name() const override { return path_; }

  Status Execute(std::string_view script) override {
    const std::string sql(script);
    char* error = nullptr;
    if (sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &error) != SQLITE_OK) {
      Status s = Status::IoError(error != nullptr ? error : "SQLite error");
      sqlite3_free(error);
      return s;
    }
    return Status::Ok();
  }

  Status BeginWrite() override { return Execute("BEGIN IMMEDIATE"); }

  Status Scan(std::string_view sql, const std::vector<Value>& params,
              const std::function<bool(const Row&)>& row) override {
    sqlite3_stmt* s = nullptr;
    if (sqlite3_prepare_v2(db_, sql.data(), static_cast<int>(sql.size()), &s, nullptr) != SQLITE_OK)
      return Error("preparing a query");
    Bind(s, params);
    const int n = sqlite3_column_count(s);
    Row r(static_cast<size_t>(n));
    int rc;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
      for (int i = 0; i < n; ++i) r[static_cast<size_t>(i)] = Column(s, i);
      if (!row(r)) {
        rc = SQLITE_DONE;
        break;
      }
    }
    sqlite3_finalize(s);
    return rc == SQLITE_DONE ? Status::Ok() : Error("running a query");
  }

  Status Append(std::string_view table, const std::vector<std::string_view>& columns,
                const std::vector<Row>& rows) override {
    if (rows.empty()) return Status::Ok();
    std::string sql = fmt::format("INSERT INTO {} ({}) VALUES (", table, fmt::join(columns, ", "));
    for (size_t i = 0; i < columns.size(); ++i) sql += i == 0 ? "?" : ", ?";
    sql += ")";
    sqlite3_stmt* s = nullptr;
    if (sqlite3_prepare_v2(db_, sql.c_str(), -1, &s, nullptr) != SQLITE_OK)
      return Error(fmt::format("preparing rows of {}", table));
    for (const Row& r : rows) {
      Bind(s, r);
      if (sqlite3_step(s) != SQLITE_DONE) {
        Status e = Error(fmt::format("storing a row of {}", table));
        sqlite3_finalize(s);
        return e;
      }
      sqlite3_reset(s);
    }
    sqlite3_finalize(s);
    return Status::Ok();
  }

 private:
  Status Error(std::string_view what) const {
    return Status::IoError(fmt::format("{}: {}", what, sqlite3_errmsg(db_)));
  }

  static void Bind(sqlite3_stmt* s, const std::vector<Value>& values) {
    sqlite3_clear_bindings(s);
    for (size_t i = 0; i < values.size(); ++i) {
      const int at = static_cast<int>(i + 1);
      const Value& v = values[i];
      if (const auto* n = std::get_if<int64_t>(&v)) {
        sqlite3_bind_int64(s, at, *n);
      } else if (const auto* d = std::get_if<double>(&v)) {
        sqlite3_bind_double(s, at, *d);
      } else if (const auto* t = std::get_if<std::string>(&v)) {
        sqlite3_bind_text(s, at, t->data(), static_cast<int>(t->size()), SQLITE_STATIC);
      } else {
        sqlite3_bind_null(s, at);
      }
    }
  }

  static Value Column(sqlite3_stmt* s, int i) {
    switch (sqlite3_column_type(s, i)) {
      case SQLITE_INTEGER:
        return int64_t{sqlite3_column_int64(s, i)};
      case SQLITE_FLOAT:
        return sqlite3_column_double(s, i);
      case SQLITE_NULL:
        return std::monostate();
      default: {
        const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(s, i));
        return std::string(text, static_cast<size_t>(sqlite3_column_bytes(s, i)));
      }
    }
  }

  sqlite3* db_;
  std::string path_;
};

}  // namespace

Result<std::unique_ptr<Backend>> OpenSqlite(const std::string& path) {
  sqlite3* db = nullptr;
  if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) !=
      SQLITE_OK) {
    Status s = Status::IoError(fmt::format("{}: cannot open the store: {}", path,
                                           db != nullptr ? sqlite3_errmsg(db) : "out of memory"));
    sqlite3_close(db);
    return s;
  }
  auto backend = std::make_unique<SqliteBackend>(db, path);
  sqlite3_busy_timeout(db, 10000);
  for (const char* pragma :
       {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL", "PRAGMA foreign_keys=ON",
        // 64 MB of pages kept between queries (SQLite's default is 2 MB),
        // and the file mapped, so that pages the system caches are read
        // without a copy.
        "PRAGMA cache_size=-65536", "PRAGMA mmap_size=2147418112"}) {
    if (Status s = backend->Execute(pragma); !s.ok()) return s.Within(path);
  }
  return std::unique_ptr<Backend>(std::move(backend));
}

}  // namespace acta::store
