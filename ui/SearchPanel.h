#pragma once

#include "model/Category.h"
#include "storage/ArticleStore.h"

#include <QList>
#include <QWidget>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace ui {

// Full-text search results across every cached day (articles and
// summaries), with day and category. Choosing one asks the window to open
// that day and category with the match highlighted.
class SearchPanel : public QWidget
{
    Q_OBJECT
public:
    explicit SearchPanel(QWidget *parent = nullptr);

    void setResults(const QString &query, const QList<storage::ArticleStore::SearchHit> &hits,
                    const QList<Category> &categories);
    int resultCount() const;
    QTreeWidget *resultList() const { return m_list; }
    // The query's words, for highlighting.
    static QStringList words(const QString &query);

Q_SIGNALS:
    void resultChosen(const QString &day, qint64 categoryId, qint64 articleId, const QStringList &words);

private:
    void choose(QTreeWidgetItem *item);

    QLabel *m_header;
    QTreeWidget *m_list;
    QString m_query;
};

} // namespace ui
