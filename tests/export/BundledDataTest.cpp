#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>
#include <QXmlStreamReader>
#include <gtest/gtest.h>

// The data files shipped in resources/ (compiled into qrc): the default
// sources of a new profile and the demo feeds behind --demo.
namespace {

struct Outline
{
    QString group;
    QString title;
    QString url;
};

QByteArray resource(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QList<Outline> readOpml(const QByteArray &bytes, QString *error)
{
    QList<Outline> out;
    QXmlStreamReader xml(bytes);
    QStringList folders;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("outline")) {
            const QString url = xml.attributes().value(QLatin1String("xmlUrl")).toString();
            if (url.isEmpty())
                folders << xml.attributes().value(QLatin1String("text")).toString();
            else
                out << Outline{folders.value(folders.size() - 1), xml.attributes().value(QLatin1String("text")).toString(), url};
            if (!url.isEmpty())
                folders << QString(); // balance the end element
        } else if (xml.isEndElement() && xml.name() == QLatin1String("outline")) {
            folders.removeLast();
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1 at %2:%3").arg(xml.errorString()).arg(xml.lineNumber()).arg(xml.columnNumber());
    return out;
}

struct DemoItem
{
    QString title;
    QString link;
    QDateTime published;
};

QList<DemoItem> readXmlFeed(const QByteArray &bytes)
{
    QList<DemoItem> out;
    QXmlStreamReader xml(bytes);
    DemoItem current;
    bool inItem = false;
    while (!xml.atEnd()) {
        xml.readNext();
        const QStringView name = xml.name();
        if (xml.isStartElement()) {
            if (name == QLatin1String("item") || name == QLatin1String("entry")) {
                inItem = true;
                current = DemoItem();
            } else if (inItem && name == QLatin1String("title")) {
                current.title = xml.readElementText();
            } else if (inItem && name == QLatin1String("link")) {
                const QString href = xml.attributes().value(QLatin1String("href")).toString();
                current.link = href.isEmpty() ? xml.readElementText() : href;
            } else if (inItem && name == QLatin1String("pubDate")) {
                current.published = QDateTime::fromString(xml.readElementText(), Qt::RFC2822Date);
            } else if (inItem && name == QLatin1String("published")) {
                current.published = QDateTime::fromString(xml.readElementText(), Qt::ISODate);
            }
        } else if (xml.isEndElement() && (name == QLatin1String("item") || name == QLatin1String("entry"))) {
            inItem = false;
            out << current;
        }
    }
    EXPECT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    return out;
}

QList<DemoItem> readJsonFeed(const QByteArray &bytes)
{
    QList<DemoItem> out;
    const QJsonObject root = QJsonDocument::fromJson(bytes).object();
    EXPECT_EQ(root.value(QLatin1String("version")).toString(), QStringLiteral("https://jsonfeed.org/version/1.1"));
    for (const QJsonValue &v : root.value(QLatin1String("items")).toArray()) {
        const QJsonObject o = v.toObject();
        out << DemoItem{o.value(QLatin1String("title")).toString(), o.value(QLatin1String("url")).toString(),
                        QDateTime::fromString(o.value(QLatin1String("date_published")).toString(), Qt::ISODate)};
    }
    return out;
}

} // namespace

TEST(BundledData, PapersDefaultSourcesAreTheArxivListingsAndDailyPapers)
{
    QString error;
    const QList<Outline> sources = readOpml(resource(QStringLiteral(":/data/default-paper-sources.opml")), &error);
    ASSERT_TRUE(error.isEmpty()) << error.toStdString();
    QSet<QString> urls;
    for (const Outline &o : sources)
        urls.insert(o.url);
    for (const char *listing : {"cs.AI", "cs.CL", "cs.CV", "cs.LG", "cs.RO"})
        EXPECT_TRUE(urls.contains(QStringLiteral("https://rss.arxiv.org/rss/") + QLatin1String(listing))) << listing;
    EXPECT_TRUE(urls.contains(QStringLiteral("https://huggingface.co/api/daily_papers")));
    EXPECT_EQ(urls.size(), 6);
}

TEST(BundledData, DefaultSourcesCoverTheRequiredFeeds)
{
    QString error;
    const QList<Outline> sources = readOpml(resource(QStringLiteral(":/data/default-sources.opml")), &error);
    ASSERT_TRUE(error.isEmpty()) << error.toStdString();
    QSet<QString> urls;
    QMap<QString, int> perGroup;
    for (const Outline &o : sources) {
        urls.insert(o.url);
        perGroup[o.group]++;
        EXPECT_FALSE(o.group.isEmpty()) << o.url.toStdString();
        EXPECT_FALSE(o.title.isEmpty()) << o.url.toStdString();
        EXPECT_EQ(QUrl(o.url).scheme(), QStringLiteral("https")) << o.url.toStdString();
    }
    EXPECT_EQ(urls.size(), sources.size()) << "duplicate feed";
    for (const char *required : {"https://www.technologyreview.kr/category/ai/feed/", "https://news.ycombinator.com/rss"})
        EXPECT_TRUE(urls.contains(QString::fromLatin1(required))) << required;
    // arXiv's listings flood a News day with hundreds of papers: they are the Papers edition's (issue 13).
    for (const QString &url : std::as_const(urls))
        EXPECT_FALSE(url.contains(QLatin1String("arxiv.org"))) << url.toStdString();
    EXPECT_GE(sources.size() - 2, 8); // lab, industry and newsletter feeds beyond the required two
    EXPECT_GE(perGroup.value(QStringLiteral("Korean AI news")), 3);
    EXPECT_GE(perGroup.size(), 5);
}

TEST(BundledData, DemoFeedsSpanFiveDaysOfFictionalNews)
{
    QString error;
    const QList<Outline> demo = readOpml(resource(QStringLiteral(":/demo/demo-sources.opml")), &error);
    ASSERT_TRUE(error.isEmpty()) << error.toStdString();
    ASSERT_GE(demo.size(), 4);
    QList<DemoItem> items;
    QSet<QString> kinds;
    for (const Outline &o : demo) {
        EXPECT_TRUE(QUrl(o.url).isRelative()) << o.url.toStdString();
        const QByteArray bytes = resource(QStringLiteral(":/demo/") + o.url);
        ASSERT_FALSE(bytes.isEmpty()) << "missing " << o.url.toStdString();
        QList<DemoItem> feed;
        if (o.url.endsWith(QLatin1String(".json"))) {
            kinds << QStringLiteral("json");
            feed = readJsonFeed(bytes);
        } else {
            kinds << (bytes.contains("<feed xmlns=\"http://www.w3.org/2005/Atom\"") ? QStringLiteral("atom") : QStringLiteral("rss"));
            feed = readXmlFeed(bytes);
        }
        EXPECT_GE(feed.size(), 10) << o.url.toStdString();
        items += feed;
    }
    EXPECT_EQ(kinds, (QSet<QString>{QStringLiteral("rss"), QStringLiteral("atom"), QStringLiteral("json")}));
    EXPECT_GE(items.size(), 55);
    EXPECT_LE(items.size(), 70);

    QMap<QString, int> perDay;
    int nearMidnight = 0;
    int korean = 0;
    QSet<QString> links;
    for (const DemoItem &item : items) {
        ASSERT_TRUE(item.published.isValid()) << item.title.toStdString();
        const QDateTime utc = item.published.toUTC();
        perDay[utc.date().toString(Qt::ISODate)]++;
        const int minutes = utc.time().hour() * 60 + utc.time().minute();
        nearMidnight += (minutes < 15 || minutes > 23 * 60 + 45) ? 1 : 0;
        korean += item.title.contains(QRegularExpression(QStringLiteral("[\\x{AC00}-\\x{D7A3}]"))) ? 1 : 0;
        const QUrl link(item.link);
        EXPECT_TRUE(link.scheme() == QLatin1String("https") || link.scheme() == QLatin1String("http")) << item.link.toStdString();
        EXPECT_TRUE(link.host().endsWith(QLatin1String("example.com")) || link.host().endsWith(QLatin1String("example.org"))
                    || link.host().endsWith(QLatin1String("example.net"))) << item.link.toStdString();
        links.insert(item.link);
    }
    EXPECT_EQ(links.size(), items.size()) << "duplicate links";
    EXPECT_EQ(perDay.keys(), (QStringList{QStringLiteral("2026-11-17"), QStringLiteral("2026-11-18"), QStringLiteral("2026-11-19"),
                                          QStringLiteral("2026-11-20"), QStringLiteral("2026-11-21")}));
    for (const int n : perDay)
        EXPECT_GE(n, 8);
    EXPECT_GE(nearMidnight, 4);
    EXPECT_GE(korean, 12);
}
