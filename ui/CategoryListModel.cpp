#include "ui/CategoryListModel.h"
#include "ui/CategoryText.h"

#include "ui/DayRepository.h"

#include <QColor>
#include <QFont>
#include <QGuiApplication>
#include <QPalette>

namespace ui {

CategoryListModel::CategoryListModel(QObject *parent) : QAbstractListModel(parent) {}

void CategoryListModel::setData(const QList<Category> &categories, const QHash<qint64, int> &counts,
                                int aiCount, int notAiCount, const QHash<qint64, int> &unread, int aiUnread,
                                int starredCount)
{
    QList<Row> rows;
    rows << Row{kAllCategories, QStringLiteral("\u2630"), tr("All"), QString(), aiCount, aiUnread};
    for (const Category &c : categories)
        rows << Row{c.id, c.emoji, categoryDisplayName(c), c.color, counts.value(c.id), unread.value(c.id)};
    rows << Row{kNotAi, QString(), tr("Not AI"), QString(), notAiCount, 0};
    rows << Row{kStarred, QStringLiteral("\u2605"), tr("Starred"), QString(), starredCount, 0};

    bool sameShape = rows.size() == m_rows.size();
    for (qsizetype i = 0; sameShape && i < rows.size(); ++i)
        sameShape = rows.at(i).id == m_rows.at(i).id;
    if (!sameShape) {
        beginResetModel();
        m_rows = rows;
        endResetModel();
        return;
    }
    m_rows = rows;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1));
}

int CategoryListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant CategoryListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        if (r.id == kNotAi)
            return tr("Not AI (%1)").arg(r.count);
        if (r.unread > 0) // unread of all, e.g. "Research  (3/12)"
            return QStringLiteral("%1  %2  (%3/%4)").arg(r.emoji, r.name).arg(r.unread).arg(r.count);
        return QStringLiteral("%1  %2  (%3)").arg(r.emoji, r.name).arg(r.count);
    case Qt::ToolTipRole:
        if (r.id == kNotAi)
            return tr("Articles judged not about AI; left out of the digest");
        if (r.id == kStarred)
            return tr("Starred articles of every day: %1").arg(r.count);
        return tr("%1 unread of %n article(s)", nullptr, r.count).arg(r.unread);
    case Qt::ForegroundRole:
        if (r.id == kNotAi || (r.count == 0 && r.id != kStarred))
            return QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::DecorationRole:
        if (!r.color.isEmpty())
            return QColor(r.color);
        return {};
    case Qt::FontRole:
        if (r.id == kAllCategories || r.unread > 0) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case CategoryIdRole:
        return r.id;
    case CountRole:
        return r.count;
    case UnreadRole:
        return r.unread;
    case ColorRole:
        return r.color;
    default:
        return {};
    }
}

Qt::ItemFlags CategoryListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

qint64 CategoryListModel::categoryIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

int CategoryListModel::rowOf(qint64 categoryId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == categoryId)
            return int(i);
    }
    return -1;
}

} // namespace ui
