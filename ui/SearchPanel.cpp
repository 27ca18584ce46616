#include "ui/SearchPanel.h"
#include "ui/CategoryText.h"

#include "search/SearchEngine.h"
#include "service/SearchService.h"
#include "ui/DateText.h"
#include "ui/SearchFilters.h"
#include "ui/SnippetDelegate.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTextDocument>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ui {

namespace {
enum Column { DayColumn, CategoryColumn, SourceColumn, TextColumn };
constexpr int kDayRole = Qt::UserRole + 1;
constexpr int kCategoryRole = Qt::UserRole + 2;
constexpr int kArticleRole = Qt::UserRole + 3;
} // namespace

SearchPanel::SearchPanel(service::SearchService &service, QWidget *parent)
    : QWidget(parent), m_service(service), m_filters(new SearchFilters(this)), m_header(new QLabel(this)),
      m_indexNotice(new QLabel(this)), m_list(new QTreeWidget(this)), m_more(new QPushButton(tr("Load more"), this)),
      m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("searchPanel"));
    m_list->setObjectName(QStringLiteral("searchResults"));
    m_header->setObjectName(QStringLiteral("searchHeader"));
    m_indexNotice->setObjectName(QStringLiteral("searchIndexNotice"));
    m_more->setObjectName(QStringLiteral("searchLoadMore"));
    m_header->setTextFormat(Qt::PlainText);
    m_indexNotice->setTextFormat(Qt::PlainText);
    m_indexNotice->setWordWrap(true);
    m_indexNotice->hide();
    m_more->hide();
    m_list->setColumnCount(4);
    m_list->setHeaderLabels({tr("Day"), tr("Category"), tr("Source"), tr("Match")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setItemDelegateForColumn(TextColumn, new SnippetDelegate(m_list));
    // Fixed starting widths: sizing columns to their contents measures every
    // row on each change, and colour-emoji glyphs make that a GUI stall.
    const QFontMetrics metrics(m_list->font());
    m_list->header()->resizeSection(DayColumn, m_list->indentation() +
                                                   metrics.horizontalAdvance(DateText::shortDate(QDate(2028, 12, 28))) + 24);
    m_list->header()->resizeSection(CategoryColumn, metrics.averageCharWidth() * 18);
    m_list->header()->resizeSection(SourceColumn, metrics.averageCharWidth() * 18);
    m_debounce->setObjectName(QStringLiteral("searchDebounce"));
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_filters);
    layout->addWidget(m_header);
    layout->addWidget(m_indexNotice);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_more, 0, Qt::AlignLeft);
    showStatus(tr("Type to search every day's articles and summaries."));

    connect(m_debounce, &QTimer::timeout, this, [this] {
        if (!m_text.trimmed().isEmpty())
            run(0);
    });
    connect(m_filters, &SearchFilters::changed, this, [this] {
        if (!m_text.trimmed().isEmpty())
            searchNow();
    });
    connect(&m_service, &service::SearchService::finished, this, &SearchPanel::onFinished);
    connect(m_more, &QPushButton::clicked, this, &SearchPanel::loadMore);
    connect(m_list->verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        if (value > 0 && value == m_list->verticalScrollBar()->maximum())
            loadMore(); // scrolled to the end
    });
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) { choose(item); });
    connect(m_list, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item) { choose(item); });
    m_list->installEventFilter(this);
}

QStringList SearchPanel::words(const QString &query)
{
    return search::SearchEngine::words(query);
}

void SearchPanel::attachField(QLineEdit *field)
{
    m_field = field;
    field->installEventFilter(this);
    connect(field, &QLineEdit::textChanged, this, &SearchPanel::setText);
    connect(field, &QLineEdit::returnPressed, this, &SearchPanel::searchNow);
}

void SearchPanel::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    if (text.trimmed().isEmpty()) {
        clear();
        Q_EMIT cleared();
        return;
    }
    m_debounce->start(); // restarted by every edit
}

void SearchPanel::searchNow()
{
    m_debounce->stop(); // Enter: no second search of the same text later
    if (m_field && m_field->text() != m_text)
        m_text = m_field->text();
    if (m_text.trimmed().isEmpty())
        return;
    run(0);
}

void SearchPanel::clear()
{
    m_debounce->stop();
    m_service.cancel();
    m_ticket = 0;
    m_searching = false;
    m_appending = false;
    m_hasMore = false;
    m_articles = 0;
    m_articleGroup = nullptr;
    m_shownText.clear();
    m_list->clear();
    m_more->hide();
    m_indexNotice->hide();
    showStatus(tr("Type to search every day's articles and summaries."));
}

void SearchPanel::loadMore()
{
    if (m_hasMore && !m_searching && m_ticket != 0)
        run(m_articles);
}

void SearchPanel::run(int offset)
{
    m_debounce->stop();
    search::SearchQuery query;
    query.text = offset > 0 ? m_shownText : m_text;
    m_filters->applyTo(query);
    query.offset = offset;
    query.withSummaries = offset == 0;
    m_appending = offset > 0;
    m_searching = true;
    m_ticket = m_service.search(query);
    if (!m_appending) {
        // The shown results belong to another query now: never left on screen.
        m_list->clear();
        m_articleGroup = nullptr;
        m_articles = 0;
        m_hasMore = false;
        m_shownText = query.text;
        m_indexNotice->hide();
    }
    m_more->hide();
    showStatus(tr("Searching…"));
    Q_EMIT searchStarted();
}

void SearchPanel::onFinished(quint64 ticket, const search::SearchResults &results)
{
    if (ticket != m_ticket || ticket == 0 || !m_searching)
        return; // superseded, cleared meanwhile, or already shown
    m_searching = false;
    m_shownTicket = ticket;
    if (!results.error.isEmpty()) {
        m_hasMore = false;
        showStatus(tr("The search failed: %1").arg(results.error));
        Q_EMIT resultsShown(ticket);
        return;
    }
    if (!m_appending && !results.summaries.isEmpty())
        addHits(results.summaries, group(tr("Category summaries")));
    if (!results.articles.isEmpty()) {
        if (!m_articleGroup)
            m_articleGroup = group(tr("Articles"));
        addHits(results.articles, m_articleGroup);
    }
    m_articles += int(results.articles.size());
    m_hasMore = results.more;
    m_more->setVisible(results.more);
    const int shown = resultCount();
    if (shown == 0)
        showStatus(tr("No results for \"%1\".").arg(m_shownText));
    else if (results.more)
        showStatus(tr("The first %n result(s) for \"%1\"", nullptr, shown).arg(m_shownText));
    else
        showStatus(tr("%n result(s) for \"%1\"", nullptr, shown).arg(m_shownText));
    if (results.indexPercent < 100) {
        m_indexNotice->setText(tr("The search index is still being built (%1 %); older articles may be missing.")
                                   .arg(results.indexPercent));
        m_indexNotice->show();
    } else {
        m_indexNotice->hide();
    }
    if (!m_appending && !m_list->currentItem() && shown > 0) {
        const QSignalBlocker block(m_list);
        m_list->setCurrentItem(m_list->topLevelItem(0)->child(0), 0, QItemSelectionModel::NoUpdate);
    }
    m_appending = false;
    Q_EMIT resultsShown(ticket);
}

QTreeWidgetItem *SearchPanel::group(const QString &title)
{
    auto *item = new QTreeWidgetItem(m_list);
    item->setText(DayColumn, title);
    item->setFirstColumnSpanned(true);
    item->setFlags(Qt::ItemIsEnabled); // a heading: never chosen
    QFont font = item->font(DayColumn);
    font.setBold(true);
    item->setFont(DayColumn, font);
    item->setExpanded(true);
    return item;
}

void SearchPanel::addHits(const QList<search::SearchHit> &hits, QTreeWidgetItem *parent)
{
    QList<QTreeWidgetItem *> items;
    items.reserve(hits.size());
    for (const search::SearchHit &hit : hits) {
        auto *item = new QTreeWidgetItem;
        item->setText(DayColumn, DateText::shortDay(hit.day));
        item->setText(CategoryColumn,
                      hit.categoryId ? m_categoryNames.value(hit.categoryId, tr("(unknown)")) : tr("(not classified)"));
        item->setText(SourceColumn, hit.isSummary ? tr("Summary") : hit.source.simplified());
        const QString snippet = SnippetDelegate::toPlain(hit.snippet);
        const QString title = hit.title.simplified();
        // An article's snippet that starts with its title shows it, matches in bold.
        const bool withTitle = !hit.isSummary && !snippet.startsWith(title);
        const QString plain = hit.isSummary       ? tr("Summary: %1").arg(snippet)
                              : snippet.isEmpty() ? title
                              : withTitle         ? QStringLiteral("%1 — %2").arg(title, snippet)
                                                  : snippet;
        item->setText(TextColumn, plain);                              // what accessibility and keyboard search see
        item->setToolTip(TextColumn, Qt::convertFromPlainText(plain)); // feed text, never rich text
        const QString html = SnippetDelegate::toHtml(hit.snippet);
        item->setData(TextColumn, SnippetDelegate::kHtmlRole,
                      hit.isSummary    ? tr("Summary: %1").arg(html)
                      : html.isEmpty() ? title.toHtmlEscaped()
                      : withTitle      ? QStringLiteral("%1 — %2").arg(title.toHtmlEscaped(), html)
                                       : html);
        item->setData(DayColumn, kDayRole, hit.day);
        item->setData(DayColumn, kCategoryRole, hit.categoryId);
        item->setData(DayColumn, kArticleRole, hit.articleId);
        items << item;
    }
    parent->addChildren(items);
    parent->setExpanded(true);
}

int SearchPanel::resultCount() const
{
    int n = 0;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        n += m_list->topLevelItem(i)->childCount();
    return n;
}

QString SearchPanel::statusText() const
{
    return m_header->text();
}

void SearchPanel::showStatus(const QString &text)
{
    m_header->setText(text);
}

void SearchPanel::setCategories(const QList<Category> &categories)
{
    m_categoryNames.clear();
    for (const Category &c : categories)
        m_categoryNames.insert(c.id, categoryDisplayName(c)); // no emoji: colour glyphs are costly to lay out per row
    m_filters->setCategories(categories);
}

void SearchPanel::setSources(const QList<Source> &sources)
{
    m_filters->setSources(sources);
}

void SearchPanel::setEditions(const QList<Edition> &editions, qint64 shown)
{
    m_filters->setEditions(editions, shown);
}

void SearchPanel::setToday(const QDate &today)
{
    m_filters->setToday(today);
}

bool SearchPanel::focusResults()
{
    if (resultCount() == 0)
        return false;
    QTreeWidgetItem *current = m_list->currentItem();
    if (!current || !current->parent())
        current = m_list->topLevelItem(0)->child(0);
    m_list->setCurrentItem(current);
    m_list->setFocus(Qt::OtherFocusReason);
    return true;
}

void SearchPanel::choose(QTreeWidgetItem *item)
{
    if (!item || !item->parent())
        return; // a heading
    Q_EMIT resultChosen(item->data(DayColumn, kDayRole).toString(), item->data(DayColumn, kCategoryRole).toLongLong(),
                        item->data(DayColumn, kArticleRole).toLongLong(), words(m_shownText));
}

namespace {
// Escape belongs to the search here, not to the window's "back to summary" shortcut.
bool claimsEscape(QEvent *event)
{
    if (event->type() != QEvent::ShortcutOverride || static_cast<QKeyEvent *>(event)->key() != Qt::Key_Escape)
        return false;
    event->accept();
    return true;
}
} // namespace

bool SearchPanel::event(QEvent *event)
{
    if (claimsEscape(event))
        return true;
    return QWidget::event(event);
}

bool SearchPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (claimsEscape(event))
        return true;
    if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Escape) {
            Q_EMIT closeRequested();
            return true;
        }
        if (watched == m_field && key == Qt::Key_Down && isVisible())
            return focusResults();
    }
    return QWidget::eventFilter(watched, event);
}

void SearchPanel::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        Q_EMIT closeRequested();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace ui
