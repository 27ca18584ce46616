#include "html/ReadabilityNodes.h"

#include "html/ReadabilityPatterns.h"

#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

namespace html::readability {

QString className(const HtmlNode *n)
{
    return n->isElement() ? n->attribute(u"class") : QString();
}

QString idOf(const HtmlNode *n)
{
    return n->isElement() ? n->attribute(u"id") : QString();
}

QString normalizeSpaces(const QString &s)
{
    QString out;
    out.reserve(s.size());
    qsizetype i = 0;
    const qsizetype n = s.size();
    while (i < n) {
        if (s[i].isSpace()) {
            qsizetype j = i;
            while (j < n && s[j].isSpace())
                ++j;
            if (j - i >= 2)
                out += QLatin1Char(' ');
            else
                out += s[i];
            i = j;
        } else {
            out += s[i++];
        }
    }
    return out;
}

QString innerText(const HtmlNode *n, bool normalize)
{
    const QString t = n->textContent().trimmed();
    return normalize ? normalizeSpaces(t) : t;
}

qsizetype innerTextLength(const HtmlNode *n)
{
    qsizetype visible = 0;
    qsizetype runs = 0;
    bool inSpace = false;
    auto count = [&](const QString &t) {
        for (const QChar c : t) {
            if (c.isSpace()) {
                inSpace = true;
            } else {
                if (inSpace && visible > 0)
                    ++runs;
                inSpace = false;
                ++visible;
            }
        }
    };
    if (n->isText()) {
        count(n->text);
        return visible + runs;
    }
    // document order over the subtree's text nodes
    const HtmlNode *c = n->firstChild;
    while (c) {
        if (c->isText())
            count(c->text);
        if (c->firstChild) {
            c = c->firstChild;
            continue;
        }
        while (c && c != n && !c->nextSibling)
            c = c->parent;
        c = c && c != n ? c->nextSibling : nullptr;
    }
    return visible + runs;
}

double linkDensity(const HtmlNode *n)
{
    const qsizetype textLength = innerTextLength(n);
    if (textLength == 0)
        return 0;
    double linkLength = 0;
    for (const HtmlNode *a : n->descendants(GUMBO_TAG_A)) {
        const QString href = a->attribute(u"href");
        const double coefficient = href.size() > 1 && href.startsWith(QLatin1Char('#')) ? 0.3 : 1;
        linkLength += double(innerTextLength(a)) * coefficient;
    }
    return linkLength / double(textLength);
}

double textDensity(const HtmlNode *n, std::initializer_list<GumboTag> tags)
{
    const qsizetype textLength = innerTextLength(n);
    if (textLength == 0)
        return 0;
    qsizetype childrenLength = 0;
    for (const HtmlNode *e : n->descendantElements())
        if (std::find(tags.begin(), tags.end(), e->tag) != tags.end())
            childrenLength += innerTextLength(e);
    return double(childrenLength) / double(textLength);
}

int charCount(const HtmlNode *n, QChar c)
{
    return int(n->textContent().count(c)); // trimming and collapsing spaces keep every non-space character
}

int classWeight(const HtmlNode *n, int flags)
{
    if (!(flags & WeightClasses))
        return 0;
    int weight = 0;
    for (const QString &s : {className(n), idOf(n)}) {
        if (s.isEmpty())
            continue;
        if (Patterns::negative().match(s).hasMatch())
            weight -= 25;
        if (Patterns::positive().match(s).hasMatch())
            weight += 25;
    }
    return weight;
}

bool hasAncestorTag(const HtmlNode *n, GumboTag tag, int maxDepth, bool dataTableOnly)
{
    int depth = 0;
    while (n->parent) {
        if (maxDepth > 0 && depth > maxDepth)
            return false;
        if (n->parent->is(tag) && (!dataTableOnly || n->parent->dataTable))
            return true;
        n = n->parent;
        ++depth;
    }
    return false;
}

namespace {

bool isPhrasingTag(GumboTag t)
{
    switch (t) {
    case GUMBO_TAG_ABBR:
    case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_B:
    case GUMBO_TAG_BDO:
    case GUMBO_TAG_BR:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_CITE:
    case GUMBO_TAG_CODE:
    case GUMBO_TAG_DATA:
    case GUMBO_TAG_DATALIST:
    case GUMBO_TAG_DFN:
    case GUMBO_TAG_EM:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_I:
    case GUMBO_TAG_IMG:
    case GUMBO_TAG_INPUT:
    case GUMBO_TAG_KBD:
    case GUMBO_TAG_LABEL:
    case GUMBO_TAG_MARK:
    case GUMBO_TAG_MATH:
    case GUMBO_TAG_METER:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_OUTPUT:
    case GUMBO_TAG_PROGRESS:
    case GUMBO_TAG_Q:
    case GUMBO_TAG_RUBY:
    case GUMBO_TAG_SAMP:
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_SMALL:
    case GUMBO_TAG_SPAN:
    case GUMBO_TAG_STRONG:
    case GUMBO_TAG_SUB:
    case GUMBO_TAG_SUP:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_TIME:
    case GUMBO_TAG_VAR:
    case GUMBO_TAG_WBR:
        return true;
    default:
        return false;
    }
}

bool isDivToPTag(GumboTag t)
{
    switch (t) {
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_IMG:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_P:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_UL:
        return true;
    default:
        return false;
    }
}

} // namespace

bool isPhrasingContent(const HtmlNode *n)
{
    if (n->isText())
        return true;
    if (!n->isElement())
        return false;
    if (isPhrasingTag(n->tag))
        return true;
    if (n->tag != GUMBO_TAG_A && n->tag != GUMBO_TAG_DEL && n->tag != GUMBO_TAG_INS)
        return false;
    // a, del, ins: phrasing when everything inside is (iteratively)
    std::vector<const HtmlNode *> stack;
    for (const HtmlNode *c = n->firstChild; c; c = c->nextSibling)
        stack.push_back(c);
    while (!stack.empty()) {
        const HtmlNode *c = stack.back();
        stack.pop_back();
        if (c->isText() || (c->isElement() && isPhrasingTag(c->tag)))
            continue;
        if (c->isElement() && (c->tag == GUMBO_TAG_A || c->tag == GUMBO_TAG_DEL || c->tag == GUMBO_TAG_INS)) {
            for (const HtmlNode *k = c->firstChild; k; k = k->nextSibling)
                stack.push_back(k);
            continue;
        }
        return false;
    }
    return true;
}

bool isWhitespace(const HtmlNode *n)
{
    return (n->isText() && n->text.trimmed().isEmpty()) || n->is(GUMBO_TAG_BR);
}

bool hasSingleTagInsideElement(const HtmlNode *n, GumboTag tag)
{
    const auto kids = n->elementChildren();
    if (kids.size() != 1 || kids[0]->tag != tag)
        return false;
    for (const HtmlNode *c = n->firstChild; c; c = c->nextSibling)
        if (c->isText() && !c->text.isEmpty() && !c->text.back().isSpace())
            return false;
    return true;
}

bool isElementWithoutContent(const HtmlNode *n)
{
    if (!n->isElement() || !n->textContent().trimmed().isEmpty())
        return false;
    const auto kids = n->elementChildren();
    return kids.empty() || int(kids.size()) == countDescendants(n, GUMBO_TAG_BR) + countDescendants(n, GUMBO_TAG_HR);
}

bool hasChildBlockElement(const HtmlNode *n)
{
    for (const HtmlNode *e : n->descendantElements())
        if (isDivToPTag(e->tag))
            return true;
    return false;
}

bool isProbablyVisible(const HtmlNode *n)
{
    static const QRegularExpression displayNone(
        QStringLiteral("(^|;)\\s*display\\s*:\\s*none\\s*(!important)?\\s*(;|$)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression hidden(
        QStringLiteral("(^|;)\\s*visibility\\s*:\\s*hidden\\s*(!important)?\\s*(;|$)"),
        QRegularExpression::CaseInsensitiveOption);
    const QString style = n->attribute(u"style");
    if (!style.isEmpty() && (displayNone.match(style).hasMatch() || hidden.match(style).hasMatch()))
        return false;
    if (n->hasAttribute(u"hidden"))
        return false;
    if (n->attribute(u"aria-hidden") == QLatin1String("true") &&
        !className(n).contains(QLatin1String("fallback-image")))
        return false;
    return true;
}

int countDescendants(const HtmlNode *n, GumboTag tag)
{
    return int(n->descendants(tag).size());
}

HtmlNode *nextNode(HtmlNode *n, bool skipChildren)
{
    if (!skipChildren)
        for (HtmlNode *c = n->firstChild; c; c = c->nextSibling)
            if (c->isElement())
                return c;
    if (HtmlNode *s = n->nextElementSibling())
        return s;
    do {
        n = n->parent;
    } while (n && !n->nextElementSibling());
    return n ? n->nextElementSibling() : nullptr;
}

HtmlNode *removeAndGetNext(HtmlNode *n)
{
    HtmlNode *next = nextNode(n, true);
    n->detach();
    return next;
}

HtmlNode *nextSibling(const HtmlNode *n)
{
    return n->nextSibling;
}

HtmlNode *nextNonBlank(HtmlNode *n)
{
    while (n && !n->isElement() && n->textContent().trimmed().isEmpty())
        n = nextSibling(n);
    return n;
}

std::vector<HtmlNode *> ancestors(const HtmlNode *n, int maxDepth)
{
    std::vector<HtmlNode *> out;
    int i = 0;
    while (n->parent) {
        out.push_back(n->parent);
        if (maxDepth && ++i == maxDepth)
            break;
        n = n->parent;
    }
    return out;
}

namespace {

// JavaScript's /\W+/ split: ASCII letters, digits and '_' make tokens.
QStringList asciiTokens(const QString &s)
{
    QStringList out;
    QString cur;
    for (const QChar c : s.toLower()) {
        const char16_t u = c.unicode();
        if ((u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') || u == '_' || (u >= 'A' && u <= 'Z')) {
            cur += c;
        } else if (!cur.isEmpty()) {
            out << cur;
            cur.clear();
        }
    }
    if (!cur.isEmpty())
        out << cur;
    return out;
}

} // namespace

double textSimilarity(const QString &a, const QString &b)
{
    const QStringList tokensA = asciiTokens(a);
    const QStringList tokensB = asciiTokens(b);
    if (tokensA.isEmpty() || tokensB.isEmpty())
        return 0;
    QStringList uniqB;
    for (const QString &t : tokensB)
        if (!tokensA.contains(t))
            uniqB << t;
    const double distance = double(uniqB.join(QLatin1Char(' ')).size()) / double(tokensB.join(QLatin1Char(' ')).size());
    return 1 - distance;
}

int roughWordCount(const QString &s)
{
    // "a b".split(/\s+/) has 2 pieces; "" has 1; leading space adds an empty piece.
    int pieces = 1;
    qsizetype i = 0;
    while (i < s.size()) {
        if (s[i].isSpace()) {
            ++pieces;
            while (i < s.size() && s[i].isSpace())
                ++i;
        } else {
            ++i;
        }
    }
    return pieces;
}

} // namespace html::readability
