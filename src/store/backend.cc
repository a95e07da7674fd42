// The parts of Backend every database shares.
#include "store/backend.h"

#include <fmt/format.h>

#include <charconv>

namespace acta::store {

std::string AsText(const Value& v) {
  if (const auto* n = std::get_if<int64_t>(&v)) return std::to_string(*n);
  if (const auto* d = std::get_if<double>(&v)) return fmt::format("{}", *d);
  if (const auto* t = std::get_if<std::string>(&v)) return *t;
  return "";
}

int64_t AsInt(const Value& v) {
  if (const auto* n = std::get_if<int64_t>(&v)) return *n;
  if (const auto* d = std::get_if<double>(&v)) return static_cast<int64_t>(*d);
  if (const auto* t = std::get_if<std::string>(&v)) {
    int64_t n = 0;
    std::from_chars(t->data(), t->data() + t->size(), n);
    return n;
  }
  return 0;
}

double AsReal(const Value& v) {
  if (const auto* d = std::get_if<double>(&v)) return *d;
  if (const auto* n = std::get_if<int64_t>(&v)) return static_cast<double>(*n);
  if (const auto* t = std::get_if<std::string>(&v)) {
    double d = 0;
    std::from_chars(t->data(), t->data() + t->size(), d);
    return d;
  }
  return 0;
}

Result<std::vector<Row>> Backend::Query(std::string_view sql, const std::vector<Value>& params) {
  std::vector<Row> rows;
  Status s = Scan(sql, params, [&](const Row& r) {
    rows.push_back(r);
    return true;
  });
  if (!s.ok()) return s;
  return rows;
}

Result<Value> Backend::QueryValue(std::string_view sql, const std::vector<Value>& params) {
  Value v;
  Status s = Scan(sql, params, [&](const Row& r) {
    if (!r.empty()) v = r[0];
    return false;
  });
  if (!s.ok()) return s;
  return v;
}

bool IsPostgresUrl(std::string_view spec) {
  return spec.starts_with("postgresql://") || spec.starts_with("postgres://");
}

}  // namespace acta::store
