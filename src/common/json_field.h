// Reading fields of JSON records that may lack them or have other types.
#ifndef ACTA_COMMON_JSON_FIELD_H_
#define ACTA_COMMON_JSON_FIELD_H_

#include <nlohmann/json.hpp>

namespace acta {

// Member `key` of `j`; null when `j` is not an object or has no such member.
inline const nlohmann::json& JsonField(const nlohmann::json& j, const char* key) {
  static const nlohmann::json kNull;
  if (!j.is_object()) return kNull;
  const auto at = j.find(key);
  return at == j.end() ? kNull : *at;
}

}  // namespace acta

#endif  // ACTA_COMMON_JSON_FIELD_H_
