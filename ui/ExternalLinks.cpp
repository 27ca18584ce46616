#include "ui/ExternalLinks.h"

#include "ui/SummaryMarkdown.h"

#include <QDesktopServices>

namespace ui {

namespace {
std::function<bool(const QUrl &)> &opener()
{
    static std::function<bool(const QUrl &)> f = [](const QUrl &u) { return QDesktopServices::openUrl(u); };
    return f;
}
} // namespace

bool ExternalLinks::open(const QUrl &url)
{
    if (!SummaryMarkdown::isWebLink(url))
        return false;
    return opener()(url);
}

void ExternalLinks::setOpener(std::function<bool(const QUrl &)> f)
{
    opener() = std::move(f);
}

} // namespace ui
