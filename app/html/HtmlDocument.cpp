#include "html/HtmlDocument.h"

#include "html/HtmlLimits.h"
#include "html/NestingLimiter.h"
#include "html/RawTextStripper.h"

#include <QStringList>

#include <vector>

namespace html {

namespace {

// One shared QString per known tag: converting the name for every element
// costs more than the rest of the copy.
const QString &knownTagName(GumboTag tag)
{
    static const std::vector<QString> names = [] {
        std::vector<QString> v;
        for (int t = 0; t < GUMBO_TAG_LAST; ++t)
            v.push_back(QString::fromLatin1(gumbo_normalized_tagname(GumboTag(t))));
        return v;
    }();
    return names[size_t(tag)];
}

// Attribute names are lower-case ASCII almost always: share the common ones.
QString attributeName(const char *name)
{
    static const QStringList common{QStringLiteral("class"), QStringLiteral("id"),      QStringLiteral("href"),
                                    QStringLiteral("src"),   QStringLiteral("style"),   QStringLiteral("rel"),
                                    QStringLiteral("title"), QStringLiteral("alt"),     QStringLiteral("type"),
                                    QStringLiteral("name"),  QStringLiteral("content"), QStringLiteral("property")};
    for (const QString &c : common)
        if (c == QLatin1String(name))
            return c;
    return QString::fromUtf8(name).toLower();
}

QString tagNameOf(const GumboElement &element)
{
    if (element.tag != GUMBO_TAG_UNKNOWN && element.tag < GUMBO_TAG_LAST)
        return knownTagName(element.tag);
    GumboStringPiece piece = element.original_tag;
    if (!piece.data || piece.length == 0)
        return QStringLiteral("unknown");
    gumbo_tag_from_original_text(&piece);
    return QString::fromUtf8(piece.data, qsizetype(piece.length)).toLower();
}

struct GumboOutputDeleter
{
    void operator()(GumboOutput *output) const { gumbo_destroy_output(&kGumboDefaultOptions, output); }
};

} // namespace

HtmlNode *HtmlDocument::newNode(HtmlNode::Kind kind)
{
    if (m_usedInChunk == kChunk) {
        m_chunks.push_back(std::make_unique<HtmlNode[]>(kChunk));
        m_usedInChunk = 0;
    }
    HtmlNode *n = &m_chunks.back()[m_usedInChunk++];
    n->kind = kind;
    return n;
}

HtmlNode *HtmlDocument::createElement(GumboTag tag)
{
    HtmlNode *n = newNode(HtmlNode::Kind::Element);
    n->setTag(tag);
    return n;
}

HtmlNode *HtmlDocument::createElement(const QString &name)
{
    HtmlNode *n = newNode(HtmlNode::Kind::Element);
    n->tag = gumbo_tag_enum(name.toUtf8().constData());
    n->name = name;
    return n;
}

HtmlNode *HtmlDocument::createText(const QString &text)
{
    HtmlNode *n = newNode(HtmlNode::Kind::Text);
    n->text = text;
    return n;
}

std::unique_ptr<HtmlDocument> HtmlDocument::parse(const QByteArray &utf8)
{
    std::unique_ptr<HtmlDocument> doc(new HtmlDocument);
    const QByteArray limited =
        NestingLimiter::limit(RawTextStripper::strip(utf8), HtmlLimits::maxOpenElements, &doc->m_depthLimited);

    GumboOptions options = kGumboDefaultOptions;
    options.max_errors = 0; // errors are not used: do not record them
    std::unique_ptr<GumboOutput, GumboOutputDeleter> output(
        gumbo_parse_with_options(&options, limited.constData(), size_t(limited.size())));

    doc->m_root = doc->newNode(HtmlNode::Kind::Document);
    if (!output)
        return doc;

    std::vector<std::pair<const GumboNode *, HtmlNode *>> stack;
    const GumboVector &top = output->document->v.document.children;
    for (unsigned i = top.length; i-- > 0;)
        stack.emplace_back(static_cast<const GumboNode *>(top.data[i]), doc->m_root);
    while (!stack.empty()) {
        const auto [g, parent] = stack.back();
        stack.pop_back();
        switch (g->type) {
        case GUMBO_NODE_TEXT:
        case GUMBO_NODE_WHITESPACE:
        case GUMBO_NODE_CDATA: {
            parent->appendChild(doc->createText(QString::fromUtf8(g->v.text.text)));
            break;
        }
        case GUMBO_NODE_ELEMENT:
        case GUMBO_NODE_TEMPLATE: {
            const GumboElement &e = g->v.element;
            HtmlNode *n = doc->newNode(HtmlNode::Kind::Element);
            n->tag = e.tag;
            n->name = tagNameOf(e);
            n->attributes.reserve(e.attributes.length);
            for (unsigned i = 0; i < e.attributes.length; ++i) {
                const auto *a = static_cast<const GumboAttribute *>(e.attributes.data[i]);
                n->attributes.emplace_back(attributeName(a->name), QString::fromUtf8(a->value));
            }
            parent->appendChild(n);
            for (unsigned i = e.children.length; i-- > 0;)
                stack.emplace_back(static_cast<const GumboNode *>(e.children.data[i]), n);
            break;
        }
        default: // comments, the document
            break;
        }
    }
    return doc;
}

std::unique_ptr<HtmlDocument> HtmlDocument::clone() const
{
    std::unique_ptr<HtmlDocument> copy(new HtmlDocument);
    copy->m_depthLimited = m_depthLimited;
    copy->m_root = copy->newNode(HtmlNode::Kind::Document);
    std::vector<std::pair<const HtmlNode *, HtmlNode *>> stack;
    for (const HtmlNode *c = m_root->lastChild; c; c = c->prevSibling)
        stack.emplace_back(c, copy->m_root);
    while (!stack.empty()) {
        const auto [from, parent] = stack.back();
        stack.pop_back();
        HtmlNode *n = copy->newNode(from->kind);
        n->tag = from->tag;
        n->name = from->name;
        n->text = from->text;
        n->attributes = from->attributes;
        parent->appendChild(n);
        for (const HtmlNode *c = from->lastChild; c; c = c->prevSibling)
            stack.emplace_back(c, n);
    }
    return copy;
}

HtmlNode *findFirst(HtmlNode *from, GumboTag tag)
{
    HtmlNode *n = from->firstChild;
    while (n) {
        if (n->is(tag))
            return n;
        if (n->firstChild) {
            n = n->firstChild;
            continue;
        }
        while (n && n != from && !n->nextSibling)
            n = n->parent;
        n = n && n != from ? n->nextSibling : nullptr;
    }
    return nullptr;
}

HtmlNode *HtmlDocument::body() const
{
    HtmlNode *b = findFirst(m_root, GUMBO_TAG_BODY);
    return b ? b : m_root;
}

HtmlNode *HtmlDocument::head() const
{
    return findFirst(m_root, GUMBO_TAG_HEAD);
}

} // namespace html
