#pragma once

#include <QImage>
#include <QString>

namespace ui {

// Article images from the profile's ImageStore, never from the network:
// an image that is not stored (or failed) is a null QImage.
class ImageResources
{
public:
    explicit ImageResources(QString connectionName);

    // Scaled down to maxWidth (> 0) when wider.
    QImage image(const QString &url, int maxWidth) const;

    // Bytes over this are not decoded.
    static constexpr qsizetype kMaxBytes = 8 * 1024 * 1024;

private:
    QString m_connection;
};

} // namespace ui
