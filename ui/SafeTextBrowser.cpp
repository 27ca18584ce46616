#include "ui/SafeTextBrowser.h"

namespace ui {

SafeTextBrowser::SafeTextBrowser(QWidget *parent) : QTextBrowser(parent)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
}

QVariant SafeTextBrowser::loadResource(int, const QUrl &)
{
    return {};
}

} // namespace ui
