#include <cstring>
#include <nlohmann/json.hpp>
#include <string>

#include "reader/formats.h"

namespace acta {
namespace {

using nlohmann::json;

bool IsBlankLine(std::string_view line) {
  for (char c : line) {
    if (c != ' ' && c != '\t' && c != '\r' && c != '\f' && c != '\v') return false;
  }
  return true;
}

// Reads an optional string field into *out. Absent and null leave *out empty.
// Returns false when the field has another type.
bool OptionalString(const json& object, const char* key, std::string* out) {
  const auto it = object.find(key);
  if (it == object.end() || it->is_null()) return true;
  if (!it->is_string()) return false;
  *out = it->get<std::string>();
  return true;
}

std::string WrongType(const char* key) {
  return std::string("field \"") + key + "\" must be a string";
}

// Turns one non-blank line into a story, or rejects it.
void ParseLine(std::string_view line, int line_number, StoryEmitter* emitter) {
  std::string bytes(line);
  const size_t repairs = RepairText(&bytes);
  const json object = json::parse(bytes.begin(), bytes.end(), nullptr, /*allow_exceptions=*/false);
  if (object.is_discarded()) {
    emitter->Reject(line_number, "invalid JSON: " + QuoteForIssue(bytes));
    return;
  }
  if (!object.is_object()) {
    emitter->Reject(line_number, "not a JSON object: " + QuoteForIssue(bytes));
    return;
  }

  RawStory raw;
  raw.line = line_number;
  raw.prior_utf8_repairs = repairs;

  if (const auto id = object.find("id"); id != object.end() && !id->is_null()) {
    if (id->is_string()) {
      raw.id = id->get<std::string>();
    } else if (id->is_number_integer()) {
      raw.id = id->dump();
    } else {
      emitter->Reject(line_number, "field \"id\" must be a string or an integer");
      return;
    }
  }
  const std::string who = raw.id.empty() ? "" : "story " + raw.id + ": ";

  const auto text = object.find("text");
  if (text == object.end() || text->is_null()) {
    emitter->Reject(line_number, who + "missing field \"text\"", RejectReason::kNoText);
    return;
  }
  if (!text->is_string()) {
    emitter->Reject(line_number, who + WrongType("text"));
    return;
  }
  raw.text = text->get<std::string>();

  for (const auto& [key, field] : {std::pair{"title", &raw.title}, std::pair{"source", &raw.source},
                                   std::pair{"url", &raw.url}}) {
    if (!OptionalString(object, key, field)) {
      emitter->Reject(line_number, who + WrongType(key));
      return;
    }
  }

  const auto date = object.find("date");
  if (date == object.end() || date->is_null()) {
    raw.date_problem = "missing field \"date\"";
  } else if (!date->is_string()) {
    raw.date_problem = WrongType("date");
  } else {
    const std::string& value = date->get_ref<const std::string&>();
    raw.date = ParseDateOrTimestamp(value);
    if (!raw.date.has_value()) raw.date_problem = "invalid date " + QuoteForIssue(value);
  }
  emitter->Emit(std::move(raw));
}

}  // namespace

void ParseJsonLines(std::string_view data, StoryEmitter* emitter) {
  if (data.substr(0, 3) == "\xEF\xBB\xBF") data.remove_prefix(3);
  int line_number = 0;
  size_t pos = 0;
  while (pos < data.size()) {
    ++line_number;
    const void* newline = std::memchr(data.data() + pos, '\n', data.size() - pos);
    const size_t end =
        newline == nullptr ? data.size() : static_cast<const char*>(newline) - data.data();
    const std::string_view line = data.substr(pos, end - pos);
    pos = end + 1;
    if (!IsBlankLine(line)) ParseLine(line, line_number, emitter);
  }
}

}  // namespace acta
