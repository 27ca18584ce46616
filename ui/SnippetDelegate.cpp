#include "ui/SnippetDelegate.h"

#include "search/SearchQuery.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QTextDocument>

namespace ui {

QString SnippetDelegate::toHtml(const QString &snippet)
{
    QString out;
    out.reserve(snippet.size() + 32);
    bool open = false;
    for (const QChar c : snippet.simplified()) {
        if (c == QChar(search::SearchHit::kOpen)) {
            if (!open)
                out += QLatin1String("<b>");
            open = true;
        } else if (c == QChar(search::SearchHit::kClose)) {
            if (open)
                out += QLatin1String("</b>");
            open = false;
        } else if (c == QLatin1Char('<')) {
            out += QLatin1String("&lt;");
        } else if (c == QLatin1Char('>')) {
            out += QLatin1String("&gt;");
        } else if (c == QLatin1Char('&')) {
            out += QLatin1String("&amp;");
        } else if (c == QLatin1Char('"')) {
            out += QLatin1String("&quot;");
        } else if (c.category() != QChar::Other_Control) {
            out += c;
        }
    }
    if (open)
        out += QLatin1String("</b>");
    return out;
}

QString SnippetDelegate::toPlain(const QString &snippet)
{
    QString out = snippet;
    out.remove(QChar(search::SearchHit::kOpen)).remove(QChar(search::SearchHit::kClose));
    return out.simplified();
}

void SnippetDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QString html = index.data(kHtmlRole).toString();
    if (html.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    QTextDocument doc;
    doc.setDocumentMargin(0);
    doc.setDefaultFont(opt.font);
    doc.setHtml(html); // only escaped text and <b>: nothing loads, nothing links
    const QRect rect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget);
    QAbstractTextDocumentLayout::PaintContext context;
    const bool selected = opt.state & QStyle::State_Selected;
    context.palette.setColor(QPalette::Text, opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    context.clip = QRectF(0, 0, rect.width(), rect.height());
    painter->save();
    painter->translate(rect.left(), rect.top() + (rect.height() - doc.size().height()) / 2);
    painter->setClipRect(context.clip);
    doc.documentLayout()->draw(painter, context);
    painter->restore();
}

} // namespace ui
