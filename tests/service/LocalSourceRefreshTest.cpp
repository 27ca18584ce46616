// A refresh with local sources: a FIFO (or a device) among them fails alone
// with a clear error and never blocks the thread that runs the refresh.
#include "ServiceFixture.h"

#include "service/RefreshService.h"
#include "storage/ArticleStore.h"
#include "storage/SourceStore.h"
#include "storage/StorageWriter.h"

#include <QFile>
#include <QSignalSpy>

#include <sys/stat.h>

using Outcome = service::SourceReport::Outcome;

class LocalSourceRefreshTest : public ServiceFixture
{
};

TEST_F(LocalSourceRefreshTest, FifoSourceFailsAloneAndTheRefreshCompletes)
{
    const QString fifo = m_dir.filePath(QStringLiteral("feed.fifo"));
    ASSERT_EQ(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    QFile good(m_dir.filePath(QStringLiteral("good.xml")));
    ASSERT_TRUE(good.open(QIODevice::WriteOnly));
    good.write(rss(QStringLiteral("Local"), {{QStringLiteral("Model X released"), QStringLiteral("Fri, 20 Nov 2026 09:00:00 GMT")}}));
    good.close();
    storage::SourceStore sources(m_context->profile().database());
    const QStringList urls = {QUrl::fromLocalFile(fifo).toString(), QUrl::fromLocalFile(good.fileName()).toString(),
                              QStringLiteral("file:///dev/zero")};
    for (const QString &url : urls) {
        Source s;
        s.url = url;
        ASSERT_GT(sources.add(s), 0);
    }

    QSignalSpy finished(&m_context->refresh(), &service::RefreshService::finished);
    m_context->refresh().start();
    ASSERT_TRUE(finished.wait(60000));
    const auto summary = finished.first().first().value<service::RefreshSummary>();
    ASSERT_EQ(summary.sources.size(), 3);
    for (const service::SourceReport &r : summary.sources) {
        SCOPED_TRACE(r.url.toStdString());
        if (r.url == urls[1]) {
            EXPECT_EQ(r.outcome, Outcome::Ok) << r.message.toStdString();
            EXPECT_EQ(r.newArticles, 1);
        } else {
            EXPECT_EQ(r.outcome, Outcome::Failed);
            EXPECT_TRUE(r.message.contains(QStringLiteral("not a regular file"))) << r.message.toStdString();
        }
    }
}
