#pragma once

#include <QDateTime>
#include <QTimeZone>

// Time is injected so that "today" and day boundaries can be tested.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;
};

class SystemClock final : public Clock
{
public:
    QDateTime nowUtc() const override { return QDateTime::currentDateTimeUtc(); }
};

class FixedClock final : public Clock
{
public:
    explicit FixedClock(QDateTime now) : m_now(std::move(now)) {}
    QDateTime nowUtc() const override { return m_now; }
    void set(QDateTime now) { m_now = std::move(now); }
    void advanceSecs(qint64 secs) { m_now = m_now.addSecs(secs); }

private:
    QDateTime m_now;
};

// The calendar day (YYYY-MM-DD) of an instant in a time zone.
inline QString dayOf(const QDateTime &utc, const QTimeZone &zone)
{
    return utc.toTimeZone(zone).date().toString(Qt::ISODate);
}
