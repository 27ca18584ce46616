#include "ui/ScreenshotRunner.h"

#include "ui/BackgroundJobs.h"
#include "ui/ChartPanel.h"
#include "ui/MainWindow.h"
#include "ui/SearchPanel.h"
#include "ui/SettingsDialog.h"

#include "storage/EditionStore.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QScreen>
#include <QSqlDatabase>
#include <QTimer>

#include <algorithm>

#include <cstdio>

namespace ui {

ScreenshotRunner::ScreenshotRunner(MainWindow &window, const MainWindowDeps &deps, QString dir, QObject *parent)
    : QObject(parent), m_window(window), m_deps(deps), m_dir(std::move(dir))
{
}

void ScreenshotRunner::start()
{
    // The window fills the screen, as a maximised window would: the Xvfb
    // screen size (1440x900, 1024x640) is the size being checked.
    if (QScreen *screen = m_window.screen())
        m_window.setGeometry(screen->availableGeometry());
    QTimer::singleShot(60000, this, &ScreenshotRunner::capture); // never hang a build
    if (!m_deps.jobs) {
        QTimer::singleShot(200, this, &ScreenshotRunner::capture);
        return;
    }
    connect(m_deps.jobs, &BackgroundJobs::refreshFinished, this, &ScreenshotRunner::buildDigest,
            Qt::SingleShotConnection);
    // The builds a refresh starts by itself come first, one day after
    // another: capture once the window's own build is done and nothing runs.
    connect(m_deps.jobs, &BackgroundJobs::digestFinished, this, [this] {
        QTimer::singleShot(0, this, [this] {
            if (m_digestRequested && !m_deps.jobs->digestRunning() && !m_deps.jobs->refreshRunning())
                QTimer::singleShot(300, this, &ScreenshotRunner::capture);
        });
    });
    m_deps.jobs->startRefresh();
}

void ScreenshotRunner::buildDigest()
{
    // After the refresh the window shows the newest day; summarise it.
    QTimer::singleShot(0, this, [this] {
        m_window.reload();
        m_window.buildDigest();
        m_digestRequested = true;
        if (!m_deps.jobs->digestRunning())
            QTimer::singleShot(300, this, &ScreenshotRunner::capture);
    });
}

void ScreenshotRunner::capture()
{
    if (m_captured)
        return;
    m_captured = true;
    m_window.reload();
    QDir().mkpath(m_dir);
    // The overview first: the day's briefing above the category counts.
    m_window.selectCategory(kAllCategories);
    QApplication::processEvents();
    bool ok = m_window.grab().save(QDir(m_dir).filePath(QStringLiteral("briefing.png")));
    // Then a summary: the category with the most articles.
    const DayData &day = m_window.dayData();
    qint64 busiest = kAllCategories;
    for (auto it = day.countByCategory.cbegin(); it != day.countByCategory.cend(); ++it) {
        if (it.key() > 0 && (busiest == kAllCategories || it.value() > day.countByCategory.value(busiest)))
            busiest = it.key();
    }
    m_window.selectCategory(busiest);
    QApplication::processEvents();
    const auto save = [this](QWidget *w, const char *name) {
        return w->grab().save(QDir(m_dir).filePath(QLatin1String(name)));
    };
    ok = save(&m_window, "main-window.png") && ok;
    // The reading pane on a Korean article of the day, in its category.
    for (const Article &a : day.articles) {
        const bool hangul = std::any_of(a.item.title.cbegin(), a.item.title.cend(),
                                        [](QChar c) { return c.unicode() >= 0xAC00 && c.unicode() <= 0xD7A3; });
        if (!hangul || !a.isAi)
            continue;
        m_window.selectCategory(a.categoryId);
        m_window.showArticle(a.id);
        QApplication::processEvents();
        ok = save(&m_window, "article-pane.png") && ok;
        m_window.showSummaryPage();
        m_window.selectCategory(busiest);
        break;
    }
    if (auto *chart = m_window.findChild<ChartPanel *>()) {
        const ChartPanel::View shown = chart->view();
        chart->setView(ChartPanel::View::Bars);
        ok = save(chart, "chart-panel.png") && ok;
        chart->setView(ChartPanel::View::Pie);
        ok = save(chart, "chart-pie.png") && ok;
        chart->setView(ChartPanel::View::Trend7);
        QApplication::processEvents();
        ok = save(chart, "chart-trend.png") && ok;
        chart->setView(shown);
    }
    SettingsDialog dialog(m_deps, &m_window);
    dialog.showTab(SettingsDialog::Tab::Llm);
    dialog.show();
    QApplication::processEvents();
    ok = dialog.grab().save(QDir(m_dir).filePath(QStringLiteral("settings-llm.png"))) && ok;
    dialog.showTab(SettingsDialog::Tab::Sources);
    QApplication::processEvents();
    ok = dialog.grab().save(QDir(m_dir).filePath(QStringLiteral("settings-sources.png"))) && ok;
    dialog.close();
    // The Papers edition: its newest day, ranked research areas and their summaries.
    const qint64 news = m_window.currentEdition();
    const qint64 papers =
        storage::EditionStore(QSqlDatabase::database(m_deps.readConnection)).byKey(editions::kPapersKey).id;
    if (papers != 0) {
        m_window.showEdition(papers);
        m_window.selectCategory(kAllCategories);
        QApplication::processEvents();
        ok = save(&m_window, "papers-edition.png") && ok;
        m_window.showEdition(news);
        QApplication::processEvents();
    }
    captureSearch(ok);
}

void ScreenshotRunner::captureSearch(bool ok)
{
    const auto finish = [this](bool written) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(written ? QStringLiteral("screenshots written to %1").arg(m_dir)
                                        : QStringLiteral("could not write screenshots to %1").arg(m_dir)));
        QApplication::exit(written ? 0 : 1);
    };
    auto *panel = m_window.findChild<SearchPanel *>();
    if (!panel) {
        finish(false);
        return;
    }
    // The search panel with the results of a word every demo day has.
    connect(panel, &SearchPanel::resultsShown, this, [this, ok, finish] {
        QApplication::processEvents();
        finish(m_window.grab().save(QDir(m_dir).filePath(QStringLiteral("search.png"))) && ok);
    }, Qt::SingleShotConnection);
    QTimer::singleShot(20000, this, [finish] { finish(false); }); // no results: fail, never hang
    if (auto *field = m_window.findChild<QLineEdit *>(QStringLiteral("searchField")))
        field->setText(QStringLiteral("model")); // as if typed: the panel follows the box
    panel->searchNow();
}

} // namespace ui
