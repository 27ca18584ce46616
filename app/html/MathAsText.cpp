#include "html/MathAsText.h"

#include "html/HtmlDocument.h"

#include <QStringList>

namespace html {

void MathAsText::replace(HtmlDocument &doc, HtmlNode *root)
{
    for (HtmlNode *math : root->descendants(GUMBO_TAG_MATH)) {
        if (!math->parent)
            continue;
        QStringList tokens;
        std::vector<const HtmlNode *> stack;
        for (const HtmlNode *c = math->lastChild; c; c = c->prevSibling)
            stack.push_back(c);
        while (!stack.empty()) {
            const HtmlNode *n = stack.back();
            stack.pop_back();
            if (n->isText()) {
                const QString t = n->text.simplified();
                if (!t.isEmpty())
                    tokens << t;
            } else if (n->isElement() && !n->name.startsWith(QLatin1String("annotation"))) {
                for (const HtmlNode *c = n->lastChild; c; c = c->prevSibling)
                    stack.push_back(c);
            }
        }
        HtmlNode *span = doc.createElement(GUMBO_TAG_SPAN);
        span->appendChild(doc.createText(tokens.join(QLatin1Char(' '))));
        math->replaceWith(span);
    }
}

} // namespace html
