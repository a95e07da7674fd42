// The CAMEO event codebook as data (data/codebook/cameo.tsv): each code's
// name, Goldstein score, QuadClass and PLOVER event type, mode and context,
// so that every event acta writes can carry them.
#ifndef ACTA_CODEBOOK_CODEBOOK_H_
#define ACTA_CODEBOOK_CODEBOOK_H_

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "acta/status.h"

namespace acta {

struct EventType {
  std::string code;  // "042"
  std::string name;  // "Make a visit"
  double goldstein = 0.0;
  int quad_class = 0;  // 1 verbal cooperation .. 4 material conflict
  std::string plover_event, plover_mode, plover_context;  // may be empty
};

class Codebook {
 public:
  // Reads the table: '#' comment lines, a header line, then rows of
  // code, name, goldstein, quad_class, plover_event, plover_mode,
  // plover_context separated by tabs. Errors: InvalidArgument naming the
  // line of a malformed row or a repeated code.
  static Result<Codebook> Parse(std::string_view tsv, const std::string& name);
  // Parse on a file's contents; NotFound/IoError when it cannot be read.
  static Result<Codebook> Load(const std::string& path);
  // data/codebook/cameo.tsv under acta's data directory.
  static std::string DefaultPath(const std::string& data_dir);

  // The entry of `code`, or of its nearest listed parent ("0874" -> "087"),
  // for dictionaries with codes the codebook lacks; nullptr when not even the
  // two-digit root is listed.
  const EventType* Find(std::string_view code) const;
  bool Contains(std::string_view code) const { return by_code_.count(std::string(code)) > 0; }
  size_t size() const { return by_code_.size(); }
  const std::map<std::string, EventType>& entries() const { return by_code_; }

 private:
  std::map<std::string, EventType> by_code_;
};

}  // namespace acta

#endif  // ACTA_CODEBOOK_CODEBOOK_H_
