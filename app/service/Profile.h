#pragma once

#include "settings/Settings.h"

#include <QSqlDatabase>
#include <QString>
#include <QTimeZone>

#include <memory>

namespace storage { class ProfileLock; }

namespace service {

// Subscribes the Papers edition to its default sources (arXiv listings and
// Hugging Face's daily papers) that it does not have yet.
void seedPaperSources(QSqlDatabase db);

// A profile: one folder with the database, the settings file and the
// write lock. Opened once per process; the GUI thread reads through
// `database()`, writes go through the StorageWriter.
class Profile
{
public:
    Profile();
    ~Profile();

    // --profile DIR, else $DAILY_INSIGHTS_PROFILE, else the platform's
    // app-data folder.
    static QString resolveDir(const QString &fromCommandLine);

    enum class Access { ReadOnly, Write };
    // Creates the folder, takes the write lock (Access::Write), opens and
    // migrates the database, seeds the default categories and, for a new
    // profile, the default sources. Returns false with a readable error.
    enum class Seed { DefaultSources, NoSources };
    bool open(const QString &dir, Access access, QString *error, Seed seed = Seed::DefaultSources);

    QString dir() const { return m_dir; }
    QString databasePath() const;
    QString connectionName() const { return m_connection; }
    QSqlDatabase database() const;
    Settings &settings() { return *m_settings; }
    const Settings &settings() const { return *m_settings; }
    QTimeZone timeZone() const { return m_settings->timeZone(); }
    // True when open() failed because another process holds the write lock.
    bool heldElsewhere() const;
    // True when this open created the database (first run).
    bool isNew() const { return m_isNew; }

private:
    QString m_dir;
    QString m_connection;
    bool m_isNew = false;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<storage::ProfileLock> m_lock;
};

} // namespace service
