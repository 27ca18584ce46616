#include "cli/CliSupport.h"
#include "cli/Commands.h"
#include "cli/SearchOutput.h"

#include "search/SearchEngine.h"
#include "cli/SearchIndexProgress.h"
#include "storage/CategoryStore.h"
#include "storage/EditionStore.h"
#include "storage/SourceStore.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <climits>
#include <unistd.h>

namespace cli {

namespace {

using search::SearchHit;
using search::SearchQuery;
using search::SearchResults;
namespace so = searchoutput;

// `search --json` prints one object. Raised when a field changes meaning.
constexpr int kSearchSchemaVersion = 1;
constexpr int kDefaultLimit = 50;
constexpr int kMaxLimit = 1000;

void addSearchOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(
        QStringLiteral("query"),
        QCoreApplication::translate(
            "cli", "The words to find; every word must match. Latin words match as word prefixes, Korean, Chinese and "
                   "Japanese inside words. Quotes, *, -, : and NEAR are plain text."),
        QStringLiteral("QUERY..."));
    const auto add = [&](const char *name, const char *help, const char *value = nullptr) {
        parser.addOption(value
                             ? QCommandLineOption(QString::fromLatin1(name), QCoreApplication::translate("cli", help),
                                                  QString::fromLatin1(value))
                             : QCommandLineOption(QString::fromLatin1(name), QCoreApplication::translate("cli", help)));
    };
    add("from", QT_TRANSLATE_NOOP("cli", "Only days from this one on, YYYY-MM-DD (inclusive)."), "day");
    add("to", QT_TRANSLATE_NOOP("cli", "Only days up to this one, YYYY-MM-DD (inclusive)."), "day");
    add("category", QT_TRANSLATE_NOOP("cli", "Only this category: its key (see `categories list`) or its name."),
        "key");
    add("source",
        QT_TRANSLATE_NOOP("cli", "Only articles of this source: its feed URL (see `sources list`) or its id."), "url");
    add("edition", QT_TRANSLATE_NOOP("cli", "Only this edition (news, papers or one you added); default: every edition."),
        "key");
    add("starred", QT_TRANSLATE_NOOP("cli", "Only starred articles."));
    add("unread", QT_TRANSLATE_NOOP("cli", "Only unread articles."));
    add("sort", QT_TRANSLATE_NOOP("cli", "relevance (the default: best matches, recent first among equals) or newest."),
        "order");
    add("limit", QT_TRANSLATE_NOOP("cli", "Articles per page, 1 to 1000 (default 50)."), "n");
    add("page", QT_TRANSLATE_NOOP("cli", "The page to show, from 1 (pages of --limit articles)."), "n");
    add("offset", QT_TRANSLATE_NOOP("cli", "Articles to skip (instead of --page)."), "n");
    add("no-summaries",
        QT_TRANSLATE_NOOP("cli", "Leave out the matching category summaries (listed first, on the first page only)."));
    add("json", QT_TRANSLATE_NOOP("cli", "Print JSON: matches as [start, length] in Unicode code points."));
}

bool usageError(const QString &message)
{
    err() << QCoreApplication::translate("cli", "error: %1").arg(message) << "\n";
    err().flush();
    return false;
}

// A whole number option within [min, max]; `*value` keeps its default when the option is absent.
bool numberOption(const QCommandLineParser &parser, const QString &name, qint64 min, qint64 max, qint64 *value)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    const qint64 n = parser.value(name).toLongLong(&ok);
    if (!ok || n < min || n > max)
        return usageError(QCoreApplication::translate("cli", "--%1 is a whole number from %2 to %3, not \"%4\"")
                              .arg(name)
                              .arg(min)
                              .arg(max)
                              .arg(parser.value(name)));
    *value = n;
    return true;
}

// What the arguments ask for, checked before the profile is opened.
struct Request
{
    SearchQuery query;
    QString categoryArg;
    QString sourceArg;
    QString editionArg;
    bool byPage = false; // --page was given: the next page is named as a page
    qint64 page = 1;
};

bool readRequest(const QCommandLineParser &parser, Request *request)
{
    SearchQuery &q = request->query;
    q.text = parser.positionalArguments().join(QLatin1Char(' ')).trimmed();
    if (q.text.isEmpty())
        return usageError(QCoreApplication::translate("cli", "`search` needs a query: daily-insights search QUERY..."));
    if (!optionalDay(parser, QStringLiteral("from"), &q.fromDay) ||
        !optionalDay(parser, QStringLiteral("to"), &q.toDay))
        return false;
    if (!q.fromDay.isEmpty() && !q.toDay.isEmpty() && q.fromDay > q.toDay)
        return usageError(QCoreApplication::translate("cli", "--from %1 is after --to %2").arg(q.fromDay, q.toDay));

    const QString sort = parser.value(QStringLiteral("sort")).toLower();
    if (sort.isEmpty() || sort == QLatin1String("relevance"))
        q.order = SearchQuery::Order::Relevance;
    else if (sort == QLatin1String("newest"))
        q.order = SearchQuery::Order::Newest;
    else
        return usageError(QCoreApplication::translate("cli", "--sort is relevance or newest, not \"%1\"")
                              .arg(parser.value(QStringLiteral("sort"))));

    qint64 limit = kDefaultLimit;
    qint64 offset = 0;
    if (!numberOption(parser, QStringLiteral("limit"), 1, kMaxLimit, &limit) ||
        !numberOption(parser, QStringLiteral("page"), 1, INT_MAX, &request->page) ||
        !numberOption(parser, QStringLiteral("offset"), 0, INT_MAX, &offset))
        return false;
    request->byPage = parser.isSet(QStringLiteral("page"));
    if (request->byPage && parser.isSet(QStringLiteral("offset")))
        return usageError(QCoreApplication::translate("cli", "give --page or --offset, not both"));
    if (request->byPage)
        offset = (request->page - 1) * limit;
    if (offset > INT_MAX - limit)
        return usageError(QCoreApplication::translate("cli", "the page is out of range"));
    q.limit = int(limit);
    q.offset = int(offset);

    q.starredOnly = parser.isSet(QStringLiteral("starred"));
    q.unreadOnly = parser.isSet(QStringLiteral("unread"));
    // Summaries belong to the first page; later pages are articles only.
    q.withSummaries = !parser.isSet(QStringLiteral("no-summaries")) && q.offset == 0;
    request->categoryArg = parser.value(QStringLiteral("category")).trimmed();
    request->sourceArg = parser.value(QStringLiteral("source")).trimmed();
    request->editionArg = parser.value(QStringLiteral("edition")).trimmed().toLower();
    return true;
}

// --category and --source name things in the profile: an unknown one is a usage error.
bool resolveFilters(QSqlDatabase db, Request *request, Category *category, Source *source)
{
    qint64 edition = editions::kNewsId; // whose category --category names
    if (!request->editionArg.isEmpty()) {
        edition = storage::EditionStore(db).byKey(request->editionArg).id;
        if (edition == 0)
            return usageError(QCoreApplication::translate("cli", "no edition \"%1\" (see `editions list`)")
                                  .arg(request->editionArg));
        request->query.editionId = edition;
    }
    if (!request->categoryArg.isEmpty()) {
        storage::CategoryStore store(db, edition);
        *category = store.byKey(request->categoryArg);
        if (!category->id)
            *category = store.byName(request->categoryArg);
        if (!category->id)
            return usageError(QCoreApplication::translate("cli", "no category \"%1\" (see `categories list`)")
                                  .arg(request->categoryArg));
        request->query.categoryId = category->id;
    }
    if (!request->sourceArg.isEmpty()) {
        storage::SourceStore store(db);
        bool isId = false;
        const qint64 id = request->sourceArg.toLongLong(&isId);
        *source = isId ? store.byId(id) : store.byUrl(request->sourceArg);
        if (!source->id)
            return usageError(
                QCoreApplication::translate("cli", "no source \"%1\" (see `sources list`)").arg(request->sourceArg));
        request->query.sourceId = source->id;
    }
    return true;
}

// Bold on a terminal that takes escapes, else guillemets.
struct Marks
{
    QString open;
    QString close;
};

Marks marksForStdout()
{
    const bool styled =
        isatty(STDOUT_FILENO) == 1 && qEnvironmentVariableIsEmpty("NO_COLOR") && qgetenv("TERM") != "dumb";
    return styled ? Marks{QStringLiteral("\x1b[1m"), QStringLiteral("\x1b[22m")}
                  : Marks{QStringLiteral("«"), QStringLiteral("»")};
}

void printHit(const SearchHit &hit, const QHash<qint64, Category> &categories, const Marks &marks)
{
    QStringList header{hit.day, so::terminalText(categories.value(hit.categoryId).name)};
    if (header.last().isEmpty())
        header.last() = QStringLiteral("-");
    if (hit.isSummary)
        header << QCoreApplication::translate("cli", "summary");
    else if (!hit.source.isEmpty())
        header << so::terminalText(hit.source);
    if (hit.starred)
        header << QStringLiteral("★");
    out() << header.join(QStringLiteral(" · ")) << "\n";
    if (!hit.isSummary) {
        out() << "  " << so::terminalText(hit.title) << "\n";
        if (!hit.url.isEmpty())
            out() << "  " << so::terminalText(hit.url) << "\n";
    }
    const QString snippet = so::highlighted(hit.snippet, marks.open, marks.close);
    if (!snippet.isEmpty())
        out() << "  " << snippet << "\n";
}

void printText(const Request &request, const SearchResults &results, const QHash<qint64, Category> &categories)
{
    const Marks marks = marksForStdout();
    bool first = true;
    for (const QList<SearchHit> *list : {&results.summaries, &results.articles}) {
        for (const SearchHit &hit : *list) {
            if (!first)
                out() << "\n";
            first = false;
            printHit(hit, categories, marks);
        }
    }
    const SearchQuery &q = request.query;
    if (results.more) {
        const QString next = request.byPage ? QStringLiteral("--page %1").arg(request.page + 1)
                                            : QStringLiteral("--offset %1").arg(q.offset + results.articles.size());
        out() << "\n"
              << QCoreApplication::translate("cli", "%n article(s) shown (from %1), more match; next: %2", nullptr,
                                             int(results.articles.size()))
                     .arg(q.offset + 1)
                     .arg(next)
              << "\n";
    } else if (first) {
        err() << (q.offset > 0 ? QCoreApplication::translate("cli", "No more results for \"%1\".").arg(q.text)
                               : QCoreApplication::translate("cli", "No results for \"%1\".").arg(q.text))
              << "\n";
    }
}

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonObject hitJson(const SearchHit &hit, const QHash<qint64, Category> &categories)
{
    const so::MarkedText snippet = so::unmark(hit.snippet);
    const Category category = categories.value(hit.categoryId);
    QJsonObject o{{QStringLiteral("day"), hit.day},
                  {QStringLiteral("category"), orNull(category.name)},
                  {QStringLiteral("category_key"), orNull(category.key)},
                  {QStringLiteral("snippet"), snippet.text},
                  {QStringLiteral("matches"), so::matchesJson(snippet.matches)}};
    if (!hit.isSummary) {
        o.insert(QStringLiteral("id"), hit.articleId);
        o.insert(QStringLiteral("title"), hit.title);
        o.insert(QStringLiteral("source"), hit.source);
        o.insert(QStringLiteral("url"), hit.url);
        o.insert(QStringLiteral("starred"), hit.starred);
        o.insert(QStringLiteral("read"), hit.read);
    }
    return o;
}

void printJson(const Request &request, const SearchResults &results, const QHash<qint64, Category> &categories,
               const Category &category, const Source &source)
{
    const SearchQuery &q = request.query;
    const QJsonObject filters{{QStringLiteral("from"), orNull(q.fromDay)},
                              {QStringLiteral("to"), orNull(q.toDay)},
                              {QStringLiteral("category"), orNull(category.key)},
                              {QStringLiteral("source"), orNull(source.url)},
                              {QStringLiteral("starred"), q.starredOnly},
                              {QStringLiteral("unread"), q.unreadOnly},
                              {QStringLiteral("sort"), q.order == SearchQuery::Order::Newest
                                                           ? QStringLiteral("newest")
                                                           : QStringLiteral("relevance")},
                              {QStringLiteral("limit"), q.limit},
                              {QStringLiteral("offset"), q.offset},
                              {QStringLiteral("summaries"), q.withSummaries}};
    QJsonArray summaries;
    for (const SearchHit &hit : results.summaries)
        summaries.append(hitJson(hit, categories));
    QJsonArray articles;
    for (const SearchHit &hit : results.articles)
        articles.append(hitJson(hit, categories));
    const QJsonObject root{{QStringLiteral("schema_version"), kSearchSchemaVersion},
                           {QStringLiteral("query"), q.text},
                           {QStringLiteral("filters"), filters},
                           {QStringLiteral("summaries"), summaries},
                           {QStringLiteral("articles"), articles},
                           {QStringLiteral("more"), results.more},
                           {QStringLiteral("next_offset"),
                            results.more ? QJsonValue(q.offset + int(results.articles.size())) : QJsonValue()},
                           {QStringLiteral("index_percent"), results.indexPercent}};
    out() << QJsonDocument(root).toJson(QJsonDocument::Indented);
}

// A migrated profile whose search index is still being built: when this
// process can take the profile for writing, the builder finishes the index
// (a progress line on a terminal). Returns false, with the reason, when it
// cannot (another process holds the profile: it builds the index itself).
bool finishSearchIndex(const QCommandLineParser &parser, QString *why)
{
    service::AppContext context;
    service::AppContext::Options options;
    options.profileDir = parser.value(QStringLiteral("profile"));
    options.demo = parser.isSet(QStringLiteral("demo"));
    options.access = service::Profile::Access::Write;
    if (!context.open(options, why))
        return false;
    return buildSearchIndex(context, why);
}

} // namespace

int runSearch(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("cli", "Search the articles and summaries of every day."));
    addProfileOptions(parser);
    addSearchOptions(parser);
    if (!parse(parser, args))
        return notParsedStatus(parser);
    Request request;
    if (!readRequest(parser, &request))
        return Usage;
    auto context = openContext(parser, service::Profile::Access::ReadOnly);
    if (!context)
        return Failure;
    QSqlDatabase db = context->profile().database();
    Category category;
    Source source;
    if (!resolveFilters(db, &request, &category, &source))
        return Usage;

    const search::SearchEngine engine(db);
    SearchResults results = engine.run(request.query);
    QString unfinished; // why the index could not be finished now
    if (results.error.isEmpty() && results.indexPercent < 100 && finishSearchIndex(parser, &unfinished))
        results = engine.run(request.query);
    if (!results.error.isEmpty()) {
        err() << QCoreApplication::translate("cli", "error: the search failed: %1").arg(results.error) << "\n";
        return Failure;
    }
    QHash<qint64, Category> categories; // of every edition: a hit may be any edition's
    for (const Edition &e : storage::EditionStore(db).all()) {
        for (const Category &c : storage::CategoryStore(db, e.id).all())
            categories.insert(c.id, c);
    }
    if (parser.isSet(QStringLiteral("json")))
        printJson(request, results, categories, category, source);
    else
        printText(request, results, categories);
    if (results.indexPercent < 100) {
        err() << QCoreApplication::translate("cli", "search index %1 % built; older articles may be missing")
                     .arg(results.indexPercent);
        if (!unfinished.isEmpty())
            err() << " ("
                  << QCoreApplication::translate("cli", "%1; a search while the profile is free finishes it")
                         .arg(unfinished)
                  << ")";
        err() << "\n";
    }
    return Ok;
}

} // namespace cli
