#include "ui/ImageResources.h"

#include "storage/Database.h"
#include "storage/ImageStore.h"

#include <QBuffer>
#include <QImageReader>

#include <utility>

namespace ui {

ImageResources::ImageResources(QString connectionName) : m_connection(std::move(connectionName)) {}

QImage ImageResources::image(const QString &url, int maxWidth) const
{
    if (m_connection.isEmpty())
        return {};
    const storage::ImageStore::Image stored =
        storage::ImageStore(storage::Database::connection(m_connection)).image(url);
    if (stored.url.isEmpty() || stored.data.isEmpty() || stored.data.size() > kMaxBytes)
        return {};
    QBuffer buffer;
    buffer.setData(stored.data);
    QImageReader reader(&buffer);
    reader.setAllocationLimit(64); // MB: a decompression bomb stays a null image
    QImage img = reader.read();
    if (!img.isNull() && maxWidth > 0 && img.width() > maxWidth)
        img = img.scaledToWidth(maxWidth, Qt::SmoothTransformation);
    return img;
}

} // namespace ui
