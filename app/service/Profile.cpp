#include "service/Profile.h"

#include "feed/Opml.h"
#include "model/Category.h"
#include "storage/CategoryStore.h"
#include "storage/EditionStore.h"
#include "storage/Database.h"
#include "storage/ProfileLock.h"
#include "storage/SourceStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QUuid>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace service {

namespace {

void seedSources(QSqlDatabase db, const QString &resource, qint64 edition)
{
    QFile file(resource);
    if (edition == 0 || !file.open(QIODevice::ReadOnly))
        return;
    const feed::OpmlResult opml = feed::OpmlReader::read(file.readAll());
    storage::SourceStore sources(db);
    for (const feed::OpmlFeed &f : opml.feeds) {
        Source s;
        s.url = f.xmlUrl;
        s.title = f.title;
        s.group = f.group;
        s.editionId = edition;
        s.kind = sourceKindForUrl(s.url);
        sources.add(s);
    }
}

} // namespace

void seedPaperSources(QSqlDatabase db)
{
    seedSources(db, QStringLiteral(":/data/default-paper-sources.opml"),
                storage::EditionStore(db).byKey(editions::kPapersKey).id);
}

namespace {

void seedDefaultSources(QSqlDatabase db)
{
    seedSources(db, QStringLiteral(":/data/default-sources.opml"), editions::kNewsId);
    seedPaperSources(db);
}

// The profile holds what the user reads and their settings: only they may
// read it. A file is created with mode 0600 when missing, else narrowed to it
// (a profile made by an older version had 0644).
bool ownerOnlyFile(const QString &path)
{
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0)
        return false;
    const bool narrowed = ::fchmod(fd, 0600) == 0;
    ::close(fd);
    return narrowed;
}

void narrowIfPresent(const QString &path)
{
    if (QFileInfo::exists(path))
        ::chmod(QFile::encodeName(path).constData(), 0600);
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

bool Profile::heldElsewhere() const { return m_lock && m_lock->heldElsewhere(); }

QSqlDatabase Profile::database() const { return storage::Database::connection(m_connection); }

bool Profile::open(const QString &dir, Access access, QString *error, Seed seed)
{
    m_dir = QDir(dir).absolutePath();
    const bool existed = QFileInfo(m_dir).isDir();
    if (!QDir().mkpath(m_dir)) {
        *error = QCoreApplication::translate("Profile", "Cannot create the profile folder %1.").arg(m_dir);
        return false;
    }
    // 0700 for a folder we made, or one that already is a profile; a folder
    // the user pointed us at that holds other things keeps its mode.
    const QString settingsPath = QDir(m_dir).filePath(QStringLiteral("settings.ini"));
    if (!existed || QFileInfo::exists(databasePath()) || QFileInfo::exists(settingsPath))
        ::chmod(QFile::encodeName(m_dir).constData(), 0700);
    if (access == Access::Write) {
        m_lock = std::make_unique<storage::ProfileLock>(m_dir);
        if (!m_lock->tryLock(error))
            return false;
    }
    m_isNew = !QFileInfo::exists(databasePath());
    if (access == Access::Write) {
        // Created before QSettings and SQLite write them: both keep the mode
        // of an existing file (SQLite gives -wal and -shm the database's).
        if (!ownerOnlyFile(settingsPath) || !ownerOnlyFile(databasePath())) {
            *error = QCoreApplication::translate("Profile", "Cannot write in the profile folder %1.").arg(m_dir);
            return false;
        }
        for (const char *suffix : {"-wal", "-shm"})
            narrowIfPresent(databasePath() + QLatin1String(suffix));
    }
    m_settings = std::make_unique<Settings>(settingsPath);
    m_connection = QStringLiteral("profile-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    const storage::Database::OpenResult opened = storage::Database::open(m_connection, databasePath());
    if (!opened.ok) {
        *error = opened.error;
        m_connection.clear();
        return false;
    }
    QSqlDatabase db = database();
    storage::EditionStore(db).seedCategories();
    if (m_isNew && access == Access::Write && seed == Seed::DefaultSources)
        seedDefaultSources(db);
    return true;
}

} // namespace service
