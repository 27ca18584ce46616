#include "ui/WordElide.h"

#include <QFontMetrics>
#include <QTextBoundaryFinder>

namespace ui {

QString elideAtWordBoundary(const QString &text, const QFontMetrics &metrics, int width)
{
    if (metrics.horizontalAdvance(text) <= width)
        return text;
    const QString ellipsis = QStringLiteral("…");
    const int room = width - metrics.horizontalAdvance(ellipsis);
    QTextBoundaryFinder words(QTextBoundaryFinder::Word, text);
    int best = -1;
    for (int at = words.toNextBoundary(); at > 0; at = words.toNextBoundary()) {
        if (!(words.boundaryReasons() & QTextBoundaryFinder::EndOfItem))
            continue;
        if (metrics.horizontalAdvance(text.left(at)) > room)
            break;
        best = at;
    }
    if (best <= 0)
        return metrics.elidedText(text, Qt::ElideRight, width); // one long word
    QString cut = text.left(best);
    while (!cut.isEmpty() && (cut.back().isSpace() || cut.back().isPunct()))
        cut.chop(1);
    return cut + ellipsis;
}

void WordElideDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const int margin = 8; // the style's text margins, both sides
    option->text = elideAtWordBoundary(option->text, option->fontMetrics, option->rect.width() - margin);
    option->textElideMode = Qt::ElideNone;
}

} // namespace ui
