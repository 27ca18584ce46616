#pragma once

#include "ui/ImageResources.h"
#include "ui/SafeTextBrowser.h"

#include <QSet>
#include <QStringList>

namespace ui {

// The reading pane's text view. Like SafeTextBrowser it loads nothing by
// itself; the only exception is an image the sanitiser kept for a source
// with "load images" on, and that comes from the ImageStore, never the
// network.
class ArticleBrowser : public SafeTextBrowser
{
    Q_OBJECT
public:
    ArticleBrowser(ImageResources images, QWidget *parent = nullptr);

    // Empty list: no image is answered.
    void setAllowedImages(const QStringList &urls);
    QVariant loadResource(int type, const QUrl &name) override;

    // Image URLs the document asked for, and how many came from the store.
    const QStringList &imageRequests() const { return m_requests; }
    int imagesLoaded() const { return m_loaded; }

private:
    ImageResources m_images;
    QSet<QString> m_allowed;
    QStringList m_requests;
    int m_loaded = 0;
};

} // namespace ui
