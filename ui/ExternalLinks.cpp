#include "ui/ExternalLinks.h"

#include "ui/SummaryMarkdown.h"

#include <QCoreApplication>
#include <QDesktopServices>

namespace ui {

namespace {
std::function<bool(const QUrl &)> &opener()
{
    static std::function<bool(const QUrl &)> f = [](const QUrl &u) { return QDesktopServices::openUrl(u); };
    return f;
}
} // namespace

ExternalLinks::Result ExternalLinks::openLink(const QUrl &url)
{
    if (!SummaryMarkdown::isWebLink(url))
        return Result::NotAWebLink;
    return opener()(url) ? Result::Opened : Result::NoBrowser;
}

QString ExternalLinks::failureText(Result result, const QUrl &url)
{
    const QString shown = url.toDisplayString();
    switch (result) {
    case Result::Opened:
        return {};
    case Result::NotAWebLink:
        return QCoreApplication::translate("ui::ExternalLinks", "Only http(s) links are opened: %1").arg(shown);
    case Result::NoBrowser:
        // The link was fine; the desktop could not start a browser for it.
        return QCoreApplication::translate("ui::ExternalLinks", "Could not start the web browser for %1").arg(shown);
    }
    return {};
}

void ExternalLinks::setOpener(std::function<bool(const QUrl &)> f)
{
    opener() = std::move(f);
}

} // namespace ui
