#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace storage::sqlvalues {

using namespace Qt::StringLiterals;

// Instants are stored as milliseconds since the epoch (UTC); NULL = unknown.
inline QVariant fromDateTime(const QDateTime &utc)
{
    return utc.isValid() ? QVariant(utc.toMSecsSinceEpoch()) : QVariant();
}

inline QDateTime toDateTime(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

// A null QString binds as SQL NULL; TEXT NOT NULL columns want ''.
inline QString text(const QString &s) { return s.isNull() ? QString(u""_qs) : s; }

inline QChar listSeparator() { return QChar(0x1f); }

inline QString joinList(const QStringList &list) { return list.join(listSeparator()); }

inline QStringList splitList(const QString &s)
{
    return s.isEmpty() ? QStringList() : s.split(listSeparator());
}

} // namespace storage::sqlvalues
