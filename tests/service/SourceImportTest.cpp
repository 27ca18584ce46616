// service::SourceImport: what an OPML list may subscribe to, the size cap,
// and one transaction for the whole list. The window and the CLI both call it.
#include "ServiceFixture.h"

#include "service/SourceImport.h"
#include "storage/SourceStore.h"
#include "storage/StorageWriter.h"

#include <QFile>
#include <QTest>

#include <sys/stat.h>

using service::OpmlImportPlan;
using service::OpmlImportResult;
using service::SourceImport;

namespace {

QByteArray opml(const QStringList &xmlUrls)
{
    QByteArray xml = "<?xml version=\"1.0\"?><opml version=\"2.0\"><head><title>t</title></head><body>"
                     "<outline text=\"Folder\">";
    for (int i = 0; i < xmlUrls.size(); ++i)
        xml += "<outline type=\"rss\" text=\"Feed " + QByteArray::number(i) + "\" xmlUrl=\""
               + xmlUrls[i].toHtmlEscaped().toUtf8() + "\"/>";
    return xml + "</outline></body></opml>";
}

const QStringList kMixed = {
    QStringLiteral("https://a.example/feed.xml"),
    QStringLiteral("file:///etc/passwd"),
    QStringLiteral("../.ssh/id_rsa"),
    QStringLiteral("feeds/local.xml"),
    QStringLiteral("javascript:alert(1)"),
    QStringLiteral("gopher://old.example/feed"),
    QStringLiteral("http://b.example/rss?x=1&y=2"),
    QStringLiteral("https://a.example/feed.xml"), // a repeat
};

} // namespace

class SourceImportTest : public ServiceFixture
{
protected:
    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        QFile f(m_dir.filePath(name));
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        return f.fileName();
    }

    OpmlImportResult import(const QString &path)
    {
        bool done = false;
        OpmlImportResult result;
        QObject receiver;
        SourceImport::importOpml(path, m_context->writer(), &receiver, [&](const OpmlImportResult &r) {
            result = r;
            done = true;
        });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 120000); }();
        return result;
    }

    QStringList storedUrls()
    {
        QStringList urls;
        for (const Source &s : storage::SourceStore(m_context->profile().database()).all())
            urls << s.url;
        return urls;
    }
};

TEST_F(SourceImportTest, OnlyHttpFeedsAreImportedFromAList)
{
    const OpmlImportResult r = import(writeFile(QStringLiteral("mixed.opml"), opml(kMixed)));
    ASSERT_TRUE(r.ok) << r.error.toStdString();
    EXPECT_EQ(r.added, 2);
    EXPECT_EQ(r.duplicates(), 1);
    EXPECT_EQ(r.plan.localSkipped, 3);  // file:, ../.ssh/id_rsa, feeds/local.xml
    EXPECT_EQ(r.plan.otherSkipped, 2);  // javascript:, gopher:
    EXPECT_EQ(r.plan.skippedText(),
              QStringLiteral("3 local or relative address(es) and 2 with another scheme or no host skipped: "
                             "only http and https feeds are imported from a list"));
    EXPECT_EQ(storedUrls(), QStringList({QStringLiteral("https://a.example/feed.xml"),
                                         QStringLiteral("http://b.example/rss?x=1&y=2")}));

    // A feed named by hand may be a local file; a list's never is.
    EXPECT_EQ(SourceImport::checkedFeedUrl(QStringLiteral(" file:///home/me/feed.xml ")),
              QStringLiteral("file:///home/me/feed.xml"));
    for (const char *bad : {"javascript:alert(1)", "http://", "feeds/local.xml", "ftp://x.example/f", ""})
        EXPECT_TRUE(SourceImport::checkedFeedUrl(QString::fromLatin1(bad)).isEmpty()) << bad;
}

TEST_F(SourceImportTest, TwentyThousandOutlinesAreOneTransaction)
{
    QStringList urls;
    for (int i = 0; i < 20000; ++i)
        urls << QStringLiteral("https://feeds%1.example/rss").arg(i);
    const QString path = writeFile(QStringLiteral("big.opml"), opml(urls));
    const int commitsBefore = m_context->writer().commitCount();
    const OpmlImportResult r = import(path);
    ASSERT_TRUE(r.ok) << r.error.toStdString();
    EXPECT_EQ(r.added, 20000);
    EXPECT_EQ(m_context->writer().commitCount(), commitsBefore + 1); // one writer job, one COMMIT
    EXPECT_EQ(storage::SourceStore(m_context->profile().database()).all().size(), 20000);
}

TEST_F(SourceImportTest, ListOverTheFeedSizeCapIsRefused)
{
    QFile big(m_dir.filePath(QStringLiteral("huge.opml")));
    ASSERT_TRUE(big.open(QIODevice::WriteOnly));
    big.write(opml({QStringLiteral("https://a.example/feed.xml")}));
    ASSERT_TRUE(big.resize(SourceImport::kMaxListBytes + 1)); // sparse
    big.close();
    const OpmlImportResult r = import(big.fileName());
    EXPECT_FALSE(r.ok);
    EXPECT_TRUE(r.plan.readable);
    EXPECT_EQ(r.error, QStringLiteral("the file is larger than the 10 MiB limit (the same as for one feed)"));
    EXPECT_TRUE(storedUrls().isEmpty());

    // The cap is the feed cap, and a list just under it is read.
    EXPECT_EQ(SourceImport::kMaxListBytes, fetch::FetchOptions().maxBytes);
    const QByteArray small = opml({QStringLiteral("https://a.example/feed.xml")});
    EXPECT_TRUE(SourceImport::planFromFile(writeFile(QStringLiteral("small.opml"), small), small.size()).ok);
    EXPECT_FALSE(SourceImport::planFromFile(m_dir.filePath(QStringLiteral("small.opml")), small.size() - 1).ok);
}

TEST_F(SourceImportTest, ListThatIsNotARegularFileIsNotRead)
{
    const QString fifo = m_dir.filePath(QStringLiteral("list.fifo"));
    ASSERT_EQ(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    const OpmlImportResult r = import(fifo); // would wait for a writer if it were opened
    EXPECT_FALSE(r.ok);
    EXPECT_FALSE(r.plan.readable);
    EXPECT_EQ(r.error, QStringLiteral("not a regular file: %1").arg(fifo));
}
