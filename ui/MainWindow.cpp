// MainWindow: layout, navigation between days and categories, state.
#include "ui/MainWindow.h"
#include "ui/CategoryText.h"

#include "model/Clock.h"
#include "model/MarkdownInline.h"
#include "settings/Settings.h"
#include "storage/Database.h"
#include "storage/EditionStore.h"
#include "storage/SourceStore.h"
#include "ui/ActivityStatus.h"
#include "ui/ArticlePane.h"
#include "ui/BackgroundJobs.h"
#include "ui/BriefingText.h"
#include "ui/CategoryListModel.h"
#include "ui/CategorySidebar.h"
#include "ui/ChartPanel.h"
#include "ui/DayNavigator.h"
#include "ui/Icons.h"
#include "ui/ImageResources.h"
#include "ui/LlmNotice.h"
#include "ui/SafeTextBrowser.h"
#include "ui/SourceListModel.h"
#include "ui/SourceView.h"
#include "ui/SummaryView.h"

#include <QCloseEvent>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QScrollBar>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

#include <utility>

namespace ui {

namespace {

// A category name (user or import data) as inert Markdown for showMessage,
// which turns "<" into an entity itself (an escaped "\<" would then show).
QString inertMarkdown(const QString &text)
{
    return markdown::escapeInline(text).replace(QLatin1String("\\<"), QLatin1String("<"));
}

} // namespace

MainWindow::MainWindow(const MainWindowDeps &deps, QWidget *parent)
    : QMainWindow(parent), m_deps(deps), m_repo(deps.readConnection, deps.loadDigest)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Daily Insights"));
    setWindowIcon(Icons::get(QStringLiteral("daily-insights")));
    buildWidgets();
    buildActions();
    buildSearch();
    buildMenus();
    connectJobs();
    setupTray();
    restoreState();
    scheduleRefresh();
}

MainWindow::~MainWindow() = default;

QString MainWindow::today() const
{
    const QDateTime now = m_deps.clock ? m_deps.clock->nowUtc() : QDateTime::currentDateTimeUtc();
    return dayOf(now, m_deps.settings ? m_deps.settings->timeZone() : QTimeZone::systemTimeZone());
}

void MainWindow::buildWidgets()
{
    m_navigator = new DayNavigator(this);
    m_categoryModel = new CategoryListModel(this);
    m_sidebar = new CategorySidebar(m_categoryModel, this);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(4, 4, 4, 4);
    buildEditionSwitcher();
    leftLayout->addWidget(m_editionBox);
    leftLayout->addWidget(m_navigator);
    leftLayout->addWidget(m_sidebar, 1);

    m_summary = new SummaryView(this);
    m_sourceModel = new SourceListModel(this);
    if (m_deps.settings)
        m_sourceModel->setTimeZone(m_deps.settings->timeZone());
    m_sources = new SourceView(m_sourceModel, this);
    m_pane = new ArticlePane(ImageResources(m_deps.readConnection), this);
    if (m_deps.settings)
        m_pane->setTimeZone(m_deps.settings->timeZone());
    m_centreStack = new QStackedWidget(this);
    m_centreStack->setObjectName(QStringLiteral("centreStack"));
    m_centreStack->addWidget(m_summary);
    m_centreStack->addWidget(m_pane);
    // Above the summary: the LLM the settings chose was not used, and why.
    m_llmNotice = new LlmNotice(this);
    auto *centreTop = new QWidget(this);
    auto *centreTopLayout = new QVBoxLayout(centreTop);
    centreTopLayout->setContentsMargins(0, 0, 0, 0);
    centreTopLayout->addWidget(m_llmNotice);
    centreTopLayout->addWidget(m_centreStack, 1);
    m_centreSplitter = new QSplitter(Qt::Vertical, this);
    m_centreSplitter->setObjectName(QStringLiteral("centreSplitter"));
    m_centreSplitter->addWidget(centreTop);
    m_centreSplitter->addWidget(m_sources);
    m_centreSplitter->setStretchFactor(0, 3);
    m_centreSplitter->setStretchFactor(1, 2);

    m_chart = new ChartPanel(this);
    m_mainSplitter = new QSplitter(Qt::Horizontal, this);
    m_mainSplitter->setObjectName(QStringLiteral("mainSplitter"));
    m_mainSplitter->addWidget(left);
    m_mainSplitter->addWidget(m_centreSplitter);
    m_mainSplitter->addWidget(m_chart);
    m_mainSplitter->setStretchFactor(0, 0);
    m_mainSplitter->setStretchFactor(1, 3);
    m_mainSplitter->setStretchFactor(2, 2);
    m_mainSplitter->setSizes({290, 700, 440}); // the sidebar fits "🧪 Model training technique (12/12)" in bold
    setCentralWidget(m_mainSplitter);

    m_status = new ActivityStatus(this);
    statusBar()->setObjectName(QStringLiteral("statusBar"));
    statusBar()->addPermanentWidget(m_status); // the temporary messages get the rest

    connect(m_navigator, &DayNavigator::daySelected, this, &MainWindow::openDay);
    connect(m_sidebar, &CategorySidebar::categorySelected, this, [this](qint64 id) {
        if (id == m_category)
            return;
        m_category = id;
        m_highlightWords.clear();
        showSummaryPage();
        showCategory();
    });
    connect(m_summary, &SummaryView::citationActivated, this, &MainWindow::onCitation);
    connect(m_summary, &SummaryView::webLinkActivated, this, &MainWindow::openLink); // failures in the status bar
    connect(m_summary, &SummaryView::regenerateRequested, this, &MainWindow::regenerateSection);
    connect(m_summary, &SummaryView::actionRequested, this,
            [this](SummaryView::Action action) { onSummaryAction(int(action)); });
    connect(m_llmNotice, &LlmNotice::settingsRequested, this, &MainWindow::showLlmSettings);
    connect(m_sources, &SourceView::openRequested, this, &MainWindow::openArticle);
    connect(m_sources, &SourceView::readChangeRequested, this, &MainWindow::setRead);
    connect(m_sources, &SourceView::starChangeRequested, this, &MainWindow::setStarred);
    connect(m_sources, &SourceView::moveRequested, this, &MainWindow::moveArticle);
    // A chosen row (focusing the list makes a row current, but selects nothing).
    connect(m_sources->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const QModelIndexList rows = m_sources->selectionModel()->selectedRows(SourceListModel::TitleColumn);
        if (!rows.isEmpty())
            onArticleSelected(rows.first());
    });
    connect(m_sources, &QAbstractItemView::clicked, this, [this](const QModelIndex &index) {
        const Article *a = m_sourceModel->articleAt(index.row());
        if (a && (!articlePaneShown() || m_pane->articleId() != a->id))
            showArticle(a->id); // the selected row again, after going back to the summary
    });
    connect(m_pane, &ArticlePane::backRequested, this, &MainWindow::showSummaryPage);
    connect(m_pane, &ArticlePane::starRequested, this, &MainWindow::setStarred);
    connect(m_pane, &ArticlePane::openInBrowserRequested, this, &MainWindow::openArticle);
    connect(m_pane, &ArticlePane::linkActivated, this, &MainWindow::openLink);
    connect(m_pane, &ArticlePane::storyArticleRequested, this, &MainWindow::openStoryArticle);
    connect(m_chart, &ChartPanel::categorySelected, this, &MainWindow::selectCategory);
    connect(m_chart, &ChartPanel::dayAndCategorySelected, this, [this](const QString &day, qint64 id) {
        openDay(day);
        selectCategory(id);
    });
    connect(m_chart, &ChartPanel::viewChanged, this, &MainWindow::refreshChart);
}

void MainWindow::showNotice(const QString &text)
{
    constexpr int kNoticeMs = 15000;
    statusBar()->showMessage(text, kNoticeMs);
}

void MainWindow::openDay(const QString &day)
{
    if (day.isEmpty())
        return;
    m_day = day;
    m_highlightWords.clear();
    m_navigator->setCurrentDay(day);
    if (m_category != kStarred)
        showSummaryPage();
    reload();
    m_sources->scrollToTop();
}

void MainWindow::selectCategory(qint64 categoryId)
{
    if (!m_sidebar->selectCategory(categoryId)) {
        m_category = kAllCategories;
        m_sidebar->selectCategory(kAllCategories);
    }
}

void MainWindow::reload()
{
    const int sourceScroll = m_sources->verticalScrollBar()->value();
    const qint64 currentArticle = m_sources->currentArticleId();
    const qint64 category = m_category;
    m_data = m_repo.load(m_day);
    m_categoryModel->setData(m_data.categories, m_data.countByCategory, m_data.aiCount, m_data.notAiCount,
                             m_data.unreadByCategory, m_data.aiUnread, int(m_data.starred.size()));
    {
        const QSignalBlocker block(m_sidebar->selectionModel());
        if (!m_sidebar->selectCategory(category)) {
            m_category = kAllCategories;
            m_sidebar->selectCategory(kAllCategories);
        }
    }
    const bool restoring = std::exchange(m_restoringSelection, true);
    showCategory();
    if (currentArticle) {
        const int row = m_sourceModel->rowOfArticle(currentArticle);
        if (row >= 0)
            m_sources->setCurrentIndex(m_sourceModel->index(row, SourceListModel::TitleColumn));
    }
    m_restoringSelection = restoring;
    // The summary keeps its position itself when its text is unchanged (SafeTextBrowser::showMarkdown).
    m_sources->verticalScrollBar()->setValue(sourceScroll);
    refreshNavigator();
    refreshChart();
    refreshSearchFilters();
}

QString MainWindow::emptyStateText(bool *noSources) const
{
    *noSources = storage::SourceStore(storage::Database::connection(m_deps.readConnection))
                     .inEdition(m_repo.edition())
                     .isEmpty();
    if (*noSources)
        return tr("There are no sources yet. Add feeds in **Settings → Sources** (or import an OPML "
                  "file there), then press **Refresh**.");
    return tr("No articles for this day. Press **Refresh** to fetch the sources, or pick another day "
              "with **Alt+←**, **Alt+→** or the calendar (**Ctrl+G**).");
}

bool MainWindow::busy() const
{
    return m_deps.jobs && (m_deps.jobs->refreshRunning() || m_deps.jobs->digestRunning());
}

bool MainWindow::digestBuilt() const
{
    // The build classifies every article first (a section without a summary
    // then offers Build digest itself).
    for (const Article &a : std::as_const(m_data.articles)) {
        if (a.origin == CategoryOrigin::None)
            return false;
    }
    return true;
}

void MainWindow::updateBusyPage()
{
    if (busy() != m_summaryBusy && !m_day.isEmpty())
        showSummaryText();
}

void MainWindow::onSummaryAction(int action)
{
    if (action == int(SummaryView::Action::Refresh)) {
        if (m_deps.jobs && !m_deps.jobs->refreshRunning())
            toggleRefresh();
    } else if (action == int(SummaryView::Action::BuildDigest)) {
        buildDigest();
    }
}

void MainWindow::regenerateSection()
{
    if (m_deps.jobs && m_category > 0 && !m_deps.jobs->digestRunning()
        && m_data.countByCategory.value(m_category) > 0) {
        m_deps.jobs->buildDigest(m_day, m_category, true);
        m_status->showSummarising(QString(), 0, 0);
    }
}

void MainWindow::showCategory()
{
    const QList<Article> articles = m_data.articlesFor(m_category);
    m_sourceModel->setShowDay(m_category == kStarred);
    m_sourceModel->setArticles(articles);
    showSummaryText();
}

void MainWindow::showSummaryText()
{
    const bool refreshing = m_deps.jobs && m_deps.jobs->refreshRunning();
    const bool building = m_deps.jobs && m_deps.jobs->digestRunning();
    m_summaryBusy = refreshing || building;
    if (m_regenerateAction)
        m_regenerateAction->setEnabled(false);
    const QString shownDay = QLocale().toString(QDate::fromString(m_day, Qt::ISODate), QLocale::ShortFormat);
    if (m_category == kStarred) {
        const QList<Article> articles = m_data.articlesFor(m_category);
        m_summary->showMessage(tr("Starred (%1)").arg(articles.size()),
                               articles.isEmpty()
                                   ? tr("No starred articles yet. Press **S** on an article, or its star "
                                        "button, to keep it here for a report.")
                                   : tr("Articles you starred, from every day, newest first. Select one "
                                        "to read it."));
        return;
    }
    if (m_data.articles.isEmpty()) {
        if (refreshing)
            m_summary->showMessage(tr("Nothing to read yet"),
                                   tr("Fetching the sources… New articles appear here as they arrive."));
        else {
            bool noSources = false;
            const QString text = emptyStateText(&noSources);
            m_summary->showMessage(tr("Nothing to read"), text,
                                   m_deps.jobs && !noSources ? SummaryView::Action::Refresh
                                                             : SummaryView::Action::None);
        }
        return;
    }
    const Category *category = m_category > 0 ? m_data.category(m_category) : nullptr;
    const QString title = m_category == kAllCategories ? tr("All categories")
                          : category ? QStringLiteral("%1 %2").arg(category->emoji, categoryDisplayName(*category))
                                     : QString();
    if (m_category != kNotAi && !digestBuilt()) {
        // Until the day's digest is built, say so and offer to build it.
        if (building)
            m_summary->showMessage(title, tr("The digest for %1 is being built: its articles are being sorted into "
                                             "categories and summarised…").arg(shownDay));
        else
            m_summary->showMessage(
                title,
                tr("The digest for %1 is not built yet: %n article(s) wait to be sorted into categories and "
                   "summarised. Press **Build digest** (works offline too).",
                   nullptr, int(m_data.articles.size()))
                    .arg(shownDay),
                m_deps.jobs ? SummaryView::Action::BuildDigest : SummaryView::Action::None);
        return;
    }
    if (m_category == kNotAi) {
        m_summary->showMessage(tr("Not AI (%1)").arg(m_data.notAiCount),
                               tr("These articles were judged not to be about AI and are left out "
                                  "of the digest. Move one to a category (right-click) if that was "
                                  "wrong; your choice is kept."));
    } else if (m_category == kAllCategories) {
        QStringList lines;
        for (const Category &c : std::as_const(m_data.categories)) {
            const int n = m_data.countByCategory.value(c.id);
            if (n > 0)
                lines << QStringLiteral("- %1: %2").arg(inertMarkdown(categoryLabel(c))).arg(n);
        }
        QString text = tr("%n AI article(s) on this day.", nullptr, m_data.aiCount);
        if (!lines.isEmpty())
            text += QStringLiteral("\n\n") + lines.join(QLatin1Char('\n'));
        const QString leftOut = leftOutText();
        if (!leftOut.isEmpty())
            text += QStringLiteral("\n\n") + leftOut;
        text += QStringLiteral("\n\n")
                + (m_data.aiCount > 0 ? tr("Select a category to read its summary.")
                                      : tr("None of the day's articles is about AI: there is nothing to summarise. "
                                           "They are listed under **Not AI**."));
        // The day's briefing first; its [n] cite the list below, which starts with them.
        const QString briefing = BriefingText::markdown(m_data.digest);
        m_summary->showMessage(tr("All categories"),
                               briefing.isEmpty() ? text : briefing + QStringLiteral("\n---\n\n") + text);
    } else {
        const DigestSection *section = m_data.section(m_category);
        const bool written = section && (!section->summaryMarkdown.isEmpty() || !section->error.isEmpty());
        if (m_data.countByCategory.value(m_category) == 0 && !written) {
            // Nothing to summarise, and nothing to regenerate.
            m_summary->showMessage(title, tr("There were no articles in this category on %1.").arg(shownDay));
        } else if (building && !written) {
            m_summary->showMessage(title, tr("This section is being summarised…"));
        } else {
            m_summary->showSection(section, title, m_deps.jobs != nullptr);
            if (m_regenerateAction)
                m_regenerateAction->setEnabled(m_deps.jobs != nullptr && written);
        }
        if (section && section->provenance.provider == QLatin1String("offline")
            && m_overBudget.value(m_day).contains(m_category))
            m_summary->addProvenanceNote(tr("over today's LLM budget"));
    }
    if (!m_highlightWords.isEmpty())
        m_summary->highlightWords(m_highlightWords);
}

void MainWindow::refreshNavigator()
{
    const QString t = today();
    QStringList days = m_repo.days();
    m_navigator->setDays(days, m_repo.daysWithDigest(), t);
    m_navigator->setCurrentDay(m_day);
}

void MainWindow::refreshChart()
{
    m_chart->setDay(m_data);
    if (m_chart->showsTrend())
        m_chart->setTrend(m_repo.trend(m_day, m_chart->trendDays()), m_data.categories);
}

void MainWindow::onCitation(int number)
{
    if (const Article *a = m_sourceModel->articleOfCitation(number)) // itself, not its story's first article
        showArticle(a->id);
    else
        statusBar()->showMessage(tr("Source [%1] is not in this section's list.").arg(number), 4000);
}

void MainWindow::fitToScreen()
{
    // A small screen (1024x640) or a geometry saved on a bigger one: the
    // window, frame included, stays on the screen's available area.
    const QScreen *shown = screen();
    if (!shown)
        return;
    const QRect area = shown->availableGeometry();
    // Before the first show the frame is not known yet: allow for a
    // typical title bar and border; showEvent fits again with the real one.
    QSize frame = frameGeometry().size() - geometry().size();
    if (frame.isEmpty() && !isVisible())
        frame = QSize(16, 48);
    const QSize fits(std::min(width(), area.width() - frame.width()), std::min(height(), area.height() - frame.height()));
    if (fits != size())
        resize(fits.expandedTo(minimumSizeHint().boundedTo(area.size())));
    if (!area.contains(frameGeometry()))
        move(area.topLeft());
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (!m_fittedOnShow) {
        m_fittedOnShow = true;
        QTimer::singleShot(0, this, &MainWindow::fitToScreen); // once the frame is known
    }
}

void MainWindow::restoreState()
{
    QSettings s;
    restoreGeometry(s.value(QStringLiteral("window/geometry")).toByteArray());
    QMainWindow::restoreState(s.value(QStringLiteral("window/state")).toByteArray());
    m_mainSplitter->restoreState(s.value(QStringLiteral("window/mainSplitter")).toByteArray());
    m_centreSplitter->restoreState(s.value(QStringLiteral("window/centreSplitter")).toByteArray());
    if (s.contains(QStringLiteral("window/chartView")))
        m_chart->setView(ChartPanel::View(s.value(QStringLiteral("window/chartView")).toInt()));
    // The edition shown last (an unknown key: News).
    if (m_deps.settings) {
        const Edition shown = storage::EditionStore(storage::Database::connection(m_deps.readConnection))
                                  .byKey(m_deps.settings->string(SettingKey::ShownEdition));
        const qint64 id = shown.id > 0 ? shown.id : editions::kNewsId;
        m_repo.setEdition(id);
        if (m_deps.jobs)
            m_deps.jobs->setEdition(id);
        reloadEditions();
    }
    const QStringList days = m_repo.days();
    QString day = s.value(QStringLiteral("window/day")).toString();
    if (!days.contains(day))
        day = days.isEmpty() ? today() : days.first();
    m_category = s.value(QStringLiteral("window/category"), kAllCategories).toLongLong();
    m_day = day;
    m_navigator->setCurrentDay(day);
    reload();
    if (!s.contains(QStringLiteral("window/geometry")) || width() < 900 || height() < 600)
        resize(1280, 820);
    fitToScreen();
}

void MainWindow::saveState() const
{
    QSettings s;
    s.setValue(QStringLiteral("window/geometry"), saveGeometry());
    s.setValue(QStringLiteral("window/state"), QMainWindow::saveState());
    s.setValue(QStringLiteral("window/mainSplitter"), m_mainSplitter->saveState());
    s.setValue(QStringLiteral("window/centreSplitter"), m_centreSplitter->saveState());
    s.setValue(QStringLiteral("window/chartView"), int(m_chart->view()));
    s.setValue(QStringLiteral("window/day"), m_day);
    s.setValue(QStringLiteral("window/category"), m_category);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_quitting && m_tray && m_deps.settings && m_deps.settings->flag(SettingKey::CloseToTray)) {
        hide();
        event->ignore();
        return;
    }
    saveState();
    if (m_deps.jobs) {
        m_deps.jobs->cancelRefresh();
        m_deps.jobs->cancelDigest();
    }
    event->accept();
}

} // namespace ui
