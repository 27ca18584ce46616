// MainWindow: the reading pane, read/star state and the article keys.
#include "ui/MainWindow.h"

#include "storage/ArticleStore.h"
#include "storage/StorageWriter.h"
#include "ui/ActivityStatus.h"
#include "ui/ArticleHtml.h"
#include "ui/ArticlePane.h"
#include "ui/CategoryListModel.h"
#include "ui/CategorySidebar.h"
#include "ui/ExternalLinks.h"
#include "ui/ShortcutsDialog.h"
#include "ui/SourceListModel.h"
#include "ui/SourceView.h"
#include "ui/SummaryView.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStatusBar>

namespace ui {

void MainWindow::buildArticleActions()
{
    const auto make = [this](QAction *&slot, const char *name, const QString &text,
                             const QList<QKeySequence> &keys, auto &&slotFn) {
        slot = new QAction(text, this);
        slot->setObjectName(QLatin1String(name));
        slot->setShortcuts(keys);
        slot->setShortcutContext(Qt::WindowShortcut);
        addAction(slot);
        connect(slot, &QAction::triggered, this, slotFn);
    };
    make(m_nextArticleAction, "nextArticleAction", tr("&Next article"), {QKeySequence(Qt::Key_J)},
         [this] { stepArticle(1, false); });
    make(m_prevArticleAction, "previousArticleAction", tr("&Previous article"), {QKeySequence(Qt::Key_K)},
         [this] { stepArticle(-1, false); });
    make(m_nextUnreadAction, "nextUnreadAction", tr("Next &unread"), {QKeySequence(Qt::Key_N)},
         [this] { stepArticle(1, true); });
    make(m_prevUnreadAction, "previousUnreadAction", tr("Previous u&nread"), {QKeySequence(Qt::Key_P)},
         [this] { stepArticle(-1, true); });
    make(m_nextCategoryAction, "nextCategoryAction", tr("Next &category"),
         {QKeySequence(Qt::SHIFT | Qt::Key_J)}, [this] { stepCategory(1); });
    make(m_prevCategoryAction, "previousCategoryAction", tr("Previous c&ategory"),
         {QKeySequence(Qt::SHIFT | Qt::Key_K)}, [this] { stepCategory(-1); });
    make(m_openInBrowserAction, "openInBrowserAction", tr("&Open in browser"),
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::Key_O)}, [this] {
             if (const Article *a = currentArticle())
                 openArticle(a->id, QUrl(ArticleHtml::linkOf(*a)));
         });
    make(m_starAction, "starAction", tr("&Star / unstar"), {QKeySequence(Qt::Key_S)}, [this] {
        if (const Article *a = currentArticle())
            setStarred(a->id, !a->starred);
    });
    make(m_readAction, "toggleReadAction", tr("&Mark read / unread"), {QKeySequence(Qt::Key_M)}, [this] {
        if (const Article *a = currentArticle())
            setRead(a->id, !a->read);
    });
    make(m_markDayReadAction, "markDayReadAction", tr("Mark &day read"), {QKeySequence(Qt::SHIFT | Qt::Key_M)},
         [this] { markDayRead(); });
    make(m_backToSummaryAction, "backToSummaryAction", tr("&Back to summary"), {QKeySequence(Qt::Key_Escape)},
         [this] { showSummaryPage(); });
    make(m_shortcutsAction, "shortcutsAction", tr("&Keyboard shortcuts"),
         {QKeySequence(Qt::Key_F1), QKeySequence(Qt::CTRL | Qt::Key_Slash)}, [this] { showShortcuts(); });
}

void MainWindow::buildArticleMenu()
{
    QMenu *menu = menuBar()->addMenu(tr("&Article"));
    menu->setObjectName(QStringLiteral("articleMenu"));
    menu->addActions({m_nextArticleAction, m_prevArticleAction, m_nextUnreadAction, m_prevUnreadAction,
                      m_nextCategoryAction, m_prevCategoryAction});
    menu->addSeparator();
    menu->addActions({m_openInBrowserAction, m_starAction, m_readAction, m_markDayReadAction});
    menu->addSeparator();
    menu->addAction(m_backToSummaryAction);
}

void MainWindow::onArticleSelected(const QModelIndex &current)
{
    if (m_restoringSelection || !current.isValid())
        return;
    if (const Article *a = m_sourceModel->articleAt(current.row()))
        showArticle(a->id);
}

void MainWindow::showArticle(qint64 articleId)
{
    const ArticleContent content = m_repo.article(articleId);
    if (content.article.id == 0) {
        statusBar()->showMessage(tr("That article is no longer in the database."), 4000);
        return;
    }
    const int row = m_sourceModel->rowOfArticle(articleId);
    if (row >= 0) {
        const bool restoring = std::exchange(m_restoringSelection, true);
        m_sources->highlightRow(row);
        m_restoringSelection = restoring;
    }
    m_pane->showArticle(content);
    m_centreStack->setCurrentWidget(m_pane);
    if (!content.article.read)
        setRead(articleId, true);
}

void MainWindow::openStoryArticle(qint64 articleId)
{
    const Article a = m_repo.article(articleId).article;
    if (a.id == 0) {
        statusBar()->showMessage(tr("That article is no longer in the database."), 4000);
        return;
    }
    if (a.day != m_day)
        openDay(a.day);
    if (m_category != kStarred)
        selectCategory(!a.isAi ? kNotAi : a.categoryId ? a.categoryId : kAllCategories);
    showArticle(articleId);
}

void MainWindow::showSummaryPage()
{
    m_centreStack->setCurrentWidget(m_summary);
}

bool MainWindow::articlePaneShown() const
{
    return m_centreStack->currentWidget() == m_pane;
}

const Article *MainWindow::currentArticle() const
{
    if (articlePaneShown() && m_pane->articleId()) {
        const int row = m_sourceModel->rowOfArticle(m_pane->articleId());
        const Article *listed = row >= 0 ? m_sourceModel->articleAt(row) : nullptr;
        // A row stands for its story's first article; the pane may show another of them.
        return listed && listed->id == m_pane->articleId() ? listed : &m_pane->article();
    }
    return m_sourceModel->articleAt(m_sources->currentIndex().row());
}

void MainWindow::selectArticleRow(int row)
{
    const QModelIndex index = m_sourceModel->index(row, SourceListModel::TitleColumn);
    if (index == m_sources->currentIndex()) {
        if (const Article *a = m_sourceModel->articleAt(row))
            showArticle(a->id);
        return;
    }
    m_sources->setCurrentIndex(index); // opens it in the pane
    m_sources->scrollTo(index);
}

// Moves through the list; the unread variants go on into the next (or
// previous) categories of the day when this list has no more unread.
void MainWindow::stepArticle(int step, bool unreadOnly)
{
    const int count = m_sourceModel->rowCount();
    const int current = m_sources->currentIndex().row(); // -1 when none
    int row = current < 0 ? (step > 0 ? 0 : count - 1) : current + step;
    for (; row >= 0 && row < count; row += step) {
        // A row is a story: unread while none of its articles was read.
        if (!unreadOnly || !m_sourceModel->data(m_sourceModel->index(row, 0), SourceListModel::ReadRole).toBool()) {
            selectArticleRow(row);
            return;
        }
    }
    if (unreadOnly && m_category != kStarred) {
        const int rows = m_categoryModel->rowCount();
        for (int r = m_categoryModel->rowOf(m_category) + step; r >= 0 && r < rows; r += step) {
            const qint64 id = m_categoryModel->categoryIdAt(r);
            if (id == kAllCategories || id == kStarred)
                continue;
            const QList<Article> list = m_data.articlesFor(id);
            for (int i = step > 0 ? 0 : int(list.size()) - 1; i >= 0 && i < list.size(); i += step) {
                if (!list.at(i).read) {
                    selectCategory(id);
                    selectArticleRow(m_sourceModel->rowOfArticle(list.at(i).id)); // its story's row
                    return;
                }
            }
        }
    }
    statusBar()->showMessage(unreadOnly ? tr("No more unread articles this way.")
                                        : step > 0 ? tr("This is the last article of the list.")
                                                   : tr("This is the first article of the list."),
                             3000);
}

void MainWindow::stepCategory(int step)
{
    const int row = m_categoryModel->rowOf(m_category) + step;
    if (row >= 0 && row < m_categoryModel->rowCount())
        selectCategory(m_categoryModel->categoryIdAt(row));
}

void MainWindow::markDayRead()
{
    if (!m_deps.writer || m_day.isEmpty())
        return;
    const QString day = m_day;
    m_deps.writer->call<QString>(
        [day](QSqlDatabase &db) {
            storage::ArticleStore store(db, QTimeZone::utc());
            return store.markDayRead(day) ? QString() : store.lastError();
        },
        this, [this](const QString &error, const storage::CommitStatus &status) {
            if (!status.ok || !error.isEmpty())
                m_status->setLastError(tr("Could not mark the day as read: %1").arg(status.ok ? error : status.error),
                                       {});
            refreshArticleState();
        });
}

void MainWindow::refreshArticleState()
{
    const qint64 current = m_sources->currentArticleId();
    m_repo.refreshState(m_data);
    m_categoryModel->setData(m_data.categories, m_data.countByCategory, m_data.aiCount, m_data.notAiCount,
                             m_data.unreadByCategory, m_data.aiUnread, int(m_data.starred.size()));
    const bool restoring = std::exchange(m_restoringSelection, true);
    if (m_category == kStarred)
        showCategory(); // the list and its count (no summary or chart to redraw there)
    else
        m_sourceModel->setArticles(m_data.articlesFor(m_category)); // rows in place unless the list changed
    const int row = current ? m_sourceModel->rowOfArticle(current) : -1;
    if (row >= 0 && m_sources->currentIndex().row() != row)
        m_sources->setCurrentIndex(m_sourceModel->index(row, SourceListModel::TitleColumn));
    m_restoringSelection = restoring;
}

void MainWindow::openLink(const QUrl &url)
{
    const ExternalLinks::Result result = ExternalLinks::openLink(url);
    if (result != ExternalLinks::Result::Opened)
        statusBar()->showMessage(ExternalLinks::failureText(result, url), 6000);
}

void MainWindow::showShortcuts()
{
    ShortcutsDialog dialog(menuBar(), this);
    dialog.exec();
}

} // namespace ui
