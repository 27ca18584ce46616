#include "FullTextFixture.h"

namespace {

using State = storage::FullText::State;

TEST_F(FullTextTest, AutoFetchesOnlyTheArticlesWhoseFeedTextIsShort)
{
    serveFeed(QStringLiteral("auto"), {{QStringLiteral("short1"), QStringLiteral("A one-line teaser."), {}},
                                       {QStringLiteral("long"), words(120), {}},
                                       {QStringLiteral("short2"), words(79), {}}});
    servePage(QStringLiteral("short1"), 300);
    servePage(QStringLiteral("short2"), 200);
    servePage(QStringLiteral("long"), 400);
    addSiteSource(QStringLiteral("auto"), FullTextMode::Auto);

    const service::RefreshSummary summary = refresh();
    EXPECT_EQ(summary.newArticles, 3);
    EXPECT_EQ(summary.fullText.pages, 2);
    EXPECT_EQ(summary.fullText.ok, 2);
    EXPECT_EQ(requestsFor(QStringLiteral("/a/short1")), 1);
    EXPECT_EQ(requestsFor(QStringLiteral("/a/short2")), 1);
    EXPECT_EQ(requestsFor(QStringLiteral("/a/long")), 0);

    const storage::FullText one = fullText(QStringLiteral("short1"));
    EXPECT_EQ(one.state, State::Ok);
    EXPECT_EQ(one.wordCount, 300);
    EXPECT_EQ(one.title, QStringLiteral("short1 full"));
    EXPECT_FALSE(one.text.contains(QStringLiteral("Copyright")));
    EXPECT_EQ(one.attempts, 1);
    EXPECT_EQ(fullText(QStringLiteral("long")).state, State::None);
}

TEST_F(FullTextTest, OnFetchesEveryArticleAndOffNone)
{
    serveFeed(QStringLiteral("on"), {{QStringLiteral("on1"), words(5), {}}, {QStringLiteral("on2"), words(150), {}}});
    serveFeed(QStringLiteral("off"), {{QStringLiteral("off1"), words(5), {}}});
    servePage(QStringLiteral("on1"), 100);
    servePage(QStringLiteral("on2"), 100);
    servePage(QStringLiteral("off1"), 100);
    addSiteSource(QStringLiteral("on"), FullTextMode::On);
    addSiteSource(QStringLiteral("off"), FullTextMode::Off);

    const service::RefreshSummary summary = refresh();
    EXPECT_EQ(summary.fullText.ok, 2);
    EXPECT_EQ(fullText(QStringLiteral("on1")).state, State::Ok);
    EXPECT_EQ(fullText(QStringLiteral("on2")).state, State::Ok);
    EXPECT_EQ(fullText(QStringLiteral("off1")).state, State::None);
    EXPECT_EQ(requestsFor(QStringLiteral("/a/off1")), 0);
}

TEST_F(FullTextTest, BadPagesKeepTheFeedTextAndSayWhy)
{
    serveFeed(QStringLiteral("bad"), {{QStringLiteral("missing"), QStringLiteral("Teaser of missing."), {}},
                                      {QStringLiteral("pdf"), QStringLiteral("Teaser of pdf."), {}},
                                      {QStringLiteral("huge"), QStringLiteral("Teaser of huge."), {}},
                                      {QStringLiteral("wall"), QStringLiteral("Teaser of wall."), {}}});
    m_site->route("/a/missing", [](const TestHttpRequest &, TestHttpResponder &res) { res.reply(404, "nope"); });
    m_site->route("/a/pdf", [](const TestHttpRequest &, TestHttpResponder &res) {
        res.reply(200, "%PDF-1.7 ...", {{"Content-Type", "application/pdf"}});
    });
    m_site->route("/a/huge", [](const TestHttpRequest &, TestHttpResponder &res) {
        res.reply(200, "<html><body><article>" + QByteArray(200 * 1024, 'x') + "</article></body></html>",
                  {{"Content-Type", "text/html"}});
    });
    m_site->route("/a/wall", [](const TestHttpRequest &, TestHttpResponder &res) {
        res.reply(200, "<html><body><form>Please log in to read</form></body></html>", {{"Content-Type", "text/html"}});
    });
    addSiteSource(QStringLiteral("bad"), FullTextMode::On);
    service::FullTextLimits limits;
    limits.maxPageBytes = 64 * 1024;
    m_context->fullText().setLimits(limits);

    const service::RefreshSummary summary = refresh();
    EXPECT_TRUE(summary.storageError.isEmpty()) << summary.storageError.toStdString();
    EXPECT_EQ(summary.fullText.pages, 4);
    EXPECT_EQ(summary.fullText.failed, 4);

    const auto expectFailed = [&](const QString &slug, const QString &why) {
        const storage::FullText f = fullText(slug);
        EXPECT_EQ(f.state, State::Failed) << slug.toStdString();
        EXPECT_TRUE(f.error.contains(why)) << slug.toStdString() << ": " << f.error.toStdString();
        EXPECT_TRUE(f.text.isEmpty());
        EXPECT_EQ(f.attempts, 1);
        EXPECT_TRUE(f.nextAttempt > m_clock.nowUtc()) << slug.toStdString();
    };
    expectFailed(QStringLiteral("missing"), QStringLiteral("HTTP 404"));
    expectFailed(QStringLiteral("pdf"), QStringLiteral("not an HTML page (application/pdf)"));
    expectFailed(QStringLiteral("huge"), QStringLiteral("larger than the 64 KiB limit"));
    expectFailed(QStringLiteral("wall"), QStringLiteral("no main content"));

    // The feed's own text is untouched.
    for (const Article &a : day(QStringLiteral("2026-11-20")))
        EXPECT_TRUE(a.item.summary.startsWith(QStringLiteral("Teaser of "))) << a.item.summary.toStdString();
    const auto counts = storage::FullTextStore(m_context->profile().database()).countsBySource();
    ASSERT_EQ(counts.size(), 1);
    EXPECT_EQ(counts.begin()->failed, 4);
    EXPECT_EQ(counts.begin()->ok, 0);
}

TEST_F(FullTextTest, AFailedPageWaitsForItsBackoffAndAnOkPageIsNeverFetchedAgain)
{
    bool up = false;
    serveFeed(QStringLiteral("flaky"), {{QStringLiteral("flaky"), QStringLiteral("Teaser."), {}},
                                        {QStringLiteral("fine"), QStringLiteral("Teaser."), {}}});
    servePage(QStringLiteral("fine"), 50);
    m_site->route("/a/flaky", [&](const TestHttpRequest &, TestHttpResponder &res) {
        if (!up)
            res.reply(503, "later");
        else
            res.reply(200, "<html><title>t</title><body><article><p>back up now</p></article></body></html>",
                      {{"Content-Type", "text/html"}});
    });
    addSiteSource(QStringLiteral("flaky"), FullTextMode::On);

    refresh();
    storage::FullText f = fullText(QStringLiteral("flaky"));
    ASSERT_EQ(f.state, State::Failed);
    EXPECT_TRUE(f.error.contains(QStringLiteral("503"))) << f.error.toStdString();
    const QDateTime next = f.nextAttempt;
    ASSERT_TRUE(next > m_clock.nowUtc());

    // Before the backoff ends: not asked again, even by a forced refresh.
    up = true;
    m_clock.set(next.addSecs(-1));
    refresh(true);
    EXPECT_EQ(requestsFor(QStringLiteral("/a/flaky")), 1);
    EXPECT_EQ(fullText(QStringLiteral("flaky")).state, State::Failed);

    m_clock.set(next);
    const service::RefreshSummary after = refresh();
    EXPECT_EQ(requestsFor(QStringLiteral("/a/flaky")), 2);
    f = fullText(QStringLiteral("flaky"));
    EXPECT_EQ(f.state, State::Ok);
    EXPECT_EQ(f.text, QStringLiteral("back up now"));
    EXPECT_EQ(f.attempts, 2);
    EXPECT_TRUE(f.error.isEmpty());
    EXPECT_EQ(requestsFor(QStringLiteral("/a/fine")), 1);
    EXPECT_EQ(after.fullText.pages, 1);
}

TEST_F(FullTextTest, AFailingPageStopsBeingTriedAfterItsLastAttempt)
{
    serveFeed(QStringLiteral("gone"), {{QStringLiteral("gone"), QStringLiteral("Teaser."), {}}});
    m_site->route("/a/gone", [](const TestHttpRequest &, TestHttpResponder &res) { res.reply(410); });
    addSiteSource(QStringLiteral("gone"), FullTextMode::On);
    const int tries = m_context->fullText().limits().maxAttempts;
    for (int i = 0; i < tries + 2; ++i) {
        refresh();
        m_clock.advanceSecs(86400 / 4); // past any backoff of a few tries, within the window
    }
    EXPECT_EQ(requestsFor(QStringLiteral("/a/gone")), tries);
    EXPECT_EQ(fullText(QStringLiteral("gone")).attempts, tries);
}

TEST_F(FullTextTest, ImagesAreLoadedOnlyForSourcesThatAskAndStayReadableOffline)
{
    const QByteArray png("\x89PNG\r\n\x1a\n-image-bytes", 20);
    serveFeed(QStringLiteral("pics"),
              {{QStringLiteral("pics"), QStringLiteral("Teaser."),
                QStringLiteral("<p>Teaser <img src=\"/img/feed.png\"></p>")}});
    serveFeed(QStringLiteral("nopics"),
              {{QStringLiteral("nopics"), QStringLiteral("Teaser."),
                QStringLiteral("<p>Teaser <img src=\"/img/private.png\"></p>")}});
    servePage(QStringLiteral("pics"), 40, "<img src=\"/img/page.png\"><img src=\"/img/notimage.png\">");
    servePage(QStringLiteral("nopics"), 40, "<img src=\"/img/private2.png\">");
    for (const char *path : {"/img/feed.png", "/img/page.png", "/img/private.png", "/img/private2.png"}) {
        m_site->route(path, [png](const TestHttpRequest &, TestHttpResponder &res) {
            res.reply(200, png, {{"Content-Type", "image/png"}});
        });
    }
    m_site->route("/img/notimage.png", [](const TestHttpRequest &, TestHttpResponder &res) {
        res.reply(200, "<html>tracking</html>", {{"Content-Type", "text/html"}});
    });
    addSiteSource(QStringLiteral("pics"), FullTextMode::On, true);
    addSiteSource(QStringLiteral("nopics"), FullTextMode::On, false);

    const service::RefreshSummary summary = refresh();
    EXPECT_EQ(summary.fullText.images, 2);
    EXPECT_EQ(summary.fullText.imageFailures, 1);
    EXPECT_EQ(requestsFor(QStringLiteral("/img/private.png")), 0);
    EXPECT_EQ(requestsFor(QStringLiteral("/img/private2.png")), 0);
    EXPECT_TRUE(fullText(QStringLiteral("pics")).html.contains(QStringLiteral("<img")));
    EXPECT_FALSE(fullText(QStringLiteral("nopics")).html.contains(QStringLiteral("<img")));

    // A second refresh fetches neither the stored images nor the failed one.
    refresh();
    EXPECT_EQ(requestsFor(QStringLiteral("/img/feed.png")), 1);
    EXPECT_EQ(requestsFor(QStringLiteral("/img/notimage.png")), 1);

    // With the server gone and the profile reopened, the images are there.
    const QString feedImage = m_site->url(QStringLiteral("/img/feed.png")).toString();
    const QString pageImage = m_site->url(QStringLiteral("/img/page.png")).toString();
    const QString notImage = m_site->url(QStringLiteral("/img/notimage.png")).toString();
    m_site.reset();
    m_context.reset();
    openContext();
    const storage::ImageStore images(m_context->profile().database());
    EXPECT_EQ(images.image(feedImage).data, png);
    EXPECT_EQ(images.image(feedImage).contentType, QStringLiteral("image/png"));
    EXPECT_EQ(images.image(pageImage).data, png);
    EXPECT_TRUE(images.image(notImage).data.isEmpty());
    EXPECT_TRUE(images.image(notImage).error.contains(QStringLiteral("not an image"))) << images.image(notImage).error.toStdString();
}

TEST_F(FullTextTest, CancellingTheRefreshStopsThePagesAndStoresNothingHalfDone)
{
    serveFeed(QStringLiteral("slow"), {{QStringLiteral("slow"), QStringLiteral("Teaser."), {}}});
    m_site->route("/a/slow", [](const TestHttpRequest &, TestHttpResponder &) {}); // never answers
    addSiteSource(QStringLiteral("slow"), FullTextMode::On);

    QSignalSpy finished(&m_context->refresh(), &service::RefreshService::finished);
    m_context->refresh().start();
    QTRY_VERIFY_WITH_TIMEOUT(requestsFor(QStringLiteral("/a/slow")) == 1, 10000);
    ASSERT_EQ(requestsFor(QStringLiteral("/a/slow")), 1);
    EXPECT_TRUE(m_context->refresh().isRunning());
    m_context->refresh().cancel();
    QTRY_VERIFY_WITH_TIMEOUT(finished.size() == 1, 10000);
    ASSERT_EQ(finished.size(), 1);
    const auto summary = finished.first().first().value<service::RefreshSummary>();
    EXPECT_TRUE(summary.fullText.cancelled);
    m_context->writer().flush();
    EXPECT_EQ(fullText(QStringLiteral("slow")).state, State::None); // tried again next time
}

// The test: refresh from a local server, stop it, open the profile
// again (a new connection) and read the full text of every article of the day.
TEST_F(FullTextTest, TheFullTextOfTheDayIsReadableAfterTheServerIsGone)
{
    QList<Item> items;
    for (int i = 0; i < 6; ++i) {
        const QString slug = QStringLiteral("story%1").arg(i);
        items.append({slug, QStringLiteral("Only a teaser for %1.").arg(slug), {}});
        servePage(slug, 100 + i * 10);
    }
    serveFeed(QStringLiteral("day"), items);
    addSiteSource(QStringLiteral("day"), FullTextMode::Auto);
    ASSERT_EQ(refresh().fullText.ok, 6);
    QHash<QString, qint64> ids;
    for (const Item &i : items)
        ids.insert(i.slug, articleId(i.slug));

    m_site.reset();
    m_context.reset();
    openContext();
    const QList<Article> articles = day(QStringLiteral("2026-11-20"));
    ASSERT_EQ(articles.size(), 6);
    const storage::FullTextStore store(m_context->profile().database());
    for (const Article &a : articles) {
        const storage::FullText f = store.forArticle(a.id);
        EXPECT_EQ(f.state, State::Ok) << a.item.title.toStdString();
        const int expected = 100 + 10 * QStringView(a.item.title).mid(5, 1).toInt();
        EXPECT_EQ(f.wordCount, expected) << a.item.title.toStdString();
        EXPECT_EQ(service::countWords(f.text), expected);
    }
}

} // namespace

namespace {

// Pages go out politely: one at a time per host, a few hosts at once.
TEST_F(FullTextTest, PagesAreFetchedOneAtATimePerHost)
{
    QList<Item> items;
    for (int i = 0; i < 4; ++i)
        items.append({QStringLiteral("p%1").arg(i), QStringLiteral("Teaser."), {}});
    serveFeed(QStringLiteral("polite"), items);
    // Each page takes a few event-loop turns to arrive, so overlapping
    // requests would be seen in flight together.
    m_site->setHandler([](const TestHttpRequest &req, TestHttpResponder &res) {
        if (!req.pathOnly().startsWith("/a/")) {
            res.reply(404);
            return;
        }
        res.startChunked(200, {{"Content-Type", "text/html"}});
        res.write("<html><title>t</title><body><article><p>");
        res.streamRepeatedly("word ", 10, 5);
    });
    addSiteSource(QStringLiteral("polite"), FullTextMode::On);
    m_site->resetStats();

    const service::RefreshSummary summary = refresh();
    EXPECT_EQ(summary.fullText.pages, 4);
    EXPECT_EQ(requestsFor(QStringLiteral("/a/p0")) + requestsFor(QStringLiteral("/a/p3")), 2);
    EXPECT_EQ(m_site->maxInFlightForHost("127.0.0.1"), 1);
}

} // namespace

namespace {

// An article two sources carry follows the one that asks for more.
TEST_F(FullTextTest, AnArticleOfSeveralSourcesTakesTheStrongestOptions)
{
    const QByteArray png("\x89PNG\r\n\x1a\nshared", 14);
    serveFeed(QStringLiteral("plain"), {{QStringLiteral("shared"), QStringLiteral("Teaser."), {}}});
    serveFeed(QStringLiteral("rich"), {{QStringLiteral("shared"), QStringLiteral("Teaser."), {}}});
    servePage(QStringLiteral("shared"), 30, "<img src=\"/img/shared.png\">");
    m_site->route("/img/shared.png", [png](const TestHttpRequest &, TestHttpResponder &res) {
        res.reply(200, png, {{"Content-Type", "image/png"}});
    });
    addSiteSource(QStringLiteral("plain"), FullTextMode::Off, false);
    addSiteSource(QStringLiteral("rich"), FullTextMode::Auto, true);

    const service::RefreshSummary summary = refresh();
    EXPECT_EQ(day(QStringLiteral("2026-11-20")).size(), 1);
    EXPECT_EQ(summary.fullText.pages, 1);
    EXPECT_EQ(requestsFor(QStringLiteral("/a/shared")), 1);
    EXPECT_EQ(fullText(QStringLiteral("shared")).state, State::Ok);
    EXPECT_EQ(storage::ImageStore(m_context->profile().database())
                  .image(m_site->url(QStringLiteral("/img/shared.png")).toString())
                  .data,
              png);
}

} // namespace
