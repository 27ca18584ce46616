// Issue 8 items 6 and 15: feed text, category names and summaries are data
// in the window; a chart click never frees the chart under its own signal.
#include "UiFixture.h"

#include "ui/CategorySidebar.h"
#include "ui/ChartPanel.h"
#include "ui/MainWindow.h"
#include "ui/SafeTextBrowser.h"
#include "ui/SearchPanel.h"
#include "ui/SourceListModel.h"

#include <QBarSet>
#include <QBuffer>
#include <QChart>
#include <QChartView>
#include <QFile>
#include <QImage>
#include <QLineEdit>
#include <QPointer>
#include <QStackedBarSeries>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTreeWidget>

using namespace uitest;

namespace {

const QString kHostileName = QStringLiteral("[x](javascript:alert(1)) ![i](file:///etc/hostname) <b>b</b>");
const QString kHostileTitle = QStringLiteral("<img src=\"file:///etc/hostname\">Hostile <b>bold</b> model");

// How Qt shows a tooltip: as rich text when it looks like rich text.
QString shownTooltip(const QString &tooltip)
{
    QTextDocument doc;
    if (Qt::mightBeRichText(tooltip))
        doc.setHtml(tooltip);
    else
        doc.setPlainText(tooltip);
    return doc.toPlainText();
}

struct Inline
{
    int anchors = 0;
    int images = 0;
};

Inline inlineObjects(const QTextDocument *doc)
{
    Inline found;
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat f = it.fragment().charFormat();
            found.anchors += f.isAnchor() ? 1 : 0;
            found.images += f.isImageFormat() ? 1 : 0;
        }
    }
    return found;
}

// What a resource answer would draw, whatever type it came in.
QImage asImage(const QVariant &v)
{
    if (v.typeId() == QMetaType::QImage)
        return v.value<QImage>();
    if (v.typeId() == QMetaType::QPixmap)
        return v.value<QPixmap>().toImage();
    return QImage::fromData(v.toByteArray());
}

class UntrustedTextTest : public UiFixture
{
protected:
    void SetUp() override
    {
        UiFixture::SetUp();
        // A category named to break Markdown, and an article titled to
        // become rich text.
        storage::CategoryStore categories(db());
        Category llm = categories.byKey(QStringLiteral("llm"));
        llm.name = kHostileName;
        ASSERT_TRUE(categories.update(llm));
        storage::ArticleStore store(db(), QTimeZone::utc());
        FeedItem item;
        item.url = item.link = item.guid = QStringLiteral("https://news.example.org/hostile");
        item.title = kHostileTitle;
        item.summary = QStringLiteral("Hostile details.");
        item.published = QDateTime(QDate(2026, 11, 20), QTime(7, 0), QTimeZone::utc());
        const qint64 source = storage::SourceStore(db()).all().first().id;
        ASSERT_EQ(store.ingest(source, {item}, m_clock.nowUtc()).inserted, 1);
        store.setClassification(articleId(item.url), llm.id, true, 0.8, CategoryOrigin::Offline, QString());

        window = showWindow();
        ASSERT_TRUE(window);
    }
    void TearDown() override
    {
        window.reset();
        UiFixture::TearDown();
    }
    template <typename T> T *find(const char *name)
    {
        return childNamed<T>(window.get(), name);
    }

    std::unique_ptr<ui::MainWindow> window;
};

} // namespace

TEST(SafeTextBrowser, AnswersEveryResourceWithAnEmptyOneSoTheDocumentLoadsNothing)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    QImage red(4, 4, QImage::Format_RGB32);
    red.fill(Qt::red);
    const QString png = dir.filePath(QStringLiteral("secret.png"));
    ASSERT_TRUE(red.save(png));
    {
        QFile css(png + QStringLiteral(".css"));
        ASSERT_TRUE(css.open(QIODevice::WriteOnly));
        css.write("body { color: red }");
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    red.save(&buffer, "PNG");

    ui::SafeTextBrowser browser;
    QTextDocument *doc = browser.document();
    for (const QUrl &url : {QUrl::fromLocalFile(png),
                            QUrl(QStringLiteral("data:image/png;base64,") + QString::fromLatin1(bytes.toBase64())),
                            QUrl(QStringLiteral("qrc:/icons/daily-insights.svg"))}) {
        SCOPED_TRACE(url.toString().left(60).toStdString());
        const QVariant v = doc->resource(QTextDocument::ImageResource, url);
        EXPECT_FALSE(v.isNull()); // a null answer lets QTextDocument fetch it itself
        EXPECT_TRUE(asImage(v).isNull());
    }
    EXPECT_TRUE(doc->resource(QTextDocument::StyleSheetResource, QUrl::fromLocalFile(png + QStringLiteral(".css")))
                    .toString()
                    .isEmpty());

    // Through Markdown, as a summary would ask for it.
    const QUrl file = QUrl::fromLocalFile(dir.filePath(QStringLiteral("other.png")));
    ASSERT_TRUE(red.save(file.toLocalFile()));
    doc->setMarkdown(QStringLiteral("![x](%1)").arg(file.toString()));
    browser.resize(300, 200);
    browser.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&browser));
    browser.grab(); // lays out and paints: the image is asked for
    EXPECT_TRUE(asImage(doc->resource(QTextDocument::ImageResource, file)).isNull());
}

TEST(SourceListModel, TooltipsShowFeedTextAsText)
{
    ui::SourceListModel model;
    Article a;
    a.id = 1;
    a.item.title = kHostileTitle;
    a.item.url = QStringLiteral("https://example.com/a?x=1&y=<2>");
    model.setArticles({a});
    const QString tip = model.index(0, ui::SourceListModel::TitleColumn).data(Qt::ToolTipRole).toString();
    EXPECT_EQ(shownTooltip(tip), kHostileTitle + QLatin1Char('\n') + a.item.url);
}

TEST_F(UntrustedTextTest, SearchResultTooltipsShowFeedTextAsText)
{
    auto *field = find<QLineEdit>("searchField");
    QTest::keyClicks(field, QStringLiteral("hostile"));
    QTest::keyClick(field, Qt::Key_Return);
    auto *panel = find<ui::SearchPanel>("searchPanel");
    ASSERT_TRUE(QTest::qWaitFor([&] { return !panel->isSearching() && panel->shownTicket() != 0; }, 30000));
    auto *results = find<QTreeWidget>("searchResults");
    ASSERT_GE(panel->resultCount(), 1);
    QTreeWidgetItem *hit = results->topLevelItem(0)->child(0);
    QString tip;
    for (int c = 0; c < results->columnCount(); ++c)
        tip += hit->toolTip(c);
    ASSERT_FALSE(tip.isEmpty());
    EXPECT_TRUE(shownTooltip(tip).contains(kHostileTitle)) << shownTooltip(tip).toStdString();
}

TEST_F(UntrustedTextTest, CategoryNamesAreTextInTheOverview)
{
    ASSERT_TRUE(find<ui::CategorySidebar>("categorySidebar")->selectCategory(ui::kAllCategories));
    auto *browser = find<ui::SafeTextBrowser>("summaryBrowser");
    const Inline found = inlineObjects(browser->document());
    EXPECT_EQ(found.anchors, 0);
    EXPECT_EQ(found.images, 0);
    EXPECT_TRUE(browser->toPlainText().contains(kHostileName)) << browser->toPlainText().toStdString();
}

// Item 6: clicking a bar of the trend chart opens that day, which draws a
// new chart; the old one (whose bar is still inside its clicked signal)
// must outlive the click. Under AddressSanitizer the old code is a
// use-after-free; here it is also seen directly.
TEST_F(UntrustedTextTest, ClickingATrendBarKeepsTheChartAliveUntilTheClickIsOver)
{
    auto *panel = find<ui::ChartPanel>("chartPanel");
    panel->setView(ui::ChartPanel::View::Trend7);
    QChartView *view = panel->chartView();
    QPointer<QChart> chart = view->chart();
    ASSERT_TRUE(chart);
    auto *series = qobject_cast<QStackedBarSeries *>(chart->series().value(0));
    ASSERT_NE(series, nullptr);
    ASSERT_FALSE(series->barSets().isEmpty());
    ASSERT_EQ(series->barSets().first()->count(), 7); // one bar per day

    // The first bar drawn on 11-19 (index 5), hit in its middle.
    const int day = 5;
    qreal base = 0;
    QBarSet *target = nullptr;
    for (QBarSet *set : series->barSets()) {
        if (set->at(day) > 0) {
            target = set;
            break;
        }
        base += set->at(day);
    }
    ASSERT_NE(target, nullptr);
    view->resize(900, 500);
    QTest::qWait(0);
    const QPointF inChart = chart->mapToPosition(QPointF(day, base + target->at(day) / 2), series);
    const QPoint at = view->mapFromScene(chart->mapToScene(inChart));
    int clicks = 0;
    QObject::connect(target, &QBarSet::clicked, target, [&clicks](int) { ++clicks; });

    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
    ASSERT_EQ(clicks, 1) << "the click missed the bar";
    EXPECT_EQ(window->currentDay(), QStringLiteral("2026-11-19"));
    EXPECT_NE(view->chart(), chart.data()); // a new chart is shown...
    EXPECT_FALSE(chart.isNull());           // ...and the old one was not freed under the click
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    EXPECT_TRUE(chart.isNull()); // but it goes once the click is over
}
