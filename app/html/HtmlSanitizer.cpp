#include "html/HtmlSanitizer.h"

#include "html/ElementPolicy.h"
#include "html/HtmlDocument.h"
#include "html/HtmlLimits.h"
#include "html/UrlPolicy.h"

#include <QCoreApplication>

#include <vector>

namespace html {

namespace {

using Kind = ElementPolicy::Kind;

int boundedSpan(const QString &value)
{
    bool ok = false;
    const int n = value.trimmed().toInt(&ok);
    return ok && n > 1 && n <= HtmlLimits::maxSpan ? n : 0;
}

class Sanitizer
{
public:
    explicit Sanitizer(const SanitizeOptions &options) : m_options(options) {}

    SanitizedHtml run(const HtmlNode *root)
    {
        m_stack.push_back({root, Phase::Enter});
        while (!m_stack.empty()) {
            const Item item = m_stack.back();
            m_stack.pop_back();
            switch (item.phase) {
            case Phase::Enter:
                enter(item.node);
                break;
            case Phase::ExitKept:
                exitKept(item.node);
                break;
            case Phase::ExitBlock:
                boundary(false);
                break;
            }
        }
        if (m_paragraphOpen)
            m_out.html += QLatin1String("</p>");
        return std::move(m_out);
    }

private:
    enum class Phase { Enter, ExitKept, ExitBlock };
    struct Item
    {
        const HtmlNode *node;
        Phase phase;
    };
    struct TableFrame
    {
        int droppedRows = 0;
        bool droppedCells = false;
    };

    void pushChildren(const HtmlNode *n)
    {
        for (const HtmlNode *c = n->lastChild; c; c = c->prevSibling)
            m_stack.push_back({c, Phase::Enter});
    }

    bool rootLike() const { return m_kept.empty() || m_kept.back() == GUMBO_TAG_BLOCKQUOTE; }

    void ensureParagraph()
    {
        if (rootLike() && !m_paragraphOpen) {
            m_out.html += QLatin1String("<p>");
            m_paragraphOpen = true;
            m_paragraphDepth = m_kept.size();
        }
    }

    // A block starts or ends here: close the paragraph we opened, or (for
    // a container we unwrap inside a list item or cell) break the line.
    void boundary(bool keptBlock)
    {
        if (m_paragraphOpen && m_kept.size() == m_paragraphDepth) {
            m_out.html += QLatin1String("</p>");
            m_paragraphOpen = false;
            m_lastInline = false;
        } else if (!keptBlock && !rootLike() && m_lastInline) {
            m_breakPending = true;
            m_lastInline = false;
        }
        if (keptBlock)
            m_breakPending = false;
    }

    // Inline content follows: open a paragraph at block level, or break
    // the line after an unwrapped block inside a list item or cell.
    void beforeInline()
    {
        ensureParagraph();
        if (m_breakPending) {
            m_out.html += QLatin1String("<br>");
            m_breakPending = false;
        }
    }

    void text(const QString &t)
    {
        bool blank = true;
        for (const QChar c : t)
            if (!c.isSpace()) {
                blank = false;
                break;
            }
        if (blank) {
            if (!rootLike() || m_paragraphOpen)
                m_out.html += t;
            return;
        }
        beforeInline();
        m_out.html += t.toHtmlEscaped();
        m_lastInline = true;
    }

    // Attributes of a kept element, or false when the element must go
    // (a link or image without a usable URL).
    bool attributesFor(const HtmlNode *n, QString &attrs)
    {
        switch (n->tag) {
        case GUMBO_TAG_A: {
            const QString href = UrlPolicy::resolveHttp(n->attribute(u"href"), m_options.baseUrl);
            if (href.isEmpty())
                return false;
            attrs = QStringLiteral(" href=\"%1\"").arg(href.toHtmlEscaped());
            const QString title = n->attribute(u"title").simplified();
            if (!title.isEmpty())
                attrs += QStringLiteral(" title=\"%1\"").arg(title.left(1000).toHtmlEscaped());
            return true;
        }
        case GUMBO_TAG_IMG: {
            if (!m_options.keepImages)
                return false;
            const QString src = UrlPolicy::resolveHttp(n->attribute(u"src"), m_options.baseUrl);
            if (src.isEmpty())
                return false;
            if (!m_out.imageUrls.contains(src))
                m_out.imageUrls.append(src);
            attrs = QStringLiteral(" src=\"%1\"").arg(src.toHtmlEscaped());
            const QString alt = n->attribute(u"alt").simplified();
            if (!alt.isEmpty())
                attrs += QStringLiteral(" alt=\"%1\"").arg(alt.left(1000).toHtmlEscaped());
            return true;
        }
        case GUMBO_TAG_TD:
        case GUMBO_TAG_TH:
            for (const char *name : {"colspan", "rowspan"})
                if (const int span = boundedSpan(n->attribute(QString::fromLatin1(name))))
                    attrs += QStringLiteral(" %1=\"%2\"").arg(QLatin1String(name)).arg(span);
            return true;
        default:
            return true;
        }
    }

    // Rows and cells past the document's budget are skipped and counted.
    bool overTableBudget(GumboTag tag)
    {
        if (tag == GUMBO_TAG_TR) {
            if (m_rows >= HtmlLimits::maxTableRows) {
                if (!m_tables.empty())
                    ++m_tables.back().droppedRows;
                return true;
            }
            ++m_rows;
        } else if (tag == GUMBO_TAG_TD || tag == GUMBO_TAG_TH) {
            if (m_cells >= HtmlLimits::maxTableCells) {
                if (!m_tables.empty())
                    m_tables.back().droppedCells = true;
                return true;
            }
            ++m_cells;
        }
        return false;
    }

    void enter(const HtmlNode *n)
    {
        if (n->isText()) {
            text(n->text);
            return;
        }
        if (n->kind == HtmlNode::Kind::Document) {
            pushChildren(n);
            return;
        }
        const Kind kind = ElementPolicy::kindOf(n->tag);
        if (kind == Kind::Drop)
            return;
        if ((kind == Kind::Block || kind == Kind::Inline || kind == Kind::Void) && overTableBudget(n->tag))
            return;
        QString attrs;
        const bool keep = (kind == Kind::Block || kind == Kind::Inline || kind == Kind::Void) &&
                          int(m_kept.size()) < HtmlLimits::maxKeptDepth && attributesFor(n, attrs);
        if (!keep) {
            if (kind == Kind::UnwrapBlock || kind == Kind::Block) {
                boundary(false);
                m_stack.push_back({n, Phase::ExitBlock});
            }
            if (kind != Kind::Void)
                pushChildren(n);
            return;
        }
        if (kind == Kind::Block || n->tag == GUMBO_TAG_HR)
            boundary(true);
        else
            beforeInline();
        m_out.html += QLatin1Char('<') + n->name + attrs + QLatin1Char('>');
        if (kind == Kind::Void) {
            m_lastInline = n->tag == GUMBO_TAG_IMG;
            return;
        }
        m_lastInline = kind == Kind::Inline;
        if (n->tag == GUMBO_TAG_TABLE)
            m_tables.push_back({});
        m_kept.push_back(n->tag);
        m_stack.push_back({n, Phase::ExitKept});
        pushChildren(n);
    }

    void exitKept(const HtmlNode *n)
    {
        if (m_paragraphOpen && m_kept.size() == m_paragraphDepth) {
            // a paragraph we opened inside this element (a blockquote) ends with it
            m_out.html += QLatin1String("</p>");
            m_paragraphOpen = false;
        }
        m_kept.pop_back();
        m_out.html += QLatin1String("</") + n->name + QLatin1Char('>');
        if (ElementPolicy::kindOf(n->tag) == Kind::Block) {
            m_lastInline = false;
            m_breakPending = false;
        }
        if (n->tag == GUMBO_TAG_TABLE && !m_tables.empty()) {
            const TableFrame frame = m_tables.back();
            m_tables.pop_back();
            if (frame.droppedRows > 0 || frame.droppedCells) {
                m_out.shortened = true;
                const QString note =
                    frame.droppedRows > 0
                        ? QCoreApplication::translate("html::Sanitizer", "Table shortened: %n more row(s) not shown.",
                                                      nullptr, frame.droppedRows)
                        : QCoreApplication::translate("html::Sanitizer", "Table shortened: some cells not shown.");
                boundary(true);
                m_out.html += QLatin1String("<p><em>") + note.toHtmlEscaped() + QLatin1String("</em></p>");
            }
        }
    }

    const SanitizeOptions &m_options;
    SanitizedHtml m_out;
    std::vector<Item> m_stack;
    std::vector<GumboTag> m_kept;
    std::vector<TableFrame> m_tables;
    bool m_paragraphOpen = false;
    size_t m_paragraphDepth = 0;
    bool m_lastInline = false;
    bool m_breakPending = false;
    int m_rows = 0;
    int m_cells = 0;
};

} // namespace

SanitizedHtml sanitizeTree(const HtmlNode *root, const SanitizeOptions &options)
{
    if (!root)
        return {};
    return Sanitizer(options).run(root);
}

SanitizedHtml sanitize(const QString &html, const SanitizeOptions &options)
{
    QByteArray utf8 = html.toUtf8();
    bool cut = false;
    if (utf8.size() > HtmlLimits::maxSanitizeBytes) {
        qsizetype end = HtmlLimits::maxSanitizeBytes;
        while (end > 0 && (uchar(utf8[end]) & 0xC0) == 0x80)
            --end;
        utf8.truncate(end);
        cut = true;
    }
    const auto doc = HtmlDocument::parse(utf8);
    SanitizedHtml out = sanitizeTree(doc->root(), options);
    out.shortened = out.shortened || cut;
    return out;
}

} // namespace html
