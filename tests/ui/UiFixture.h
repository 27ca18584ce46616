#pragma once

#include "model/Clock.h"
#include "secrets/MemorySecretStore.h"
#include "settings/Settings.h"
#include "storage/ArticleStore.h"
#include "storage/CategoryStore.h"
#include "storage/Database.h"
#include "storage/SourceStore.h"
#include "storage/StorageWriter.h"
#include "storage/SummaryStore.h"
#include "ui/BackgroundJobs.h"
#include "ui/MainWindowDeps.h"

#include <QSettings>
#include <QTemporaryDir>
#include <gtest/gtest.h>

#include <functional>
#include <memory>

namespace ui { class MainWindow; }

namespace uitest {

// The child of `parent` named `name`; a test failure (and nullptr) when there is none.
template<typename T>
T *childNamed(const QObject *parent, const char *name)
{
    T *w = parent->findChild<T *>(QLatin1String(name));
    EXPECT_NE(w, nullptr) << name;
    return w;
}

// A BackgroundJobs the test drives by emitting its signals.
class FakeJobs : public ui::BackgroundJobs
{
public:
    void startRefresh() override { ++refreshStarts; running = true; }
    void cancelRefresh() override { running = false; ++cancels; }
    bool refreshRunning() const override { return running; }
    void buildDigest(const QString &day, qint64 only, bool force) override
    {
        digestDay = day;
        digestOnly = only;
        digestForce = force;
        digestBusy = true;
    }
    void cancelDigest() override { digestBusy = false; }
    bool digestRunning() const override { return digestBusy; }
    QString offlineReason() const override { return reason; }

    int refreshStarts = 0;
    int cancels = 0;
    bool running = false;
    bool digestBusy = false;
    QString digestDay;
    qint64 digestOnly = -1;
    bool digestForce = false;
    QString reason;
};

struct SeedArticle
{
    QString day;
    QString title;
    QString url;
    QString categoryKey; // "" = not AI
    QString hour = QStringLiteral("09");
};

// A profile folder with a database of two days, a summary with citations,
// a settings file, a fake key store and a fake clock.
class UiFixture : public ::testing::Test
{
protected:
    void SetUp() override;
    void TearDown() override;

    ui::MainWindowDeps deps();
    // The real window over deps(), at a desktop size, shown; null (and a
    // test failure) if it is never exposed.
    std::unique_ptr<ui::MainWindow> showWindow();
    qint64 categoryId(const QString &key) const;
    qint64 articleId(const QString &url) const;
    Digest digestFor(const QString &day, qint64 edition = editions::kNewsId) const;
    QSqlDatabase db() const { return storage::Database::connection(m_connection); }

    QTemporaryDir m_dir;
    QString m_connection;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<storage::StorageWriter> m_writer;
    secrets::MemorySecretStore m_secrets;
    FixedClock m_clock{QDateTime(QDate(2026, 11, 20), QTime(12, 0), QTimeZone::utc())};
    FakeJobs m_jobs;
    QList<SeedArticle> m_seed;
    // What deps()'s digests say was left out (null: nothing).
    std::function<QList<DigestLeftOut>(const QString &day, qint64 edition)> leftOut;
};

} // namespace uitest
