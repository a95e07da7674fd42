#include "cluster/sgml_text.h"

#include <gtest/gtest.h>

namespace acta {
namespace {

TEST(SgmlTextTest, DecodesReferences) {
  const struct {
    std::string_view in;
    std::string_view out;
  } cases[] = {
      {"a &lt;b&gt; &amp; c", "a <b> & c"},
      {"&#65;&#66;", "AB"},
      {"end&#3;", "end "},
      {"x&#127;y", "x y"},
      {"x&#252;y", "x y"},
      {"AT&T", "AT&T"},
      {"&foo; & &#; &#x41; &#1234;", "&foo; & &#; &#x41; &#1234;"},
      {"tail &", "tail &"},
      {"", ""},
  };
  for (const auto& c : cases) EXPECT_EQ(DecodeSgmlText(c.in), c.out) << c.in;
}

}  // namespace
}  // namespace acta
