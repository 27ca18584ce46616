// A profile migrated to schema 6 gets its older articles' search index
// built in the background by the window, with the progress in the status
// bar; once done, search finds those articles.
#include "model/Clock.h"
#include "service/SearchIndexBuilder.h"
#include "service/SearchService.h"
#include "settings/Settings.h"
#include "storage/Database.h"
#include "storage/StorageWriter.h"
#include "ui/MainWindow.h"
#include "ui/SearchIndexStatus.h"
#include "ui/SearchPanel.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QSettings>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <gtest/gtest.h>

namespace {

constexpr int kArticles = 12000; // more than two of the builder's chunks

TEST(SearchIndexWindow, TheWindowBuildsAMigratedProfilesIndexWithProgressThenSearchFindsOldArticles)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.filePath(QStringLiteral("appconf")));
    const QString connection = QStringLiteral("index-window-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString path = dir.filePath(QStringLiteral("profile.sqlite"));
    ASSERT_TRUE(storage::Database::open(connection, path).ok);
    {
        // What a schema-5 profile brings: articles the new index has not seen
        // (inserted behind the ingest path), all below the backfill watermark.
        QSqlQuery q(storage::Database::connection(connection));
        ASSERT_TRUE(q.exec(
            QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1)"
                           " INSERT INTO articles (id, guid, url, title, summary, first_seen, day)"
                           " SELECT i, 'g' || i, 'https://a.example/' || i, 'Gyroscope number ' || i, 'Part ' || i, 0,"
                           " date('2000-01-01', '+' || (i / 4) || ' days') FROM n")
                .arg(kArticles)))
            << q.lastError().text().toStdString();
        ASSERT_TRUE(
            q.exec(QStringLiteral("UPDATE search_state SET indexed_up_to = %1, backfill_below = %1").arg(kArticles)));
    }
    Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    ASSERT_TRUE(settings.set(SettingKey::RefreshIntervalMin, 0));
    FixedClock clock{QDateTime(QDate(2026, 11, 20), QTime(12, 0), QTimeZone::utc())};
    storage::StorageWriter writer(path, QTimeZone::utc());
    QString error;
    ASSERT_TRUE(writer.start(&error)) << error.toStdString();
    {
        ui::MainWindowDeps deps;
        deps.readConnection = connection;
        deps.databasePath = path;
        deps.settings = &settings;
        deps.writer = &writer;
        deps.clock = &clock;
        deps.loadDigest = [](const QString &day, qint64) {
            Digest d;
            d.day = day;
            return d;
        };
        ui::MainWindow window(deps);
        auto *status = window.findChild<ui::SearchIndexStatus *>(QStringLiteral("searchIndexStatus"));
        ASSERT_NE(status, nullptr);
        service::SearchIndexBuilder *builder = status->builder();
        QStringList shown; // the status bar's note at each step, while visible
        QObject::connect(builder, &service::SearchIndexBuilder::progress, &window, [&] {
            if (status->isVisible())
                shown << status->text();
        });
        bool finished = false;
        QObject::connect(builder, &service::SearchIndexBuilder::finished, &window, [&] { finished = true; });
        window.resize(1300, 850);
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
        ASSERT_TRUE(QTest::qWaitFor([&] { return finished; }, 60000));
        ASSERT_FALSE(shown.isEmpty());
        EXPECT_TRUE(shown.first().startsWith(QStringLiteral("Building the search index: ")))
            << shown.first().toStdString();
        EXPECT_NE(shown.first(), QStringLiteral("Building the search index: 100 %"));
        EXPECT_FALSE(status->isVisible()); // gone once done

        // The oldest articles are found now.
        auto *field = window.findChild<QLineEdit *>(QStringLiteral("searchField"));
        auto *panel = window.findChild<ui::SearchPanel *>(QStringLiteral("searchPanel"));
        auto *service = window.findChild<service::SearchService *>();
        ASSERT_TRUE(field && panel && service);
        field->setFocus();
        QTest::keyClicks(field, QStringLiteral("gyroscope"));
        QTest::keyClick(field, Qt::Key_Return);
        ASSERT_TRUE(QTest::qWaitFor(
            [&] { return !panel->isSearching() && panel->shownTicket() == service->latestTicket(); }, 30000));
        window.findChild<QDateEdit *>(QStringLiteral("searchTo"))->setDate(QDate(2000, 1, 2));
        window.findChild<QCheckBox *>(QStringLiteral("searchToOn"))->setChecked(true);
        ASSERT_TRUE(QTest::qWaitFor(
            [&] { return !panel->isSearching() && panel->shownTicket() == service->latestTicket(); }, 30000));
        EXPECT_EQ(panel->resultCount(), 7) << panel->statusText().toStdString(); // ids 1..7: 2000-01-01 and -02
    }
    writer.flush();
    storage::Database::close(connection);
}

} // namespace
