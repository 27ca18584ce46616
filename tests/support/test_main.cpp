#include <QApplication>
#include <gtest/gtest.h>

// Every suite runs under the offscreen platform: gtest_discover_tests runs
// the binary at build time, where the ctest ENVIRONMENT does not apply.
int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    app.setOrganizationName(QStringLiteral("DailyInsightsTests"));
    app.setApplicationName(QStringLiteral("daily-insights-tests"));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
