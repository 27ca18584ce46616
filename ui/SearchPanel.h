#pragma once

#include "model/Category.h"
#include "model/Edition.h"
#include "model/Source.h"
#include "search/SearchQuery.h"

#include <QStringList>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;
namespace service { class SearchService; }

namespace ui {

class SearchFilters;

// Search across every cached day, off the GUI thread: the attached field
// searches as the user types (debounced; Enter at once), each search
// supersedes the one before (only the latest ticket's results are ever
// shown), the filters re-run it. Summary hits and article hits are listed
// with their day, category and source and a snippet with the matches in
// bold; "Load more" fetches the next page. Choosing a hit asks the window
// to open it with the words highlighted.
class SearchPanel : public QWidget
{
    Q_OBJECT
public:
    // `service` must live as long as the panel (the window makes it the panel's child).
    SearchPanel(service::SearchService &service, QWidget *parent = nullptr);

    static constexpr int kDebounceMs = 250;

    // Text edits search after kDebounceMs, Enter at once, Escape closes,
    // Down moves into the results.
    void attachField(QLineEdit *field);
    void setText(const QString &text); // debounced; "" clears
    void searchNow();                  // the current text, now
    void clear();                      // no query, no results, nothing running
    void loadMore();                   // the next page of articles

    void setCategories(const QList<Category> &categories);
    void setSources(const QList<Source> &sources);
    void setEditions(const QList<Edition> &editions, qint64 shown);
    void setToday(const QDate &today);
    // Moves the focus to the first result; false when there is none.
    bool focusResults();

    SearchFilters *filters() const { return m_filters; }
    QTreeWidget *resultList() const { return m_list; }
    int resultCount() const; // hits shown (summaries and articles)
    QString statusText() const;
    bool isSearching() const { return m_searching; }
    quint64 shownTicket() const { return m_shownTicket; }
    // The query's words, for highlighting.
    static QStringList words(const QString &query);

Q_SIGNALS:
    void resultChosen(const QString &day, qint64 categoryId, qint64 articleId, const QStringList &words);
    void searchStarted();  // a query went to the worker (the window shows the panel)
    void cleared();        // the text was emptied
    void closeRequested(); // Escape
    void resultsShown(quint64 ticket);

protected:
    bool event(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void run(int offset);
    void onFinished(quint64 ticket, const search::SearchResults &results);
    void addHits(const QList<search::SearchHit> &hits, QTreeWidgetItem *group);
    QTreeWidgetItem *group(const QString &title);
    void choose(QTreeWidgetItem *item);
    void showStatus(const QString &text);

    service::SearchService &m_service;
    SearchFilters *m_filters;
    QLabel *m_header;
    QLabel *m_indexNotice;
    QTreeWidget *m_list;
    QPushButton *m_more;
    QTimer *m_debounce;
    QLineEdit *m_field = nullptr;
    QHash<qint64, QString> m_categoryNames;
    QString m_text;          // what the user typed
    QString m_shownText;     // the query of the shown results
    quint64 m_ticket = 0;    // the search whose results may be shown
    quint64 m_shownTicket = 0;
    bool m_searching = false;
    bool m_appending = false; // the running search is the next page
    bool m_hasMore = false;   // the shown results have another page
    int m_articles = 0;       // article hits shown
    QTreeWidgetItem *m_articleGroup = nullptr;
};

} // namespace ui
