// The normalised spelling of a token: what the tagging models see.
#ifndef ACTA_TOKEN_TOKEN_FORM_H_
#define ACTA_TOKEN_TOKEN_FORM_H_

#include <string>
#include <string_view>

namespace acta {

// Stores in *out the normalised form of the token bytes `raw` (valid UTF-8):
//   - curly and angle quotes: ‘ ’ ‚ ‛ -> ' and “ ” „ ‟ « » -> "; the ASCII
//     tokens `` and '' -> " and ` -> ', as in CoNLL-2003;
//   - em dash and horizontal bar -> "--"; en dash, Unicode hyphens and the
//     minus sign -> "-"; horizontal ellipsis -> "...";
//   - zero-width characters, soft hyphen, byte-order mark and bidi controls
//     dropped;
//   - the result in Unicode NFC.
// Returns true if *out differs from `raw` (it may then be empty: the token
// was only invisible characters); false means `raw` is already its own form
// and *out is unspecified. ASCII input never reaches ICU.
bool NormalizeTokenForm(std::string_view raw, std::string* out);

}  // namespace acta

#endif  // ACTA_TOKEN_TOKEN_FORM_H_
