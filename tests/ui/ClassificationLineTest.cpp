// Issue 11 §3: the article pane and the list's tooltip say who classified an
// article, how sure it was and why; feed and LLM text stay plain text.

#include "ui/ArticleHtml.h"
#include "ui/DayRepository.h"
#include "ui/SourceListModel.h"

#include <QRegularExpression>
#include <QTimeZone>

#include <gtest/gtest.h>

using ui::ArticleHtml;

namespace {

Article classified(CategoryOrigin origin, double confidence, const QString &reason)
{
    Article a;
    a.id = 7;
    a.day = QStringLiteral("2026-11-20");
    a.item.title = QStringLiteral("Model <b>release</b>");
    a.item.url = QStringLiteral("https://news.example/7");
    a.firstSeen = QDateTime(QDate(2026, 11, 20), QTime(9, 0), QTimeZone::utc());
    a.origin = origin;
    a.confidence = confidence;
    a.reason = reason;
    a.categoryId = 1;
    return a;
}

} // namespace

TEST(ClassificationLine, SaysWhoHowSureAndWhy)
{
    EXPECT_EQ(ArticleHtml::classification(classified(CategoryOrigin::None, 0, QString())), QString());
    const QString local = ArticleHtml::classification(
        classified(CategoryOrigin::Offline, 0.734, QStringLiteral("local model: LLM (gpt, chatbot)")));
    EXPECT_TRUE(local.contains(QStringLiteral("73 %"))) << local.toStdString();
    EXPECT_TRUE(local.contains(QStringLiteral("gpt, chatbot"))) << local.toStdString();
    const QString llm = ArticleHtml::classification(classified(CategoryOrigin::Llm, 0.9, QStringLiteral("a model launch")));
    EXPECT_TRUE(llm.contains(QStringLiteral("LLM"))) << llm.toStdString();
    EXPECT_TRUE(llm.contains(QStringLiteral("90 %")));
    EXPECT_TRUE(llm.contains(QStringLiteral("a model launch")));
    EXPECT_FALSE(ArticleHtml::classification(classified(CategoryOrigin::User, 1, QString())).isEmpty());
}

TEST(ClassificationLine, IsInThePaneEscapedAndInTheTooltip)
{
    ui::ArticleContent content;
    content.article = classified(CategoryOrigin::Llm, 0.8, QStringLiteral("<img src=x> because"));
    const ArticleHtml::Document doc = ArticleHtml::build(content, QTimeZone::utc());
    EXPECT_TRUE(doc.html.contains(QStringLiteral("80 %"))) << doc.html.toStdString();
    EXPECT_TRUE(doc.html.contains(QStringLiteral("&lt;img src=x&gt; because"))) << doc.html.toStdString();
    EXPECT_FALSE(doc.html.contains(QStringLiteral("<img src=x>")));

    ui::SourceListModel model;
    model.setTimeZone(QTimeZone::utc());
    model.setArticles({content.article});
    const QString tip = model.data(model.index(0, 0), Qt::ToolTipRole).toString();
    EXPECT_TRUE(tip.contains(QRegularExpression(QStringLiteral("80.%")))) << tip.toStdString(); // the space may be U+00A0
    EXPECT_FALSE(tip.contains(QStringLiteral("<img src=x>"))) << tip.toStdString();
}
