// A refused link and a browser that did not start are told apart.
#include "ui/ExternalLinks.h"

#include <gtest/gtest.h>

using ui::ExternalLinks;

namespace {

class ExternalLinksTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ExternalLinks::setOpener([this](const QUrl &u) {
            asked << u;
            return browserStarts;
        });
    }
    void TearDown() override
    {
        ExternalLinks::setOpener([](const QUrl &) { return false; });
    }

    QList<QUrl> asked;
    bool browserStarts = true;
};

} // namespace

TEST_F(ExternalLinksTest, AWebLinkGoesToTheOpener)
{
    const QUrl url(QStringLiteral("https://example.org/a"));
    EXPECT_EQ(ExternalLinks::openLink(url), ExternalLinks::Result::Opened);
    EXPECT_EQ(asked, QList<QUrl>{url});
    EXPECT_EQ(ExternalLinks::failureText(ExternalLinks::Result::Opened, url), QString());
}

TEST_F(ExternalLinksTest, ABrowserThatDidNotStartIsNotCalledARefusedScheme)
{
    browserStarts = false;
    const QUrl url(QStringLiteral("https://example.org/a"));
    const ExternalLinks::Result result = ExternalLinks::openLink(url);
    EXPECT_EQ(result, ExternalLinks::Result::NoBrowser);
    EXPECT_EQ(asked.size(), 1);
    const QString text = ExternalLinks::failureText(result, url);
    EXPECT_EQ(text, QStringLiteral("Could not start the web browser for https://example.org/a"));
    EXPECT_FALSE(text.contains(QStringLiteral("Only http"))) << text.toStdString();
}

TEST_F(ExternalLinksTest, OtherSchemesAreRefusedWithoutAskingTheOpener)
{
    for (const char *link : {"file:///etc/passwd", "javascript:alert(1)", "ftp://example.org/x", "https:///nohost"}) {
        const QUrl url(QString::fromLatin1(link));
        const ExternalLinks::Result result = ExternalLinks::openLink(url);
        EXPECT_EQ(result, ExternalLinks::Result::NotAWebLink) << link;
        EXPECT_TRUE(ExternalLinks::failureText(result, url).startsWith(QStringLiteral("Only http(s) links are opened")))
            << link;
    }
    EXPECT_TRUE(asked.isEmpty());
}
