#pragma once

#include <QString>
#include <QUrl>

#include <functional>

namespace ui {

// Opens http(s) URLs in the system browser; anything else is refused.
// Tests replace the opener so that nothing is launched.
class ExternalLinks
{
public:
    // NotAWebLink: refused before the opener is asked (not http(s), or no
    // host). NoBrowser: the opener (QDesktopServices::openUrl) returned false.
    enum class Result { Opened, NotAWebLink, NoBrowser };

    static Result openLink(const QUrl &url);
    static bool open(const QUrl &url) { return openLink(url) == Result::Opened; }
    // What to tell the user when a link did not open ("" when it did).
    static QString failureText(Result result, const QUrl &url);
    static void setOpener(std::function<bool(const QUrl &)> opener);
};

} // namespace ui
