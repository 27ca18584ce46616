// Issue 9 §4 in the window: the "All" page opens with the day's briefing,
// its [n] go through the citation handler to the briefing's sources, model
// text stays text, and the category counts follow as before.

#include "UiFixture.h"

#include "ui/BriefingText.h"
#include "ui/CategorySidebar.h"
#include "ui/DayRepository.h"
#include "ui/ExportDialog.h"
#include "ui/MainWindow.h"
#include "ui/SafeTextBrowser.h"
#include "ui/SourceListModel.h"
#include "ui/SourceView.h"

#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>

using namespace uitest;

namespace {

class BriefingWindowTest : public UiFixture
{
protected:
    void SetUp() override
    {
        UiFixture::SetUp();
        // Cites the day's oldest AI article first, then the middle one, so the
        // briefing's [n] are not the list's natural (newest first) rows.
        m_b1 = articleId(QStringLiteral("https://news.example.org/b1"));
        m_b3 = articleId(QStringLiteral("https://news.example.org/b3"));
        ui::MainWindowDeps d = deps();
        d.loadDigest = [this](const QString &day, qint64) { return withBriefing(day); };
        window = std::make_unique<ui::MainWindow>(d);
        window->resize(1300, 850);
        window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
        window->openDay(QStringLiteral("2026-11-20"));
        window->selectCategory(ui::kAllCategories);
    }
    Digest withBriefing(const QString &day) const
    {
        Digest digest = digestFor(day);
        digest.language = QStringLiteral("ko");
        if (day != QStringLiteral("2026-11-20"))
            return digest;
        digest.briefing.day = day;
        digest.briefing.items = {
            {QStringLiteral("공개 모델이 코딩 벤치마크 1위에 올랐다."), {1}},
            {QStringLiteral("Satellite segmentation <b>improves</b> [x](javascript:alert(1))"), {2}},
            {QStringLiteral("두 소식 모두 오픈 모델의 약진을 보여 준다."), {1, 2}}};
        digest.briefing.articleIds = {m_b1, m_b3};
        digest.briefing.provenance.provider = QStringLiteral("openai");
        digest.briefing.provenance.model = QStringLiteral("gpt-test");
        digest.briefingSources = {DigestSource{m_b1, QStringLiteral("New open LLM tops coding benchmark"),
                                               QStringLiteral("https://news.example.org/b1"), QString()},
                                  DigestSource{m_b3, QStringLiteral("Vision model segments satellite images"),
                                               QStringLiteral("https://news.example.org/b3"), QString()}};
        return digest;
    }
    void TearDown() override
    {
        window.reset();
        UiFixture::TearDown();
    }
    ui::SafeTextBrowser *browser()
    {
        return window->findChild<ui::SafeTextBrowser *>(QStringLiteral("summaryBrowser"));
    }
    ui::SourceListModel *model()
    {
        return qobject_cast<ui::SourceListModel *>(
            window->findChild<ui::SourceView *>(QStringLiteral("sourceView"))->model());
    }
    void clickText(const QString &needle, int occurrence = 0)
    {
        QTextCursor c(browser()->document());
        for (int i = 0; i <= occurrence; ++i)
            c = browser()->document()->find(needle, c);
        ASSERT_FALSE(c.isNull()) << needle.toStdString();
        QTextCursor mid(browser()->document());
        mid.setPosition(c.selectionStart() + 1);
        browser()->ensureCursorVisible();
        QTest::mouseClick(browser()->viewport(), Qt::LeftButton, {}, browser()->cursorRect(mid).center());
    }

    std::unique_ptr<ui::MainWindow> window;
    qint64 m_b1 = 0;
    qint64 m_b3 = 0;
};

} // namespace

TEST_F(BriefingWindowTest, TheAllPageOpensWithTheBriefingThenTheCounts)
{
    ASSERT_EQ(window->currentCategory(), ui::kAllCategories);
    const QString text = browser()->toPlainText();
    const qsizetype heading = text.indexOf(ui::BriefingText::heading());
    ASSERT_GE(heading, 0) << text.toStdString();
    const qsizetype first = text.indexOf(QStringLiteral("공개 모델이 코딩 벤치마크 1위에 올랐다."));
    const qsizetype counts = text.indexOf(QStringLiteral("AI article"));
    EXPECT_LT(heading, first);
    EXPECT_LT(first, counts) << "the counts follow the briefing";
    EXPECT_TRUE(text.contains(QStringLiteral("by gpt-test (openai)")));
    // Model text is text: no bold, no link but the citations.
    EXPECT_TRUE(text.contains(QStringLiteral("Satellite segmentation <b>improves</b> [x](javascript:alert(1))")))
        << text.toStdString();
    for (QTextBlock block = browser()->document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat f = it.fragment().charFormat();
            if (f.isAnchor()) {
                EXPECT_TRUE(f.anchorHref().startsWith(QLatin1String("cite:"))) << f.anchorHref().toStdString();
            }
        }
    }
}

TEST_F(BriefingWindowTest, ItsCitationsSelectTheBriefingsSources)
{
    // The page's list starts with the briefing's sources, in citation order.
    ASSERT_GE(model()->rowCount(), 3);
    EXPECT_EQ(model()->articleAt(0)->id, m_b1);
    EXPECT_EQ(model()->articleAt(1)->id, m_b3);

    clickText(QStringLiteral("[2]"));
    ASSERT_EQ(model()->highlightedRow(), 1);
    EXPECT_EQ(model()->articleAt(model()->highlightedRow())->id, m_b3);
    clickText(QStringLiteral("[1]"));
    ASSERT_EQ(model()->highlightedRow(), 0);
    EXPECT_EQ(model()->articleAt(model()->highlightedRow())->id, m_b1);
}

TEST_F(BriefingWindowTest, ADayWithoutABriefingShowsTheCountsAsBefore)
{
    window->openDay(QStringLiteral("2026-11-19"));
    const QString text = browser()->toPlainText();
    EXPECT_FALSE(text.contains(ui::BriefingText::heading()));
    EXPECT_TRUE(text.startsWith(QStringLiteral("2 AI article"))) << text.toStdString();
}

TEST_F(BriefingWindowTest, TheExportDialogsBriefingOptionIsOnAndDecidesTheMarkdown)
{
    QTemporaryDir out;
    ui::ExportDialog dialog([this](const QString &d) { return withBriefing(d); }, QStringLiteral("2026-11-20"),
                            {QStringLiteral("2026-11-20")});
    dialog.setFolder(out.path());
    auto *option = dialog.findChild<QCheckBox *>(QStringLiteral("exportBriefing"));
    ASSERT_NE(option, nullptr);
    EXPECT_TRUE(option->isChecked()) << "on by default";
    const auto exported = [&] {
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("exportRunButton")), Qt::LeftButton);
        QFile f(out.filePath(QStringLiteral("news_2026-11-20.md")));
        EXPECT_TRUE(f.open(QIODevice::ReadOnly));
        return QString::fromUtf8(f.readAll());
    };
    const QString with = exported();
    EXPECT_TRUE(with.contains(QStringLiteral("## 📌 오늘의 핵심\n\n- 공개 모델이 코딩 벤치마크 1위에 올랐다. [1]\n")))
        << with.toStdString();
    QTest::mouseClick(option, Qt::LeftButton);
    EXPECT_FALSE(option->isChecked());
    EXPECT_FALSE(exported().contains(QStringLiteral("오늘의 핵심")));
}
