#include "UiFixture.h"

#include "model/Category.h"
#include "storage/EditionStore.h"
#include "ui/MainWindow.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

namespace uitest {

void UiFixture::SetUp()
{
    ASSERT_TRUE(m_dir.isValid());
    // The app's own QSettings (geometry, last day) go to the test folder.
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("appconf")));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings().clear();
    m_connection = QStringLiteral("ui-test-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString path = m_dir.filePath(QStringLiteral("profile.sqlite"));
    const auto opened = storage::Database::open(m_connection, path);
    ASSERT_TRUE(opened.ok) << opened.error.toStdString();
    m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("settings.ini")));
    ASSERT_TRUE(m_settings->set(SettingKey::TimeZone, QStringLiteral("UTC")));
    ASSERT_TRUE(m_settings->set(SettingKey::RefreshIntervalMin, 0));

    storage::CategoryStore(db()).seedDefaults(defaultCategories());
    Source src;
    src.url = QStringLiteral("https://news.example.org/feed.xml");
    src.title = QStringLiteral("Example News");
    const qint64 sourceId = storage::SourceStore(db()).add(src);
    ASSERT_GT(sourceId, 0);

    m_seed = {
        {QStringLiteral("2026-11-19"), QStringLiteral("Quantized transformer inference on phones"),
         QStringLiteral("https://news.example.org/a1"), QStringLiteral("inference")},
        {QStringLiteral("2026-11-19"), QStringLiteral("Zebrafish robot arm learns grasping"),
         QStringLiteral("https://news.example.org/a2"), QStringLiteral("robotics")},
        {QStringLiteral("2026-11-20"), QStringLiteral("New open LLM tops coding benchmark"),
         QStringLiteral("https://news.example.org/b1"), QStringLiteral("llm"), QStringLiteral("08")},
        {QStringLiteral("2026-11-20"), QStringLiteral("대형 언어 모델 한국어 평가 공개"),
         QStringLiteral("https://news.example.org/b2"), QStringLiteral("llm"), QStringLiteral("10")},
        {QStringLiteral("2026-11-20"), QStringLiteral("Vision model segments satellite images"),
         QStringLiteral("https://news.example.org/b3"), QStringLiteral("vision")},
        {QStringLiteral("2026-11-20"), QStringLiteral("Database vacuum tuning tips"),
         QStringLiteral("https://news.example.org/b4"), QString()},
    };
    storage::ArticleStore store(db(), QTimeZone::utc());
    for (const SeedArticle &s : std::as_const(m_seed)) {
        FeedItem item;
        item.guid = s.url;
        item.link = s.url;
        item.url = s.url;
        item.title = s.title;
        item.summary = s.title + QStringLiteral(" — details follow.");
        item.published = QDateTime(QDate::fromString(s.day, Qt::ISODate), QTime(s.hour.toInt(), 0), QTimeZone::utc());
        const auto stats = store.ingest(sourceId, {item}, m_clock.nowUtc());
        ASSERT_EQ(stats.inserted, 1) << stats.error.toStdString();
        const qint64 id = articleId(s.url);
        if (s.categoryKey.isEmpty())
            store.setClassification(id, categoryId(QStringLiteral("other")), false, 0.9, CategoryOrigin::Offline,
                                    QStringLiteral("no AI terms"));
        else
            store.setClassification(id, categoryId(s.categoryKey), true, 0.8, CategoryOrigin::Offline,
                                    QStringLiteral("keywords"));
    }
    SectionSummary sum;
    sum.day = QStringLiteral("2026-11-20");
    sum.categoryId = categoryId(QStringLiteral("llm"));
    sum.markdown = QStringLiteral("#### 주요 사건\n\n- A Korean evaluation suite was released [1].\n"
                                  "- An open model led the coding benchmark [2].\n\n"
                                  "<script>alert(1)</script> [site](javascript:alert(1))\n");
    sum.provenance.provider = QStringLiteral("offline");
    sum.provenance.createdAt = m_clock.nowUtc();
    storage::SummaryStore(db()).put(sum);

    m_writer = std::make_unique<storage::StorageWriter>(path, QTimeZone::utc());
    QString error;
    ASSERT_TRUE(m_writer->start(&error)) << error.toStdString();
}

void UiFixture::TearDown()
{
    m_writer.reset();
    storage::Database::close(m_connection);
}

qint64 UiFixture::categoryId(const QString &key) const
{
    return storage::CategoryStore(db()).byKey(key).id;
}

qint64 UiFixture::articleId(const QString &url) const
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT id FROM articles WHERE url = ?"));
    q.addBindValue(url);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

// The digest as the service's DigestReader presents it: one section per
// category with articles, sources in the day's order.
Digest UiFixture::digestFor(const QString &day, qint64 edition) const
{
    Digest d;
    d.day = day;
    d.edition = storage::EditionStore(db()).byId(edition);
    const QList<Article> articles = storage::ArticleStore(db(), QTimeZone::utc(), edition).articlesForDay(day);
    storage::SummaryStore summaries(db(), edition);
    for (const Category &c : storage::CategoryStore(db(), edition).all()) {
        DigestSection s;
        s.categoryId = c.id;
        s.categoryKey = c.key;
        s.categoryName = c.name;
        s.emoji = c.emoji;
        s.color = c.color;
        s.categoryPosition = c.position;
        for (const Article &a : articles) {
            if (a.isAi && a.categoryId == c.id)
                s.sources << DigestSource{a.id, a.item.title, a.item.url, a.sourceTitles.value(0)};
        }
        if (s.sources.isEmpty())
            continue;
        if (const auto sum = summaries.get(day, c.id)) {
            s.summaryMarkdown = sum->markdown;
            s.provenance = sum->provenance;
            s.error = sum->error;
        }
        d.sections << s;
    }
    sortDigestSections(d.sections);
    return d;
}

ui::MainWindowDeps UiFixture::deps()
{
    ui::MainWindowDeps d;
    d.readConnection = m_connection;
    d.settings = m_settings.get();
    d.secrets = &m_secrets;
    d.writer = m_writer.get();
    d.clock = &m_clock;
    d.jobs = &m_jobs;
    d.loadDigest = [this](const QString &day, qint64 edition) {
        Digest digest = digestFor(day, edition);
        if (leftOut)
            digest.leftOut = leftOut(day, edition);
        return digest;
    };
    return d;
}

std::unique_ptr<ui::MainWindow> UiFixture::showWindow()
{
    auto window = std::make_unique<ui::MainWindow>(deps());
    window->resize(1300, 850);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get())) {
        ADD_FAILURE() << "the main window was never exposed";
        return nullptr;
    }
    return window;
}

} // namespace uitest
