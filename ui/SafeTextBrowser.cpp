#include "ui/SafeTextBrowser.h"

#include <QImage>
#include <QTextDocument>

namespace ui {

SafeTextBrowser::SafeTextBrowser(QWidget *parent) : QTextBrowser(parent)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
}

QVariant SafeTextBrowser::loadResource(int type, const QUrl &)
{
    // Never a null QVariant: QTextDocument would then fetch the resource
    // itself (a file: path, a data: URL, a qrc: image). Nothing is allowed,
    // so every resource is an empty one of the asked type.
    if (type == QTextDocument::ImageResource)
        return QVariant::fromValue(QImage());
    if (type == QTextDocument::StyleSheetResource || type == QTextDocument::HtmlResource
        || type == QTextDocument::MarkdownResource)
        return QVariant::fromValue(QString());
    return QVariant::fromValue(QByteArray());
}

} // namespace ui
