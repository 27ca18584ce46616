#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace storage::sqlvalues {

// Instants are stored as milliseconds since the epoch (UTC); NULL = unknown.
inline QVariant fromDateTime(const QDateTime &utc)
{
    return utc.isValid() ? QVariant(utc.toMSecsSinceEpoch()) : QVariant();
}

inline QDateTime toDateTime(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

inline QChar listSeparator() { return QChar(0x1f); }

inline QString joinList(const QStringList &list) { return list.join(listSeparator()); }

inline QStringList splitList(const QString &s)
{
    return s.isEmpty() ? QStringList() : s.split(listSeparator());
}

} // namespace storage::sqlvalues
