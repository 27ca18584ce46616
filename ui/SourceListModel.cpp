#include "ui/SourceListModel.h"

#include <QBrush>
#include <QFont>
#include <QGuiApplication>
#include <QPalette>
#include <QTextDocument>

namespace ui {

SourceListModel::SourceListModel(QObject *parent) : QAbstractTableModel(parent) {}

void SourceListModel::setArticles(const QList<Article> &articles)
{
    bool same = articles.size() == m_articles.size();
    for (qsizetype i = 0; same && i < articles.size(); ++i)
        same = articles.at(i).id == m_articles.at(i).id;
    if (!same) {
        beginResetModel();
        m_articles = articles;
        m_highlighted = -1;
        endResetModel();
        return;
    }
    m_articles = articles;
    if (!m_articles.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

const Article *SourceListModel::articleAt(int row) const
{
    return row >= 0 && row < m_articles.size() ? &m_articles.at(row) : nullptr;
}

int SourceListModel::rowOfArticle(qint64 articleId) const
{
    for (qsizetype i = 0; i < m_articles.size(); ++i) {
        if (m_articles.at(i).id == articleId)
            return int(i);
    }
    return -1;
}

void SourceListModel::setHighlightedRow(int row)
{
    const int old = m_highlighted;
    m_highlighted = (row >= 0 && row < m_articles.size()) ? row : -1;
    for (int r : {old, m_highlighted}) {
        if (r >= 0 && r < m_articles.size())
            Q_EMIT dataChanged(index(r, 0), index(r, ColumnCount - 1), {Qt::BackgroundRole});
    }
}

int SourceListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_articles.size());
}

int SourceListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SourceListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Article &a = m_articles.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NumberColumn:
            return QStringLiteral("[%1]%2").arg(index.row() + 1).arg(a.starred ? QStringLiteral(" \u2605") : QString());
        case TitleColumn:
            return a.item.title.isEmpty() ? tr("(untitled)") : a.item.title;
        case SourceColumn:
            return a.sourceTitles.join(QStringLiteral(", "));
        case TimeColumn: {
            const QDateTime t = a.item.published.isValid() ? a.item.published : a.firstSeen;
            return t.toTimeZone(m_zone).toString(m_showDay ? QStringLiteral("yyyy-MM-dd HH:mm")
                                                           : QStringLiteral("HH:mm"));
        }
        default:
            return {};
        }
    case Qt::ToolTipRole:
        // Feed text: Qt would read a tooltip that starts with a tag as rich
        // text (images from file: paths included), so it is always escaped.
        return Qt::convertFromPlainText(QStringLiteral("%1\n%2").arg(a.item.title, a.item.url));
    case Qt::FontRole:
        if (!a.read) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::BackgroundRole:
        if (index.row() == m_highlighted)
            return QBrush(QGuiApplication::palette().color(QPalette::Highlight).lighter(160));
        return {};
    case Qt::AccessibleDescriptionRole:
        return a.read ? tr("read") : tr("unread");
    case ArticleIdRole:
        return a.id;
    case UrlRole:
        return a.item.url.isEmpty() ? a.item.link : a.item.url;
    case ReadRole:
        return a.read;
    case StarredRole:
        return a.starred;
    default:
        return {};
    }
}

QVariant SourceListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn:
        return tr("#");
    case TitleColumn:
        return tr("Title");
    case SourceColumn:
        return tr("Source");
    case TimeColumn:
        return tr("Time");
    default:
        return {};
    }
}

Qt::ItemFlags SourceListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

} // namespace ui
