// GUI bench (prints numbers; not a timed test):
//  (a) stall: the longest gap between ticks of a 5 ms QTimer on the GUI
//      thread while the real window (MainWindow + ServiceJobs over a real
//      AppContext) refreshes 100 feeds served by a TestHttpServer that runs
//      in its own thread (its work is not GUI work). Target <= 50 ms.
//  (b) start: a profile with 365 days (~70,000 articles, classified, with
//      cached summaries) is generated, then `daily-insights --profile DIR
//      --measure-startup` is started as a child several times; it prints the
//      time from its process start to the first painted window and its
//      resident memory. Targets <= 500 ms and <= 150 MB.
// Usage: bench_gui [stall|start|all] [--runs N] [--app PATH]
// The child needs the app built: cmake --build <dir> --target daily-insights bench_gui
#include "model/Category.h"
#include "model/Clock.h"
#include "model/Summary.h"
#include "secrets/MemorySecretStore.h"
#include "service/AppContext.h"
#include "service/DigestService.h"
#include "service/Profile.h"
#include "settings/Settings.h"
#include "storage/ArticleStore.h"
#include "storage/CategoryStore.h"
#include "storage/SourceStore.h"
#include "storage/SummaryStore.h"
#include "support/TestHttpServer.h"
#include "ui/MainWindow.h"
#include "ui/ServiceJobs.h"
#include "ui/StartupProbe.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QProcess>
#include <QRandomGenerator>
#include <QSettings>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include "BenchText.h"

#include <algorithm>
#include <cstdio>

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
    deps.settings = &settings;
    deps.secrets = &secrets;
    deps.apiKeyEntry = [&context] { return context.apiKeyEntry(); };
    deps.writer = &context.writer();
    deps.clock = &context.clock();
    deps.jobs = &jobs;
    deps.loadDigest = [&context](const QString &day) { return service::DigestReader::load(context.profile(), day); };
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

// 365 days x ~190 articles from 12 sources, 85% classified AI, a cached
// summary per (day, category) with articles.
bool generateProfile(const QString &dir, int days, int perDay)
{
    service::Profile profile;
    QString error;
    if (!profile.open(dir, service::Profile::Access::Write, &error, service::Profile::Seed::NoSources)) {
        std::fprintf(stderr, "profile: %s\n", qPrintable(error));
        return false;
    }
    profile.settings().set(SettingKey::RefreshOnStart, false);
    QSqlDatabase db = profile.database();
    const QTimeZone zone = profile.timeZone();
    QRandomGenerator rng(42);
    const int sources = 12;
    db.transaction();
    storage::SourceStore sourceStore(db);
    for (int s = 0; s < sources; ++s) {
        Source src;
        src.url = QStringLiteral("https://news%1.example/feed").arg(s);
        src.title = QStringLiteral("News %1").arg(s);
        sourceStore.add(src);
    }
    storage::ArticleStore articles(db, zone);
    const QDate last = QDate::currentDate();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    int n = 0;
    for (int d = days - 1; d >= 0; --d) {
        const QDate day = last.addDays(-d);
        QList<QList<FeedItem>> bySource(sources);
        for (int i = 0; i < perDay; ++i, ++n) {
            FeedItem it;
            it.url = QStringLiteral("https://news%1.example/articles/%2").arg(n % sources).arg(n);
            it.link = it.guid = it.url;
            it.title = QStringLiteral("Article %1: ").arg(n) + words(rng, 8);
            it.summary = words(rng, 40);
            it.summaryHtml = QStringLiteral("<p>") + it.summary + QStringLiteral("</p>");
            it.published = QDateTime(day, QTime(rng.bounded(24), rng.bounded(60)), zone).toUTC();
            bySource[n % sources] << it;
        }
        for (int s = 0; s < sources; ++s)
            articles.ingest(s + 1, bySource.at(s), now);
    }
    const QList<Category> categories = storage::CategoryStore(db).all();
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT id, day FROM articles"));
    QList<QPair<qint64, QString>> all;
    while (q.next())
        all << qMakePair(q.value(0).toLongLong(), q.value(1).toString());
    QHash<QString, QSet<qint64>> sections;
    for (const auto &[id, day] : std::as_const(all)) {
        const bool ai = rng.bounded(100) < 85;
        const Category &c = categories.at(rng.bounded(int(categories.size())));
        articles.setClassification(id, c.id, ai, 0.8, CategoryOrigin::Offline, QStringLiteral("bench"));
        if (ai)
            sections[day].insert(c.id);
    }
    storage::SummaryStore summaries(db);
    int summaryCount = 0;
    for (auto it = sections.cbegin(); it != sections.cend(); ++it) {
        for (qint64 category : it.value()) {
            SectionSummary sum;
            sum.day = it.key();
            sum.categoryId = category;
            sum.markdown = QStringLiteral("#### 주요 사건\n\n- ") + words(rng, 60) + QStringLiteral(" [1].\n\n") +
                           QStringLiteral("#### 최종 요약\n\n") + words(rng, 80) + QLatin1Char('\n');
            sum.provenance.provider = QStringLiteral("offline");
            sum.provenance.createdAt = now;
            summaries.put(sum);
            ++summaryCount;
        }
    }
    db.commit();
    std::printf("(b) generated %d articles over %d days, %d cached summaries, DB %.1f MB\n", articles.articleCount(),
                days, summaryCount, double(QFileInfo(profile.databasePath()).size()) / 1e6);
    return true;
}

int benchStart(int runs, const QString &app)
{
    if (!QFileInfo::exists(app)) {
        std::fprintf(stderr, "(b) %s is missing: build the daily-insights target first\n", qPrintable(app));
        return 1;
    }
    QTemporaryDir dir;
    const QString profileDir = dir.filePath(QStringLiteral("profile"));
    QElapsedTimer gen;
    gen.start();
    if (!generateProfile(profileDir, 365, 192))
        return 1;
    std::printf("    (generation took %.1f s)\n", double(gen.elapsed()) / 1000.0);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), dir.filePath(QStringLiteral("home")));
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
        while (!line.contains('\n') && child.waitForReadyRead(30000))
            line += child.readAllStandardOutput();
        const qint64 wallMs = wall.elapsed();
        child.waitForFinished(30000);
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
                "500 ms); rss max %lld MB (target <= 150 MB)\n",
                static_cast<long long>(paints.at(paints.size() / 2)), static_cast<long long>(paints.last()),
                static_cast<long long>(walls.at(walls.size() / 2)),
                static_cast<long long>(*std::max_element(rss.begin(), rss.end())));
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
    int rc = 0;
    if (what == QLatin1String("stall") || what == QLatin1String("all"))
        rc |= benchStall(runs);
    if (what == QLatin1String("start") || what == QLatin1String("all"))
        rc |= benchStart(std::max(runs, 5), appPath);
    std::printf("bench rss (this process): %lld MB\n",
                static_cast<long long>((ui::StartupProbe::residentKb() + 512) / 1024));
    return rc;
}
