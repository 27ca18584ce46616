// Storage bench (prints numbers; not a timed test):
//  - ingest rate for 100,000 generated articles (with dedup: every batch
//    also carries ~10% articles another source already delivered), through
//    the StorageWriter as a refresh does (items prepared on the posting
//    thread, written on the writer thread);
//  - latency of loading one day from the resulting 100,000-article DB
//    (median over repeats), plus a search.
// Usage: bench_storage [ARTICLES] [DAYS] [light|full] [noindex]
//        bench_storage tokenizers [ARTICLES]
// DI_BENCH_DB=FILE keeps the generated database in FILE (must not exist).
//        bench_storage bareguid [EXISTING] [NEW]
// "light": title and a 30-word summary only (headline feeds such as HN),
// instead of a 40-word summary plus 80-word content with their HTML.
// "noindex": a ceiling, not the product: the full-text index is not kept
// (its watermark is moved past every id), to show what the rest costs.
#include "search/SearchEngine.h"
#include "storage/ArticleStore.h"
#include "storage/Database.h"
#include "storage/SourceStore.h"
#include "storage/StorageWriter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>

#include "BenchText.h"

#include <algorithm>
#include <cstdio>
#include <ctime>

namespace {

using benchtext::words;

bool g_light = false;

FeedItem makeItem(int n, int total, int days, QRandomGenerator &rng)
{
    FeedItem it;
    it.url = QStringLiteral("https://news%1.example/articles/%2").arg(n % 50).arg(n);
    it.link = it.url;
    it.guid = it.url;
    it.title = QStringLiteral("Article %1: ").arg(n) + words(rng, 8);
    if (n % 1000 == 7) // a rare subject, for the search figures
        it.title += QStringLiteral(" quantum 양자컴퓨터의 OpenAI");
    it.summary = words(rng, g_light ? 30 : 40);
    if (!g_light) {
        it.summaryHtml = QStringLiteral("<p>") + it.summary + QStringLiteral("</p>");
        it.content = words(rng, 80);
        it.contentHtml = QStringLiteral("<p>") + it.content + QStringLiteral("</p>");
    }
    it.author = QStringLiteral("Reporter %1").arg(n % 97);
    it.published = QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC)
                       .addSecs(qint64(n) * days * 86400 / total + rng.bounded(3600));
    return it;
}

FeedItem bareGuidItem(int n, bool urlGuid, bool withLink, QRandomGenerator &rng)
{
    FeedItem it;
    if (withLink) {
        it.url = QStringLiteral("https://blog.example/posts/%1").arg(n);
        it.link = it.url;
    }
    it.guid = urlGuid ? it.url : QString::number(5000000 + n);
    it.title = QStringLiteral("Post %1: ").arg(n) + words(rng, 8);
    it.summary = words(rng, 40);
    it.published = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC).addSecs(qint64(n) * 600);
    return it;
}

// Ingests `items` into source 1 in feed-sized batches; returns the seconds.
double ingestIntoOneSource(storage::StorageWriter &writer, const QList<FeedItem> &items,
                           const QTimeZone &zone, storage::IngestStats *total)
{
    QElapsedTimer timer;
    timer.start();
    for (qsizetype start = 0; start < items.size(); start += 100) {
        const storage::PreparedItems prepared(items.mid(start, 100), zone);
        writer.post([prepared, zone, total](QSqlDatabase &db) {
            const auto stats = storage::ArticleStore(db, zone).ingest(
                1, prepared, QDateTime::currentDateTimeUtc(), storage::ArticleStore::Indexing::BeforeCommit);
            total->inserted += stats.inserted;
            total->duplicates += stats.duplicates;
            total->updated += stats.updated;
            if (!stats.error.isEmpty())
                total->error = stats.error;
        });
    }
    writer.flush();
    return double(timer.nsecsElapsed()) / 1e9;
}

int runBareGuidBench(int existing, int fresh)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.sqlite"));
    const QTimeZone zone("Asia/Seoul");
    storage::StorageWriter writer(path, zone);
    QString error;
    if (!writer.start(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const int sources = 100;
    std::printf("writing a profile of %d articles from %d sources (bare GUIDs)...\n", existing, sources);
    QElapsedTimer fill;
    fill.start();
    bool filled = false;
    writer.post([&](QSqlDatabase &db) {
        storage::SourceStore store(db);
        for (int s = 0; s < sources; ++s) {
            Source src;
            src.url = QStringLiteral("https://blog%1.example/feed").arg(s);
            store.add(src);
        }
        QSqlQuery q(db);
        filled = q.exec(QStringLiteral(
                     "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1)"
                     " INSERT INTO articles (id, guid, url, link, title, summary, first_seen, day,"
                     " published, content_hash)"
                     " SELECT i, CAST(i AS TEXT), 'https://blog' || (i %% %2) || '.example/p/' || i,"
                     " 'https://blog' || (i %% %2) || '.example/p/' || i, 'Existing article ' || i,"
                     " 'An older article, number ' || i || ', kept in the profile.', 0,"
                     " date('2024-01-01', '+' || (i %% 700) || ' days'), i * 1000, ''"
                     " FROM n").arg(existing).arg(sources).replace(QLatin1String("%%"), QLatin1String("%")))
            && q.exec(QStringLiteral("INSERT INTO article_sources (article_id, source_id, first_seen)"
                                     " SELECT id, 1 + id % %1, 0 FROM articles").arg(sources))
            && q.exec(QStringLiteral("UPDATE search_state SET indexed_up_to = (SELECT max(id) FROM articles)"));
        if (!filled)
            std::fprintf(stderr, "%s\n", qPrintable(q.lastError().text()));
    });
    writer.flush();
    if (!filled)
        return 1;
    std::printf("profile written in %.1f s; source 1 holds %d articles\n", double(fill.nsecsElapsed()) / 1e9,
                existing / sources);

    QRandomGenerator rng(7);
    QList<FeedItem> bare, urlGuids, bareNoLinks;
    for (int n = 0; n < fresh; ++n) {
        bare.append(bareGuidItem(n, false, true, rng));
        urlGuids.append(bareGuidItem(fresh + n, true, true, rng));
    }
    for (FeedItem it : std::as_const(bare)) {
        it.url.clear(); // found by its GUID alone
        bareNoLinks.append(it);
    }
    const auto report = [fresh](const char *what, double secs, const storage::IngestStats &stats) {
        std::printf("%-44s %6d items in %6.2f s = %8.0f items/s (%d new, %d known)%s%s\n", what, fresh, secs,
                    fresh / secs, stats.inserted, fresh - stats.inserted,
                    stats.error.isEmpty() ? "" : " ERROR: ", qPrintable(stats.error));
    };
    storage::IngestStats a, b, c;
    report("new items, bare GUIDs (isPermaLink=false):", ingestIntoOneSource(writer, bare, zone, &a), a);
    report("new items, URL GUIDs:", ingestIntoOneSource(writer, urlGuids, zone, &b), b);
    report("same bare-GUID items again, without links:", ingestIntoOneSource(writer, bareNoLinks, zone, &c), c);
    return a.error.isEmpty() && b.error.isEmpty() && c.error.isEmpty() ? 0 : 1;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

double p95(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(std::min<qsizetype>(v.size() - 1, v.size() * 95 / 100));
}

// One stored section summary per category and day, in Korean and English,
// as a digest writes them.
void addSummaries(QSqlDatabase db, int days)
{
    QSqlQuery q(db);
    q.exec(QStringLiteral("BEGIN"));
    for (int c = 1; c <= 10; ++c)
        q.exec(QStringLiteral("INSERT OR IGNORE INTO categories (id, key, name) VALUES (%1, 'c%1', 'Category %1')").arg(c));
    QRandomGenerator rng(3);
    q.prepare(QStringLiteral("INSERT INTO summaries (day, category_id, markdown) VALUES (?, ?, ?)"));
    for (int d = 0; d < days; ++d) {
        const QString day = QDate(2025, 1, 1).addDays(d).toString(Qt::ISODate);
        for (int c = 1; c <= 10; ++c) {
            q.addBindValue(day);
            q.addBindValue(c);
            q.addBindValue(QStringLiteral("**주요 주제:** ") + words(rng, 30) + QStringLiteral("\n\n**최종 요약:** ")
                           + words(rng, 40));
            q.exec();
        }
    }
    QSqlQuery(db).exec(QStringLiteral("COMMIT"));
}

// Search to the first page of 50 hits, per query kind and order.
void benchSearch(QSqlDatabase db, int days)
{
    addSummaries(db, days);
    struct Kind
    {
        const char *name;
        QString text;
    };
    const QList<Kind> kinds = {
        {"one word, in most articles", QStringLiteral("transformer")},
        {"one word, rare (0.1 %)", QStringLiteral("quantum")},
        {"two words, both common", QStringLiteral("robot safety")},
        {"two words, common + rare", QStringLiteral("benchmark quantum")},
        {"prefix of a common word", QStringLiteral("transf")},
        {"Korean, inside compounds (모델)", QStringLiteral("모델")},
        {"Korean, two words", QStringLiteral("반도체 추론")},
        {"Korean, rare, with particle", QStringLiteral("양자컴퓨터")},
        {"in-word English (AI in OpenAI)", QStringLiteral("AI")},
    };
    const int repeats = 21;
    std::printf("search, first page of 50 hits (%d runs each; targets: median <= 20 ms, p95 <= 50 ms):\n", repeats);
    for (const auto order : {search::SearchQuery::Order::Newest, search::SearchQuery::Order::Relevance}) {
        for (const Kind &kind : kinds) {
            QList<double> times;
            int hits = 0, summaries = 0;
            for (int r = 0; r < repeats; ++r) {
                search::SearchQuery q;
                q.text = kind.text;
                q.order = order;
                q.limit = 50;
                QElapsedTimer t;
                t.start();
                const auto results = search::SearchEngine(db).run(q);
                times.append(double(t.nsecsElapsed()) / 1e6);
                hits = int(results.articles.size());
                summaries = int(results.summaries.size());
                if (!results.error.isEmpty())
                    std::printf("  ERROR %s\n", qPrintable(results.error));
            }
            std::printf("  %-9s %-34s median %6.2f ms  p95 %6.2f ms  (%d articles + %d summaries)\n",
                        order == search::SearchQuery::Order::Newest ? "newest" : "relevance", kind.name,
                        median(times), p95(times), hits, summaries);
        }
    }
    // A filter and a date range on the common word.
    QList<double> times;
    for (int r = 0; r < repeats; ++r) {
        search::SearchQuery q;
        q.text = QStringLiteral("model");
        q.fromDay = QDate(2025, 1, 1).addDays(days / 2).toString(Qt::ISODate);
        q.toDay = QDate(2025, 1, 1).addDays(days / 2 + 30).toString(Qt::ISODate);
        q.sourceId = 3;
        QElapsedTimer t;
        t.start();
        search::SearchEngine(db).run(q);
        times.append(double(t.nsecsElapsed()) / 1e6);
    }
    std::printf("  relevance, common word, one source of 50, a 30-day range: median %.2f ms, p95 %.2f ms\n",
                median(times), p95(times));
}

// The index's tokenizer, compared: build time and size for the same
// articles, and what each finds (issue 10 asked for this measurement).
int runTokenizerBench(int total)
{
    QRandomGenerator rng(42);
    QList<FeedItem> items;
    for (int n = 0; n < total; ++n)
        items.append(makeItem(n, total, 365, rng));
    const QList<QPair<const char *, const char *>> tokenizers = {
        {"unicode61 (schema 5)", "unicode61 remove_diacritics 2"},
        {"trigram", "trigram"},
        {"di (schema 6)", "di"},
    };
    const QStringList queries = {QStringLiteral("transformer"), QStringLiteral("모델"),
                                 QStringLiteral("양자컴퓨터"), QStringLiteral("AI"), QStringLiteral("transf")};
    std::printf("%d generated articles, contentless FTS5 over title, summary, content:\n", total);
    for (const auto &[name, spec] : tokenizers) {
        QTemporaryDir dir;
        const QString connection = QStringLiteral("tok-%1").arg(spec);
        if (!storage::Database::open(connection, dir.filePath(QStringLiteral("t.sqlite"))).ok)
            return 1;
        {
            QSqlDatabase db = storage::Database::connection(connection);
            QSqlQuery q(db);
            q.exec(QStringLiteral("CREATE VIRTUAL TABLE t USING fts5(title, summary, content, content='', tokenize='%1')")
                       .arg(QLatin1String(spec)));
            QElapsedTimer timer;
            timer.start();
            q.exec(QStringLiteral("BEGIN"));
            q.prepare(QStringLiteral("INSERT INTO t (rowid, title, summary, content) VALUES (?, ?, ?, ?)"));
            for (int n = 0; n < items.size(); ++n) {
                q.addBindValue(n + 1);
                q.addBindValue(items.at(n).title);
                q.addBindValue(items.at(n).summary);
                q.addBindValue(items.at(n).content);
                q.exec();
            }
            QSqlQuery(db).exec(QStringLiteral("COMMIT"));
            const double secs = double(timer.nsecsElapsed()) / 1e9;
            const qint64 bytes = QSqlQuery(db).exec(QStringLiteral("SELECT 1")) ? [&] {
                QSqlQuery s(db);
                s.exec(QStringLiteral("SELECT sum(pgsize) FROM dbstat WHERE name LIKE 't_%'"));
                return s.next() ? s.value(0).toLongLong() : -1;
            }() : -1;
            std::printf("  %-22s build %.2f s (%.0f articles/s), %.1f MB;", name, secs, total / secs,
                        double(bytes) / 1e6);
            for (const QString &query : queries) {
                QSqlQuery m(db);
                m.prepare(QStringLiteral("SELECT count(*) FROM t WHERE t MATCH ?"));
                m.addBindValue(u'"' + query + QStringLiteral("\"*"));
                const qint64 count = m.exec() && m.next() ? m.value(0).toLongLong() : -1;
                std::printf(" %s: %lld", qPrintable(query), count);
            }
            std::printf("\n");
        }
        storage::Database::close(connection);
    }
    return 0;
}

// Runs statements on a kept database (DI_BENCH_DB) with the app's
// tokenizer, printing rows and times: for query plans.
int runSql(const QString &path, int count, char **statements)
{
    const auto opened = storage::Database::open(QStringLiteral("sql"), path);
    if (!opened.ok) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error));
        return 1;
    }
    QSqlDatabase db = storage::Database::connection(QStringLiteral("sql"));
    for (int i = 0; i < count; ++i) {
        QSqlQuery q(db);
        QElapsedTimer t;
        t.start();
        if (!q.exec(QString::fromUtf8(statements[i]))) {
            std::printf("error: %s\n", qPrintable(q.lastError().text()));
            continue;
        }
        int rows = 0;
        while (q.next()) {
            if (rows++ < 10) {
                QStringList columns;
                for (int c = 0; c < q.record().count(); ++c)
                    columns << q.value(c).toString().left(60);
                std::printf("  %s\n", qPrintable(columns.join(QLatin1String(" | "))));
            }
        }
        std::printf("%d rows, %.2f ms\n", rows, double(t.nsecsElapsed()) / 1e6);
    }
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc > 1 && QByteArray(argv[1]) == "bareguid")
        return runBareGuidBench(argc > 2 ? QByteArray(argv[2]).toInt() : 1000000,
                                argc > 3 ? QByteArray(argv[3]).toInt() : 10000);
    if (argc > 2 && QByteArray(argv[1]) == "sql")
        return runSql(QString::fromLocal8Bit(argv[2]), argc - 3, argv + 3);
    if (argc > 1 && QByteArray(argv[1]) == "tokenizers")
        return runTokenizerBench(argc > 2 ? QByteArray(argv[2]).toInt() : 100000);
    const int total = argc > 1 ? QByteArray(argv[1]).toInt() : 100000;
    const int days = argc > 2 ? QByteArray(argv[2]).toInt() : 365;
    g_light = argc > 3 && QByteArray(argv[3]) == "light";
    const bool noIndex = argc > 4 && QByteArray(argv[4]) == "noindex";
    const int batchSize = 100;
    const int sources = 50;
    QTemporaryDir dir;
    // DI_BENCH_DB keeps the generated profile database (for inspection).
    const QString path = qEnvironmentVariableIsSet("DI_BENCH_DB")
        ? qEnvironmentVariable("DI_BENCH_DB")
        : dir.filePath(QStringLiteral("bench.sqlite"));
    const QTimeZone zone("Asia/Seoul");

    QRandomGenerator rng(42);
    std::printf("generating %d articles over %d days...\n", total, days);
    QList<QList<FeedItem>> batches;
    QList<FeedItem> all;
    all.reserve(total);
    for (int n = 0; n < total; ++n)
        all.append(makeItem(n, total, days, rng));
    int items = 0;
    for (int start = 0; start < total; start += batchSize) {
        QList<FeedItem> batch = all.mid(start, batchSize);
        // ~10% of a batch: articles another source already delivered.
        if (start > 0) {
            for (int k = 0; k < batchSize / 10; ++k)
                batch.append(all.at(rng.bounded(start)));
        }
        items += int(batch.size());
        batches.append(batch);
    }

    storage::StorageWriter writer(path, zone);
    QString error;
    if (!writer.start(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    writer.post([sources, noIndex](QSqlDatabase &db) {
        if (noIndex)
            QSqlQuery(db).exec(QStringLiteral("UPDATE search_state SET indexed_up_to = 9e18"));
        storage::SourceStore store(db);
        for (int s = 0; s < sources; ++s) {
            Source src;
            src.url = QStringLiteral("https://news%1.example/feed").arg(s);
            src.title = QStringLiteral("News %1").arg(s);
            store.add(src);
        }
    });
    writer.flush();

    int inserted = 0, duplicates = 0, linked = 0;
    QElapsedTimer timer;
    timer.start();
    const std::clock_t cpuStart = std::clock();
    for (int b = 0; b < batches.size(); ++b) {
        // As the refresh pipeline does: the database-free part of ingest on
        // this thread (next to the parser), overlapping the writer's work.
        const storage::PreparedItems prepared(batches.at(b), zone);
        writer.post([&, b, prepared](QSqlDatabase &db) {
            const auto stats = storage::ArticleStore(db, zone).ingest(
                1 + b % sources, prepared, QDateTime::currentDateTimeUtc(),
                storage::ArticleStore::Indexing::BeforeCommit);
            inserted += stats.inserted;
            duplicates += stats.duplicates;
            linked += stats.linkedStories;
        });
    }
    writer.flush();
    const double secs = double(timer.nsecsElapsed()) / 1e9;
    const double cpuSecs = double(std::clock() - cpuStart) / CLOCKS_PER_SEC;
    std::printf("ingest: %d feed items (%d new articles, %d duplicates linked, %d story links)"
                " in %.2f s\n",
                items, inserted, duplicates, linked, secs);
    std::printf("ingest rate%s: %.0f items/s, %.0f new articles/s (target >= 50,000);"
                " CPU %.2f s = %.0f items per CPU-second (other load on the machine excluded)\n",
                noIndex ? " WITHOUT the search index (a ceiling)" : "", items / secs,
                inserted / secs, cpuSecs, items / cpuSecs);

    const QString reader = QStringLiteral("bench-reader");
    if (!storage::Database::open(reader, path).ok)
        return 1;
    {
        storage::ArticleStore store(storage::Database::connection(reader), zone);
        const QStringList dayList = store.days();
        QList<double> times;
        qint64 loaded = 0;
        const int repeats = 5;
        for (int r = 0; r < repeats; ++r) {
            for (int i = 0; i < 40; ++i) {
                const QString day = dayList.at(rng.bounded(int(dayList.size())));
                QElapsedTimer t;
                t.start();
                const auto list = store.articlesForDay(day);
                times.append(double(t.nsecsElapsed()) / 1e6);
                loaded += list.size();
            }
        }
        std::sort(times.begin(), times.end());
        std::printf("day load: median %.2f ms, p95 %.2f ms over %lld loads,"
                    " %.0f articles per day (%lld articles, %lld days) (target <= 5 ms)\n",
                    median(times), times.at(int(times.size() * 0.95)), qint64(times.size()),
                    double(loaded) / times.size(), qint64(store.articleCount()),
                    qint64(dayList.size()));
    }
    if (!noIndex)
        benchSearch(storage::Database::connection(reader), days);
    storage::Database::close(reader);
    return 0;
}
