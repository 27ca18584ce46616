// MainWindow: actions, menus, background jobs, tray and article writes.
#include "ui/MainWindow.h"
#include "ui/CategoryText.h"

#include "service/CategoryEditing.h"
#include "settings/Settings.h"
#include "storage/ArticleStore.h"
#include "storage/Database.h"
#include "storage/EditionStore.h"
#include "storage/StorageWriter.h"
#include "ui/ActivityStatus.h"
#include "ui/ArticlePane.h"
#include "ui/BackgroundJobs.h"
#include "ui/CategorySidebar.h"
#include "ui/ChartPanel.h"
#include "ui/DayNavigator.h"
#include "ui/ExportDialog.h"
#include "ui/ExternalLinks.h"
#include "ui/Icons.h"
#include "ui/LlmNotice.h"
#include "ui/SettingsDialog.h"
#include "ui/ShortcutsDialog.h"
#include "ui/SourceView.h"
#include "ui/SummaryView.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QShortcut>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>

namespace ui {

namespace {
QAction *makeAction(QObject *parent, const char *name, const QString &text, const QString &icon,
                    const QList<QKeySequence> &keys)
{
    auto *a = new QAction(text, parent);
    a->setObjectName(QLatin1String(name));
    if (!icon.isEmpty())
        a->setIcon(Icons::get(icon));
    a->setShortcuts(keys);
    return a;
}
} // namespace

void MainWindow::buildActions()
{
    // F5 first: a menu shows the first shortcut.
    m_refreshAction = makeAction(this, "refreshAction", tr("&Refresh"), QStringLiteral("refresh"),
                                 {QKeySequence(Qt::Key_F5), QKeySequence(Qt::CTRL | Qt::Key_R)});
    m_digestAction = makeAction(this, "buildDigestAction", tr("&Build digest"), QStringLiteral("digest"),
                                {QKeySequence(Qt::CTRL | Qt::Key_B)});
    m_exportAction = makeAction(this, "exportAction", tr("&Export…"), QStringLiteral("export"),
                                {QKeySequence(Qt::CTRL | Qt::Key_E)});
    m_settingsAction = makeAction(this, "settingsAction", tr("&Settings…"), QStringLiteral("settings"),
                                  {QKeySequence(Qt::CTRL | Qt::Key_Comma)});
    m_searchAction = makeAction(this, "searchAction", tr("&Search"), QStringLiteral("search"),
                                {QKeySequence(Qt::CTRL | Qt::Key_F)});
    // Back / Forward everywhere; the bare [ and ] only in a list (keyboardInLists),
    // never in a text field, where they are characters.
    m_prevDayAction = makeAction(this, "previousDayAction", tr("&Previous day"), QStringLiteral("go-previous"),
                                 {QKeySequence(Qt::ALT | Qt::Key_Left)});
    m_nextDayAction = makeAction(this, "nextDayAction", tr("&Next day"), QStringLiteral("go-next"),
                                 {QKeySequence(Qt::ALT | Qt::Key_Right)});
    m_prevDayAction->setProperty(kListKeyProperty, QKeySequence(Qt::Key_BracketLeft));
    m_nextDayAction->setProperty(kListKeyProperty, QKeySequence(Qt::Key_BracketRight));
    m_calendarAction = makeAction(this, "calendarAction", tr("Pick a day in the &calendar…"),
                                  QStringLiteral("calendar"), {QKeySequence(Qt::CTRL | Qt::Key_G)});
    m_regenerateAction = makeAction(this, "regenerateAction", tr("Re&generate this section"), QString(),
                                    {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B)});
    m_chartTypeAction = makeAction(this, "chartTypeAction", tr("C&hart type…"), QString(),
                                   {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C)});
    m_todayAction = makeAction(this, "todayAction", tr("&Today"), QString(), {QKeySequence(Qt::CTRL | Qt::Key_T)});
    m_quitAction = makeAction(this, "quitAction", tr("&Quit"), QString(), {QKeySequence(Qt::CTRL | Qt::Key_Q)});
    buildArticleActions();
    for (QAction *a : {m_refreshAction, m_digestAction, m_exportAction, m_settingsAction, m_searchAction,
                       m_prevDayAction, m_nextDayAction, m_todayAction, m_calendarAction, m_regenerateAction,
                       m_chartTypeAction, m_quitAction}) {
        a->setShortcutContext(Qt::WindowShortcut);
        addAction(a);
        if (!a->shortcut().isEmpty())
            a->setToolTip(QStringLiteral("%1 (%2)").arg(a->text().remove(QLatin1Char('&')),
                                                        a->shortcut().toString(QKeySequence::NativeText)));
    }
    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::toggleRefresh);
    connect(m_digestAction, &QAction::triggered, this, &MainWindow::buildDigest);
    connect(m_exportAction, &QAction::triggered, this, &MainWindow::showExport);
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::showSettings);
    connect(m_prevDayAction, &QAction::triggered, m_navigator, &DayNavigator::goPrevious);
    connect(m_nextDayAction, &QAction::triggered, m_navigator, &DayNavigator::goNext);
    connect(m_todayAction, &QAction::triggered, m_navigator, &DayNavigator::goToday);
    connect(m_calendarAction, &QAction::triggered, this, [this] {
        // The navigator's calendar button pops its menu up (queued: the popup runs its own loop).
        if (auto *button = m_navigator->findChild<QToolButton *>(QStringLiteral("calendarButton")))
            QMetaObject::invokeMethod(button, &QToolButton::showMenu, Qt::QueuedConnection);
    });
    connect(m_regenerateAction, &QAction::triggered, this, &MainWindow::regenerateSection);
    connect(m_chartTypeAction, &QAction::triggered, this, [this] {
        if (auto *box = m_chart->findChild<QComboBox *>(QStringLiteral("chartViewBox"))) {
            box->setFocus(Qt::ShortcutFocusReason);
            box->showPopup();
        }
    });
    keyboardInLists();
    connect(m_quitAction, &QAction::triggered, this, [this] {
        m_quitting = true;
        close();
    });

    m_searchField = new QLineEdit(this);
    m_searchField->setObjectName(QStringLiteral("searchField"));
    m_searchField->setPlaceholderText(tr("Search all days (Ctrl+F)"));
    m_searchField->setClearButtonEnabled(true);
    m_searchField->setMaximumWidth(320);
    connect(m_searchAction, &QAction::triggered, this, [this] {
        m_searchField->setFocus(Qt::ShortcutFocusReason);
        m_searchField->selectAll();
    });

    auto *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->setMovable(false);
    bar->addAction(m_refreshAction);
    bar->addAction(m_digestAction);
    bar->addAction(m_exportAction);
    bar->addSeparator();
    bar->addWidget(m_searchField);
    bar->addSeparator();
    bar->addAction(m_settingsAction);
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    file->addAction(m_exportAction);
    file->addAction(m_settingsAction);
    file->addSeparator();
    file->addAction(m_quitAction);
    QMenu *go = menuBar()->addMenu(tr("&Go"));
    go->setObjectName(QStringLiteral("goMenu"));
    go->addAction(m_prevDayAction);
    go->addAction(m_nextDayAction);
    go->addAction(m_todayAction);
    go->addAction(m_calendarAction);
    go->addSeparator();
    go->addAction(m_searchAction);
    buildArticleMenu();
    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    tools->setObjectName(QStringLiteral("toolsMenu"));
    tools->addAction(m_refreshAction);
    tools->addAction(m_digestAction);
    tools->addAction(m_regenerateAction);
    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    view->addAction(m_chartTypeAction);
    view->addAction(m_searchDock->toggleViewAction());
    view->addSeparator();
    m_editionMenu = view->addMenu(tr("&Edition"));
    m_editionMenu->setObjectName(QStringLiteral("editionMenu"));
    reloadEditions();
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    help->addAction(m_shortcutsAction);
    help->addAction(tr("&About Daily Insights"), this, [this] {
        QMessageBox::about(this, tr("About Daily Insights"),
                           tr("Daily Insights %1\nDaily AI-news digests by category, readable offline.")
                               .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::connectJobs()
{
    m_refreshAction->setEnabled(m_deps.jobs != nullptr);
    m_digestAction->setEnabled(m_deps.jobs != nullptr);
    if (m_deps.writer) // a rolled-back batch, whoever queued it
        connect(m_deps.writer, &storage::StorageWriter::commitFailed, this,
                [this](const QString &message) { m_status->setLastError(message, {}); });
    if (!m_deps.jobs)
        return;
    BackgroundJobs *jobs = m_deps.jobs;
    connect(jobs, &BackgroundJobs::refreshProgress, this, [this](int done, int total, int fresh) {
        m_status->showFetching(done, total, fresh);
        updateRefreshAction();
        updateBusyPage();
    });
    connect(jobs, &BackgroundJobs::fullTextProgress, this, [this](int done, int total) {
        m_status->showFullText(done, total);
        updateRefreshAction();
    });
    connect(jobs, &BackgroundJobs::refreshFinished, this, &MainWindow::onRefreshFinished);
    connect(jobs, &BackgroundJobs::refreshNotSaved, this, [this](const QString &error) {
        m_status->setLastError(tr("Fetched articles could not be saved: %1").arg(error), {});
    });
    connect(jobs, &BackgroundJobs::digestProgress, this, [this](const QString &stage, int done, int total) {
        m_status->showSummarising(stage, done, total);
        m_digestAction->setEnabled(false);
        updateBusyPage();
    });
    connect(jobs, &BackgroundJobs::llmUseReported, m_llmNotice, &LlmNotice::setLlmUse);
    connect(jobs, &BackgroundJobs::digestFinished, this, &MainWindow::onDigestFinished);
    connect(jobs, &BackgroundJobs::offlineReasonChanged, this, [this] {
        m_status->setOffline(m_deps.jobs->offlineReason());
        if (m_deps.jobs->offlineReason().isEmpty())
            m_llmNotice->hide(); // the settings were fixed: the next build says how it went
        updateLlmBudget();
    });
    // The digest builds itself after a refresh: show the offline sections at once.
    connect(jobs, &BackgroundJobs::digestUpdated, this, [this](const QString &day) {
        if (day == m_day)
            reload();
        else
            refreshNavigator();
    });
    connect(jobs, &BackgroundJobs::digestOverBudget, this, [this](const QString &day, const QList<qint64> &ids) {
        m_overBudget.insert(day, QSet<qint64>(ids.cbegin(), ids.cend()));
        if (!ids.isEmpty())
            statusBar()->showMessage(
                tr("%n section(s) of %1 stayed offline: over today's LLM budget", nullptr, int(ids.size())).arg(day),
                8000);
    });
    connect(jobs, &BackgroundJobs::llmBudgetChanged, this, &MainWindow::updateLlmBudget);
    connect(m_status, &ActivityStatus::cancelRequested, this, [this] {
        m_deps.jobs->cancelRefresh();
        m_deps.jobs->cancelDigest();
    });
    m_status->setOffline(jobs->offlineReason());
    updateLlmBudget();
}

void MainWindow::updateLlmBudget()
{
    if (!m_deps.jobs)
        return;
    const service::LlmBudget budget = m_deps.jobs->llmBudget();
    const bool limited = budget.maxRequests() > 0 || budget.maxTokens() > 0;
    m_status->setLlmBudget(budget, limited && m_deps.jobs->offlineReason().isEmpty());
}

void MainWindow::updateRefreshAction()
{
    const bool running = m_deps.jobs && m_deps.jobs->refreshRunning();
    m_refreshAction->setText(running ? tr("&Cancel") : tr("&Refresh"));
    m_refreshAction->setIcon(Icons::get(running ? QStringLiteral("cancel") : QStringLiteral("refresh")));
}

void MainWindow::toggleRefresh()
{
    if (!m_deps.jobs)
        return;
    if (m_deps.jobs->refreshRunning()) {
        m_deps.jobs->cancelRefresh();
    } else {
        m_status->setLastError(QString(), {});
        m_deps.jobs->startRefresh();
        m_status->showFetching(0, 0, 0);
    }
    updateRefreshAction();
    updateBusyPage();
}

void MainWindow::buildDigest()
{
    if (m_deps.jobs && !m_deps.jobs->digestRunning() && !m_day.isEmpty()) {
        m_deps.jobs->buildDigest(m_day, 0, false);
        m_status->showSummarising(QString(), 0, 0);
        updateBusyPage();
    }
}

void MainWindow::onRefreshFinished(int newArticles, int attempted, const QStringList &failures, bool cancelled)
{
    m_status->showIdle();
    updateRefreshAction();
    if (attempted > 0 && failures.size() >= attempted)
        m_status->setLastError(tr("Every source failed: check the network connection or proxy, then refresh."),
                               failures);
    else if (!failures.isEmpty())
        m_status->setLastError(tr("%n source(s) failed", nullptr, int(failures.size())), failures);
    else
        m_status->setLastError(QString(), {});
    statusBar()->showMessage(cancelled ? tr("Refresh cancelled; what arrived is kept.")
                                       : tr("%n new article(s)", nullptr, newArticles), 5000);
    // A first refresh fills an empty day view: follow the news to its newest day.
    const QStringList days = m_repo.days();
    if (m_data.articles.isEmpty() && !days.isEmpty() && !days.contains(m_day))
        openDay(days.first());
    else
        reload();
}

void MainWindow::onDigestFinished(const QString &day, const QString &error, bool cancelled)
{
    m_status->showIdle();
    m_digestAction->setEnabled(true);
    if (!error.isEmpty())
        m_status->setLastError(tr("The digest could not be built: %1").arg(error), {});
    if (day == m_day)
        reload();
    else
        refreshNavigator();
    if (!cancelled && error.isEmpty() && m_tray)
        m_tray->showMessage(tr("Digest ready"), tr("The digest for %1 is ready.").arg(day));
}

void MainWindow::scheduleRefresh()
{
    if (!m_deps.jobs || !m_deps.settings)
        return;
    if (!m_refreshTimer) {
        m_refreshTimer = new QTimer(this);
        connect(m_refreshTimer, &QTimer::timeout, this, [this] {
            if (!m_deps.jobs->refreshRunning())
                toggleRefresh();
        });
    }
    const int minutes = m_deps.settings->integer(SettingKey::RefreshIntervalMin);
    if (minutes > 0)
        m_refreshTimer->start(minutes * 60 * 1000);
    else
        m_refreshTimer->stop();
}

void MainWindow::setupTray()
{
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    m_tray = new QSystemTrayIcon(Icons::get(QStringLiteral("daily-insights")), this);
    m_tray->setToolTip(tr("Daily Insights"));
    auto *menu = new QMenu(this);
    menu->addAction(tr("Show window"), this, [this] {
        showNormal();
        activateWindow();
    });
    menu->addAction(m_refreshAction);
    menu->addAction(m_quitAction);
    m_tray->setContextMenu(menu);
    connect(m_tray, &QSystemTrayIcon::activated, this, [this] {
        showNormal();
        activateWindow();
    });
    m_tray->show();
}

void MainWindow::showSettings() { openSettings(-1); }

void MainWindow::showLlmSettings(bool general)
{
    openSettings(int(general ? SettingsDialog::Tab::General : SettingsDialog::Tab::Llm));
}

void MainWindow::openSettings(int tab)
{
    SettingsDialog dialog(m_deps, this);
    if (tab >= 0)
        dialog.showTab(SettingsDialog::Tab(tab));
    if (dialog.exec() == QDialog::Accepted) {
        scheduleRefresh();
        reload();
        updateLlmBudget();
        // The dialog's edits are queued on the writer (never waited for on
        // this thread): reload again once they are committed.
        if (m_deps.writer)
            m_deps.writer->call<bool>([](QSqlDatabase &) { return true; }, this, [this](bool) {
                reloadEditions(); // added, renamed or removed in the Editions tab
                if (storage::EditionStore(storage::Database::connection(m_deps.readConnection))
                        .byId(m_repo.edition())
                        .id
                    == 0)
                    showEdition(editions::kNewsId);
                else
                    reload();
            });
    }
}

void MainWindow::keyboardInLists()
{
    // [ and ] are characters in a text field; in a list they step through the days.
    for (QWidget *list : std::initializer_list<QWidget *>{m_sidebar, m_sources}) {
        for (QAction *action : {m_prevDayAction, m_nextDayAction}) {
            auto *key = new QShortcut(action->property(kListKeyProperty).value<QKeySequence>(), list);
            key->setContext(Qt::WidgetShortcut);
            connect(key, &QShortcut::activated, action, &QAction::trigger);
        }
    }
    // Where the keyboard is, visibly, under every style (Fusion and offscreen included).
    setStyleSheet(QStringLiteral(
        "QListView#categorySidebar, QTreeView#sourceView, QTextBrowser#summaryBrowser"
        " { border: 1px solid palette(mid); padding: 1px; }"
        "QListView#categorySidebar:focus, QTreeView#sourceView:focus, QTextBrowser#summaryBrowser:focus"
        " { border: 2px solid palette(highlight); padding: 0px; }"));
}

void MainWindow::showExport()
{
    std::function<Digest(const QString &)> load;
    if (m_deps.loadDigest)
        load = [loadDigest = m_deps.loadDigest, edition = m_repo.edition()](const QString &day) {
            return loadDigest(day, edition);
        };
    ExportDialog dialog(load, m_day, m_repo.days(), this);
    dialog.exec();
}

void MainWindow::openArticle(qint64 articleId, const QUrl &url)
{
    openLink(url);
    setRead(articleId, true);
}

void MainWindow::setRead(qint64 articleId, bool read)
{
    if (!m_deps.writer)
        return;
    m_deps.writer->call<QString>(
        [articleId, read](QSqlDatabase &db) {
            storage::ArticleStore store(db, QTimeZone::utc());
            return store.setRead(articleId, read) ? QString() : store.lastError();
        },
        this, [this, read](const QString &error, const storage::CommitStatus &status) {
            if (!status.ok || !error.isEmpty())
                m_status->setLastError((read ? tr("Could not mark the article as read: %1")
                                             : tr("Could not mark the article as unread: %1"))
                                           .arg(status.ok ? error : status.error),
                                       {});
            refreshArticleState();
        });
}

void MainWindow::setStarred(qint64 articleId, bool starred)
{
    if (!m_deps.writer)
        return;
    m_deps.writer->call<QString>(
        [articleId, starred](QSqlDatabase &db) {
            storage::ArticleStore store(db, QTimeZone::utc());
            return store.setStarred(articleId, starred) ? QString() : store.lastError();
        },
        this, [this, articleId, starred](const QString &error, const storage::CommitStatus &status) {
            if (!status.ok || !error.isEmpty())
                m_status->setLastError(tr("Could not save the star: %1").arg(status.ok ? error : status.error), {});
            else if (m_pane->articleId() == articleId)
                m_pane->setStarred(starred);
            refreshArticleState();
        });
}

void MainWindow::moveArticle(qint64 articleId)
{
    if (!m_deps.writer)
        return;
    QStringList names;
    for (const Category &c : std::as_const(m_data.categories))
        names << categoryLabel(c);
    const QString notAi = tr("Not AI");
    names << notAi;
    bool ok = false;
    const QString choice = QInputDialog::getItem(this, tr("Move to category"),
                                                 tr("Category (kept as your choice):"), names, 0, false, &ok);
    if (!ok)
        return;
    const qsizetype index = names.indexOf(choice);
    const bool isAi = choice != notAi;
    // "Not AI" is stored as the user's verdict on the last category ("Other").
    const qint64 categoryId = isAi && index >= 0 ? m_data.categories.at(index).id
                              : m_data.categories.isEmpty() ? 0 : m_data.categories.last().id;
    // Kept as the user's choice and as an example the classifier learns from.
    service::CategoryEditing::run(
        *m_deps.writer,
        [articleId, categoryId, isAi](QSqlDatabase &db) {
            return service::CategoryEditing::moveArticle(db, articleId, categoryId, isAi);
        },
        this,
        [this](const service::CategoryEdit &edit) {
            if (!edit.ok)
                m_status->setLastError(tr("Could not move the article: %1").arg(edit.error), {});
            else if (m_deps.articleMoved)
                m_deps.articleMoved();
            reload();
        });
}

} // namespace ui
