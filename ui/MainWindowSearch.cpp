// MainWindow: search across every day (on the search worker) and the
// search index's backfill in the status bar.
#include "ui/MainWindow.h"

#include "service/SearchService.h"
#include "storage/Database.h"
#include "storage/EditionStore.h"
#include "storage/SourceStore.h"
#include "ui/ActivityStatus.h"
#include "ui/ArticlePane.h"
#include "ui/SearchIndexStatus.h"
#include "ui/SearchPanel.h"
#include "ui/SourceView.h"
#include "ui/SummaryView.h"

#include <QDockWidget>
#include <QLineEdit>
#include <QStackedWidget>
#include <QStatusBar>

namespace ui {

void MainWindow::buildSearch()
{
    QString path = m_deps.databasePath;
    if (path.isEmpty()) // deps made by hand: the read connection's file
        path = storage::Database::connection(m_deps.readConnection).databaseName();
    m_searchService = new service::SearchService(path, this);
    m_search = new SearchPanel(*m_searchService, this);
    m_searchService->setParent(m_search); // gone with the panel that uses it, not before
    m_searchDock = new QDockWidget(tr("Search results"), this);
    m_searchDock->setObjectName(QStringLiteral("searchDock"));
    m_searchDock->setWidget(m_search);
    addDockWidget(Qt::BottomDockWidgetArea, m_searchDock);
    m_searchDock->hide();
    m_search->attachField(m_searchField);

    connect(m_search, &SearchPanel::searchStarted, this, [this] {
        if (m_searchDock->isHidden()) {
            m_searchDock->show();
            m_searchDock->raise();
        }
    });
    connect(m_search, &SearchPanel::cleared, m_searchDock, &QWidget::hide);
    connect(m_search, &SearchPanel::closeRequested, this, &MainWindow::closeSearch);
    connect(m_searchDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible)
            refreshSearchFilters();
    });
    // A migrated profile's older articles get their index in the background.
    if (m_deps.writer) {
        auto *indexStatus = new SearchIndexStatus(*m_deps.writer, this);
        statusBar()->addPermanentWidget(indexStatus);
        connect(indexStatus, &SearchIndexStatus::failed, this,
                [this](const QString &message) { m_status->setLastError(message, {}); });
        indexStatus->start();
    }
    connect(m_search, &SearchPanel::resultChosen, this,
            [this](const QString &day, qint64 categoryId, qint64 articleId, const QStringList &words) {
                // A hit of another edition (the filter allows any): show that edition first.
                const qint64 edition = m_repo.editionOf(articleId, categoryId);
                if (edition > 0 && edition != m_repo.edition())
                    showEdition(edition);
                openDay(day);
                const Article *a = nullptr;
                for (const Article &x : std::as_const(m_data.articles)) {
                    if (x.id == articleId)
                        a = &x;
                }
                selectCategory(a && !a->isAi ? kNotAi : categoryId ? categoryId : kAllCategories);
                m_highlightWords = words;
                m_summary->highlightWords(words);
                if (articleId)
                    showArticle(articleId);
            });
}

void MainWindow::refreshSearchFilters()
{
    if (!m_search || m_searchDock->isHidden())
        return; // filled when the panel opens
    m_search->setToday(QDate::fromString(today(), Qt::ISODate));
    m_search->setEditions(storage::EditionStore(storage::Database::connection(m_deps.readConnection)).all(),
                          m_repo.edition());
    m_search->setCategories(m_data.categories);
    m_search->setSources(storage::SourceStore(storage::Database::connection(m_deps.readConnection)).all());
}

void MainWindow::runSearch(const QString &query)
{
    m_searchField->setText(query);
    m_search->searchNow();
}

void MainWindow::closeSearch()
{
    m_searchDock->hide();
    if (m_centreStack->currentWidget() == m_pane)
        m_pane->setFocus(Qt::OtherFocusReason);
    else
        m_sources->setFocus(Qt::OtherFocusReason);
}

} // namespace ui
