// GUI bench (prints numbers; not a timed test):
//  (a) stall: the longest gap between ticks of a 5 ms QTimer on the GUI
//      thread while the real window (MainWindow + ServiceJobs over a real
//      AppContext) refreshes 100 feeds served by a TestHttpServer that runs
//      in its own thread (its work is not GUI work). Target <= 50 ms.
//  (b) start [ARTICLES]: a profile of ARTICLES articles (default 70,080:
//      365 days x 192; 1,000,000 = ten years), classified, with cached
//      summaries, is generated (kept in the temp folder by size and reused),
//      then `daily-insights --profile DIR --measure-startup` is started as a
//      child several times; it prints the time from its process start to
//      the first painted window and its resident memory (VmRSS). Then the
//      window's day load (DayRepository::load, with the digest) is timed on
//      random days. Targets <= 300 ms, <= 150 MB, <= 5 ms.
//  (c) search [ARTICLES]: the real window over that profile; someone types
//      queries into the search box (a key every 60-300 ms, so searches start
//      and are cancelled mid-word), while the same 5 ms timer measures the
//      GUI event loop's longest gap. Also the time from the last key to the
//      results on screen. Target: stall <= 50 ms.
// Usage: bench_gui [stall|start|search|all] [ARTICLES] [--runs N] [--app PATH]
// The child needs the app built: cmake --build <dir> --target daily-insights bench_gui
#include "model/Category.h"
#include "model/Clock.h"
#include "model/Summary.h"
#include "secrets/MemorySecretStore.h"
#include "service/AppContext.h"
#include "service/DigestService.h"
#include "service/Profile.h"
#include "service/SearchService.h"
#include "settings/Settings.h"
#include "storage/ArticleStore.h"
#include "storage/CategoryStore.h"
#include "storage/SourceStore.h"
#include "storage/SummaryStore.h"
#include "support/TestHttpServer.h"
#include "ui/DayRepository.h"
#include "ui/MainWindow.h"
#include "ui/SearchPanel.h"
#include "ui/ServiceJobs.h"
#include "ui/StartupProbe.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QKeyEvent>
#include <QLineEdit>
#include <QProcess>
#include <QRandomGenerator>
#include <QSettings>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

#include "BenchProfile.h"
#include "BenchText.h"

#include <algorithm>
#include <cstdio>
#include <ctime>

namespace {

using benchtext::words;

void waitMs(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

// ---------------------------------------------------------------- (a) stall

// One RSS 2.0 feed of `items` items published in the last two days.
QByteArray feedBody(int feed, int items, QRandomGenerator &rng)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QByteArray out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel><title>Feed " +
                     QByteArray::number(feed) + "</title><link>https://feed" + QByteArray::number(feed) +
                     ".example/</link><description>bench</description>\n";
    for (int i = 0; i < items; ++i) {
        const QDateTime when = now.addSecs(-qint64(rng.bounded(2 * 86400)));
        const QString link = QStringLiteral("https://feed%1.example/a/%2").arg(feed).arg(i);
        out += QStringLiteral("<item><title>%1</title><link>%2</link><guid>%2</guid><pubDate>%3</pubDate>"
                              "<description>&lt;p&gt;%4&lt;/p&gt;</description></item>\n")
                   .arg(words(rng, 9), link, when.toString(Qt::RFC2822Date), words(rng, 70))
                   .toUtf8();
    }
    return out + "</channel></rss>\n";
}

// Owns a TestHttpServer on its own thread.
class ServerThread
{
public:
    explicit ServerThread(QList<QByteArray> bodies) : m_bodies(std::move(bodies))
    {
        m_thread.start();
        m_anchor.moveToThread(&m_thread);
        QMetaObject::invokeMethod(
            &m_anchor,
            [this] {
                m_server = new TestHttpServer;
                m_server->setHandler([this](const TestHttpRequest &req, TestHttpResponder &res) {
                    const int n = QByteArray(req.pathOnly()).mid(6).chopped(4).toInt(); // /feed/N.xml
                    if (n >= 0 && n < m_bodies.size())
                        res.reply(200, m_bodies.at(n), {{"Content-Type", "application/rss+xml"}});
                    else
                        res.reply(404);
                });
                m_port = m_server->port();
            },
            Qt::BlockingQueuedConnection);
    }
    ~ServerThread()
    {
        QMetaObject::invokeMethod(
            &m_anchor, [this] { delete m_server; }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
    QString url(int feed) const { return QStringLiteral("http://127.0.0.1:%1/feed/%2.xml").arg(m_port).arg(feed); }

private:
    QList<QByteArray> m_bodies;
    QThread m_thread;
    QObject m_anchor;
    TestHttpServer *m_server = nullptr;
    quint16 m_port = 0;
};

struct StallRun
{
    qint64 maxGapMs = 0;
    qint64 maxGapAtMs = 0;   // when, after F5
    qint64 finishedAtMs = 0; // refreshFinished, after F5
    qint64 ticks = 0;
    qint64 gapsOver50 = 0;
    int newArticles = 0;
    qint64 baselineMaxMs = 0;
};

StallRun stallRun(const ServerThread &server, int feeds)
{
    QTemporaryDir dir;
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.filePath(QStringLiteral("appconf")));
    secrets::MemorySecretStore secrets;
    service::AppContext context;
    service::AppContext::Options options;
    options.profileDir = dir.filePath(QStringLiteral("profile"));
    options.seedDefaultSources = false;
    options.secretStore = &secrets;
    QString error;
    if (!context.open(options, &error)) {
        std::fprintf(stderr, "profile: %s\n", qPrintable(error));
        return {};
    }
    Settings &settings = context.profile().settings();
    settings.set(SettingKey::RefreshIntervalMin, 0);
    settings.set(SettingKey::RefreshOnStart, false);
    {
        storage::SourceStore sources(context.profile().database());
        for (int i = 0; i < feeds; ++i) {
            Source s;
            s.url = server.url(i);
            s.title = QStringLiteral("Feed %1").arg(i);
            sources.add(s);
        }
    }
    ui::ServiceJobs jobs(context);
    ui::MainWindowDeps deps;
    deps.readConnection = context.profile().connectionName();
    deps.databasePath = context.profile().databasePath();
    deps.settings = &settings;
    deps.secrets = &secrets;
    deps.apiKeyEntry = [&context] { return context.apiKeyEntry(); };
    deps.writer = &context.writer();
    deps.clock = &context.clock();
    deps.jobs = &jobs;
    deps.loadDigest = [&context](const QString &day, qint64 edition) {
        return service::DigestReader::load(context.profile(), day, edition);
    };
    ui::MainWindow window(deps);
    window.resize(1300, 850);
    window.show();
    jobs.reloadLlm();
    waitMs(300); // first paint, LLM state

    StallRun run;
    QElapsedTimer clock;
    qint64 last = 0;
    bool measuring = false;
    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    tick.setInterval(5);
    QObject::connect(&tick, &QTimer::timeout, [&] {
        const qint64 now = clock.elapsed();
        const qint64 gap = now - last;
        last = now;
        ++run.ticks;
        if (!measuring) {
            run.baselineMaxMs = std::max(run.baselineMaxMs, gap);
            return;
        }
        if (gap > 50)
            ++run.gapsOver50;
        if (gap > run.maxGapMs) {
            run.maxGapMs = gap;
            run.maxGapAtMs = now;
        }
    });
    clock.start();
    tick.start();
    waitMs(200); // idle baseline

    QEventLoop done;
    QObject::connect(&jobs, &ui::BackgroundJobs::refreshFinished, &done,
                     [&](int fresh, int, const QStringList &failures, bool) {
                         run.newArticles = fresh;
                         run.finishedAtMs = clock.elapsed();
                         if (!failures.isEmpty())
                             std::fprintf(stderr, "  %lld failed, e.g. %s\n", static_cast<long long>(failures.size()),
                                          qPrintable(failures.first()));
                         QTimer::singleShot(500, &done, &QEventLoop::quit); // the window's reload after it
                     });
    QTimer::singleShot(120000, &done, &QEventLoop::quit);
    const qint64 startedAt = clock.elapsed();
    last = startedAt;
    measuring = true;
    window.toggleRefresh(); // what F5 does
    done.exec();
    tick.stop();
    run.maxGapAtMs -= startedAt;
    run.finishedAtMs -= startedAt;
    return run;
}

int benchStall(int runs)
{
    const int feeds = 100, items = 20;
    QRandomGenerator rng(7);
    QList<QByteArray> bodies;
    qint64 bytes = 0;
    for (int i = 0; i < feeds; ++i) {
        bodies << feedBody(i, items, rng);
        bytes += bodies.last().size();
    }
    ServerThread server(bodies);
    std::printf("(a) refresh of %d feeds x %d items (%.1f MB) from a local server on its own thread\n", feeds, items,
                double(bytes) / 1e6);
    qint64 worst = 0;
    for (int r = 0; r < runs; ++r) {
        const StallRun s = stallRun(server, feeds);
        worst = std::max(worst, s.maxGapMs);
        std::printf("  run %d: %d new articles, refresh %lld ms; longest GUI stall %lld ms (at +%lld ms), "
                    "%lld gap(s) > 50 ms, %lld ticks; idle baseline max gap %lld ms\n",
                    r + 1, s.newArticles, static_cast<long long>(s.finishedAtMs), static_cast<long long>(s.maxGapMs),
                    static_cast<long long>(s.maxGapAtMs), static_cast<long long>(s.gapsOver50),
                    static_cast<long long>(s.ticks), static_cast<long long>(s.baselineMaxMs));
        std::fflush(stdout);
    }
    std::printf("  => longest event-loop stall during refresh: %lld ms (target <= 50 ms)\n",
                static_cast<long long>(worst));
    return 0;
}

// ---------------------------------------------------------------- (b) start

double percentile(QList<double> v, double p)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    return v.at(std::min<qsizetype>(v.size() - 1, qsizetype(double(v.size()) * p)));
}

// The window's day load (DayRepository::load: articles, counts, digest) on
// random days of the profile, through a read-only open of it.
int benchDayLoad(const QString &profileDir)
{
    service::Profile profile;
    QString error;
    if (!profile.open(profileDir, service::Profile::Access::ReadOnly, &error)) {
        std::fprintf(stderr, "day load: %s\n", qPrintable(error));
        return 1;
    }
    ui::DayRepository repo(profile.connectionName(),
                           [&profile](const QString &day, qint64 edition) {
                               return service::DigestReader::load(profile, day, edition);
                           });
    QElapsedTimer t;
    t.start();
    const QStringList days = repo.days();
    const double daysMs = double(t.nsecsElapsed()) / 1e6;
    QRandomGenerator rng(3);
    QList<double> times;
    qint64 articles = 0;
    for (int i = 0; i < 60 && !days.isEmpty(); ++i) {
        const QString day = days.at(rng.bounded(int(days.size())));
        t.restart();
        const ui::DayData data = repo.load(day);
        times << double(t.nsecsElapsed()) / 1e6;
        articles += data.articles.size();
    }
    std::printf("  day load (DayRepository::load with the digest): median %.2f ms, p95 %.2f ms over %lld days "
                "(%.0f articles a day; the day list took %.1f ms) (target <= 5 ms)\n",
                percentile(times, 0.5), percentile(times, 0.95), static_cast<long long>(times.size()),
                times.isEmpty() ? 0.0 : double(articles) / double(times.size()), daysMs);
    return 0;
}

int benchStart(int runs, const QString &app, int articles)
{
    if (!QFileInfo::exists(app)) {
        std::fprintf(stderr, "(b) %s is missing: build the daily-insights target first\n", qPrintable(app));
        return 1;
    }
    std::printf("(b) start with a profile of %d articles\n", articles);
    const QString profileDir = benchprofile::cached(articles);
    if (profileDir.isEmpty())
        return 1;
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    if (!env.contains(QStringLiteral("QT_QPA_PLATFORM")))
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    std::printf("    child: %s --profile DIR --measure-startup (QT_QPA_PLATFORM=%s)\n", qPrintable(app),
                qPrintable(env.value(QStringLiteral("QT_QPA_PLATFORM"))));
    QList<qint64> paints, walls, rss;
    for (int r = 0; r < runs; ++r) {
        QProcess child;
        child.setProcessEnvironment(env);
        child.setProcessChannelMode(QProcess::SeparateChannels);
        QElapsedTimer wall;
        wall.start();
        child.start(app, {QStringLiteral("--profile"), profileDir, QStringLiteral("--measure-startup")});
        QByteArray line;
        while (!line.contains('\n') && child.waitForReadyRead(60000))
            line += child.readAllStandardOutput();
        const qint64 wallMs = wall.elapsed();
        child.waitForFinished(60000);
        const QList<QByteArray> parts = line.simplified().split(' '); // first paint after N ms, rss N MB
        if (parts.size() < 8) {
            std::fprintf(stderr, "  run %d: no measurement: %s %s\n", r + 1, line.constData(),
                         child.readAllStandardError().constData());
            return 1;
        }
        paints << parts.at(3).toLongLong();
        rss << parts.at(6).toLongLong();
        walls << wallMs;
        std::printf("  run %d: first paint %lld ms after process start (parent saw it after %lld ms), rss %lld MB\n",
                    r + 1, static_cast<long long>(paints.last()), static_cast<long long>(wallMs),
                    static_cast<long long>(rss.last()));
        std::fflush(stdout);
    }
    std::sort(paints.begin(), paints.end());
    std::sort(walls.begin(), walls.end());
    std::printf("  => start to first paint: median %lld ms, worst %lld ms (parent-measured median %lld ms; target <= "
                "300 ms); rss max %lld MB (target <= 150 MB)\n",
                static_cast<long long>(paints.at(paints.size() / 2)), static_cast<long long>(paints.last()),
                static_cast<long long>(walls.at(walls.size() / 2)),
                static_cast<long long>(*std::max_element(rss.begin(), rss.end())));
    return benchDayLoad(profileDir);
}

// ---------------------------------------------------------------- (c) search

double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

// One key as a keyboard (or an input method, for Hangul) delivers it.
void typeChar(QWidget *field, QChar c)
{
    if (c.unicode() < 128) {
        QTest::keyClick(field, char(c.unicode()));
        return;
    }
    QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(c));
    QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, QString(c));
    QApplication::sendEvent(field, &press);
    QApplication::sendEvent(field, &release);
}

int benchSearch(int articles)
{
    std::printf("(c) searching as someone types, in the window, over a profile of %d articles\n", articles);
    const QString profileDir = benchprofile::cached(articles);
    if (profileDir.isEmpty())
        return 1;
    QTemporaryDir home;
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, home.filePath(QStringLiteral("appconf")));
    secrets::MemorySecretStore secrets;
    service::AppContext context;
    service::AppContext::Options options;
    options.profileDir = profileDir;
    options.seedDefaultSources = false;
    options.secretStore = &secrets;
    QString error;
    if (!context.open(options, &error)) {
        std::fprintf(stderr, "profile: %s\n", qPrintable(error));
        return 1;
    }
    ui::MainWindowDeps deps;
    deps.readConnection = context.profile().connectionName();
    deps.databasePath = context.profile().databasePath();
    deps.settings = &context.profile().settings();
    deps.secrets = &secrets;
    deps.writer = &context.writer();
    deps.clock = &context.clock();
    deps.loadDigest = [&context](const QString &day, qint64 edition) {
        return service::DigestReader::load(context.profile(), day, edition);
    };
    ui::MainWindow window(deps);
    window.resize(1300, 850);
    window.show();
    waitMs(500); // first paint
    auto *field = window.findChild<QLineEdit *>(QStringLiteral("searchField"));
    auto *panel = window.findChild<ui::SearchPanel *>(QStringLiteral("searchPanel"));
    auto *service = window.findChild<service::SearchService *>();
    if (!field || !panel || !service) {
        std::fprintf(stderr, "the window has no search field\n");
        return 1;
    }

    // Wall-clock gaps, and the GUI thread's own CPU time in each gap: on a
    // loaded machine a gap can be the scheduler's (the thread did not run),
    // which no code of the window can remove.
    QElapsedTimer clock;
    qint64 last = 0, maxGap = 0, gapsOver50 = 0, ticks = 0;
    double lastCpu = threadCpuMs(), maxGapCpu = 0, cpuOfMaxGap = 0;
    int cpuOver50 = 0;
    QByteArray lastEvent;
    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    tick.setInterval(5);
    QObject::connect(&tick, &QTimer::timeout, [&] {
        const qint64 now = clock.elapsed();
        const double cpu = threadCpuMs();
        const qint64 gap = now - last;
        const double gapCpu = cpu - lastCpu;
        last = now;
        lastCpu = cpu;
        ++ticks;
        if (gap > maxGap) {
            maxGap = gap;
            cpuOfMaxGap = gapCpu;
        }
        maxGapCpu = std::max(maxGapCpu, gapCpu);
        gapsOver50 += gap > 50 ? 1 : 0;
        cpuOver50 += gapCpu > 50 ? 1 : 0;
        if (gap > 50 && qEnvironmentVariableIsSet("BENCH_GUI_VERBOSE"))
            std::printf("    gap %lld ms (GUI thread busy %.0f ms of it) ending at %lld ms; last event: %s\n",
                        static_cast<long long>(gap), gapCpu, static_cast<long long>(now), lastEvent.constData());
    });
    int shown = 0;
    qint64 lastKeyAt = 0;
    QList<double> latencies; // last key to results on screen, debounce included
    bool paging = false;
    QObject::connect(panel, &ui::SearchPanel::searchStarted,
                     [&] { lastEvent = "search started at " + QByteArray::number(clock.elapsed()); });
    QObject::connect(panel, &ui::SearchPanel::resultsShown, [&] {
        ++shown;
        lastEvent = "results shown at " + QByteArray::number(clock.elapsed());
        if (!paging)
            latencies << double(clock.elapsed() - lastKeyAt);
    });
    const QStringList queries = {QStringLiteral("transformer"), QStringLiteral("robot safety"),
                                 QStringLiteral("model"),       QStringLiteral("반도체 추론"),
                                 QStringLiteral("infer"),       QStringLiteral("투자"),
                                 QStringLiteral("GPU startup funding"), QStringLiteral("agent")};
    QRandomGenerator rng(11);
    const quint64 firstTicket = service->latestTicket();
    clock.start();
    tick.start();
    waitMs(200);
    const qint64 baseline = maxGap;
    maxGap = 0;
    gapsOver50 = 0;
    maxGapCpu = cpuOfMaxGap = 0;
    cpuOver50 = 0;
    field->setFocus();
    for (int round = 0; round < 2; ++round) {
        for (const QString &q : queries) {
            field->selectAll();
            for (const QChar c : q) {
                typeChar(field, c);
                lastKeyAt = clock.elapsed();
                lastEvent = "key at " + QByteArray::number(lastKeyAt);
                waitMs(60 + int(rng.bounded(240)));
            }
            // Wait for this query's results (the debounce, then the worker).
            QElapsedTimer waited;
            waited.start();
            while ((panel->isSearching() || panel->shownTicket() != service->latestTicket()) && waited.elapsed() < 10000)
                waitMs(5);
            if (round == 1) { // and the next page, as scrolling to the end fetches it
                paging = true;
                panel->loadMore();
                waited.restart();
                while (panel->isSearching() && waited.elapsed() < 10000)
                    waitMs(5);
                paging = false;
            }
            waitMs(300);
        }
    }
    tick.stop();
    std::sort(latencies.begin(), latencies.end());
    std::printf("  %lld queries typed (twice), %llu searches started, %d result sets shown, %lld ticks\n",
                static_cast<long long>(queries.size()),
                static_cast<unsigned long long>(service->latestTicket() - firstTicket), shown,
                static_cast<long long>(ticks));
    std::printf("  last key to results on screen (incl. the %d ms debounce): median %.0f ms, p95 %.0f ms, max %.0f ms\n",
                ui::SearchPanel::kDebounceMs, percentile(latencies, 0.5), percentile(latencies, 0.95),
                latencies.isEmpty() ? 0.0 : latencies.last());
    std::printf("  => longest GUI event-loop stall while typing and searching: %lld ms wall (the GUI thread ran "
                "%.0f ms of it), %lld gap(s) > 50 ms (idle baseline %lld ms); most GUI-thread CPU in one gap: "
                "%.0f ms, %d gap(s) with > 50 ms of it (target <= 50 ms)\n",
                static_cast<long long>(maxGap), cpuOfMaxGap, static_cast<long long>(gapsOver50),
                static_cast<long long>(baseline), maxGapCpu, cpuOver50);
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    app.setOrganizationName(QStringLiteral("DailyInsightsBench"));
    app.setApplicationName(QStringLiteral("bench-gui"));
    const QStringList args = app.arguments();
    const QString what =
        args.size() > 1 && !args.at(1).startsWith(QLatin1Char('-')) ? args.at(1) : QStringLiteral("all");
    const qsizetype runsAt = args.indexOf(QStringLiteral("--runs"));
    const int runs = runsAt > 0 && runsAt + 1 < args.size() ? args.at(runsAt + 1).toInt() : 3;
    const qsizetype appAt = args.indexOf(QStringLiteral("--app"));
    const QString appPath =
        appAt > 0 && appAt + 1 < args.size() ? args.at(appAt + 1) : QStringLiteral(DI_BINARY_DIR "/daily-insights");
    // An article count after the mode: bench_gui start 1000000.
    const int articles =
        args.size() > 2 && args.at(2).toInt() > 0 ? args.at(2).toInt() : 365 * 192;
    int rc = 0;
    if (what == QLatin1String("stall") || what == QLatin1String("all"))
        rc |= benchStall(runs);
    if (what == QLatin1String("start") || what == QLatin1String("all"))
        rc |= benchStart(std::max(runs, 5), appPath, articles);
    if (what == QLatin1String("search") || what == QLatin1String("all"))
        rc |= benchSearch(articles);
    std::printf("bench rss (this process): %lld MB\n",
                static_cast<long long>((ui::StartupProbe::residentKb() + 512) / 1024));
    return rc;
}
