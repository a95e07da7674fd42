// The form place names are compared in: "Khān Yūnis", "Khan-Yunis" and
// "khan yunis" are one name.
#ifndef ACTA_GEO_FOLD_H_
#define ACTA_GEO_FOLD_H_

#include <string>
#include <string_view>

namespace acta::geo {

// `name` (UTF-8) lower-cased, with diacritics removed (ø, ł, đ, ß, ı and
// the like spelled in plain letters), hyphens as spaces, apostrophes and the
// Arabic ʿayn and hamza signs dropped ("Sana'a" is "sanaa"), a leading
// "the " dropped and runs of spaces collapsed. Letters of other scripts are
// kept lower-cased.
std::string FoldName(std::string_view name);

}  // namespace acta::geo

#endif  // ACTA_GEO_FOLD_H_
