// Papers sources (issue 13): arXiv RSS listings and Hugging Face's daily
// papers served from 127.0.0.1 in their real shapes, refreshed through the
// real RefreshService into one article per arXiv id with its arXiv facts;
// bad answers fail their own source only.

#include "RefreshFixture.h"

#include "FakeOpenAiServer.h"
#include "export/DigestExporter.h"
#include "secrets/SecretStore.h"
#include "service/ApiKeyStore.h"
#include "service/DigestService.h"
#include "service/PaperSourceParser.h"
#include "storage/EditionStore.h"
#include "storage/PaperStore.h"
#include "storage/PreparedItems.h"
#include "support/TestPaths.h"

#include <QSqlQuery>
#include <QUrlQuery>

namespace {

using Outcome = service::SourceReport::Outcome;

const TestHttpHeaders kRss{{"Content-Type", "application/rss+xml; charset=utf-8"}};
const TestHttpHeaders kJson{{"Content-Type", "application/json; charset=utf-8"}};

class PaperSources : public RefreshServiceTest
{
protected:
    // Serves `body` at `path` and subscribes to it as a source of `kind`.
    void serve(const QByteArray &path, SourceKind kind, int status, const QByteArray &body,
               const TestHttpHeaders &headers, const QString &host = QStringLiteral("127.0.0.1"))
    {
        m_server.route(path, [=](const TestHttpRequest &, TestHttpResponder &res) { res.reply(status, body, headers); });
        addPaperSource(m_server.url(QString::fromLatin1(path), host).toString(), kind);
    }

    void addPaperSource(const QString &url, SourceKind kind)
    {
        Source s;
        s.url = url;
        s.kind = kind;
        s.editionId = m_edition;
        ASSERT_GT(storage::SourceStore(m_context->profile().database()).add(s), 0);
    }

    void serveFixtures()
    {
        serve("/rss/cs.AI", SourceKind::Arxiv, 200, testpaths::readAll(testpaths::fixture(QStringLiteral("papers/arxiv_cs.AI.xml"))), kRss);
        serve("/rss/cs.CL", SourceKind::Arxiv, 200, testpaths::readAll(testpaths::fixture(QStringLiteral("papers/arxiv_cs.CL.xml"))), kRss);
        serve("/api/daily_papers", SourceKind::HfDaily, 200,
              testpaths::readAll(testpaths::fixture(QStringLiteral("papers/hf_daily_papers.json"))), kJson,
              QStringLiteral("localhost"));
    }

    service::RefreshSummary refreshOnly(const QStringList &paths)
    {
        QStringList urls;
        for (const QString &path : paths)
            urls.append(m_server.url(path).toString());
        QSignalSpy finished(&m_context->refresh(), &service::RefreshService::finished);
        m_context->refresh().start(urls);
        EXPECT_TRUE(finished.wait(10000));
        m_context->writer().flush();
        return finished.isEmpty() ? service::RefreshSummary() : finished.first().first().value<service::RefreshSummary>();
    }

    service::SourceReport reportAt(const service::RefreshSummary &summary, const QString &path,
                                   const QString &host = QStringLiteral("127.0.0.1"))
    {
        const QString url = m_server.url(path, host).toString();
        for (const service::SourceReport &r : summary.sources) {
            if (r.url == url)
                return r;
        }
        ADD_FAILURE() << "no report for " << url.toStdString();
        return {};
    }

    Source sourceAt(const QString &path, const QString &host = QStringLiteral("127.0.0.1"))
    {
        return storage::SourceStore(m_context->profile().database()).byUrl(m_server.url(path, host).toString());
    }

    qint64 count(const QString &sql)
    {
        QSqlQuery q(m_context->profile().database());
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
    }

    // The article of an arXiv id (by its abstract page); id 0 when none.
    Article paper(const QString &arxivId)
    {
        QSqlQuery q(m_context->profile().database());
        q.prepare(QStringLiteral("SELECT id FROM articles WHERE url = ?"));
        q.addBindValue(QStringLiteral("https://arxiv.org/abs/") + arxivId);
        if (!q.exec() || !q.next())
            return {};
        return storage::ArticleStore(m_context->profile().database(), m_context->profile().timeZone())
            .article(q.value(0).toLongLong());
    }

    storage::PaperFacts facts(const QString &arxivId)
    {
        const qint64 id = paper(arxivId).id;
        return storage::PaperStore(m_context->profile().database()).paperFacts({id}).value(id);
    }

    qint64 m_edition = editions::kNewsId; // where serve() subscribes

    QString today() const
    {
        return storage::PreparedItems::dayOf(m_clock.nowUtc(), m_context->profile().timeZone());
    }
};

TEST_F(PaperSources, ListingsAndDailyPapersBecomeOneArticlePerArxivId)
{
    serveFixtures();
    const service::RefreshSummary summary = refresh();
    ASSERT_EQ(summary.sources.size(), 3);
    for (const service::SourceReport &r : summary.sources)
        EXPECT_EQ(r.outcome, Outcome::Ok) << r.url.toStdString() << ": " << r.message.toStdString();
    EXPECT_TRUE(summary.storageError.isEmpty()) << summary.storageError.toStdString();

    // cs.AI: 12345, 11111, 09876, hep-th/9901001, 10001 (and a notice that is
    // no paper); cs.CL: 12345 again (v2) and 13579; Hugging Face adds 20002.
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM articles")), 7);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM article_papers")), 7);
    EXPECT_EQ(summary.newArticles, 7);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM articles WHERE url = 'https://arxiv.org/abs/2406.12345'")), 1);

    // The cross-listed paper: stored once, its newest version, two listings, its upvotes.
    const Article crossListed = paper(QStringLiteral("2406.12345"));
    ASSERT_NE(crossListed.id, 0);
    EXPECT_EQ(crossListed.item.guid, QStringLiteral("arxiv:2406.12345"));
    EXPECT_EQ(crossListed.item.link, QStringLiteral("https://arxiv.org/abs/2406.12345"));
    EXPECT_TRUE(crossListed.item.summary.startsWith(QStringLiteral("Revised: agents ask"))) << crossListed.item.summary.toStdString();
    EXPECT_EQ(crossListed.item.author, QStringLiteral("Ada Lindqvist, Bo Chen, Carla Moreno, Dan Okafor"));
    EXPECT_TRUE(crossListed.item.tags.contains(QStringLiteral("cs.LG")));
    EXPECT_EQ(crossListed.sourceTitles.size(), 3); // cs.AI, cs.CL and Hugging Face
    const storage::PaperFacts cross = facts(QStringLiteral("2406.12345"));
    EXPECT_EQ(cross.version, 2);
    EXPECT_EQ(cross.listings, 2);
    EXPECT_EQ(cross.upvotes, 42);
    EXPECT_FALSE(cross.abstractMissing);
    EXPECT_EQ(storage::PaperStore(m_context->profile().database()).record(crossListed.id).announceType,
              QStringLiteral("cross"));

    // Hugging Face's upvotes, even 0; a paper only it lists: no listing.
    EXPECT_EQ(facts(QStringLiteral("2406.13579")).upvotes, 0);
    EXPECT_EQ(facts(QStringLiteral("2406.13579")).listings, 1);
    EXPECT_FALSE(facts(QStringLiteral("2406.13579")).abstractMissing); // cs.CL gave it; HF's empty one is not taken
    const storage::PaperFacts hfOnly = facts(QStringLiteral("2406.20002"));
    EXPECT_EQ(hfOnly.upvotes, 7);
    EXPECT_EQ(hfOnly.listings, 0);
    EXPECT_EQ(paper(QStringLiteral("2406.20002")).day, today()); // the day it was fetched for
    EXPECT_EQ(facts(QStringLiteral("2406.11111")).upvotes, -1); // unknown, not zero

    // Old-style ids too.
    EXPECT_EQ(facts(QStringLiteral("hep-th/9901001")).version, 2);

    // A paper without an abstract is kept with its title and says so.
    const Article bare = paper(QStringLiteral("2406.10001"));
    ASSERT_NE(bare.id, 0);
    EXPECT_EQ(bare.item.title, QStringLiteral("Withdrawn: Title Without an Abstract"));
    EXPECT_TRUE(bare.item.summary.isEmpty());
    EXPECT_TRUE(facts(QStringLiteral("2406.10001")).abstractMissing);

    // The sources took the listing's name.
    EXPECT_EQ(sourceAt(QStringLiteral("/rss/cs.AI")).title, QStringLiteral("arXiv cs.AI"));
}

TEST_F(PaperSources, DailyPapersAskForTheProfilesDay)
{
    serveFixtures();
    refresh();
    bool asked = false;
    for (const TestHttpRequest &request : m_server.requests()) {
        if (request.pathOnly() != "/api/daily_papers")
            continue;
        asked = true;
        const QUrlQuery query(QUrl(QString::fromLatin1(request.path)));
        EXPECT_EQ(query.queryItemValue(QStringLiteral("date")), today()) << request.path.toStdString();
    }
    EXPECT_TRUE(asked);
}

TEST_F(PaperSources, TheDateGoesIntoAPlaceholderOrAMissingQueryItem)
{
    const QDate day(2026, 11, 20);
    Source hf;
    hf.kind = SourceKind::HfDaily;
    hf.url = QStringLiteral("https://huggingface.co/api/daily_papers");
    EXPECT_EQ(service::PaperSourceParser::fetchUrl(hf, day).toString(),
              QStringLiteral("https://huggingface.co/api/daily_papers?date=2026-11-20"));
    hf.url = QStringLiteral("https://huggingface.co/api/daily_papers?limit=50&date=");
    EXPECT_EQ(QUrlQuery(service::PaperSourceParser::fetchUrl(hf, day)).queryItemValue(QStringLiteral("date")),
              QStringLiteral("2026-11-20"));
    hf.url = QStringLiteral("https://example.org/papers/{date}.json");
    EXPECT_EQ(service::PaperSourceParser::fetchUrl(hf, day).toString(),
              QStringLiteral("https://example.org/papers/2026-11-20.json"));
    hf.url = QStringLiteral("https://huggingface.co/api/daily_papers?date=2024-06-18"); // pinned by the user
    EXPECT_EQ(service::PaperSourceParser::fetchUrl(hf, day).toString(), hf.url);
    Source feed;
    feed.url = QStringLiteral("https://example.org/feed?date=");
    EXPECT_EQ(service::PaperSourceParser::fetchUrl(feed, day).toString(), feed.url);
}

TEST_F(PaperSources, NewestVersionWinsWhicheverListingIsStoredFirst)
{
    serveFixtures();
    // v2 (cs.CL) first, then v1 (cs.AI): v1 must not overwrite it.
    ASSERT_EQ(refreshOnly({QStringLiteral("/rss/cs.CL")}).sources.value(0).outcome, Outcome::Ok);
    ASSERT_EQ(refreshOnly({QStringLiteral("/rss/cs.AI")}).sources.value(0).outcome, Outcome::Ok);
    const Article stored = paper(QStringLiteral("2406.12345"));
    EXPECT_TRUE(stored.item.summary.startsWith(QStringLiteral("Revised: agents ask"))) << stored.item.summary.toStdString();
    EXPECT_EQ(stored.item.author, QStringLiteral("Ada Lindqvist, Bo Chen, Carla Moreno, Dan Okafor"));
    const storage::PaperFacts f = facts(QStringLiteral("2406.12345"));
    EXPECT_EQ(f.version, 2);
    EXPECT_EQ(f.listings, 2);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM articles WHERE url = 'https://arxiv.org/abs/2406.12345'")), 1);
}

TEST_F(PaperSources, ANewerVersionRewritesTheStoredPaper)
{
    serveFixtures();
    ASSERT_EQ(refreshOnly({QStringLiteral("/rss/cs.AI")}).sources.value(0).outcome, Outcome::Ok);
    const Article first = paper(QStringLiteral("2406.12345"));
    EXPECT_TRUE(first.item.summary.startsWith(QStringLiteral("We study"))) << first.item.summary.toStdString();
    EXPECT_EQ(facts(QStringLiteral("2406.12345")).version, 1);
    EXPECT_EQ(storage::PaperStore(m_context->profile().database()).record(first.id).announceType, QStringLiteral("new"));

    ASSERT_EQ(refreshOnly({QStringLiteral("/rss/cs.CL")}).sources.value(0).outcome, Outcome::Ok);
    const Article second = paper(QStringLiteral("2406.12345"));
    EXPECT_EQ(second.id, first.id);
    EXPECT_TRUE(second.item.summary.startsWith(QStringLiteral("Revised: agents ask"))) << second.item.summary.toStdString();
    EXPECT_EQ(facts(QStringLiteral("2406.12345")).version, 2);
    EXPECT_EQ(storage::PaperStore(m_context->profile().database()).record(first.id).announceType, QStringLiteral("cross"));
}

TEST_F(PaperSources, RateLimitedEmptyHtmlAndMalformedAnswersFailOnlyTheirOwnSource)
{
    serve("/rss/cs.AI", SourceKind::Arxiv, 200, testpaths::readAll(testpaths::fixture(QStringLiteral("papers/arxiv_cs.AI.xml"))), kRss);
    serve("/rss/cs.CL", SourceKind::Arxiv, 429, "Rate exceeded.", {{"Content-Type", "text/plain"}});
    serve("/rss/cs.LG", SourceKind::Arxiv, 200, "<!DOCTYPE html><html><head><title>arXiv</title></head><body>Maintenance</body></html>",
          {{"Content-Type", "text/html; charset=utf-8"}});
    serve("/rss/cs.CV", SourceKind::Arxiv, 200, "", kRss);
    serve("/api/daily_papers", SourceKind::HfDaily, 200, "[{\"paper\": {\"id\": \"2406.12345\", \"title\": ", kJson,
          QStringLiteral("localhost"));

    const service::RefreshSummary summary = refresh();
    ASSERT_EQ(summary.sources.size(), 5);
    const service::SourceReport ok = reportAt(summary, QStringLiteral("/rss/cs.AI"));
    EXPECT_EQ(ok.outcome, Outcome::Ok) << ok.message.toStdString();
    EXPECT_EQ(ok.newArticles, 5);

    const auto expectFailed = [&](const QString &path, const QString &host, const QString &words) {
        const service::SourceReport r = reportAt(summary, path, host);
        EXPECT_EQ(r.outcome, Outcome::Failed) << path.toStdString();
        EXPECT_TRUE(r.message.contains(words)) << path.toStdString() << ": " << r.message.toStdString();
        // The usual backoff: the failure is counted and the next attempt waits.
        const Source s = sourceAt(path, host);
        EXPECT_EQ(s.consecutiveFailures, 1) << path.toStdString();
        EXPECT_TRUE(s.nextAttempt.isValid() && s.nextAttempt > m_clock.nowUtc()) << path.toStdString();
        EXPECT_EQ(s.lastError, r.message);
    };
    expectFailed(QStringLiteral("/rss/cs.CL"), QStringLiteral("127.0.0.1"), QStringLiteral("HTTP 429 (too many requests)"));
    expectFailed(QStringLiteral("/rss/cs.LG"), QStringLiteral("127.0.0.1"), QStringLiteral("The arXiv listing cs.LG is not a feed"));
    expectFailed(QStringLiteral("/rss/cs.CV"), QStringLiteral("127.0.0.1"), QStringLiteral("The arXiv listing cs.CV is not a feed"));
    EXPECT_TRUE(reportAt(summary, QStringLiteral("/rss/cs.CV")).message.contains(QStringLiteral("empty")));
    expectFailed(QStringLiteral("/api/daily_papers"), QStringLiteral("localhost"),
                 QStringLiteral("The daily papers answer is not valid JSON"));

    EXPECT_EQ(summary.newArticles, 5);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM articles")), 5);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM article_papers")), 5);
}

TEST_F(PaperSources, RateLimitWithRetryAfterHtmlAndPaginatedDailyPapersFailAlone)
{
    serve("/rss/cs.AI", SourceKind::Arxiv, 200, testpaths::readAll(testpaths::fixture(QStringLiteral("papers/arxiv_cs.AI.xml"))), kRss);
    // The only source on its host, which asks to wait an hour.
    serve("/api/daily_papers", SourceKind::HfDaily, 429, "{\"error\":\"Rate limit reached\"}",
          {{"Content-Type", "application/json"}, {"Retry-After", "3600"}}, QStringLiteral("localhost"));
    // Another shape: a page of results instead of the list.
    serve("/api/paged", SourceKind::HfDaily, 200, "{\"papers\": [], \"next\": \"/api/paged?page=2\"}", kJson);
    // A login or challenge page instead of JSON.
    serve("/api/login", SourceKind::HfDaily, 200, "<!doctype html><html><body>Sign in</body></html>",
          {{"Content-Type", "text/html"}});

    const service::RefreshSummary summary = refresh();
    ASSERT_EQ(summary.sources.size(), 4);
    EXPECT_EQ(reportAt(summary, QStringLiteral("/rss/cs.AI")).outcome, Outcome::Ok);

    const service::SourceReport limited = reportAt(summary, QStringLiteral("/api/daily_papers"), QStringLiteral("localhost"));
    EXPECT_EQ(limited.outcome, Outcome::Failed);
    EXPECT_TRUE(limited.message.contains(QStringLiteral("HTTP 429"))) << limited.message.toStdString();
    EXPECT_TRUE(limited.message.contains(QStringLiteral("retry after"))) << limited.message.toStdString();
    const Source waiting = sourceAt(QStringLiteral("/api/daily_papers"), QStringLiteral("localhost"));
    EXPECT_EQ(waiting.consecutiveFailures, 1);
    EXPECT_GE(waiting.nextAttempt, m_clock.nowUtc().addSecs(3600)); // at least what the server asked

    const service::SourceReport paged = reportAt(summary, QStringLiteral("/api/paged"));
    EXPECT_EQ(paged.outcome, Outcome::Failed);
    EXPECT_TRUE(paged.message.contains(QStringLiteral("not a list of papers"))) << paged.message.toStdString();
    const service::SourceReport html = reportAt(summary, QStringLiteral("/api/login"));
    EXPECT_EQ(html.outcome, Outcome::Failed);
    EXPECT_TRUE(html.message.contains(QStringLiteral("HTML page"))) << html.message.toStdString();

    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM articles")), 5);
}

TEST_F(PaperSources, APartlyReadListingKeepsItsPapersWithAWarning)
{
    QByteArray listing = testpaths::readAll(testpaths::fixture(QStringLiteral("papers/arxiv_cs.AI.xml")));
    listing.truncate(listing.indexOf("<title>Sparse Mixtures")); // cut inside the third item
    ASSERT_GT(listing.size(), 0);
    serve("/rss/cs.AI", SourceKind::Arxiv, 200, listing, kRss);

    const service::RefreshSummary summary = refresh();
    ASSERT_EQ(summary.sources.size(), 1);
    const service::SourceReport r = summary.sources.first();
    EXPECT_EQ(r.outcome, Outcome::Partial);
    EXPECT_TRUE(r.message.contains(QStringLiteral("only partly read"))) << r.message.toStdString();
    EXPECT_GE(r.newArticles, 2);
    EXPECT_NE(paper(QStringLiteral("2406.12345")).id, 0);
    EXPECT_NE(paper(QStringLiteral("2406.11111")).id, 0);
    EXPECT_EQ(sourceAt(QStringLiteral("/rss/cs.AI")).lastError, r.message);
}

TEST_F(PaperSources, AnOrdinaryFeedIsStillReadAsAFeed)
{
    m_server.route("/feed.xml", [](const TestHttpRequest &, TestHttpResponder &res) {
        res.reply(200, rss(QStringLiteral("News"), {{QStringLiteral("A story"), QStringLiteral("Fri, 20 Nov 2026 09:00:00 GMT")}}), kRss);
    });
    addSource(QStringLiteral("/feed.xml"));
    const service::RefreshSummary summary = refresh();
    ASSERT_EQ(summary.sources.size(), 1);
    EXPECT_EQ(summary.sources.first().outcome, Outcome::Ok);
    EXPECT_EQ(summary.newArticles, 1);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM article_papers")), 0);
}

} // namespace

// The Papers edition end to end (issue 13): its sources fill its own day,
// the day is ranked and capped at the edition's top N, summarised offline
// with the papers structure, and exported as paper_… with the left-out count.
TEST_F(PaperSources, ThePapersDayIsRankedCappedSummarisedAndExportedUnderItsOwnNames)
{
    QSqlDatabase db = m_context->profile().database();
    Edition papers = storage::EditionStore(db).byKey(editions::kPapersKey);
    ASSERT_NE(papers.id, 0);
    papers.topN = 3;
    ASSERT_TRUE(storage::EditionStore(db).update(papers));
    m_edition = papers.id;
    serveFixtures();
    refresh();

    const QString day = QStringLiteral("2024-06-18"); // the listings' announcement day
    const QList<Article> stored = storage::ArticleStore(db, m_context->profile().timeZone(), papers.id).articlesForDay(day);
    ASSERT_GT(stored.size(), 3);
    EXPECT_TRUE(storage::ArticleStore(db, m_context->profile().timeZone()).articlesForDay(day).isEmpty())
        << "nothing lands in News";

    service::DigestBuildOptions options;
    options.offline = true;
    options.edition = papers.id;
    QSignalSpy finished(&m_context->digests(), &service::DigestService::finished);
    m_context->digests().build(day, options);
    ASSERT_TRUE(finished.wait(20000));
    const auto report = finished.first().first().value<service::DigestBuildReport>();
    EXPECT_EQ(report.editionKey, editions::kPapersKey);
    ASSERT_TRUE(report.error.isEmpty()) << report.error.toStdString();
    int summarised = 0;
    for (const service::SectionStatus &s : report.sections)
        summarised += s.sources;
    EXPECT_EQ(summarised, 3);
    ASSERT_EQ(report.leftOut.size(), 1);
    EXPECT_EQ(report.leftOut.first().count, int(stored.size()) - 3);

    // The most upvoted paper (Hugging Face's 42 for 2406.12345) is covered.
    const Digest digest = service::DigestReader::load(m_context->profile(), day, papers.id);
    EXPECT_EQ(digest.edition.key, editions::kPapersKey);
    QStringList urls;
    for (const DigestSection &section : digest.sections) {
        for (const DigestSource &source : section.sources)
            urls.append(source.url);
        if (!section.sources.isEmpty()) {
            EXPECT_FALSE(section.summaryMarkdown.isEmpty()) << section.categoryName.toStdString();
        }
    }
    EXPECT_EQ(urls.size(), 3);
    EXPECT_TRUE(urls.contains(QStringLiteral("https://arxiv.org/abs/2406.12345")));
    ASSERT_EQ(digest.leftOut.size(), 1);
    EXPECT_EQ(digest.leftOut.first().count, int(stored.size()) - 3);

    QTemporaryDir out;
    const exporter::ExportResult written =
        exporter::DigestExporter::exportDay(digest, out.path(), exporter::DigestExporter::Format::Markdown);
    ASSERT_TRUE(written.ok) << written.error.toStdString();
    QFile md(QDir(out.path()).filePath(QStringLiteral("paper_%1.md").arg(day)));
    ASSERT_TRUE(md.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(md.readAll());
    EXPECT_TRUE(text.startsWith(QStringLiteral(
        "# Daily Artificial Intelligence Insights : Papers![Category Distribution Graph](paper_2024-06-18.png)")));
    EXPECT_TRUE(text.contains(QString::number(stored.size() - 3))) << text.toStdString();
}

// The same day through an LLM that speaks OpenAI's wire format (streamed):
// the papers prompt, with the abstracts, goes out once per section of the
// top N, and each section is the model's.
TEST_F(PaperSources, ThePapersDayIsSummarisedThroughTheLlmWithThePapersPrompt)
{
    clitest::FakeOpenAiServer llm;
    QSqlDatabase db = m_context->profile().database();
    Settings &settings = m_context->profile().settings();
    ASSERT_TRUE(settings.set(SettingKey::Provider, QStringLiteral("openai")));
    ASSERT_TRUE(settings.set(SettingKey::BaseUrl, llm.baseUrl().toString()));
    ASSERT_TRUE(settings.set(SettingKey::Model, QStringLiteral("test-model")));
    bool stored = false;
    service::ApiKeyStore(m_secrets).store(QStringLiteral("openai"), QStringLiteral("sk-papers-test"),
                                          service::originOf(llm.baseUrl()),
                                          [&](secrets::SecretStore::Status, const QString &) { stored = true; });
    ASSERT_TRUE(QTest::qWaitFor([&] { return stored; }, 5000));
    ASSERT_TRUE(loadLlmClient().isEmpty());

    Edition papers = storage::EditionStore(db).byKey(editions::kPapersKey);
    papers.topN = 3;
    ASSERT_TRUE(storage::EditionStore(db).update(papers));
    m_edition = papers.id;
    serveFixtures();
    refresh();

    service::DigestBuildOptions options;
    options.edition = papers.id;
    QSignalSpy finished(&m_context->digests(), &service::DigestService::finished);
    m_context->digests().build(QStringLiteral("2024-06-18"), options);
    ASSERT_TRUE(finished.wait(30000));
    const auto report = finished.first().first().value<service::DigestBuildReport>();
    ASSERT_FALSE(report.sections.isEmpty());
    int summarised = 0;
    for (const service::SectionStatus &s : report.sections) {
        EXPECT_EQ(s.state, service::SectionStatus::State::Generated) << s.message.toStdString();
        summarised += s.sources;
    }
    EXPECT_EQ(summarised, 3);
    EXPECT_EQ(llm.summaryRequests(), report.sections.size());
    int papersPrompts = 0;
    for (const TestHttpRequest &request : llm.http().requests()) {
        if (request.body.contains("key results") && request.body.contains("Abstract:"))
            ++papersPrompts;
    }
    EXPECT_EQ(papersPrompts, report.sections.size());
}
