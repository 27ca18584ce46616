#pragma once

// A generated profile for the GUI bench: `articles` articles from 12
// sources over days ending today (192 a day up to a year, then ten years
// at most), 85% classified AI into a category, a cached summary per (day,
// category) with AI articles. Written as a refresh writes: items prepared
// on this thread, ingested on the StorageWriter's thread in feed-sized
// batches (the search index kept as it goes). Large profiles are kept in
// the temp folder, keyed by size, and reused.

#include "model/Category.h"
#include "model/Summary.h"
#include "service/Profile.h"
#include "settings/Settings.h"
#include "storage/ArticleStore.h"
#include "storage/CategoryStore.h"
#include "storage/PreparedItems.h"
#include "storage/SourceStore.h"
#include "storage/StorageWriter.h"
#include "storage/SummaryStore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

#include "BenchText.h"

#include <algorithm>
#include <cstdio>

namespace benchprofile {

inline bool generate(const QString &dir, int total)
{
    const int days = std::clamp(total / 192, 1, 3650);
    const int perDay = (total + days - 1) / days;
    const int sources = 12;
    QString error;
    QString databasePath;
    QTimeZone zone;
    {
        service::Profile profile; // creates, migrates, seeds the categories; released before the writer starts
        if (!profile.open(dir, service::Profile::Access::Write, &error, service::Profile::Seed::NoSources)) {
            std::fprintf(stderr, "profile: %s\n", qPrintable(error));
            return false;
        }
        profile.settings().set(SettingKey::RefreshOnStart, false);
        profile.settings().set(SettingKey::RefreshIntervalMin, 0);
        databasePath = profile.databasePath();
        zone = profile.timeZone();
    }
    storage::StorageWriter writer(databasePath, zone);
    if (!writer.start(&error)) {
        std::fprintf(stderr, "writer: %s\n", qPrintable(error));
        return false;
    }
    writer.post([sources](QSqlDatabase &db) {
        storage::SourceStore store(db);
        for (int s = 0; s < sources; ++s) {
            Source src;
            src.url = QStringLiteral("https://news%1.example/feed").arg(s);
            src.title = QStringLiteral("News %1").arg(s);
            store.add(src);
        }
    });
    QRandomGenerator rng(42);
    const QDate last = QDate::currentDate();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    int n = 0;
    QString ingestError;
    for (int d = days - 1; d >= 0 && n < total; --d) {
        const QDate day = last.addDays(-d);
        QList<QList<FeedItem>> bySource(sources);
        for (int i = 0; i < perDay && n < total; ++i, ++n) {
            FeedItem it;
            it.url = QStringLiteral("https://news%1.example/articles/%2").arg(n % sources).arg(n);
            it.link = it.guid = it.url;
            it.title = QStringLiteral("Article %1: ").arg(n) + benchtext::words(rng, 8);
            it.summary = benchtext::words(rng, 40);
            it.summaryHtml = QStringLiteral("<p>") + it.summary + QStringLiteral("</p>");
            it.published = QDateTime(day, QTime(rng.bounded(24), rng.bounded(60)), zone).toUTC();
            bySource[n % sources] << it;
        }
        for (int s = 0; s < sources; ++s) {
            const storage::PreparedItems prepared(bySource.at(s), zone);
            writer.post([s, prepared, zone, now, &ingestError](QSqlDatabase &db) {
                const auto stats = storage::ArticleStore(db, zone).ingest(
                    s + 1, prepared, now, storage::ArticleStore::Indexing::BeforeCommit);
                if (!stats.error.isEmpty())
                    ingestError = stats.error;
            });
        }
        if (d % 100 == 0)
            writer.flush(); // bounds the queue's memory
    }
    // Classification in one statement (a refresh's classifier writes the same rows one by one).
    bool classified = false;
    writer.post([&classified, &ingestError](QSqlDatabase &db) {
        QSqlQuery q(db);
        classified = q.exec(QStringLiteral(
            "WITH cats AS (SELECT id, row_number() OVER (ORDER BY id) - 1 AS k FROM categories)"
            " INSERT INTO classifications (article_id, category_id, is_ai, confidence, origin, reason, updated_at)"
            " SELECT a.id, cats.id, (a.id * 31) % 100 < 85, 0.8, 'offline', 'bench', 0 FROM articles a"
            " JOIN cats ON cats.k = (a.id * 7919) % (SELECT count(*) FROM categories)"));
        if (!classified)
            ingestError = q.lastError().text();
    });
    int summaryCount = 0;
    writer.post([&summaryCount, now](QSqlDatabase &db) {
        QRandomGenerator rng(7);
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.exec(QStringLiteral("SELECT DISTINCT a.day, c.category_id FROM articles a"
                              " JOIN classifications c ON c.article_id = a.id WHERE c.is_ai = 1"));
        storage::SummaryStore summaries(db);
        QList<QPair<QString, qint64>> sections;
        while (q.next())
            sections.append({q.value(0).toString(), q.value(1).toLongLong()});
        for (const auto &[day, category] : std::as_const(sections)) {
            SectionSummary sum;
            sum.day = day;
            sum.categoryId = category;
            sum.markdown = QStringLiteral("#### 주요 사건\n\n- ") + benchtext::words(rng, 60) +
                           QStringLiteral(" [1].\n\n#### 최종 요약\n\n") + benchtext::words(rng, 80) +
                           QLatin1Char('\n');
            sum.provenance.provider = QStringLiteral("offline");
            sum.provenance.createdAt = now;
            summaries.put(sum);
            ++summaryCount;
        }
    });
    writer.flush();
    if (!ingestError.isEmpty()) {
        std::fprintf(stderr, "generation: %s\n", qPrintable(ingestError));
        return false;
    }
    std::printf("    generated %d articles over %d days, %d cached summaries, DB %.1f MB\n", n, days, summaryCount,
                double(QFileInfo(databasePath).size()) / 1e6);
    return classified;
}

// The profile of `total` articles: made once into the temp folder
// (di-bench-gui-profile-N), then reused; "" on failure.
inline QString cached(int total)
{
    const QString dir = QDir::temp().filePath(QStringLiteral("di-bench-gui-profile-%1").arg(total));
    const QString done = QDir(dir).filePath(QStringLiteral("bench-complete"));
    if (QFileInfo::exists(done)) {
        std::printf("    reusing %s (delete it to generate afresh)\n", qPrintable(dir));
        return dir;
    }
    QDir(dir).removeRecursively(); // an interrupted generation
    QElapsedTimer timer;
    timer.start();
    if (!generate(dir, total))
        return {};
    std::printf("    (generation took %.1f s)\n", double(timer.elapsed()) / 1000.0);
    QFile marker(done);
    if (!marker.open(QIODevice::WriteOnly))
        return {};
    return dir;
}

} // namespace benchprofile
