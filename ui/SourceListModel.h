#pragma once

#include "model/Article.h"

#include <QAbstractTableModel>
#include <QList>
#include <QTimeZone>

namespace ui {

// The selected section's articles, one row per story: number(s) (as cited
// in the summary), title (with "also reported by N sources" when several
// articles tell the story), sources, time and read state. A row stands for
// its story's first article; the others open from the article pane. Unread
// rows (no article of the story read) are bold.
class SourceListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NumberColumn, TitleColumn, SourceColumn, TimeColumn, ColumnCount };
    enum Role { ArticleIdRole = Qt::UserRole + 1, UrlRole, ReadRole, StarredRole, StoryArticleCountRole };

    explicit SourceListModel(QObject *parent = nullptr);

    void setTimeZone(const QTimeZone &zone) { m_zone = zone; }
    // The time column shows the date too (lists across days, e.g. Starred).
    void setShowDay(bool showDay) { m_showDay = showDay; }
    // Same article ids and stories in the same order → rows update in place
    // (selection and scroll position stay); otherwise the model resets.
    void setArticles(const QList<Article> &articles);
    const Article *articleAt(int row) const;  // the story's first article
    int rowOfArticle(qint64 articleId) const; // the row of its story
    // 1-based citation number n (the n-th article) → its story's row, or -1.
    int rowOfCitation(int n) const;
    // The n-th article itself (a citation shows what it cites), or null.
    const Article *articleOfCitation(int n) const
    {
        return n >= 1 && n <= m_articles.size() ? &m_articles.at(n - 1) : nullptr;
    }
    void setHighlightedRow(int row);
    int highlightedRow() const { return m_highlighted; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    void group();

    QList<Article> m_articles; // in citation order
    QList<QList<int>> m_rows;  // each row's articles (indexes into m_articles)
    QList<int> m_rowOfArticle; // index into m_articles → row
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    int m_highlighted = -1;
    bool m_showDay = false;
};

} // namespace ui
