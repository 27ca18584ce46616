#pragma once

#include "model/Article.h"

#include <QAbstractTableModel>
#include <QList>
#include <QTimeZone>

namespace ui {

// The selected section's articles: number (as cited in the summary),
// title, source, time and read state. Unread rows are bold.
class SourceListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NumberColumn, TitleColumn, SourceColumn, TimeColumn, ColumnCount };
    enum Role { ArticleIdRole = Qt::UserRole + 1, UrlRole, ReadRole, StarredRole };

    explicit SourceListModel(QObject *parent = nullptr);

    void setTimeZone(const QTimeZone &zone) { m_zone = zone; }
    // The time column shows the date too (lists across days, e.g. Starred).
    void setShowDay(bool showDay) { m_showDay = showDay; }
    // Same article ids in the same order → rows update in place (selection
    // and scroll position stay); otherwise the model resets.
    void setArticles(const QList<Article> &articles);
    const Article *articleAt(int row) const;
    int rowOfArticle(qint64 articleId) const;
    // 1-based citation number n → row, or -1.
    int rowOfCitation(int n) const { return n >= 1 && n <= m_articles.size() ? n - 1 : -1; }
    void setHighlightedRow(int row);
    int highlightedRow() const { return m_highlighted; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    QList<Article> m_articles;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    int m_highlighted = -1;
    bool m_showDay = false;
};

} // namespace ui
