#include "ui/CategoryListModel.h"
#include "ui/CategoryText.h"
#include "ui/EditionChoice.h"
#include "ui/DayRepository.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>
#include <gtest/gtest.h>

TEST(Translations, KoreanIsCompiledInAndUsed)
{
    QTranslator ko;
    ASSERT_TRUE(ko.load(QLocale(QStringLiteral("ko_KR")), QStringLiteral("daily-insights"), QStringLiteral("_"),
                        QStringLiteral(":/i18n")));
    ASSERT_TRUE(QCoreApplication::installTranslator(&ko));
    ui::CategoryListModel model;
    model.setData({}, {}, 0, 4);
    const QString all = model.data(model.index(0), Qt::DisplayRole).toString();
    const QString notAi = model.data(model.index(1), Qt::DisplayRole).toString();
    QCoreApplication::removeTranslator(&ko);
    EXPECT_TRUE(all.contains(QStringLiteral("전체"))) << all.toStdString();
    EXPECT_EQ(notAi, QStringLiteral("AI 아님 (4)"));
}

// Every shipped category text is marked for translation, so a Korean UI never
// shows a built-in category in English; a user's own name stays as typed.
TEST(Translations, ShippedCategoryTextsAreTranslatable)
{
    const QList<Category> defaults = defaultCategories() + defaultPaperCategories();
    ASSERT_GT(defaults.size(), defaultCategories().size());
    for (const Category &c : defaults) {
        EXPECT_TRUE(ui::categoryTextIsTranslatable(c.name)) << c.name.toStdString();
        EXPECT_TRUE(ui::categoryTextIsTranslatable(c.description)) << c.description.toStdString();
    }
    Category own;
    own.name = QStringLiteral("My watchlist");
    EXPECT_FALSE(ui::categoryTextIsTranslatable(own.name));
    EXPECT_EQ(ui::categoryDisplayName(own), own.name);
}

TEST(Translations, BuiltInCategoriesReadInKorean)
{
    QTranslator ko;
    ASSERT_TRUE(ko.load(QLocale(QStringLiteral("ko_KR")), QStringLiteral("daily-insights"), QStringLiteral("_"),
                        QStringLiteral(":/i18n")));
    ASSERT_TRUE(QCoreApplication::installTranslator(&ko));
    QStringList untranslated;
    for (const Category &c : defaultCategories() + defaultPaperCategories()) {
        if (c.key != QLatin1String("llm") && ui::categoryDisplayName(c) == c.name)
            untranslated << c.name;
        if (ui::categoryDisplayDescription(c) == c.description)
            untranslated << c.description;
    }
    QCoreApplication::removeTranslator(&ko);
    EXPECT_TRUE(untranslated.isEmpty()) << untranslated.join(QLatin1Char('\n')).toStdString();
}

TEST(Translations, TheShippedEditionsReadInKoreanAndAUsersNameStays)
{
    QTranslator ko;
    ASSERT_TRUE(ko.load(QLocale(QStringLiteral("ko_KR")), QStringLiteral("daily-insights"), QStringLiteral("_"),
                        QStringLiteral(":/i18n")));
    ASSERT_TRUE(QCoreApplication::installTranslator(&ko));
    Edition own = editions::news();
    own.name = QStringLiteral("Morning news");
    const QString news = ui::editionDisplayName(editions::news());
    const QString papers = ui::editionDisplayName(editions::papers());
    const QString mine = ui::editionDisplayName(own);
    QCoreApplication::removeTranslator(&ko);
    EXPECT_EQ(news, QStringLiteral("뉴스"));
    EXPECT_EQ(papers, QStringLiteral("논문"));
    EXPECT_EQ(mine, own.name);
}
