#include "storage/BriefingStore.h"

#include "storage/SqlValues.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace storage {

using namespace sqlvalues;

namespace {

const QString kOffline = QStringLiteral("offline");

} // namespace

BriefingStore::BriefingStore(QSqlDatabase db, qint64 edition) : m_db(std::move(db)), m_edition(edition) {}

QString BriefingStore::docToJson(const Briefing &briefing)
{
    QJsonArray items;
    for (const BriefingItem &item : briefing.items) {
        QJsonArray citations;
        for (int n : item.citations)
            citations.append(n);
        items.append(QJsonObject{{QStringLiteral("text"), item.text}, {QStringLiteral("citations"), citations}});
    }
    QJsonArray ids;
    for (qint64 id : briefing.articleIds)
        ids.append(id);
    const QJsonObject o{{QStringLiteral("items"), items},
                        {QStringLiteral("articleIds"), ids},
                        {QStringLiteral("promptVersion"), briefing.provenance.promptVersion},
                        {QStringLiteral("elapsedMs"), briefing.provenance.elapsedMs}};
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

bool BriefingStore::docFromJson(const QString &json, Briefing *briefing)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return false;
    const QJsonObject o = doc.object();
    briefing->items.clear();
    briefing->articleIds.clear();
    for (const QJsonValue &v : o.value(QLatin1String("items")).toArray()) {
        BriefingItem item;
        item.text = v.toObject().value(QLatin1String("text")).toString();
        for (const QJsonValue &n : v.toObject().value(QLatin1String("citations")).toArray())
            item.citations.append(n.toInt());
        briefing->items.append(item);
    }
    for (const QJsonValue &id : o.value(QLatin1String("articleIds")).toArray())
        briefing->articleIds.append(id.toInteger());
    briefing->provenance.promptVersion = o.value(QLatin1String("promptVersion")).toString();
    briefing->provenance.elapsedMs = o.value(QLatin1String("elapsedMs")).toInteger();
    return true;
}

std::optional<Briefing> BriefingStore::get(const QString &day) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT provider, model, language, input_hash, doc_json, tokens_in, tokens_out,"
                             " created_at, error FROM briefings WHERE edition_id = ? AND day = ?"));
    q.addBindValue(m_edition);
    q.addBindValue(day);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    Briefing b;
    b.day = day;
    if (!docFromJson(q.value(4).toString(), &b) && q.value(8).toString().isEmpty())
        b.error = QStringLiteral("the stored briefing is not readable");
    SummaryProvenance &p = b.provenance;
    p.provider = q.value(0).toString().isEmpty() ? kOffline : q.value(0).toString();
    p.model = q.value(1).toString();
    p.language = q.value(2).toString();
    p.inputHash = q.value(3).toString();
    p.tokensIn = q.value(5).toLongLong();
    p.tokensOut = q.value(6).toLongLong();
    p.createdAt = toDateTime(q.value(7));
    if (b.error.isEmpty())
        b.error = q.value(8).toString();
    return b;
}

void BriefingStore::put(const Briefing &b)
{
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("INSERT INTO briefings (edition_id, day, provider, model, language, input_hash, doc_json,"
                       " tokens_in, tokens_out, created_at, error) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                       " ON CONFLICT(edition_id, day) DO UPDATE SET provider = excluded.provider, model = excluded.model,"
                       " language = excluded.language, input_hash = excluded.input_hash, doc_json = excluded.doc_json,"
                       " tokens_in = excluded.tokens_in, tokens_out = excluded.tokens_out,"
                       " created_at = excluded.created_at, error = excluded.error"));
    const SummaryProvenance &p = b.provenance;
    q.addBindValue(m_edition);
    q.addBindValue(text(b.day));
    q.addBindValue(text(p.provider == kOffline ? QString() : p.provider));
    q.addBindValue(text(p.model));
    q.addBindValue(text(p.language));
    q.addBindValue(text(p.inputHash));
    q.addBindValue(docToJson(b));
    q.addBindValue(p.tokensIn);
    q.addBindValue(p.tokensOut);
    q.addBindValue(fromDateTime(p.createdAt.isValid() ? p.createdAt : QDateTime::currentDateTimeUtc()));
    q.addBindValue(text(b.error));
    if (!q.exec())
        m_lastError = q.lastError().text();
}

} // namespace storage
