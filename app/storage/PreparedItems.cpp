#include "storage/PreparedItems.h"

#include "storage/SqlValues.h"
#include "storage/StoryKey.h"
#include "model/TextHygiene.h"

#include <QCryptographicHash>

namespace storage {

using namespace sqlvalues;

PreparedItems::PreparedItems(const QList<FeedItem> &items, const QTimeZone &zone)
    : m_items(items), m_zone(zone)
{
    m_prepared.reserve(items.size());
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        // Whatever path the items came by, no control characters and no
        // link but http(s) reach the database.
        FeedItem cleaned = m_items.at(i);
        if (TextHygiene::cleanItem(cleaned))
            m_items[i] = std::move(cleaned);
        const FeedItem &item = m_items.at(i);
        Prepared p;
        p.text = {item.guid.toUtf8(),          item.url.toUtf8(),         item.link.toUtf8(),
                  item.title.toUtf8(),         item.summary.toUtf8(),     item.summaryHtml.toUtf8(),
                  item.content.toUtf8(),       item.contentHtml.toUtf8(), item.author.toUtf8(),
                  joinList(item.tags).toUtf8(), item.enclosure.url.toUtf8(),
                  item.enclosure.type.toUtf8()};
        p.hash = contentHash(item, p.text);
        p.storyKey = StoryKey::of(item.title, item.url.isEmpty() ? item.guid : item.url).toUtf8();
        if (item.published.isValid())
            p.day = dayOf(item.published, zone).toUtf8();
        m_prepared.append(std::move(p));
    }
}

QByteArray PreparedItems::contentHash(const FeedItem &item,
                                      const std::array<QByteArray, TextColumns> &text)
{
    QCryptographicHash h(QCryptographicHash::Blake2b_160);
    const auto add = [&h](QByteArrayView bytes) {
        h.addData(bytes);
        h.addData(QByteArrayView("\x1f", 1));
    };
    for (int column = Link; column < TextColumns; ++column)
        add(text[column]);
    add(QByteArray::number(item.enclosure.length));
    add(QByteArray::number(item.published.isValid() ? item.published.toMSecsSinceEpoch() : -1));
    add(QByteArray::number(item.updated.isValid() ? item.updated.toMSecsSinceEpoch() : -1));
    return h.result().toHex();
}

QByteArray PreparedItems::legacyContentHash(const FeedItem &item)
{
    QCryptographicHash h(QCryptographicHash::Md5);
    const auto add = [&h](const QString &s) {
        h.addData(QByteArrayView(reinterpret_cast<const char *>(s.utf16()), s.size() * 2));
        h.addData(QByteArrayView("\x1f", 1));
    };
    add(item.link);
    add(item.title);
    add(item.summary);
    add(item.summaryHtml);
    add(item.content);
    add(item.contentHtml);
    add(item.author);
    add(joinList(item.tags));
    add(item.enclosure.url);
    add(item.enclosure.type);
    add(QString::number(item.enclosure.length));
    add(QString::number(item.published.isValid() ? item.published.toMSecsSinceEpoch() : -1));
    add(QString::number(item.updated.isValid() ? item.updated.toMSecsSinceEpoch() : -1));
    return h.result().toHex();
}

QString PreparedItems::dayOf(const QDateTime &utc, const QTimeZone &zone)
{
    const qint64 ms = utc.toMSecsSinceEpoch();
    const int offset = zone.isValid() ? zone.offsetFromUtc(utc) : 0;
    return QDateTime::fromMSecsSinceEpoch(ms + qint64(offset) * 1000, Qt::UTC)
        .date()
        .toString(Qt::ISODate);
}

} // namespace storage
