#pragma once

namespace html {

class HtmlDocument;
struct HtmlNode;

// MathML cannot be shown (the sanitiser drops <math> with its content),
// but a formula in an article is part of its text: each <math> below
// `root` becomes a <span> with its tokens separated by spaces
// ("x = − b ± b 2 − 4 a c"), annotations left out.
class MathAsText
{
public:
    static void replace(HtmlDocument &doc, HtmlNode *root);
};

} // namespace html
