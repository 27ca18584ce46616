#pragma once

#include <QUrl>

#include <functional>

namespace ui {

// Opens http(s) URLs in the system browser; anything else is refused.
// Tests replace the opener so that nothing is launched.
class ExternalLinks
{
public:
    static bool open(const QUrl &url);
    static void setOpener(std::function<bool(const QUrl &)> opener);
};

} // namespace ui
