// What acta's store needs of a database: run SQL, read rows, append rows in
// bulk. Two backends give it: an embedded SQLite file and a PostgreSQL
// server. Everything above this interface (schema, stories, deduplication,
// queries, exports) is written once, in SQL both accept.
#ifndef ACTA_STORE_BACKEND_H_
#define ACTA_STORE_BACKEND_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "acta/status.h"

namespace acta::store {

// A column's value: NULL, an integer, a real or text.
using Value = std::variant<std::monostate, int64_t, double, std::string>;
using Row = std::vector<Value>;

inline bool IsNull(const Value& v) { return std::holds_alternative<std::monostate>(v); }
// The value as text ("" for NULL; numbers as SQL prints them).
std::string AsText(const Value& v);
// The value as a number (0 for NULL or text that is not one).
int64_t AsInt(const Value& v);
double AsReal(const Value& v);

enum class Dialect { kSqlite, kPostgres };

class Backend {
 public:
  virtual ~Backend() = default;
  virtual Dialect dialect() const = 0;
  // Where the data is, for messages: the file, or the URL without password.
  virtual const std::string& name() const = 0;

  // Runs statements that return no rows, separated by semicolons.
  virtual Status Execute(std::string_view script) = 0;

  // Runs one statement with parameters written ?1, ?2 ... in `sql`, and
  // hands each row to `row` until it returns false.
  virtual Status Scan(std::string_view sql, const std::vector<Value>& params,
                      const std::function<bool(const Row&)>& row) = 0;

  // Appends `rows` to `table` (values in the order of `columns`): prepared
  // inserts in SQLite, COPY in PostgreSQL.
  virtual Status Append(std::string_view table, const std::vector<std::string_view>& columns,
                        const std::vector<Row>& rows) = 0;

  // A transaction that takes the store's write lock at once, so that one
  // writer at a time allocates ids.
  virtual Status BeginWrite() = 0;

  // Every row of a query.
  Result<std::vector<Row>> Query(std::string_view sql, const std::vector<Value>& params = {});
  // The first column of the first row (NULL when there is no row).
  Result<Value> QueryValue(std::string_view sql, const std::vector<Value>& params = {});
};

// Opens (creating when missing) the SQLite file `path`, in write-ahead-log
// mode.
Result<std::unique_ptr<Backend>> OpenSqlite(const std::string& path);

// Connects to the PostgreSQL server of `url` ("postgresql://..." or
// "postgres://...").
Result<std::unique_ptr<Backend>> OpenPostgres(const std::string& url);

// `spec` names a PostgreSQL server when it starts with postgresql:// or
// postgres://; anything else is a SQLite file.
bool IsPostgresUrl(std::string_view spec);

}  // namespace acta::store

#endif  // ACTA_STORE_BACKEND_H_
