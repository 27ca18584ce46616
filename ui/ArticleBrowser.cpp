#include "ui/ArticleBrowser.h"

#include <QScrollBar>
#include <QTextDocument>

#include <utility>

namespace ui {

ArticleBrowser::ArticleBrowser(ImageResources images, QWidget *parent)
    : SafeTextBrowser(parent), m_images(std::move(images))
{
}

void ArticleBrowser::setAllowedImages(const QStringList &urls)
{
    m_allowed = QSet<QString>(urls.begin(), urls.end());
    m_requests.clear();
    m_loaded = 0;
}

QVariant ArticleBrowser::loadResource(int type, const QUrl &name)
{
    if (type != QTextDocument::ImageResource)
        return SafeTextBrowser::loadResource(type, name);
    const QString url = name.toString();
    m_requests << url;
    if (!m_allowed.contains(url))
        return SafeTextBrowser::loadResource(type, name);
    const int width = viewport()->width() - 2 * int(document()->documentMargin()) - 8;
    const QImage img = m_images.image(url, std::max(width, 64));
    if (img.isNull())
        return SafeTextBrowser::loadResource(type, name);
    ++m_loaded;
    return QVariant::fromValue(img);
}

} // namespace ui
