#include "cli/CliSupport.h"
#include "cli/Commands.h"

#include "service/CategoryEditing.h"
#include "storage/CategoryStore.h"

#include <QCoreApplication>

namespace cli {

namespace {

using service::CategoryEdit;
using service::CategoryEditing;

Category find(storage::CategoryStore &store, const QString &keyOrName)
{
    Category c = store.byKey(keyOrName);
    return c.id ? c : store.byName(keyOrName);
}

// Applies --name/--emoji/--color/--description/--keywords; the service
// checks the result.
void applyOptions(const QCommandLineParser &parser, Category &c)
{
    if (parser.isSet(QStringLiteral("name")))
        c.name = parser.value(QStringLiteral("name")).trimmed();
    if (parser.isSet(QStringLiteral("emoji")))
        c.emoji = parser.value(QStringLiteral("emoji")).trimmed();
    if (parser.isSet(QStringLiteral("color")))
        c.color = parser.value(QStringLiteral("color")).trimmed();
    if (parser.isSet(QStringLiteral("description")))
        c.description = parser.value(QStringLiteral("description")).trimmed();
    if (parser.isSet(QStringLiteral("keywords")))
        c.keywords = CategoryEditing::keywordsFrom(parser.value(QStringLiteral("keywords")));
}

// Runs one edit through the profile's writer and waits for its commit.
CategoryEdit runEdit(service::AppContext &context, CategoryEditing::Edit edit)
{
    bool done = false;
    CategoryEdit result;
    QObject receiver;
    CategoryEditing::run(context.writer(), std::move(edit), &receiver, [&](const CategoryEdit &e) {
        result = e;
        done = true;
    });
    waitFor(done);
    if (!result.ok)
        err() << QCoreApplication::translate("cli", "error: %1\n").arg(result.error);
    return result;
}

} // namespace

int runCategories(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli", "Manage the digest categories."));
    addProfileOptions(parser);
    addEditionOption(parser);
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("list | add NAME | edit KEY | remove KEY | move KEY POSITION"));
    for (const char *o : {"name", "emoji", "color", "description", "keywords"})
        parser.addOption(QCommandLineOption(QString::fromLatin1(o), QCoreApplication::translate("cli", "Category %1 (keywords comma-separated).").arg(QString::fromLatin1(o)), QStringLiteral("value")));
    if (!parse(parser, args))
        return notParsedStatus(parser);
    const QStringList pos = parser.positionalArguments();
    const QString action = pos.value(0, QStringLiteral("list"));
    auto context = openContext(parser);
    if (!context)
        return Failure;
    Edition edition;
    if (!editionOption(parser, context->profile().database(), &edition))
        return Usage;
    storage::CategoryStore store(context->profile().database(), edition.id);

    if (action == QLatin1String("list")) {
        for (const Category &c : store.all())
            out() << c.position + 1 << "\t" << c.key << "\t" << c.emoji << " " << c.name << "\t" << c.color << "\t"
                  << c.keywords.join(QStringLiteral(", ")) << "\n";
        return Ok;
    }
    if (pos.size() < 2) {
        err() << QCoreApplication::translate("cli", "error: `categories %1` needs a category\n").arg(action);
        return Usage;
    }
    if (action == QLatin1String("add")) {
        Category c = CategoryEditing::newCategory(pos.at(1), store.all());
        c.editionId = edition.id;
        applyOptions(parser, c);
        const CategoryEdit added = runEdit(*context, [c](QSqlDatabase &db) { return CategoryEditing::add(db, c); });
        if (!added.ok)
            return Failure;
        out() << QCoreApplication::translate("cli", "Added %1 %2\n").arg(added.category.emoji, added.category.name);
        return Ok;
    }
    Category c = find(store, pos.at(1));
    if (!c.id) {
        err() << QCoreApplication::translate("cli", "error: no category \"%1\" (see `categories list`)\n").arg(pos.at(1));
        return Failure;
    }
    if (action == QLatin1String("edit")) {
        applyOptions(parser, c);
        if (!runEdit(*context, [c](QSqlDatabase &db) { return CategoryEditing::update(db, {c}); }).ok)
            return Failure;
        out() << QCoreApplication::translate("cli", "Updated %1 %2\n").arg(c.emoji, c.name);
        return Ok;
    }
    if (action == QLatin1String("remove")) {
        const qint64 id = c.id;
        if (!runEdit(*context, [id](QSqlDatabase &db) { return CategoryEditing::remove(db, id); }).ok)
            return Failure;
        out() << QCoreApplication::translate("cli", "Removed %1\n").arg(c.name);
        return Ok;
    }
    if (action == QLatin1String("move")) {
        bool ok = false;
        const int position = pos.value(2).toInt(&ok);
        if (!ok || position < 1) {
            err() << QCoreApplication::translate("cli", "error: `categories move KEY POSITION` needs a position from 1\n");
            return Usage;
        }
        const qint64 id = c.id;
        if (!runEdit(*context, [id, position](QSqlDatabase &db) { return CategoryEditing::move(db, id, position - 1); }).ok)
            return Failure;
        out() << QCoreApplication::translate("cli", "Moved %1 to position %2\n").arg(c.name).arg(position);
        return Ok;
    }
    err() << QCoreApplication::translate("cli", "error: unknown action \"%1\" (list, add, edit, remove, move)\n").arg(action);
    return Usage;
}

} // namespace cli
