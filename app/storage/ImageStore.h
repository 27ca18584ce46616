#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

namespace storage {

// Article images kept for offline reading, by absolute URL. Only sources
// with "load images" on ever put anything here.
class ImageStore
{
public:
    explicit ImageStore(QSqlDatabase db);

    struct Image
    {
        QString url;
        QString contentType;
        QByteArray data;   // empty when the fetch failed
        QString error;
        QDateTime fetchedAt;
    };
    bool contains(const QString &url) const; // stored, fetched or failed
    Image image(const QString &url) const;   // url empty when not stored
    bool save(const Image &image);           // insert or replace
    QString lastError() const { return m_lastError; }

private:
    QSqlDatabase m_db;
    mutable QString m_lastError;
};

} // namespace storage
