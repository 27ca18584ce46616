#include "cli/CliSupport.h"
#include "cli/Commands.h"

#include "export/SeedDigestImporter.h"
#include "service/CategoryEditing.h"
#include "storage/ArticleStore.h"
#include "storage/BriefingStore.h"
#include "storage/EditionStore.h"
#include "storage/SummaryStore.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>

namespace cli {

namespace {

// Category ids by lower-cased name: each name is looked up (or added) once
// per file, not once per section.
using CategoryIds = QHash<QString, qint64>;

qint64 categoryFor(QSqlDatabase &db, CategoryIds &ids, const exporter::ImportedSection &section, qint64 edition)
{
    const QString name = section.categoryName.trimmed().toLower();
    if (const qint64 id = ids.value(name))
        return id;
    const qint64 id =
        service::CategoryEditing::findOrAdd(db, section.categoryName, section.emoji, edition).category.id;
    if (id)
        ids.insert(name, id);
    return id;
}

// The imported briefing, citing the articles of this file: a source is
// found by its URL, else by its title among the sections' sources, else
// imported on its own (no category).
Briefing importedBriefing(const exporter::ImportedDigest &imported, storage::ArticleStore &articles,
                          const QHash<QString, qint64> &idByTitle, const QDateTime &createdAt)
{
    Briefing b;
    b.day = imported.day;
    for (const DigestSource &s : imported.briefing.sources) {
        qint64 id = s.url.isEmpty() ? idByTitle.value(s.title) : 0;
        if (!id)
            id = articles.importArticle(imported.day, s.title, s.url, 0);
        b.articleIds.append(id);
    }
    b.items = imported.briefing.items;
    b.provenance.provider = QStringLiteral("imported");
    b.provenance.language = imported.briefing.language;
    b.provenance.createdAt = createdAt;
    return b;
}

} // namespace

int runImportDigest(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli",
        "Import digests written in the seed Markdown format as history."));
    addProfileOptions(parser);
    parser.addOption(QCommandLineOption(QStringLiteral("edition"),
        QCoreApplication::translate("cli", "The edition to import into (default: the one the file's title line, "
                                           "chart or name says, else news)."), QStringLiteral("key")));
    parser.addPositionalArgument(QStringLiteral("files"), QStringLiteral("FILE.md..."));
    if (!parse(parser, args))
        return notParsedStatus(parser);
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        err() << QCoreApplication::translate("cli", "usage: daily-insights import-digest FILE.md...\n");
        return Usage;
    }
    auto context = openContext(parser);
    if (!context)
        return Failure;
    QSqlDatabase db = context->profile().database();
    storage::SummaryStore summaries(db);
    const QList<Edition> known = storage::EditionStore(db).all();
    Edition chosen;
    if (parser.isSet(QStringLiteral("edition")) && !editionOption(parser, db, &chosen))
        return Usage;

    int status = Ok;
    for (const QString &path : files) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            err() << QCoreApplication::translate("cli", "error: cannot read %1: %2\n").arg(path, file.errorString());
            status = Failure;
            continue;
        }
        // At most one byte over the cap is read: the importer refuses it.
        const exporter::ImportedDigest imported = exporter::SeedDigestImporter::parse(
            file.read(exporter::SeedDigestImporter::kMaxFileBytes + 1), QFileInfo(path).fileName(), known);
        if (!imported.ok) {
            err() << QCoreApplication::translate("cli", "error: %1: %2\n").arg(path, imported.error);
            status = Failure;
            continue;
        }
        // A News and a Papers digest of one date are two days apart.
        Edition edition = chosen;
        if (edition.id == 0)
            edition = storage::EditionStore(db).byKey(imported.editionKey.isEmpty() ? editions::kNewsKey
                                                                                    : imported.editionKey);
        if (edition.id == 0)
            edition = storage::EditionStore(db).byId(editions::kNewsId);
        storage::ArticleStore articles(db, context->profile().timeZone(), edition.id);
        db.transaction();
        int sources = 0;
        CategoryIds ids;
        QHash<QString, qint64> idByTitle;
        for (const exporter::ImportedSection &section : imported.sections) {
            const qint64 categoryId = categoryFor(db, ids, section, edition.id);
            for (const DigestSource &s : section.sources) {
                idByTitle.insert(s.title, articles.importArticle(imported.day, s.title, s.url, categoryId));
                ++sources;
            }
            SectionSummary summary;
            summary.day = imported.day;
            summary.categoryId = categoryId;
            summary.markdown = section.summaryMarkdown;
            summary.provenance.provider = QStringLiteral("imported");
            summary.provenance.createdAt = QFileInfo(path).lastModified().toUTC();
            summaries.put(summary);
        }
        if (!imported.briefing.items.isEmpty())
            storage::BriefingStore(db, edition.id).put(
                importedBriefing(imported, articles, idByTitle, QFileInfo(path).lastModified().toUTC()));
        if (!db.commit()) {
            err() << QCoreApplication::translate("cli", "error: could not store %1\n").arg(path);
            status = Failure;
            continue;
        }
        if (edition.id == editions::kNewsId)
            out() << QCoreApplication::translate("cli", "Imported %1: %2, %3 sections, %4 sources\n")
                         .arg(path, imported.day).arg(imported.sections.size()).arg(sources);
        else
            out() << QCoreApplication::translate("cli", "Imported %1 into %5: %2, %3 sections, %4 sources\n")
                         .arg(path, imported.day).arg(imported.sections.size()).arg(sources).arg(edition.name);
        if (!imported.briefing.items.isEmpty())
            out() << QCoreApplication::translate("cli", "  with the day's briefing (%n item(s))\n", nullptr,
                                                 int(imported.briefing.items.size()));
    }
    return status;
}

} // namespace cli
