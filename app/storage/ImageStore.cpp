#include "storage/ImageStore.h"

#include "storage/SqlValues.h"

#include <QSqlError>
#include <QSqlQuery>

namespace storage {

using namespace sqlvalues;

ImageStore::ImageStore(QSqlDatabase db) : m_db(std::move(db)) {}

bool ImageStore::contains(const QString &url) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT 1 FROM images WHERE url = ?"));
    q.addBindValue(url);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return false;
    }
    return q.next();
}

ImageStore::Image ImageStore::image(const QString &url) const
{
    Image result;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT content_type, data, error, fetched_at FROM images WHERE url = ?"));
    q.addBindValue(url);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return result;
    }
    if (!q.next())
        return result;
    result.url = url;
    result.contentType = q.value(0).toString();
    result.data = q.value(1).toByteArray();
    result.error = q.value(2).toString();
    result.fetchedAt = toDateTime(q.value(3));
    return result;
}

bool ImageStore::save(const Image &image)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO images (url, content_type, data, error, fetched_at)"
        " VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(image.url);
    q.addBindValue(text(image.contentType));
    q.addBindValue(image.data);
    q.addBindValue(text(image.error));
    q.addBindValue(fromDateTime(image.fetchedAt.isValid() ? image.fetchedAt
                                                          : QDateTime::currentDateTimeUtc()));
    if (q.exec())
        return true;
    m_lastError = q.lastError().text();
    return false;
}

} // namespace storage
