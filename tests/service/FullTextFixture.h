#pragma once

#include "RefreshFixture.h"

#include "service/FullTextService.h"
#include "storage/FullTextStore.h"
#include "storage/ImageStore.h"

#include <QRegularExpression>

#include <memory>

// A news site on a local server: a feed whose items link to article pages
// on the same server, refreshed through the real pipeline (refresh, then
// the full-text stage).
class FullTextTest : public RefreshServiceTest
{
protected:
    struct Item
    {
        QString slug;    // the page is served at /a/<slug>
        QString teaser;  // the feed's text for it
        QString html;    // the feed's HTML (empty = the teaser)
    };

    void SetUp() override
    {
        RefreshServiceTest::SetUp();
        m_site = std::make_unique<TestHttpServer>();
        if (m_fakeHtml)
            useFakeHtml();
    }

    // Until the readability extractor lands, a stand-in with the same
    // contract: the <article> element is the main content, else none.
    void useFakeHtml()
    {
        service::FullTextService &ft = m_context->fullText();
        ft.setExtractor([](const QByteArray &page, const QUrl &, bool keepImages) {
            html::Extraction e;
            const QString doc = QString::fromUtf8(page);
            const qsizetype open = doc.indexOf(QLatin1String("<article>"));
            const qsizetype close = doc.indexOf(QLatin1String("</article>"));
            if (open < 0 || close < open) {
                e.error = QStringLiteral("no article element");
                return e;
            }
            e.ok = true;
            QString inner = doc.mid(open + 9, close - open - 9);
            if (!keepImages)
                inner.remove(QRegularExpression(QStringLiteral("<img[^>]*>")));
            e.html = inner;
            e.text = QString(inner).remove(QRegularExpression(QStringLiteral("<[^>]*>"))).simplified();
            e.wordCount = service::countWords(e.text);
            const QRegularExpressionMatch title = QRegularExpression(QStringLiteral("<title>([^<]*)</title>")).match(doc);
            e.title = title.hasMatch() ? title.captured(1) : QString();
            return e;
        });
        ft.setImageLister([](const QString &html, const QUrl &base) {
            QStringList urls;
            auto it = QRegularExpression(QStringLiteral("<img[^>]*src=\"([^\"]+)\"")).globalMatch(html);
            while (it.hasNext())
                urls << base.resolved(QUrl(it.next().captured(1))).toString();
            return urls;
        });
    }

    QString pageUrl(const QString &slug) const { return m_site->url(QStringLiteral("/a/") + slug).toString(); }

    // The feed at /feed-<name>.xml on the site, with these items.
    void serveFeed(const QString &name, const QList<Item> &items)
    {
        QByteArray xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>"
                         + name.toUtf8() + "</title><link>" + m_site->url(QStringLiteral("/")).toEncoded() + "</link>";
        int hour = 9;
        for (const Item &i : items) {
            const QString html = i.html.isEmpty() ? i.teaser : i.html;
            xml += "<item><title>" + i.slug.toUtf8() + " story</title><link>" + pageUrl(i.slug).toUtf8()
                   + "</link><pubDate>Fri, 20 Nov 2026 0" + QByteArray::number(hour--) + ":00:00 GMT</pubDate>"
                   + "<description>" + html.toHtmlEscaped().toUtf8() + "</description></item>";
        }
        xml += "</channel></rss>";
        m_site->route(("/feed-" + name + ".xml").toUtf8(), [xml](const TestHttpRequest &, TestHttpResponder &res) {
            res.reply(200, xml, {{"Content-Type", "application/rss+xml"}});
        });
    }

    qint64 addSiteSource(const QString &name, FullTextMode mode, bool loadImages = false)
    {
        Source s;
        s.url = m_site->url(QStringLiteral("/feed-") + name + QStringLiteral(".xml")).toString();
        storage::SourceStore store(m_context->profile().database());
        const qint64 id = store.add(s);
        EXPECT_TRUE(store.setReadingOptions(id, mode, loadImages));
        return id;
    }

    // An article page with `words` words of body in <article>.
    void servePage(const QString &slug, int words, const QByteArray &extra = {})
    {
        QByteArray body;
        for (int i = 0; i < words; ++i)
            body += (i % 12 == 11 ? "word.</p> <p>" : "word ");
        const QByteArray page = "<!doctype html><html><head><title>" + slug.toUtf8() + " full</title></head><body>"
                                "<nav>Home About</nav><article><p>" + body + "</p>" + extra
                                + "</article><footer>Copyright</footer></body></html>";
        m_site->route(("/a/" + slug).toUtf8(), [page](const TestHttpRequest &, TestHttpResponder &res) {
            res.reply(200, page, {{"Content-Type", "text/html; charset=utf-8"}});
        });
    }

    static QString words(int n)
    {
        QStringList w;
        for (int i = 0; i < n; ++i)
            w << QStringLiteral("teaser");
        return w.join(QLatin1Char(' '));
    }

    int requestsFor(const QString &path) const
    {
        int n = 0;
        for (const TestHttpRequest &r : m_site->requests())
            n += QString::fromUtf8(r.pathOnly()) == path ? 1 : 0;
        return n;
    }

    qint64 articleId(const QString &slug)
    {
        for (const Article &a : day(QStringLiteral("2026-11-20"))) {
            if (a.item.link == pageUrl(slug))
                return a.id;
        }
        ADD_FAILURE() << "no article for " << slug.toStdString();
        return 0;
    }

    storage::FullText fullText(const QString &slug)
    {
        return storage::FullTextStore(m_context->profile().database()).forArticle(articleId(slug));
    }

    std::unique_ptr<TestHttpServer> m_site;
    bool m_fakeHtml = true; // false: the real extractor and sanitiser (app/html)
};
