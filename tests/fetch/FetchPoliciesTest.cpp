// Pure decisions of the fetch layer: redirects, Retry-After, backoff, host
// scheduling, request headers.
#include "FetchTestSupport.h"
#include "fetch/Backoff.h"
#include "fetch/FeedHttpRequest.h"
#include "fetch/HostScheduler.h"
#include "fetch/RedirectPolicy.h"
#include "fetch/RetryAfter.h"

#include <QTimeZone>

#include <gtest/gtest.h>

using namespace fetch;

namespace {
const QDateTime kNow(QDate(2024, 5, 1), QTime(12, 0), QTimeZone::utc());

FetchRequest req(const QString &url)
{
    FetchRequest r;
    r.url = QUrl(url);
    return r;
}
} // namespace

TEST(RedirectPolicy, FollowsRelativeAndAbsoluteLocations)
{
    const QUrl from("http://a.example/feeds/ai.xml");
    RedirectDecision d = decideRedirect(from, "/new/ai.xml", {from}, 0, 5);
    EXPECT_TRUE(d.follow) << d.error.toStdString();
    EXPECT_EQ(d.target, QUrl("http://a.example/new/ai.xml"));

    d = decideRedirect(from, "https://b.example/ai.xml", {from}, 0, 5);
    EXPECT_TRUE(d.follow);
    EXPECT_EQ(d.target, QUrl("https://b.example/ai.xml"));
}

TEST(RedirectPolicy, RefusesHttpsToHttp)
{
    const QUrl from("https://a.example/feed");
    const RedirectDecision d = decideRedirect(from, "http://a.example/feed", {from}, 0, 5);
    EXPECT_FALSE(d.follow);
    EXPECT_EQ(d.error, QStringLiteral("refused redirect from https to http"));
}

TEST(RedirectPolicy, RefusesNonHttpSchemes)
{
    const QUrl from("http://a.example/feed");
    const RedirectDecision d = decideRedirect(from, "file:///etc/passwd", {from}, 0, 5);
    EXPECT_FALSE(d.follow);
    EXPECT_EQ(d.error, QStringLiteral("refused redirect from http to file"));
}

TEST(RedirectPolicy, DetectsLoopsIgnoringFragments)
{
    const QUrl a("http://a.example/a"), b("http://a.example/b");
    const RedirectDecision d = decideRedirect(b, "/a#top", {a, b}, 1, 5);
    EXPECT_FALSE(d.follow);
    EXPECT_EQ(d.error, QStringLiteral("redirect loop"));
}

TEST(RedirectPolicy, CountsRedirects)
{
    const QUrl from("http://a.example/5");
    EXPECT_TRUE(decideRedirect(from, "/6", {from}, 4, 5).follow);
    const RedirectDecision d = decideRedirect(from, "/6", {from}, 5, 5);
    EXPECT_FALSE(d.follow);
    EXPECT_EQ(d.error, QStringLiteral("too many redirects (more than 5)"));
}

TEST(RedirectPolicy, MissingLocation)
{
    const QUrl from("http://a.example/");
    EXPECT_FALSE(decideRedirect(from, "  ", {from}, 0, 5).follow);
    EXPECT_TRUE(isRedirectStatus(308));
    EXPECT_FALSE(isRedirectStatus(304));
}

TEST(RetryAfter, DelaySeconds)
{
    EXPECT_EQ(parseRetryAfter("120", kNow), kNow.addSecs(120));
    EXPECT_EQ(parseRetryAfter(" 0 ", kNow), kNow);
    EXPECT_FALSE(parseRetryAfter("-5", kNow).isValid());
    EXPECT_FALSE(parseRetryAfter("soon", kNow).isValid());
    EXPECT_FALSE(parseRetryAfter("", kNow).isValid());
}

TEST(RetryAfter, HttpDates)
{
    const QDateTime expected(QDate(2024, 5, 1), QTime(14, 30), QTimeZone::utc());
    EXPECT_EQ(parseRetryAfter("Wed, 01 May 2024 14:30:00 GMT", kNow), expected);
    EXPECT_EQ(parseRetryAfter("Wednesday, 01-May-24 14:30:00 GMT", kNow), expected);
    EXPECT_EQ(parseRetryAfter("Wed May  1 14:30:00 2024", kNow), expected);
    // A date already past means "now", not "never".
    EXPECT_EQ(parseRetryAfter("Mon, 01 Jan 2024 00:00:00 GMT", kNow), kNow);
}

TEST(Backoff, DoublesAndCapsAtADay)
{
    EXPECT_EQ(backoffSeconds(0), 0);
    EXPECT_EQ(backoffSeconds(1), 300);
    EXPECT_EQ(backoffSeconds(2), 600);
    EXPECT_EQ(backoffSeconds(3), 1200);
    EXPECT_LT(backoffSeconds(9), 86400);
    EXPECT_EQ(backoffSeconds(10), 86400);
    EXPECT_EQ(backoffSeconds(1000), 86400);
    for (int n = 1; n < 40; ++n)
        EXPECT_LE(backoffSeconds(n), backoffSeconds(n + 1));
}

TEST(Backoff, RetryAfterWinsWhenLater)
{
    EXPECT_EQ(nextAttemptAfter(kNow, 1), kNow.addSecs(300));
    EXPECT_EQ(nextAttemptAfter(kNow, 1, kNow.addSecs(3600)), kNow.addSecs(3600));
    EXPECT_EQ(nextAttemptAfter(kNow, 2, kNow.addSecs(10)), kNow.addSecs(600));
}

TEST(Backoff, Descriptions)
{
    EXPECT_EQ(describeBytes(10 * 1024 * 1024), QStringLiteral("10 MiB"));
    EXPECT_EQ(describeBytes(64 * 1024), QStringLiteral("64 KiB"));
    EXPECT_EQ(describeBytes(1536), QStringLiteral("1.5 KiB"));
    EXPECT_EQ(describeBytes(1), QStringLiteral("1 byte"));
    EXPECT_EQ(describeBytes(512), QStringLiteral("512 bytes"));
    EXPECT_EQ(describeDuration(30000), QStringLiteral("30 s"));
    EXPECT_EQ(describeDuration(300), QStringLiteral("300 ms"));
    EXPECT_EQ(describeDuration(1500), QStringLiteral("1.5 s"));
    EXPECT_EQ(describeDuration(3600 * 1000), QStringLiteral("1 h"));
    EXPECT_EQ(describeDuration(90 * 60 * 1000), QStringLiteral("1 h 30 min"));
}

TEST(HostScheduler, InterleavesHostsAndRespectsCaps)
{
    HostScheduler s(3, 2);
    for (int i = 0; i < 4; ++i)
        s.enqueue(req(QStringLiteral("http://a.example/%1").arg(i)));
    for (int i = 0; i < 4; ++i)
        s.enqueue(req(QStringLiteral("http://b.example/%1").arg(i)));
    QStringList hosts;
    while (auto r = s.startNext())
        hosts << r->url.host();
    EXPECT_EQ(hosts, QStringList({"a.example", "b.example", "a.example"}));
    EXPECT_EQ(s.runningCount(), 3);
    s.finished("a.example");
    auto next = s.startNext();
    ASSERT_TRUE(next);
    EXPECT_EQ(next->url.host(), QStringLiteral("b.example")); // its turn
    EXPECT_FALSE(s.startNext());                               // 3 running again
    s.finished("b.example");
    s.finished("b.example");
    next = s.startNext();
    ASSERT_TRUE(next);
    EXPECT_EQ(next->url.host(), QStringLiteral("a.example")); // back to a: round-robin
    next = s.startNext();
    ASSERT_TRUE(next);
    EXPECT_EQ(next->url.host(), QStringLiteral("b.example")); // a.example is at its cap of 2
    EXPECT_EQ(s.queuedCount(), 2);
}

TEST(HostScheduler, PausedHostIsSkipped)
{
    HostScheduler s(6, 2);
    s.enqueue(req("http://a.example/1"));
    s.enqueue(req("http://b.example/1"));
    s.pauseHost("a.example", 60000);
    auto r = s.startNext();
    ASSERT_TRUE(r);
    EXPECT_EQ(r->url.host(), QStringLiteral("b.example"));
    EXPECT_FALSE(s.startNext());
    EXPECT_GT(s.msUntilNextResume(), 50000);
    EXPECT_EQ(s.takeQueued("a.example").size(), 1);
    EXPECT_EQ(s.msUntilNextResume(), -1); // nothing waits any more
}

TEST(HostScheduler, HostKeys)
{
    EXPECT_EQ(HostScheduler::hostKey(QUrl("http://Example.ORG:8080/x")), QStringLiteral("example.org"));
    EXPECT_EQ(HostScheduler::hostKey(QUrl("file:///tmp/x.xml")), QStringLiteral("file:"));
}

TEST(FeedHttpRequest, HeadersForFeeds)
{
    FetchRequest r = req("http://a.example/feed");
    r.etag = QStringLiteral("\"abc\"");
    r.lastModified = QStringLiteral("Wed, 01 May 2024 10:00:00 GMT");
    FetchOptions options;
    options.transferTimeoutMs = 1234;
    const QNetworkRequest n = makeFeedRequest(r.url, r, options);
    EXPECT_TRUE(n.rawHeader("User-Agent").startsWith("DailyInsights/"));
    EXPECT_TRUE(n.rawHeader("User-Agent").contains("feed reader"));
    EXPECT_TRUE(n.rawHeader("Accept").startsWith("application/rss+xml, application/atom+xml"));
    EXPECT_EQ(n.rawHeader("If-None-Match"), "\"abc\"");
    EXPECT_EQ(n.rawHeader("If-Modified-Since"), "Wed, 01 May 2024 10:00:00 GMT");
    EXPECT_FALSE(n.hasRawHeader("Accept-Encoding")); // Qt decodes gzip only when it chose the header
    EXPECT_EQ(n.transferTimeout(), 1234);
    EXPECT_EQ(n.attribute(QNetworkRequest::RedirectPolicyAttribute).toInt(),
              int(QNetworkRequest::ManualRedirectPolicy));

    options.userAgent = "Custom/1";
    EXPECT_EQ(makeFeedRequest(r.url, FetchRequest{}, options).rawHeader("User-Agent"), "Custom/1");
    EXPECT_FALSE(makeFeedRequest(r.url, FetchRequest{}, options).hasRawHeader("If-None-Match"));
}
