#include "ui/CategoryListModel.h"
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
