#include "cli/SearchIndexProgress.h"

#include "cli/CliSupport.h"
#include "service/AppContext.h"
#include "service/SearchIndexBuilder.h"

#include <QCoreApplication>

#include <unistd.h>

namespace cli {

bool buildSearchIndex(service::AppContext &context, QString *error)
{
    service::SearchIndexBuilder builder(context.writer());
    const bool terminal = isatty(STDERR_FILENO) == 1;
    bool done = false;
    bool shown = false;
    QObject::connect(&builder, &service::SearchIndexBuilder::progress, [&](qint64 n, qint64 total) {
        if (!terminal || (n >= total && !shown))
            return; // nothing was left to do, or not a terminal
        shown = true;
        err() << QCoreApplication::translate("cli", "\rBuilding the search index: %1 %")
                     .arg(total > 0 ? n * 100 / total : 100);
        err().flush();
    });
    QObject::connect(&builder, &service::SearchIndexBuilder::finished, [&] { done = true; });
    QObject::connect(&builder, &service::SearchIndexBuilder::failed, [&](const QString &message) {
        *error = message;
        done = true;
    });
    builder.start();
    waitFor(done);
    if (shown) {
        err() << "\n";
        err().flush();
    }
    return error->isEmpty();
}

} // namespace cli
