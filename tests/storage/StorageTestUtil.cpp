#include "StorageTestUtil.h"

#include "storage/SearchTokenizer.h"
#include "storage/SourceStore.h"
#include "storage/SqlScript.h"
#include "storage/SqliteStatement.h"

#include <QDir>
#include <QFile>

namespace storagetest {

bool migrateUpTo(QSqlDatabase &db, int last, QString *error)
{
    if (!storage::SearchTokenizer::registerOn(storage::SqliteStatement::handle(db), error))
        return false;
    for (const QString &script : QDir(QStringLiteral(":/sql")).entryList(QDir::Files, QDir::Name)) {
        if (script.left(3).toInt() > last)
            continue;
        QFile f(QStringLiteral(":/sql/") + script);
        if (!f.open(QIODevice::ReadOnly) || !storage::SqlScript::run(db, QString::fromUtf8(f.readAll()), error)) {
            *error = script + QStringLiteral(": ") + *error;
            return false;
        }
    }
    QSqlQuery q(db);
    return q.exec(QStringLiteral("PRAGMA user_version = %1").arg(last));
}

qint64 DbFixture::addSource(const QString &url, const QString &title)
{
    Source s;
    s.url = url;
    s.title = title;
    return storage::SourceStore(m_db).add(s);
}

} // namespace storagetest
