#include "ui/SafeTextBrowser.h"

#include <QImage>
#include <QScrollBar>
#include <QTextCursor>
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

void SafeTextBrowser::showMarkdown(const QString &markdown, QTextDocument::MarkdownFeatures features)
{
    if (m_hasMarkdown && markdown == m_markdown) {
        setExtraSelections({}); // a search's marks are set again by whoever wants them
        return;                 // unchanged: the position stays exact
    }
    m_markdown = markdown;
    m_hasMarkdown = true;
    document()->setMarkdown(markdown, features);
    setTextCursor(QTextCursor(document())); // the start, not where the insertion left it
    verticalScrollBar()->setValue(0);
    horizontalScrollBar()->setValue(0);
}

} // namespace ui
