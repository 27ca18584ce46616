#include "service/Profile.h"

#include "feed/Opml.h"
#include "model/Category.h"
#include "storage/CategoryStore.h"
#include "storage/Database.h"
#include "storage/ProfileLock.h"
#include "storage/SourceStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QUuid>

namespace service {

namespace {

void seedDefaultSources(QSqlDatabase db)
{
    QFile file(QStringLiteral(":/data/default-sources.opml"));
    if (!file.open(QIODevice::ReadOnly))
        return;
    const feed::OpmlResult opml = feed::OpmlReader::read(file.readAll());
    storage::SourceStore sources(db);
    for (const feed::OpmlFeed &f : opml.feeds) {
        Source s;
        s.url = f.xmlUrl;
        s.title = f.title;
        s.group = f.group;
        sources.add(s);
    }
}

} // namespace

Profile::Profile() = default;

Profile::~Profile()
{
    if (!m_connection.isEmpty())
        storage::Database::close(m_connection);
}

QString Profile::resolveDir(const QString &fromCommandLine)
{
    if (!fromCommandLine.isEmpty())
        return QDir(fromCommandLine).absolutePath();
    const QString env = qEnvironmentVariable("DAILY_INSIGHTS_PROFILE");
    if (!env.isEmpty())
        return QDir(env).absolutePath();
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString Profile::databasePath() const { return QDir(m_dir).filePath(QStringLiteral("daily-insights.sqlite")); }

QSqlDatabase Profile::database() const { return storage::Database::connection(m_connection); }

bool Profile::open(const QString &dir, Access access, QString *error, Seed seed)
{
    m_dir = QDir(dir).absolutePath();
    if (!QDir().mkpath(m_dir)) {
        *error = QCoreApplication::translate("Profile", "Cannot create the profile folder %1.").arg(m_dir);
        return false;
    }
    if (access == Access::Write) {
        m_lock = std::make_unique<storage::ProfileLock>(m_dir);
        if (!m_lock->tryLock(error))
            return false;
    }
    m_settings = std::make_unique<Settings>(QDir(m_dir).filePath(QStringLiteral("settings.ini")));
    m_isNew = !QFileInfo::exists(databasePath());
    m_connection = QStringLiteral("profile-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    const storage::Database::OpenResult opened = storage::Database::open(m_connection, databasePath());
    if (!opened.ok) {
        *error = opened.error;
        m_connection.clear();
        return false;
    }
    QSqlDatabase db = database();
    storage::CategoryStore categories(db);
    if (categories.all().isEmpty())
        categories.seedDefaults(defaultCategories());
    if (m_isNew && access == Access::Write && seed == Seed::DefaultSources)
        seedDefaultSources(db);
    return true;
}

} // namespace service
