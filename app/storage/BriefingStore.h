#pragma once

#include "model/Briefing.h"
#include "model/Edition.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace storage {

// The day's briefing (schema 5, table `briefings`, one row per edition and day since schema 10): the
// items and cited article ids as JSON, the provenance in columns. An
// offline briefing is stored with provider ''.
class BriefingStore
{
public:
    explicit BriefingStore(QSqlDatabase db, qint64 edition = editions::kNewsId);

    std::optional<Briefing> get(const QString &day) const;
    void put(const Briefing &briefing); // replaces the day's briefing
    QString lastError() const { return m_lastError; }

    static QString docToJson(const Briefing &briefing);
    // Fills items, article ids and the prompt version; false on bad JSON.
    static bool docFromJson(const QString &json, Briefing *briefing);

private:
    QSqlDatabase m_db;
    qint64 m_edition;
    mutable QString m_lastError;
};

} // namespace storage
