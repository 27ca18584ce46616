// The extractor on the readability corpus (issue 9, section 2): 87 real
// pages with the text Firefox's reader view extracts. Prints the word-level
// F1 per page, the mean, the pages at or above 0.90 and the exact titles,
// and writes them to <build>/tests/readability-corpus.txt.

#include "QStringPrinter.h"
#include "WordF1.h"
#include "html/HtmlText.h"
#include "html/ReadabilityExtractor.h"
#include "support/TestPaths.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <gtest/gtest.h>

namespace {

// The level this extractor reaches on the corpus (the target is 0.90).
constexpr double kMinimumMeanF1 = 0.90;

} // namespace

TEST(ReadabilityCorpus, MeanWordF1AndTitles)
{
    const QDir dir(testpaths::corpus(QStringLiteral("readability")));
    const QStringList cases = dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    ASSERT_GE(cases.size(), 80) << "corpus not found at " << dir.path().toStdString();

    QString report;
    QTextStream out(&report);
    double sum = 0;
    int atLeast90 = 0;
    int titles = 0;
    int notOk = 0;
    for (const QString &name : cases) {
        const QByteArray source = testpaths::readAll(dir.filePath(name + QStringLiteral("/source.html")));
        const QString expectedHtml =
            QString::fromUtf8(testpaths::readAll(dir.filePath(name + QStringLiteral("/expected.html"))));
        const QJsonObject meta =
            QJsonDocument::fromJson(testpaths::readAll(dir.filePath(name + QStringLiteral("/expected-metadata.json"))))
                .object();
        const html::Extraction e = html::extractArticle(source, QUrl(QStringLiteral("http://fakehost/test/page.html")));
        const QString expectedText = html::HtmlText::fromHtml(expectedHtml, html::HtmlText::Mode::AllText);
        const double f1 = wordF1(e.text, expectedText);
        const bool titleMatch = e.title == meta.value(QLatin1String("title")).toString();
        sum += f1;
        atLeast90 += f1 >= 0.90;
        titles += titleMatch;
        notOk += !e.ok;
        out << QString::asprintf("%-40s F1 %.3f  words %5d / %5d  title %s%s\n", qPrintable(name), f1, e.wordCount,
                                 html::WordCount::count(expectedText), titleMatch ? "ok " : "NO ",
                                 e.ok ? "" : qPrintable(QStringLiteral("  (not ok: ") + e.error + QLatin1Char(')')));
    }
    const double mean = sum / double(cases.size());
    out << QString::asprintf("pages %lld  mean F1 %.4f  pages >= 0.90: %d  exact titles: %d  not ok: %d\n",
                             qlonglong(cases.size()), mean, atLeast90, titles, notOk);
    out.flush();
    std::printf("%s", qPrintable(report));
    QFile log(QStringLiteral(DI_BINARY_DIR "/tests/readability-corpus.txt"));
    if (log.open(QIODevice::WriteOnly | QIODevice::Truncate))
        log.write(report.toUtf8());
    EXPECT_GE(mean, kMinimumMeanF1);
}
