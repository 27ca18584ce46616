#include "storage/SummaryStore.h"

#include "storage/SqlValues.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace storage {

using namespace sqlvalues;

SummaryStore::SummaryStore(QSqlDatabase db, qint64 edition) : m_db(std::move(db)), m_edition(edition) {}

namespace {

// The provenance's full-text articles ride in the doc's JSON ("fullText").
QString withFullText(const QString &docJson, const QList<qint64> &articleIds)
{
    if (docJson.isEmpty() || articleIds.isEmpty())
        return docJson;
    QJsonObject o = QJsonDocument::fromJson(docJson.toUtf8()).object();
    QJsonArray ids;
    for (qint64 id : articleIds)
        ids.append(id);
    o.insert(QStringLiteral("fullText"), ids);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QList<qint64> fullTextFromJson(const QString &docJson)
{
    QList<qint64> ids;
    if (!docJson.contains(QLatin1String("\"fullText\"")))
        return ids;
    for (const QJsonValue &v : QJsonDocument::fromJson(docJson.toUtf8()).object().value(QLatin1String("fullText")).toArray())
        ids.append(v.toInteger());
    return ids;
}

} // namespace

QString SummaryStore::docToJson(const SummaryDoc &doc)
{
    if (doc.themes.isEmpty() && doc.events.isEmpty() && doc.impacts.isEmpty()
        && doc.conclusion.isEmpty())
        return QString();
    QJsonArray events;
    for (const SummaryEvent &e : doc.events) {
        QJsonArray citations;
        for (int n : e.citations)
            citations.append(n);
        events.append(QJsonObject{{QStringLiteral("text"), e.text},
                                  {QStringLiteral("citations"), citations}});
    }
    QJsonArray impacts;
    for (const SummaryImpact &i : doc.impacts) {
        QJsonArray citations;
        for (int n : i.citations)
            citations.append(n);
        impacts.append(QJsonObject{{QStringLiteral("domain"), i.domain},
                                   {QStringLiteral("text"), i.text},
                                   {QStringLiteral("citations"), citations}});
    }
    QJsonObject o{{QStringLiteral("themes"), QJsonArray::fromStringList(doc.themes)},
                  {QStringLiteral("events"), events},
                  {QStringLiteral("impacts"), impacts},
                  {QStringLiteral("conclusion"), doc.conclusion}};
    if (doc.impactsByArticle)
        o.insert(QStringLiteral("impacts_by_article"), true);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

SummaryDoc SummaryStore::docFromJson(const QString &json)
{
    SummaryDoc doc;
    if (json.isEmpty())
        return doc;
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    for (const QJsonValue &t : o.value(QLatin1String("themes")).toArray())
        doc.themes.append(t.toString());
    for (const QJsonValue &v : o.value(QLatin1String("events")).toArray()) {
        const QJsonObject e = v.toObject();
        SummaryEvent event;
        event.text = e.value(QLatin1String("text")).toString();
        for (const QJsonValue &n : e.value(QLatin1String("citations")).toArray())
            event.citations.append(n.toInt());
        doc.events.append(event);
    }
    for (const QJsonValue &v : o.value(QLatin1String("impacts")).toArray()) {
        const QJsonObject i = v.toObject();
        SummaryImpact impact{i.value(QLatin1String("domain")).toString(), i.value(QLatin1String("text")).toString(), {}};
        for (const QJsonValue &n : i.value(QLatin1String("citations")).toArray())
            impact.citations.append(n.toInt());
        doc.impacts.append(impact);
    }
    doc.impactsByArticle = o.value(QLatin1String("impacts_by_article")).toBool();
    doc.conclusion = o.value(QLatin1String("conclusion")).toString();
    return doc;
}

QList<SectionSummary> SummaryStore::select(const QString &where, const QVariantList &values) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
                  "SELECT s.day, s.category_id, s.provider, s.model, s.prompt_version, s.language,"
                  " s.tokens_in, s.tokens_out, s.elapsed_ms, s.created_at, s.input_hash,"
                  " s.markdown, s.doc_json, s.error FROM summaries s"
                  " LEFT JOIN categories c ON c.id = s.category_id ")
              + where + QStringLiteral(" ORDER BY s.day, c.position"));
    for (const QVariant &v : values)
        q.addBindValue(v);
    QList<SectionSummary> result;
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return result;
    }
    while (q.next()) {
        SectionSummary s;
        s.day = q.value(0).toString();
        s.categoryId = q.value(1).toLongLong();
        s.provenance.provider = q.value(2).toString();
        s.provenance.model = q.value(3).toString();
        s.provenance.promptVersion = q.value(4).toString();
        s.provenance.language = q.value(5).toString();
        s.provenance.tokensIn = q.value(6).toLongLong();
        s.provenance.tokensOut = q.value(7).toLongLong();
        s.provenance.elapsedMs = q.value(8).toLongLong();
        s.provenance.createdAt = toDateTime(q.value(9));
        s.provenance.inputHash = q.value(10).toString();
        s.markdown = q.value(11).toString();
        s.doc = docFromJson(q.value(12).toString());
        s.provenance.fullTextArticles = fullTextFromJson(q.value(12).toString());
        s.error = q.value(13).toString();
        result.append(s);
    }
    return result;
}

std::optional<SectionSummary> SummaryStore::get(const QString &day, qint64 categoryId) const
{
    const auto l = select(QStringLiteral("WHERE s.day = ? AND s.category_id = ?"),
                          {day, categoryId});
    if (l.isEmpty())
        return std::nullopt;
    return l.first();
}

QList<SectionSummary> SummaryStore::forDay(const QString &day) const
{
    return select(QStringLiteral("WHERE s.day = ? AND c.edition_id = ?"), {day, m_edition});
}

void SummaryStore::put(const SectionSummary &s)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO summaries (day, category_id, provider, model, prompt_version, language,"
        " tokens_in, tokens_out, elapsed_ms, created_at, input_hash, markdown, doc_json, error)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT(day, category_id) DO UPDATE SET provider = excluded.provider,"
        " model = excluded.model, prompt_version = excluded.prompt_version,"
        " language = excluded.language, tokens_in = excluded.tokens_in,"
        " tokens_out = excluded.tokens_out, elapsed_ms = excluded.elapsed_ms,"
        " created_at = excluded.created_at, input_hash = excluded.input_hash,"
        " markdown = excluded.markdown, doc_json = excluded.doc_json, error = excluded.error"));
    const SummaryProvenance &p = s.provenance;
    q.addBindValue(text(s.day));
    q.addBindValue(s.categoryId);
    q.addBindValue(text(p.provider));
    q.addBindValue(text(p.model));
    q.addBindValue(text(p.promptVersion));
    q.addBindValue(text(p.language));
    q.addBindValue(p.tokensIn);
    q.addBindValue(p.tokensOut);
    q.addBindValue(p.elapsedMs);
    q.addBindValue(fromDateTime(p.createdAt.isValid() ? p.createdAt
                                                      : QDateTime::currentDateTimeUtc()));
    q.addBindValue(text(p.inputHash));
    q.addBindValue(text(s.markdown));
    q.addBindValue(text(withFullText(docToJson(s.doc), p.fullTextArticles)));
    q.addBindValue(text(s.error));
    if (!q.exec())
        m_lastError = q.lastError().text();
}

void SummaryStore::removeDay(const QString &day)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM summaries WHERE day = ?"
                             " AND category_id IN (SELECT id FROM categories WHERE edition_id = ?)"));
    q.addBindValue(day);
    q.addBindValue(m_edition);
    if (!q.exec())
        m_lastError = q.lastError().text();
}

QStringList SummaryStore::daysWithSummaries() const
{
    QSqlQuery q(m_db);
    QStringList days;
    // A skip scan down summaries_ok_day (schema 6): one seek per day, each
    // checked against the edition's categories.
    q.prepare(QStringLiteral("WITH ed(id) AS (SELECT id FROM categories WHERE edition_id = ?),"
                             " d(day) AS"
                             " (SELECT max(day) FROM summaries WHERE error = '' AND category_id IN (SELECT id FROM ed)"
                             " UNION ALL SELECT (SELECT max(day) FROM summaries"
                             " WHERE error = '' AND category_id IN (SELECT id FROM ed) AND day < d.day)"
                             " FROM d WHERE d.day IS NOT NULL)"
                             " SELECT day FROM d WHERE day IS NOT NULL"));
    q.addBindValue(m_edition);
    if (q.exec()) {
        while (q.next())
            days.append(q.value(0).toString());
    }
    return days;
}

void SummaryStore::recordUsage(const QString &day, const QString &provider, const QString &model,
                               qint64 tokensIn, qint64 tokensOut, const QDateTime &createdAt)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO usage (day, provider, model, tokens_in, tokens_out,"
                             " created_at) VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(day);
    q.addBindValue(text(provider));
    q.addBindValue(text(model));
    q.addBindValue(tokensIn);
    q.addBindValue(tokensOut);
    q.addBindValue(createdAt.isValid() ? createdAt.toMSecsSinceEpoch() : QDateTime::currentMSecsSinceEpoch());
    if (!q.exec())
        m_lastError = q.lastError().text();
}

SummaryStore::UsageTotals SummaryStore::usageBetween(const QDateTime &fromUtc, const QDateTime &toUtc) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT count(*), coalesce(sum(tokens_in), 0), coalesce(sum(tokens_out), 0)"
                             " FROM usage WHERE created_at >= ? AND created_at < ?"));
    q.addBindValue(fromUtc.toMSecsSinceEpoch());
    q.addBindValue(toUtc.toMSecsSinceEpoch());
    UsageTotals totals;
    if (q.exec() && q.next()) {
        totals.calls = q.value(0).toInt();
        totals.tokensIn = q.value(1).toLongLong();
        totals.tokensOut = q.value(2).toLongLong();
    } else {
        m_lastError = q.lastError().text();
    }
    return totals;
}

QPair<qint64, qint64> SummaryStore::usageForDay(const QString &day) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT coalesce(sum(tokens_in), 0), coalesce(sum(tokens_out), 0)"
                             " FROM usage WHERE day = ?"));
    q.addBindValue(day);
    if (q.exec() && q.next())
        return {q.value(0).toLongLong(), q.value(1).toLongLong()};
    return {0, 0};
}

} // namespace storage
