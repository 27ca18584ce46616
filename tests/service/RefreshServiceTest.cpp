#include "RefreshFixture.h"

namespace {

using Outcome = service::SourceReport::Outcome;

TEST_F(RefreshServiceTest, StoresArticlesAndReportsEachSource)
{
    m_server.route("/a.xml", [](const TestHttpRequest &, TestHttpResponder &res) {
        res.reply(200, rss(QStringLiteral("Feed A"), {{QStringLiteral("Model X released"), QStringLiteral("Fri, 20 Nov 2026 09:00:00 GMT")},
                                                     {QStringLiteral("Robots learn to fold"), QStringLiteral("Fri, 20 Nov 2026 08:00:00 GMT")}}),
                  {{"Content-Type", "application/rss+xml"}});
    });
    m_server.route("/b.xml", [](const TestHttpRequest &, TestHttpResponder &res) {
        res.reply(200, rss(QStringLiteral("Feed B"), {{QStringLiteral("GPU prices fall"), QStringLiteral("Thu, 19 Nov 2026 10:00:00 GMT")}}));
    });
    m_server.route("/missing.xml", [](const TestHttpRequest &, TestHttpResponder &res) { res.reply(404, "gone"); });
    addSource(QStringLiteral("/a.xml"));
    addSource(QStringLiteral("/b.xml"));
    addSource(QStringLiteral("/missing.xml"));

    const service::RefreshSummary summary = refresh();
    ASSERT_EQ(summary.sources.size(), 3);
    EXPECT_EQ(summary.newArticles, 3);
    EXPECT_FALSE(summary.allFailed());
    EXPECT_EQ(reportFor(summary, QStringLiteral("/a.xml")).outcome, Outcome::Ok);
    EXPECT_EQ(reportFor(summary, QStringLiteral("/a.xml")).newArticles, 2);
    const service::SourceReport missing = reportFor(summary, QStringLiteral("/missing.xml"));
    EXPECT_EQ(missing.outcome, Outcome::Failed);
    EXPECT_TRUE(missing.message.contains(QStringLiteral("404"))) << missing.message.toStdString();

    EXPECT_EQ(day(QStringLiteral("2026-11-20")).size(), 2);
    EXPECT_EQ(day(QStringLiteral("2026-11-19")).size(), 1);

    // The feed title becomes the source title; the failure is remembered.
    const Source a = storage::SourceStore(m_context->profile().database()).byUrl(m_server.url(QStringLiteral("/a.xml")).toString());
    EXPECT_EQ(a.title, QStringLiteral("Feed A"));
    const Source bad = storage::SourceStore(m_context->profile().database()).byUrl(m_server.url(QStringLiteral("/missing.xml")).toString());
    EXPECT_EQ(bad.consecutiveFailures, 1);
    EXPECT_TRUE(bad.nextAttempt > m_clock.nowUtc());
}

TEST_F(RefreshServiceTest, SecondRefreshIsConditionalAndUnchangedBodiesAreNotParsed)
{
    int conditional = 0;
    m_server.route("/etag.xml", [&](const TestHttpRequest &req, TestHttpResponder &res) {
        if (req.header("If-None-Match") == "\"v1\"") {
            ++conditional;
            res.reply(304);
            return;
        }
        res.reply(200, rss(QStringLiteral("E"), {{QStringLiteral("One"), QStringLiteral("Fri, 20 Nov 2026 09:00:00 GMT")}}),
                  {{"ETag", "\"v1\""}});
    });
    m_server.route("/same.xml", [](const TestHttpRequest &, TestHttpResponder &res) {
        res.reply(200, rss(QStringLiteral("S"), {{QStringLiteral("Two"), QStringLiteral("Fri, 20 Nov 2026 09:00:00 GMT")}}));
    });
    addSource(QStringLiteral("/etag.xml"));
    addSource(QStringLiteral("/same.xml"));
    EXPECT_EQ(refresh().newArticles, 2);

    const service::RefreshSummary second = refresh();
    EXPECT_EQ(conditional, 1);
    EXPECT_EQ(reportFor(second, QStringLiteral("/etag.xml")).outcome, Outcome::NotModified);
    EXPECT_EQ(reportFor(second, QStringLiteral("/same.xml")).outcome, Outcome::Unchanged);
    EXPECT_EQ(second.newArticles, 0);
}

TEST_F(RefreshServiceTest, FailingSourceBacksOffUntilForced)
{
    m_server.route("/html.xml", [](const TestHttpRequest &, TestHttpResponder &res) {
        res.reply(200, "<!DOCTYPE html><html><head><title>Hi</title></head><body>Not a feed</body></html>",
                  {{"Content-Type", "text/html"}});
    });
    addSource(QStringLiteral("/html.xml"));
    const service::RefreshSummary first = refresh();
    ASSERT_EQ(first.sources.size(), 1);
    EXPECT_EQ(first.sources.first().outcome, Outcome::Failed);
    EXPECT_TRUE(first.sources.first().message.contains(QStringLiteral("HTML"))) << first.sources.first().message.toStdString();
    EXPECT_TRUE(first.allFailed());

    const int requests = m_server.requestCount();
    const service::RefreshSummary second = refresh();
    ASSERT_EQ(second.sources.size(), 1);
    EXPECT_EQ(second.sources.first().outcome, Outcome::Skipped);
    EXPECT_EQ(m_server.requestCount(), requests);

    refresh(/*force=*/true);
    EXPECT_EQ(m_server.requestCount(), requests + 1);
}

TEST_F(RefreshServiceTest, CancelStopsAtOnceAndKeepsWhatWasStored)
{
    m_server.route("/good.xml", [](const TestHttpRequest &, TestHttpResponder &res) {
        res.reply(200, rss(QStringLiteral("G"), {{QStringLiteral("Kept"), QStringLiteral("Fri, 20 Nov 2026 09:00:00 GMT")}}));
    });
    m_server.route("/hang.xml", [](const TestHttpRequest &, TestHttpResponder &) { /* never answers */ });
    addSource(QStringLiteral("/good.xml"));
    addSource(QStringLiteral("/hang.xml"));

    service::RefreshService &refresh = m_context->refresh();
    QSignalSpy finished(&refresh, &service::RefreshService::finished);
    QObject::connect(&refresh, &service::RefreshService::sourceFinished, &refresh,
                     [&refresh](const service::SourceReport &r) {
                         if (r.outcome == Outcome::Ok)
                             refresh.cancel();
                     });
    refresh.start();
    ASSERT_TRUE(finished.wait(10000));
    m_context->writer().flush();
    const auto summary = finished.first().first().value<service::RefreshSummary>();
    EXPECT_TRUE(summary.cancelled);
    EXPECT_EQ(reportFor(summary, QStringLiteral("/hang.xml")).outcome, Outcome::Cancelled);
    EXPECT_EQ(day(QStringLiteral("2026-11-20")).size(), 1);
}

} // namespace
