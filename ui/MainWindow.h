#pragma once

#include "ui/DayRepository.h"
#include "ui/MainWindowDeps.h"

#include <QHash>
#include <QMainWindow>
#include <QSet>
#include <QStringList>

class QAction;
class QActionGroup;
class QComboBox;
class QMenu;
class QDockWidget;
class QLineEdit;
class QSplitter;
class QStackedWidget;
class QSystemTrayIcon;
class QTimer;
namespace service { class SearchService; }

namespace ui {

class ActivityStatus;
class ArticlePane;
class CategoryListModel;
class CategorySidebar;
class ChartPanel;
class DayNavigator;
class LlmNotice;
class SearchPanel;
class SourceListModel;
class SourceView;
class SummaryView;

// Days on the left, the selected category's summary and sources in the
// middle, the chart on the right. Everything shown comes from the local
// database; slow work runs through BackgroundJobs.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(const MainWindowDeps &deps, QWidget *parent = nullptr);
    ~MainWindow() override;

    QString currentDay() const { return m_day; }
    qint64 currentCategory() const { return m_category; }
    qint64 currentEdition() const { return m_repo.edition(); }
    const DayData &dayData() const { return m_data; }

public Q_SLOTS:
    void openDay(const QString &day);
    // Shows another edition: its days, categories, digest and chart (the
    // shown day when it has articles there, else its newest day); remembered.
    void showEdition(qint64 editionId);
    // Re-reads the profile's editions (the switcher and its shortcuts).
    void reloadEditions();
    // A message for the status bar that is neither progress nor an error.
    void showNotice(const QString &text);
    void selectCategory(qint64 categoryId);
    // Re-reads the shown day, keeping the selection and scroll positions.
    void reload();
    void runSearch(const QString &query);
    void showSettings();
    void showExport();
    void toggleRefresh();
    void buildDigest();
    // The reading pane: shows the article (from the database) in place of
    // the summary and marks it read.
    void showArticle(qint64 articleId);
    // Another article of the shown story (its day and category opened first).
    void openStoryArticle(qint64 articleId);
    void showSummaryPage();
    bool articlePaneShown() const;
    void showShortcuts();
    // Settings, opened on its LLM tab (or, general = true, on General).
    void showLlmSettings(bool general = false);
    // Writes the shown category's summary again (the Regenerate button).
    void regenerateSection();

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override; // the first show fits the window to its screen

private:
    void buildWidgets();
    void buildActions();
    void buildMenus();
    void buildSearch();
    void refreshSearchFilters();
    void closeSearch();
    void connectJobs();
    void setupTray();
    void restoreState();
    void fitToScreen();
    void saveState() const;
    void showCategory();
    // The summary area alone: the section, or what there is to do (build, refresh) or being done.
    void showSummaryText();
    // A refresh or build started or ended: the summary area says so when it shows that state.
    void updateBusyPage();
    bool busy() const;
    // Every article of the shown day classified (what a build does first).
    bool digestBuilt() const;
    void onSummaryAction(int action);
    void openSettings(int tab);
    // [ and ] in the lists, and a visible focus frame on them and the summary.
    void keyboardInLists();
    void refreshNavigator();
    void buildEditionSwitcher();
    QString leftOutText() const;
    void refreshChart();
    QString emptyStateText(bool *noSources) const;
    void onCitation(int number);
    void openArticle(qint64 articleId, const QUrl &url);
    void setRead(qint64 articleId, bool read);
    void setStarred(qint64 articleId, bool starred);
    void moveArticle(qint64 articleId);
    // Reader actions and navigation (MainWindowReader.cpp).
    void buildArticleActions();
    void buildArticleMenu();
    void onArticleSelected(const QModelIndex &current);
    void selectArticleRow(int row);
    void stepArticle(int step, bool unreadOnly);
    void stepCategory(int step);
    const Article *currentArticle() const;
    void markDayRead();
    void openLink(const QUrl &url);
    // After a read / star change: counts and list rows, not the summary or chart.
    void refreshArticleState();
    void updateRefreshAction();
    void updateLlmBudget();
    void onRefreshFinished(int newArticles, int attempted, const QStringList &failures, bool cancelled);
    void onDigestFinished(const QString &day, const QString &error, bool cancelled);
    void scheduleRefresh();
    QString today() const;

    MainWindowDeps m_deps;
    DayRepository m_repo;
    DayData m_data;
    QString m_day;
    qint64 m_category = kAllCategories;
    QStringList m_highlightWords;
    QHash<QString, QSet<qint64>> m_overBudget; // per day: sections the last automatic build left offline

    QComboBox *m_editionBox = nullptr;
    QMenu *m_editionMenu = nullptr;
    QActionGroup *m_editionGroup = nullptr;
    DayNavigator *m_navigator = nullptr;
    CategoryListModel *m_categoryModel = nullptr;
    CategorySidebar *m_sidebar = nullptr;
    SummaryView *m_summary = nullptr;
    LlmNotice *m_llmNotice = nullptr;
    bool m_summaryBusy = false; // the summary area last said a refresh or build was running
    SourceListModel *m_sourceModel = nullptr;
    SourceView *m_sources = nullptr;
    ChartPanel *m_chart = nullptr;
    ActivityStatus *m_status = nullptr;
    service::SearchService *m_searchService = nullptr;
    SearchPanel *m_search = nullptr;
    bool m_fittedOnShow = false;
    QDockWidget *m_searchDock = nullptr;
    QLineEdit *m_searchField = nullptr;
    QSplitter *m_mainSplitter = nullptr;
    QSplitter *m_centreSplitter = nullptr;
    QStackedWidget *m_centreStack = nullptr; // the summary, or the article pane
    ArticlePane *m_pane = nullptr;
    bool m_restoringSelection = false;       // selection changes that do not open an article
    QSystemTrayIcon *m_tray = nullptr;
    QTimer *m_refreshTimer = nullptr;

    QAction *m_refreshAction = nullptr;
    QAction *m_digestAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_searchAction = nullptr;
    QAction *m_prevDayAction = nullptr;
    QAction *m_nextDayAction = nullptr;
    QAction *m_todayAction = nullptr;
    QAction *m_calendarAction = nullptr;
    QAction *m_regenerateAction = nullptr;
    QAction *m_chartTypeAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_nextArticleAction = nullptr;
    QAction *m_prevArticleAction = nullptr;
    QAction *m_nextUnreadAction = nullptr;
    QAction *m_prevUnreadAction = nullptr;
    QAction *m_nextCategoryAction = nullptr;
    QAction *m_prevCategoryAction = nullptr;
    QAction *m_openInBrowserAction = nullptr;
    QAction *m_starAction = nullptr;
    QAction *m_readAction = nullptr;
    QAction *m_markDayReadAction = nullptr;
    QAction *m_backToSummaryAction = nullptr;
    QAction *m_shortcutsAction = nullptr;
    bool m_quitting = false;
};

} // namespace ui
