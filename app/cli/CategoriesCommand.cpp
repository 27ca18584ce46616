#include "cli/CliSupport.h"
#include "cli/Commands.h"

#include "storage/CategoryStore.h"

#include <QColor>
#include <QCoreApplication>
#include <QRegularExpression>

namespace cli {

namespace {

Category find(storage::CategoryStore &store, const QString &keyOrName)
{
    Category c = store.byKey(keyOrName);
    return c.id ? c : store.byName(keyOrName);
}

// Applies --name/--emoji/--color/--description/--keywords; false on a bad value.
bool applyOptions(const QCommandLineParser &parser, Category &c)
{
    if (parser.isSet(QStringLiteral("name")))
        c.name = parser.value(QStringLiteral("name")).trimmed();
    if (parser.isSet(QStringLiteral("emoji")))
        c.emoji = parser.value(QStringLiteral("emoji")).trimmed();
    if (parser.isSet(QStringLiteral("color"))) {
        const QColor color(parser.value(QStringLiteral("color")));
        if (!color.isValid()) {
            err() << QCoreApplication::translate("cli", "error: \"%1\" is not a colour (use #rrggbb)\n").arg(parser.value(QStringLiteral("color")));
            return false;
        }
        c.color = color.name();
    }
    if (parser.isSet(QStringLiteral("description")))
        c.description = parser.value(QStringLiteral("description")).trimmed();
    if (parser.isSet(QStringLiteral("keywords"))) {
        c.keywords.clear();
        for (const QString &k : parser.value(QStringLiteral("keywords")).split(QLatin1Char(','), Qt::SkipEmptyParts))
            c.keywords << k.trimmed();
    }
    if (c.name.isEmpty()) {
        err() << QCoreApplication::translate("cli", "error: a category needs a name\n");
        return false;
    }
    return true;
}

QString keyFor(const QString &name)
{
    QString key = name.toLower();
    key.replace(QRegularExpression(QStringLiteral("[^\\p{L}\\p{N}]+")), QStringLiteral("-"));
    return key.remove(QRegularExpression(QStringLiteral("^-+|-+$")));
}

} // namespace

int runCategories(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli", "Manage the digest categories."));
    addProfileOptions(parser);
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("list | add NAME | edit KEY | remove KEY | move KEY POSITION"));
    for (const char *o : {"name", "emoji", "color", "description", "keywords"})
        parser.addOption(QCommandLineOption(QString::fromLatin1(o), QCoreApplication::translate("cli", "Category %1 (keywords comma-separated).").arg(QString::fromLatin1(o)), QStringLiteral("value")));
    if (!parse(parser, args))
        return parser.isSet(QStringLiteral("help")) ? Ok : Usage;
    const QStringList pos = parser.positionalArguments();
    const QString action = pos.value(0, QStringLiteral("list"));
    auto context = openContext(parser);
    if (!context)
        return Failure;
    storage::CategoryStore store(context->profile().database());

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
        Category c;
        c.name = pos.at(1);
        c.key = keyFor(c.name);
        c.color = QStringLiteral("#888888");
        if (!applyOptions(parser, c))
            return Usage;
        if (find(store, c.key).id || store.byName(c.name).id) {
            err() << QCoreApplication::translate("cli", "error: a category named \"%1\" exists\n").arg(c.name);
            return Failure;
        }
        store.add(c);
        out() << QCoreApplication::translate("cli", "Added %1 %2\n").arg(c.emoji, c.name);
        return Ok;
    }
    Category c = find(store, pos.at(1));
    if (!c.id) {
        err() << QCoreApplication::translate("cli", "error: no category \"%1\" (see `categories list`)\n").arg(pos.at(1));
        return Failure;
    }
    if (action == QLatin1String("edit")) {
        if (!applyOptions(parser, c) || !store.update(c))
            return Failure;
        out() << QCoreApplication::translate("cli", "Updated %1 %2\n").arg(c.emoji, c.name);
        return Ok;
    }
    if (action == QLatin1String("remove")) {
        QString error;
        if (!store.remove(c.id, &error)) {
            err() << QCoreApplication::translate("cli", "error: %1\n").arg(error);
            return Failure;
        }
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
        store.move(c.id, position - 1);
        out() << QCoreApplication::translate("cli", "Moved %1 to position %2\n").arg(c.name).arg(position);
        return Ok;
    }
    err() << QCoreApplication::translate("cli", "error: unknown action \"%1\" (list, add, edit, remove, move)\n").arg(action);
    return Usage;
}

} // namespace cli
