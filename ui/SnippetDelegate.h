#pragma once

#include <QStyledItemDelegate>

namespace ui {

// Draws an item's kHtmlRole (escaped text with <b> around the matches)
// as rich text; items without it are drawn as usual.
class SnippetDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    static constexpr int kHtmlRole = Qt::UserRole + 20;

    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // A search snippet (plain text, matches between SearchHit::kOpen and
    // kClose) as HTML: the text escaped, each match in <b>…</b>, on one line.
    static QString toHtml(const QString &snippet);
    // The same without the markers.
    static QString toPlain(const QString &snippet);
};

} // namespace ui
