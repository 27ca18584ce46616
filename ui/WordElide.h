#pragma once

#include <QStyledItemDelegate>

class QFontMetrics;

namespace ui {

// `text` cut to fit `width` pixels at a word boundary, with "…"; the whole
// text when it fits. A single word longer than the width is cut where it
// must be (there is no boundary to cut at).
QString elideAtWordBoundary(const QString &text, const QFontMetrics &metrics, int width);

// A table column whose texts (a reason, an error) end at a whole word
// instead of being cut mid-word; the full text belongs in the tooltip.
class WordElideDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace ui
