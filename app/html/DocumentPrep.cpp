#include "html/DocumentPrep.h"

#include "html/HtmlDocument.h"
#include "html/ReadabilityNodes.h"

namespace html {

using namespace readability;

void DocumentPrep::prepare(HtmlDocument &doc)
{
    std::vector<HtmlNode *> drop;
    for (HtmlNode *e : doc.root()->descendantElements())
        if (e->tag == GUMBO_TAG_SCRIPT || e->tag == GUMBO_TAG_NOSCRIPT || e->tag == GUMBO_TAG_STYLE)
            drop.push_back(e);
    for (auto it = drop.rbegin(); it != drop.rend(); ++it)
        (*it)->detach();
    replaceBrs(doc);
    for (HtmlNode *font : doc.root()->descendants(GUMBO_TAG_FONT))
        font->setTag(GUMBO_TAG_SPAN);
}

void DocumentPrep::replaceBrs(HtmlDocument &doc)
{
    for (HtmlNode *br : doc.body()->descendants(GUMBO_TAG_BR)) {
        if (!br->parent)
            continue;
        HtmlNode *next = nextSibling(br);
        bool replaced = false;
        while ((next = nextNonBlank(next)) && next->is(GUMBO_TAG_BR)) {
            replaced = true;
            HtmlNode *after = nextSibling(next);
            next->detach();
            next = after;
        }
        if (!replaced)
            continue;
        HtmlNode *p = doc.createElement(GUMBO_TAG_P);
        br->replaceWith(p);
        next = nextSibling(p);
        while (next) {
            if (next->is(GUMBO_TAG_BR)) {
                const HtmlNode *nextElem = nextNonBlank(nextSibling(next));
                if (nextElem && nextElem->is(GUMBO_TAG_BR))
                    break;
            }
            if (!isPhrasingContent(next))
                break;
            HtmlNode *after = nextSibling(next);
            p->appendChild(next);
            next = after;
        }
        while (p->lastChild && isWhitespace(p->lastChild))
            p->lastChild->detach();
        if (p->parent && p->parent->is(GUMBO_TAG_P))
            p->parent->setTag(GUMBO_TAG_DIV);
    }
}

} // namespace html
