#include "html/HtmlText.h"

#include "html/ElementPolicy.h"
#include "html/HtmlDocument.h"

#include <vector>

namespace html {

namespace {

bool isBlock(GumboTag t)
{
    switch (t) {
    case GUMBO_TAG_P:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_THEAD:
    case GUMBO_TAG_TBODY:
    case GUMBO_TAG_TFOOT:
    case GUMBO_TAG_CENTER:
        return true;
    default:
        return false;
    }
}

// What the sanitiser drops with its content is not shown text either.
bool isHidden(GumboTag t, HtmlText::Mode mode)
{
    if (mode == HtmlText::Mode::AllText)
        return t == GUMBO_TAG_HEAD || t == GUMBO_TAG_SCRIPT || t == GUMBO_TAG_STYLE || t == GUMBO_TAG_TEMPLATE;
    return ElementPolicy::kindOf(t) == ElementPolicy::Kind::Drop;
}

class TextWriter
{
public:
    void text(const QString &t, bool pre)
    {
        const qsizetype n = t.size();
        qsizetype i = 0;
        while (i < n) {
            const QChar c = t[i];
            if (c.isSpace()) {
                if (pre && c == QLatin1Char('\n')) {
                    flushBreaks();
                    m_out += QLatin1Char('\n');
                    m_space = false;
                } else if (pre) {
                    flushBreaks();
                    m_out += c;
                } else {
                    m_space = true;
                }
                ++i;
                continue;
            }
            // a run of visible characters, appended at once
            qsizetype j = i + 1;
            while (j < n && !t[j].isSpace())
                ++j;
            flushBreaks();
            if (m_space && !m_out.isEmpty() && !m_out.back().isSpace())
                m_out += QLatin1Char(' ');
            m_space = false;
            m_out += QStringView(t).mid(i, j - i);
            i = j;
        }
    }
    void lineBreak() { m_breaks = std::max(m_breaks, 1); }
    void paragraph() { m_breaks = 2; }
    void cellGap() { m_space = true; }
    QString result() const { return m_out; }

private:
    void flushBreaks()
    {
        if (m_breaks > 0 && !m_out.isEmpty()) {
            while (!m_out.isEmpty() && m_out.back() == QLatin1Char(' '))
                m_out.chop(1);
            m_out += QString(m_breaks, QLatin1Char('\n'));
        }
        if (m_breaks > 0)
            m_space = false;
        m_breaks = 0;
    }

    QString m_out;
    int m_breaks = 0;
    bool m_space = false;
};

} // namespace

QString HtmlText::fromTree(const HtmlNode *root, Mode mode)
{
    TextWriter w;
    struct Item
    {
        const HtmlNode *node;
        bool exit;
        int pre;
    };
    std::vector<Item> stack{{root, false, 0}};
    while (!stack.empty()) {
        const Item item = stack.back();
        stack.pop_back();
        const HtmlNode *n = item.node;
        if (item.exit) {
            if (isBlock(n->tag))
                w.paragraph();
            else if (n->tag == GUMBO_TAG_TD || n->tag == GUMBO_TAG_TH)
                w.cellGap();
            continue;
        }
        if (n->isText()) {
            w.text(n->text, item.pre > 0);
            continue;
        }
        if (n->isElement()) {
            if (isHidden(n->tag, mode))
                continue;
            if (n->tag == GUMBO_TAG_BR) {
                w.lineBreak();
                continue;
            }
            if (isBlock(n->tag))
                w.paragraph();
            else if (n->tag == GUMBO_TAG_TD || n->tag == GUMBO_TAG_TH)
                w.cellGap();
        }
        const int pre = item.pre + (n->is(GUMBO_TAG_PRE) ? 1 : 0);
        stack.push_back({n, true, pre});
        for (const HtmlNode *c = n->lastChild; c; c = c->prevSibling)
            stack.push_back({c, false, pre});
    }
    return w.result();
}

QString HtmlText::fromHtml(const QString &html, Mode mode)
{
    const auto doc = HtmlDocument::parse(html.toUtf8());
    return fromTree(doc->root(), mode);
}

} // namespace html
