// The team backend: a PostgreSQL server, reached with libpq. Rows are
// loaded with COPY and read in single-row mode, so that an export of
// millions of events never holds them all.
#include <fmt/format.h>
#include <libpq-fe.h>

#include "store/backend.h"

namespace acta::store {
namespace {

// PostgreSQL's type ids (pg_type.oid) of the numbers acta's tables hold.
constexpr Oid kInt8 = 20, kInt2 = 21, kInt4 = 23, kFloat4 = 700, kFloat8 = 701, kNumeric = 1700;

// `sql` with ?N written $N, as PostgreSQL numbers parameters; quoted text
// is left alone.
std::string DollarParams(std::string_view sql) {
  std::string out;
  out.reserve(sql.size());
  char quote = 0;
  for (size_t i = 0; i < sql.size(); ++i) {
    const char c = sql[i];
    if (quote != 0) {
      if (c == quote) quote = 0;
    } else if (c == '\'' || c == '"') {
      quote = c;
    } else if (c == '?' && i + 1 < sql.size() && sql[i + 1] >= '0' && sql[i + 1] <= '9') {
      out += '$';
      continue;
    }
    out += c;
  }
  return out;
}

// COPY's text format: backslash, tab and line breaks escaped; NULL is \N.
void AppendCopyField(const Value& v, std::string* out) {
  if (IsNull(v)) {
    *out += "\\N";
    return;
  }
  if (const auto* t = std::get_if<std::string>(&v)) {
    for (char c : *t) {
      switch (c) {
        case '\\':
          *out += "\\\\";
          break;
        case '\t':
          *out += "\\t";
          break;
        case '\n':
          *out += "\\n";
          break;
        case '\r':
          *out += "\\r";
          break;
        default:
          *out += c;
      }
    }
    return;
  }
  *out += AsText(v);
}

class PgBackend final : public Backend {
 public:
  PgBackend(PGconn* conn, std::string name) : conn_(conn), name_(std::move(name)) {}
  ~PgBackend() override { PQfinish(conn_); }
  PgBackend(const PgBackend&) = delete;
  PgBackend& operator=(const PgBackend&) = delete;

  Dialect dialect() const override { return Dialect::kPostgres; }
  const std::string& name() const override { return name_; }

  Status Execute(std::string_view script) override {
    PGresult* r = PQexec(conn_, std::string(script).c_str());
    const ExecStatusType st = PQresultStatus(r);
    PQclear(r);
    if (st != PGRES_COMMAND_OK && st != PGRES_TUPLES_OK) return Error("running SQL");
    return Status::Ok();
  }

  // The write lock is a transaction-scoped advisory lock, taken before
  // anything is read, so that one writer at a time allocates event ids.
  Status BeginWrite() override { return Execute("BEGIN; SELECT pg_advisory_xact_lock(7274)"); }

  Status Scan(std::string_view sql, const std::vector<Value>& params,
              const std::function<bool(const Row&)>& row) override {
    std::vector<std::string> texts;
    std::vector<const char*> values;
    texts.reserve(params.size());
    for (const Value& p : params) texts.push_back(AsText(p));
    for (size_t i = 0; i < params.size(); ++i)
      values.push_back(IsNull(params[i]) ? nullptr : texts[i].c_str());
    const std::string query = DollarParams(sql);
    if (PQsendQueryParams(conn_, query.c_str(), static_cast<int>(values.size()), nullptr,
                          values.data(), nullptr, nullptr, 0) == 0)
      return Error("sending a query");
    PQsetSingleRowMode(conn_);
    Status status = Status::Ok();
    bool wanted = true;
    Row out;
    // Every result is read, even after the caller has enough, so that the
    // connection is free for the next statement.
    while (PGresult* r = PQgetResult(conn_)) {
      const ExecStatusType st = PQresultStatus(r);
      if (st == PGRES_SINGLE_TUPLE && wanted) {
        const int n = PQnfields(r);
        out.assign(static_cast<size_t>(n), Value());
        for (int i = 0; i < n; ++i) {
          if (PQgetisnull(r, 0, i)) continue;
          const char* text = PQgetvalue(r, 0, i);
          Value& v = out[static_cast<size_t>(i)];
          switch (PQftype(r, i)) {
            case kInt8:
            case kInt4:
            case kInt2:
              v = AsInt(Value(std::string(text)));
              break;
            case kFloat8:
            case kFloat4:
            case kNumeric:
              v = AsReal(Value(std::string(text)));
              break;
            default:
              v = std::string(text, static_cast<size_t>(PQgetlength(r, 0, i)));
          }
        }
        wanted = row(out);
      } else if (st != PGRES_SINGLE_TUPLE && st != PGRES_TUPLES_OK && st != PGRES_COMMAND_OK &&
                 status.ok()) {
        status = Status::IoError(fmt::format("running a query: {}", PQresultErrorMessage(r)));
      }
      PQclear(r);
    }
    return status;
  }

  Status Append(std::string_view table, const std::vector<std::string_view>& columns,
                const std::vector<Row>& rows) override {
    if (rows.empty()) return Status::Ok();
    const std::string copy =
        fmt::format("COPY {} ({}) FROM STDIN", table, fmt::join(columns, ", "));
    PGresult* r = PQexec(conn_, copy.c_str());
    const bool started = PQresultStatus(r) == PGRES_COPY_IN;
    PQclear(r);
    if (!started) return Error(fmt::format("loading rows of {}", table));
    std::string buf;
    bool sent = true;
    for (const Row& row : rows) {
      for (size_t i = 0; i < row.size(); ++i) {
        if (i > 0) buf += '\t';
        AppendCopyField(row[i], &buf);
      }
      buf += '\n';
      if (buf.size() >= (1 << 20)) {
        sent = sent && PQputCopyData(conn_, buf.data(), static_cast<int>(buf.size())) == 1;
        buf.clear();
      }
    }
    if (!buf.empty())
      sent = sent && PQputCopyData(conn_, buf.data(), static_cast<int>(buf.size())) == 1;
    sent = PQputCopyEnd(conn_, sent ? nullptr : "acta could not send its rows") == 1 && sent;
    Status status = Status::Ok();
    while (PGresult* done = PQgetResult(conn_)) {
      if (PQresultStatus(done) != PGRES_COMMAND_OK && status.ok())
        status = Status::IoError(
            fmt::format("loading rows of {}: {}", table, PQresultErrorMessage(done)));
      PQclear(done);
    }
    if (!sent && status.ok()) return Error(fmt::format("sending rows of {}", table));
    return status;
  }

 private:
  Status Error(std::string_view what) const {
    return Status::IoError(fmt::format("{}: {}", what, PQerrorMessage(conn_)));
  }

  PGconn* conn_;
  std::string name_;
};

// `url` without its password, for messages.
std::string Shown(const std::string& url) {
  const size_t scheme = url.find("://");
  const size_t at = url.find('@');
  if (scheme == std::string::npos || at == std::string::npos) return url;
  const size_t colon = url.find(':', scheme + 3);
  if (colon == std::string::npos || colon > at) return url;
  return url.substr(0, colon) + url.substr(at);
}

}  // namespace

Result<std::unique_ptr<Backend>> OpenPostgres(const std::string& url) {
  PGconn* conn = PQconnectdb(url.c_str());
  if (conn == nullptr || PQstatus(conn) != CONNECTION_OK) {
    std::string why = conn != nullptr ? PQerrorMessage(conn) : "out of memory";
    while (!why.empty() && (why.back() == '\n' || why.back() == ' ')) why.pop_back();
    PQfinish(conn);
    return Status::IoError(fmt::format("{}: cannot connect: {}", Shown(url), why));
  }
  // Notices ("table exists, skipping") are not acta's to print.
  PQsetNoticeProcessor(
      conn, [](void*, const char*) {}, nullptr);
  auto backend = std::make_unique<PgBackend>(conn, Shown(url));
  if (Status s = backend->Execute("SET client_encoding = 'UTF8'"); !s.ok())
    return s.Within(backend->name());
  return std::unique_ptr<Backend>(std::move(backend));
}

}  // namespace acta::store
