#include "fetch/FetchErrors.h"
#include "fetch/StoredErrorText.h"

#include <QCoreApplication>
#include <QTranslator>
#include <QUrl>
#include <gtest/gtest.h>

namespace {

// Answers every FeedFetcher text with a marker, as ko.qm will with Korean.
class MarkingTranslator : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        if (qstrcmp(context, "FeedFetcher") != 0)
            return QString();
        return QStringLiteral("KO[%1]").arg(QString::fromUtf8(source));
    }
};

} // namespace

// Issue 12 item 9: a last error stored in English (by the command line) is
// shown through the translation, its argument kept.
TEST(StoredErrorText, KnownFetcherTextsAreTranslatedAgainWithTheirArgument)
{
    // What the fetcher stored, without a translator (the CLI in English).
    const QString http404 = fetch::describeHttpStatus(404);
    const QString http500 = fetch::describeHttpStatus(500);
    const QString http429 = fetch::describeHttpStatus(429);
    const QString refused = fetch::describeNetworkError(QNetworkReply::ConnectionRefusedError, QString(),
                                                        QUrl(QStringLiteral("https://news.example.org/feed")));
    const QString unknown = QStringLiteral("not a feed: the document is HTML");
    EXPECT_EQ(fetch::displayedFetchError(http404), http404); // no translator: as stored

    MarkingTranslator ko;
    ASSERT_TRUE(QCoreApplication::installTranslator(&ko));
    const QString shown404 = fetch::displayedFetchError(http404);
    const QString shown500 = fetch::displayedFetchError(http500);
    const QString shown429 = fetch::displayedFetchError(http429);
    const QString shownRefused = fetch::displayedFetchError(refused);
    const QString shownUnknown = fetch::displayedFetchError(unknown);
    QCoreApplication::removeTranslator(&ko);

    EXPECT_EQ(shown404, QStringLiteral("KO[HTTP 404]"));
    EXPECT_EQ(shown500, QStringLiteral("KO[HTTP 500]"));
    EXPECT_EQ(shown429, QStringLiteral("KO[HTTP 429 (too many requests)]"));
    EXPECT_EQ(shownRefused, QStringLiteral("KO[connection refused by news.example.org]"));
    EXPECT_EQ(shownUnknown, unknown);
}
