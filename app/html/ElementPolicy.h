#pragma once

#include <gumbo.h>

namespace html {

// What the sanitiser does with each element: keep it (a block, an inline
// element or a void one), unwrap it (keep its content), or drop it with its
// content. The plain-text view follows the same table.
class ElementPolicy
{
public:
    enum class Kind { Drop, Block, Inline, Void, UnwrapBlock, UnwrapInline };
    static Kind kindOf(GumboTag tag);
};

} // namespace html
