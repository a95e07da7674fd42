// Character references in Reuters-21578 SGML text.
#ifndef ACTA_CLUSTER_SGML_TEXT_H_
#define ACTA_CLUSTER_SGML_TEXT_H_

#include <string>
#include <string_view>

namespace acta {

// Decodes &lt; &gt; &amp; and &#N; (N decimal, up to 3 digits); a numeric
// reference to a control character or to anything beyond ASCII becomes a
// space. Anything else, a lone "&" included, passes through unchanged.
std::string DecodeSgmlText(std::string_view text);

}  // namespace acta

#endif  // ACTA_CLUSTER_SGML_TEXT_H_
