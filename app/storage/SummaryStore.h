#pragma once

#include "model/Summary.h"

#include <QDateTime>
#include <QList>
#include <QPair>
#include "model/Edition.h"

#include <QSqlDatabase>
#include <QStringList>

#include <optional>

namespace storage {

// Section summaries per (day, category) with their provenance, and the
// tokens spent per day.
class SummaryStore
{
public:
    // Days are those of one edition (its categories' summaries).
    explicit SummaryStore(QSqlDatabase db, qint64 edition = editions::kNewsId);

    std::optional<SectionSummary> get(const QString &day, qint64 categoryId) const;
    QList<SectionSummary> forDay(const QString &day) const;
    void put(const SectionSummary &s); // replaces the (day, category) summary
    void removeDay(const QString &day);
    QStringList daysWithSummaries() const; // newest first
    // `createdAt` invalid = now.
    void recordUsage(const QString &day, const QString &provider, const QString &model,
                     qint64 tokensIn, qint64 tokensOut, const QDateTime &createdAt = QDateTime());
    QPair<qint64, qint64> usageForDay(const QString &day) const; // (in, out)
    // LLM calls recorded with created_at in [fromUtc, toUtc), whatever day
    // they were for: what the daily budget counts.
    struct UsageTotals
    {
        int calls = 0;
        qint64 tokensIn = 0;
        qint64 tokensOut = 0;
    };
    UsageTotals usageBetween(const QDateTime &fromUtc, const QDateTime &toUtc) const;
    QString lastError() const { return m_lastError; }

    static QString docToJson(const SummaryDoc &doc);
    static SummaryDoc docFromJson(const QString &json);

private:
    QList<SectionSummary> select(const QString &where, const QVariantList &values) const;

    QSqlDatabase m_db;
    qint64 m_edition;
    mutable QString m_lastError;
};

} // namespace storage
