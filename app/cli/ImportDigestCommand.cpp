#include "cli/CliSupport.h"
#include "cli/Commands.h"

#include "export/SeedDigestImporter.h"
#include "service/CategoryEditing.h"
#include "storage/ArticleStore.h"
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

qint64 categoryFor(QSqlDatabase &db, CategoryIds &ids, const exporter::ImportedSection &section)
{
    const QString name = section.categoryName.trimmed().toLower();
    if (const qint64 id = ids.value(name))
        return id;
    const qint64 id = service::CategoryEditing::findOrAdd(db, section.categoryName, section.emoji).category.id;
    if (id)
        ids.insert(name, id);
    return id;
}

} // namespace

int runImportDigest(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli",
        "Import digests written in the seed Markdown format as history."));
    addProfileOptions(parser);
    parser.addPositionalArgument(QStringLiteral("files"), QStringLiteral("FILE.md..."));
    if (!parse(parser, args))
        return parser.isSet(QStringLiteral("help")) ? Ok : Usage;
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        err() << QCoreApplication::translate("cli", "usage: daily-insights import-digest FILE.md...\n");
        return Usage;
    }
    auto context = openContext(parser);
    if (!context)
        return Failure;
    QSqlDatabase db = context->profile().database();
    storage::ArticleStore articles(db, context->profile().timeZone());
    storage::SummaryStore summaries(db);

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
            file.read(exporter::SeedDigestImporter::kMaxFileBytes + 1), QFileInfo(path).fileName());
        if (!imported.ok) {
            err() << QCoreApplication::translate("cli", "error: %1: %2\n").arg(path, imported.error);
            status = Failure;
            continue;
        }
        db.transaction();
        int sources = 0;
        CategoryIds ids;
        for (const exporter::ImportedSection &section : imported.sections) {
            const qint64 categoryId = categoryFor(db, ids, section);
            for (const DigestSource &s : section.sources) {
                articles.importArticle(imported.day, s.title, s.url, categoryId);
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
        if (!db.commit()) {
            err() << QCoreApplication::translate("cli", "error: could not store %1\n").arg(path);
            status = Failure;
            continue;
        }
        out() << QCoreApplication::translate("cli", "Imported %1: %2, %3 sections, %4 sources\n")
                     .arg(path, imported.day).arg(imported.sections.size()).arg(sources);
    }
    return status;
}

} // namespace cli
