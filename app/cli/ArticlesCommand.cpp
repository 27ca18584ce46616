#include "cli/CliSupport.h"
#include "cli/Commands.h"

#include "storage/ArticleStore.h"
#include "storage/CategoryStore.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cli {

namespace {
// `articles --json` prints an array (so existing scripts keep working); each
// element carries the schema version. Raised when a field changes meaning.
constexpr int kArticlesSchemaVersion = 1;
} // namespace

int runArticles(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli", "List a day's articles."));
    addProfileOptions(parser);
    addDateOption(parser);
    addEditionOption(parser);
    parser.addOption(QCommandLineOption(QStringLiteral("json"), QCoreApplication::translate("cli", "Print JSON.")));
    if (!parse(parser, args))
        return notParsedStatus(parser);
    QString day;
    if (!requiredDay(parser, &day))
        return Usage;
    auto context = openContext(parser, service::Profile::Access::ReadOnly);
    if (!context)
        return Failure;
    QSqlDatabase db = context->profile().database();
    Edition edition;
    if (!editionOption(parser, db, &edition))
        return Usage;
    QHash<qint64, QString> categoryNames;
    for (const Category &c : storage::CategoryStore(db, edition.id).all())
        categoryNames.insert(c.id, c.name);
    const QList<Article> articles =
        storage::ArticleStore(db, context->profile().timeZone(), edition.id).articlesForDay(day);

    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const Article &a : articles) {
            QJsonObject o{{QStringLiteral("schema_version"), kArticlesSchemaVersion},
                          {QStringLiteral("id"), a.id},
                          {QStringLiteral("title"), a.item.title},
                          {QStringLiteral("url"), a.item.url.isEmpty() ? a.item.link : a.item.url},
                          {QStringLiteral("source"), a.sourceTitles.join(QStringLiteral(", "))},
                          {QStringLiteral("published"), a.item.published.isValid()
                               ? a.item.published.toString(Qt::ISODate) : QJsonValue()}};
            if (a.origin != CategoryOrigin::None) {
                o.insert(QStringLiteral("category"), a.isAi ? categoryNames.value(a.categoryId) : QStringLiteral("not AI"));
                o.insert(QStringLiteral("category_origin"), categoryOriginName(a.origin));
            }
            array.append(o);
        }
        out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return Ok;
    }
    for (const Article &a : articles) {
        const QString category = a.origin == CategoryOrigin::None ? QStringLiteral("-")
                               : a.isAi ? categoryNames.value(a.categoryId) : QStringLiteral("not AI");
        out() << a.id << "\t" << (a.item.published.isValid() ? a.item.published.toString(Qt::ISODate) : QStringLiteral("-"))
              << "\t" << category << "\t" << a.sourceTitles.join(QStringLiteral(", ")) << "\t" << a.item.title << "\t"
              << (a.item.url.isEmpty() ? a.item.link : a.item.url) << "\n";
    }
    if (articles.isEmpty())
        err() << QCoreApplication::translate("cli", "No articles for %1.\n").arg(day);
    return Ok;
}

} // namespace cli
