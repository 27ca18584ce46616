#include "storage/SourceStore.h"

#include "storage/SqlValues.h"

#include <QSqlError>
#include <QSqlQuery>

namespace storage {

using namespace sqlvalues;

SourceStore::SourceStore(QSqlDatabase db) : m_db(std::move(db)) {}

QList<Source> SourceStore::select(const QString &where, const QVariant &value) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
                  "SELECT id, url, title, grp, enabled, etag, last_modified, body_hash,"
                  " last_success, last_attempt, last_error, consecutive_failures, next_attempt,"
                  " full_text, load_images, edition_id, kind FROM sources ")
              + where + QStringLiteral(" ORDER BY id"));
    if (value.isValid())
        q.addBindValue(value);
    QList<Source> result;
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return result;
    }
    while (q.next()) {
        Source s;
        s.id = q.value(0).toLongLong();
        s.url = q.value(1).toString();
        s.title = q.value(2).toString();
        s.group = q.value(3).toString();
        s.enabled = q.value(4).toBool();
        s.etag = q.value(5).toString();
        s.lastModified = q.value(6).toString();
        s.bodyHash = q.value(7).toString();
        s.lastSuccess = toDateTime(q.value(8));
        s.lastAttempt = toDateTime(q.value(9));
        s.lastError = q.value(10).toString();
        s.consecutiveFailures = q.value(11).toInt();
        s.nextAttempt = toDateTime(q.value(12));
        s.fullText = fullTextModeFromName(q.value(13).toString());
        s.loadImages = q.value(14).toBool();
        s.editionId = q.value(15).toLongLong();
        s.kind = sourceKindFromName(q.value(16).toString());
        result.append(s);
    }
    return result;
}

QList<Source> SourceStore::all() const
{
    return select(QString(), QVariant());
}

QList<Source> SourceStore::inEdition(qint64 editionId) const
{
    return select(QStringLiteral("WHERE edition_id = ?"), editionId);
}

Source SourceStore::byId(qint64 id) const
{
    const auto list = select(QStringLiteral("WHERE id = ?"), id);
    return list.isEmpty() ? Source() : list.first();
}

Source SourceStore::byUrl(const QString &url) const
{
    const auto list = select(QStringLiteral("WHERE url = ?"), url);
    return list.isEmpty() ? Source() : list.first();
}

namespace {

// Every column after the URL, in table order: what add and update both write.
void bindState(QSqlQuery &q, const Source &s)
{
    q.addBindValue(text(s.title));
    q.addBindValue(text(s.group));
    q.addBindValue(s.enabled);
    q.addBindValue(text(s.etag));
    q.addBindValue(text(s.lastModified));
    q.addBindValue(text(s.bodyHash));
    q.addBindValue(fromDateTime(s.lastSuccess));
    q.addBindValue(fromDateTime(s.lastAttempt));
    q.addBindValue(text(s.lastError));
    q.addBindValue(s.consecutiveFailures);
    q.addBindValue(fromDateTime(s.nextAttempt));
}

} // namespace

qint64 SourceStore::add(const Source &s, bool *existed)
{
    const Source known = byUrl(s.url);
    if (existed)
        *existed = known.id != 0;
    if (known.id != 0)
        return known.id;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO sources (url, title, grp, enabled, etag, last_modified, body_hash,"
        " last_success, last_attempt, last_error, consecutive_failures, next_attempt,"
        " full_text, load_images, edition_id, kind)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(text(s.url));
    bindState(q, s);
    q.addBindValue(fullTextModeName(s.fullText));
    q.addBindValue(s.loadImages);
    q.addBindValue(s.editionId > 0 ? s.editionId : 1);
    q.addBindValue(sourceKindName(s.kind));
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return 0;
    }
    return q.lastInsertId().toLongLong();
}

bool SourceStore::remove(qint64 id)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM sources WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return false;
    }
    return q.numRowsAffected() > 0;
}

bool SourceStore::update(const Source &s)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "UPDATE sources SET title = ?, grp = ?, enabled = ?, etag = ?, last_modified = ?,"
        " body_hash = ?, last_success = ?, last_attempt = ?, last_error = ?,"
        " consecutive_failures = ?, next_attempt = ? WHERE id = ?"));
    bindState(q, s);
    q.addBindValue(s.id);
    if (q.exec())
        return true;
    m_lastError = q.lastError().text();
    return false;
}

bool SourceStore::setReadingOptions(qint64 id, FullTextMode fullText, bool loadImages)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE sources SET full_text = ?, load_images = ? WHERE id = ?"));
    q.addBindValue(fullTextModeName(fullText));
    q.addBindValue(loadImages);
    q.addBindValue(id);
    if (q.exec() && q.numRowsAffected() > 0)
        return true;
    m_lastError = q.lastError().isValid() ? q.lastError().text() : QStringLiteral("no such source");
    return false;
}

bool SourceStore::setEdition(qint64 id, qint64 editionId)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE sources SET edition_id = ? WHERE id = ?"
                             " AND EXISTS (SELECT 1 FROM editions WHERE id = ?)"));
    q.addBindValue(editionId);
    q.addBindValue(id);
    q.addBindValue(editionId);
    if (q.exec() && q.numRowsAffected() > 0)
        return true;
    m_lastError = q.lastError().isValid() ? q.lastError().text() : QStringLiteral("no such source or edition");
    return false;
}

bool SourceStore::setKind(qint64 id, SourceKind kind)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE sources SET kind = ? WHERE id = ?"));
    q.addBindValue(sourceKindName(kind));
    q.addBindValue(id);
    if (q.exec() && q.numRowsAffected() > 0)
        return true;
    m_lastError = q.lastError().isValid() ? q.lastError().text() : QStringLiteral("no such source");
    return false;
}

} // namespace storage
