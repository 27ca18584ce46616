#include "ui/SourceListModel.h"

#include "ui/ArticleHtml.h"
#include "ui/DateText.h"

#include "digest/BriefingStories.h"

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
        same = articles.at(i).id == m_articles.at(i).id && articles.at(i).storyId == m_articles.at(i).storyId;
    if (!same) {
        beginResetModel();
        m_articles = articles;
        group();
        m_highlighted = -1;
        endResetModel();
        return;
    }
    m_articles = articles;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void SourceListModel::group()
{
    m_rows = digest::storyGroups(m_articles);
    m_rowOfArticle = QList<int>(m_articles.size(), -1);
    for (qsizetype r = 0; r < m_rows.size(); ++r) {
        for (const int i : m_rows.at(r))
            m_rowOfArticle[i] = int(r);
    }
}

const Article *SourceListModel::articleAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_articles.at(m_rows.at(row).first()) : nullptr;
}

int SourceListModel::rowOfArticle(qint64 articleId) const
{
    for (qsizetype i = 0; i < m_articles.size(); ++i) {
        if (m_articles.at(i).id == articleId)
            return m_rowOfArticle.at(i);
    }
    return -1;
}

int SourceListModel::rowOfCitation(int n) const
{
    return n >= 1 && n <= m_articles.size() ? m_rowOfArticle.at(n - 1) : -1;
}

void SourceListModel::setHighlightedRow(int row)
{
    const int old = m_highlighted;
    m_highlighted = (row >= 0 && row < m_rows.size()) ? row : -1;
    for (int r : {old, m_highlighted}) {
        if (r >= 0 && r < m_rows.size())
            Q_EMIT dataChanged(index(r, 0), index(r, ColumnCount - 1), {Qt::BackgroundRole});
    }
}

int SourceListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SourceListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SourceListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QList<int> &story = m_rows.at(index.row());
    const Article &a = m_articles.at(story.first());
    const int others = int(story.size()) - 1;
    bool read = false;
    for (const int i : story)
        read = read || m_articles.at(i).read;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NumberColumn: {
            QStringList numbers;
            for (const int i : story)
                numbers.append(QString::number(i + 1));
            return QStringLiteral("[%1]%2").arg(numbers.join(QLatin1Char(',')),
                                                a.starred ? QStringLiteral(" \u2605") : QString());
        }
        case TitleColumn: {
            const QString title = a.item.title.isEmpty() ? tr("(untitled)") : a.item.title;
            if (others == 0)
                return title;
            return tr("%1 — also reported by %n source(s)", nullptr, others).arg(title);
        }
        case SourceColumn: {
            QStringList sources;
            for (const int i : story) {
                for (const QString &t : m_articles.at(i).sourceTitles) {
                    if (!sources.contains(t))
                        sources.append(t);
                }
            }
            return sources.join(QStringLiteral(", "));
        }
        case TimeColumn: {
            const QDateTime t = a.item.published.isValid() ? a.item.published : a.firstSeen;
            const QDateTime local = t.toTimeZone(m_zone);
            return m_showDay ? DateText::shortDateTime(local) : DateText::shortTime(local.time());
        }
        default:
            return {};
        }
    case Qt::ToolTipRole:
        // Feed text: Qt would read a tooltip that starts with a tag as rich
        // text (images from file: paths included), so it is always escaped.
        return Qt::convertFromPlainText(
            QStringLiteral("%1\n%2\n%3").arg(a.item.title, a.item.url, ArticleHtml::classification(a)).trimmed());
    case Qt::FontRole:
        if (!read) {
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
        return read ? tr("read") : tr("unread");
    case ArticleIdRole:
        return a.id;
    case UrlRole:
        return a.item.url.isEmpty() ? a.item.link : a.item.url;
    case ReadRole:
        return read;
    case StoryArticleCountRole:
        return int(story.size());
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
