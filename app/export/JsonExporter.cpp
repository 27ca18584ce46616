#include "export/JsonExporter.h"

#include "export/EditionNames.h"
#include "export/MarkdownText.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace exporter {

namespace {

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

QJsonObject summaryJson(const SummaryDoc &doc)
{
    QJsonArray events;
    for (const SummaryEvent &e : doc.events) {
        QJsonArray citations;
        for (int n : e.citations)
            citations.append(n);
        events.append(QJsonObject{{QStringLiteral("text"), e.text}, {QStringLiteral("citations"), citations}});
    }
    QJsonArray impacts;
    for (const SummaryImpact &i : doc.impacts)
        impacts.append(QJsonObject{{QStringLiteral("domain"), i.domain}, {QStringLiteral("text"), i.text}});
    return {{QStringLiteral("themes"), QJsonArray::fromStringList(doc.themes)},
            {QStringLiteral("events"), events},
            {QStringLiteral("impacts"), impacts},
            {QStringLiteral("conclusion"), doc.conclusion}};
}

SummaryDoc summaryFromJson(const QJsonObject &o)
{
    SummaryDoc doc;
    for (const QJsonValue &t : o.value(QLatin1String("themes")).toArray())
        doc.themes << t.toString();
    for (const QJsonValue &v : o.value(QLatin1String("events")).toArray()) {
        SummaryEvent e;
        e.text = str(v.toObject(), "text");
        for (const QJsonValue &c : v.toObject().value(QLatin1String("citations")).toArray())
            e.citations << c.toInt();
        doc.events << e;
    }
    for (const QJsonValue &v : o.value(QLatin1String("impacts")).toArray())
        doc.impacts << SummaryImpact{str(v.toObject(), "domain"), str(v.toObject(), "text"), {}};
    doc.conclusion = str(o, "conclusion");
    return doc;
}

QJsonArray fullTextJson(const QList<qint64> &ids)
{
    QJsonArray a;
    for (qint64 id : ids)
        a.append(id);
    return a;
}

QJsonObject provenanceJson(const SummaryProvenance &p)
{
    return {{QStringLiteral("provider"), p.provider},
            {QStringLiteral("model"), p.model},
            {QStringLiteral("promptVersion"), p.promptVersion},
            {QStringLiteral("language"), p.language},
            {QStringLiteral("tokensIn"), p.tokensIn},
            {QStringLiteral("tokensOut"), p.tokensOut},
            {QStringLiteral("elapsedMs"), p.elapsedMs},
            {QStringLiteral("created"), p.createdAt.isValid() ? p.createdAt.toUTC().toString(Qt::ISODate) : QString()},
            {QStringLiteral("fullTextArticles"), fullTextJson(p.fullTextArticles)}};
}

SummaryProvenance provenanceFromJson(const QJsonObject &o)
{
    SummaryProvenance p;
    p.provider = str(o, "provider");
    p.model = str(o, "model");
    p.promptVersion = str(o, "promptVersion");
    p.language = str(o, "language");
    p.tokensIn = o.value(QLatin1String("tokensIn")).toInteger();
    p.tokensOut = o.value(QLatin1String("tokensOut")).toInteger();
    p.elapsedMs = o.value(QLatin1String("elapsedMs")).toInteger();
    p.createdAt = QDateTime::fromString(str(o, "created"), Qt::ISODate);
    for (const QJsonValue &v : o.value(QLatin1String("fullTextArticles")).toArray())
        p.fullTextArticles.append(v.toInteger());
    return p;
}

QJsonObject sourceJson(const DigestSource &src)
{
    const bool http = !markdown::safeUrl(src.url).isEmpty();
    return {{QStringLiteral("title"), src.title},
            {QStringLiteral("url"), http ? src.url.trimmed() : QString()},
            {QStringLiteral("source"), src.sourceName},
            {QStringLiteral("articleId"), src.articleId}};
}

DigestSource sourceFromJson(const QJsonObject &o)
{
    return DigestSource{o.value(QLatin1String("articleId")).toInteger(), str(o, "title"), str(o, "url"),
                        str(o, "source")};
}

QJsonObject briefingJson(const Digest &digest)
{
    const Briefing &b = digest.briefing;
    QJsonArray items;
    for (const BriefingItem &item : b.items) {
        QJsonArray citations, ids;
        for (int n : item.citations)
            citations.append(n);
        for (qint64 id : b.articleIdsOf(item))
            ids.append(id);
        items.append(QJsonObject{{QStringLiteral("text"), item.text},
                                 {QStringLiteral("citations"), citations},
                                 {QStringLiteral("articleIds"), ids}});
    }
    QJsonArray sources;
    for (const DigestSource &src : digest.briefingSources)
        sources.append(sourceJson(src));
    return {{QStringLiteral("items"), items},
            {QStringLiteral("sources"), sources},
            {QStringLiteral("error"), b.error},
            {QStringLiteral("offline"), b.provenance.provider == QLatin1String("offline")},
            {QStringLiteral("provenance"), provenanceJson(b.provenance)}};
}

void briefingFromJson(const QJsonObject &o, Digest *digest)
{
    Briefing &b = digest->briefing;
    b.day = digest->day;
    for (const QJsonValue &v : o.value(QLatin1String("items")).toArray()) {
        BriefingItem item;
        item.text = str(v.toObject(), "text");
        for (const QJsonValue &c : v.toObject().value(QLatin1String("citations")).toArray())
            item.citations << c.toInt();
        b.items << item;
    }
    for (const QJsonValue &v : o.value(QLatin1String("sources")).toArray()) {
        digest->briefingSources << sourceFromJson(v.toObject());
        b.articleIds << digest->briefingSources.last().articleId;
    }
    b.error = str(o, "error");
    b.provenance = provenanceFromJson(o.value(QLatin1String("provenance")).toObject());
}

QJsonObject editionJson(const Edition &e)
{
    return {{QStringLiteral("key"), e.key},
            {QStringLiteral("name"), e.name},
            {QStringLiteral("titleLine"), EditionNames::titleLine(e)},
            {QStringLiteral("filePrefix"), EditionNames::filePrefix(e)}};
}

// The shipped edition of that key with the names as written, or an
// edition of the user's; absent, the News edition (files before editions).
Edition editionFromJson(const QJsonValue &value)
{
    if (!value.isObject())
        return editions::news();
    const QJsonObject o = value.toObject();
    const QString key = str(o, "key");
    Edition e = key == editions::kPapersKey ? editions::papers()
              : key == editions::kNewsKey   ? editions::news()
                                            : Edition{};
    if (e.key.isEmpty()) {
        e.id = 0;
        e.key = key;
    }
    if (o.contains(QLatin1String("name")))
        e.name = str(o, "name");
    if (o.contains(QLatin1String("titleLine")))
        e.titleLine = str(o, "titleLine");
    if (o.contains(QLatin1String("filePrefix")))
        e.filePrefix = str(o, "filePrefix");
    return e;
}

QJsonArray leftOutJson(const QList<DigestLeftOut> &leftOut)
{
    QJsonArray a;
    for (const DigestLeftOut &l : leftOut) {
        if (l.count > 0)
            a.append(QJsonObject{{QStringLiteral("reason"), l.reason}, {QStringLiteral("count"), l.count}});
    }
    return a;
}

QList<DigestLeftOut> leftOutFromJson(const QJsonArray &a)
{
    QList<DigestLeftOut> out;
    for (const QJsonValue &v : a) {
        const DigestLeftOut l{str(v.toObject(), "reason"), v.toObject().value(QLatin1String("count")).toInt()};
        if (l.count > 0)
            out << l;
    }
    return out;
}

} // namespace

QByteArray JsonExporter::render(const Digest &digest)
{
    QJsonArray sections;
    for (const DigestSection &s : digest.sections) {
        if (s.sources.isEmpty())
            continue;
        QJsonArray sources;
        for (const DigestSource &src : s.sources) {
            QJsonObject o = sourceJson(src);
            o.insert(QStringLiteral("fullText"), s.provenance.fullTextArticles.contains(src.articleId));
            sources.append(o);
        }
        const QJsonObject category{{QStringLiteral("key"), s.categoryKey},
                                   {QStringLiteral("name"), s.categoryName},
                                   {QStringLiteral("emoji"), s.emoji},
                                   {QStringLiteral("color"), s.color},
                                   {QStringLiteral("position"), s.categoryPosition}};
        sections.append(QJsonObject{
            {QStringLiteral("category"), category},
            {QStringLiteral("summary"), summaryJson(s.summaryDoc)},
            {QStringLiteral("markdown"), s.summaryMarkdown},
            {QStringLiteral("error"), s.error},
            {QStringLiteral("offline"), digest.offline || s.provenance.provider == QLatin1String("offline")},
            {QStringLiteral("provenance"), provenanceJson(s.provenance)},
            {QStringLiteral("sources"), sources}});
    }
    // Keys are written in alphabetical order, so "briefing" leads.
    QJsonObject root{{QStringLiteral("format"), QStringLiteral("daily-insights-digest")},
                     {QStringLiteral("version"), 1},
                     {QStringLiteral("schema_version"), JsonExporter::kSchemaVersion},
                     {QStringLiteral("day"), digest.day},
                     {QStringLiteral("language"), digest.language},
                     {QStringLiteral("offline"), digest.offline},
                     {QStringLiteral("notAiCount"), digest.notAiCount},
                     {QStringLiteral("edition"), editionJson(digest.edition)},
                     {QStringLiteral("leftOut"), leftOutJson(digest.leftOut)},
                     {QStringLiteral("sections"), sections}};
    if (!digest.briefing.isEmpty())
        root.insert(QStringLiteral("briefing"), briefingJson(digest));
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool JsonExporter::parse(const QByteArray &json, Digest *digest, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    const QJsonObject root = doc.object();
    if (parseError.error != QJsonParseError::NoError || str(root, "format") != QLatin1String("daily-insights-digest")) {
        if (error)
            *error = parseError.error != QJsonParseError::NoError
                ? QCoreApplication::translate("JsonExporter", "Not JSON: %1 at offset %2.")
                      .arg(parseError.errorString()).arg(parseError.offset)
                : QCoreApplication::translate("JsonExporter", "Not a Daily Insights digest (no \"format\" field).");
        return false;
    }
    Digest d;
    d.day = str(root, "day");
    d.language = str(root, "language");
    d.offline = root.value(QLatin1String("offline")).toBool();
    d.notAiCount = root.value(QLatin1String("notAiCount")).toInt();
    d.edition = editionFromJson(root.value(QLatin1String("edition")));
    d.leftOut = leftOutFromJson(root.value(QLatin1String("leftOut")).toArray());
    for (const QJsonValue &v : root.value(QLatin1String("sections")).toArray()) {
        const QJsonObject o = v.toObject();
        const QJsonObject c = o.value(QLatin1String("category")).toObject();
        DigestSection s;
        s.categoryKey = str(c, "key");
        s.categoryName = str(c, "name");
        s.emoji = str(c, "emoji");
        s.color = str(c, "color");
        s.categoryPosition = c.value(QLatin1String("position")).toInt();
        s.summaryDoc = summaryFromJson(o.value(QLatin1String("summary")).toObject());
        s.summaryMarkdown = str(o, "markdown");
        s.error = str(o, "error");
        s.provenance = provenanceFromJson(o.value(QLatin1String("provenance")).toObject());
        for (const QJsonValue &sv : o.value(QLatin1String("sources")).toArray()) {
            const QJsonObject so = sv.toObject();
            s.sources << sourceFromJson(so);
        }
        d.sections << s;
    }
    briefingFromJson(root.value(QLatin1String("briefing")).toObject(), &d);
    *digest = d;
    return true;
}

} // namespace exporter
