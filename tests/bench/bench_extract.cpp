// Reader timings (issue 9, section 2): readability extraction of the
// corpus pages of about 300 KB (target <= 15 ms each) and sanitising a
// generated 200 KB article (the sanitise part of the <= 30 ms
// sanitise-and-show target; the window's bench measures the show part).
// Prints numbers; asserts nothing.

#include "html/HtmlSanitizer.h"
#include "html/ReadabilityExtractor.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <vector>

namespace {

struct Timing
{
    double medianMs = 0;
    double cpuMsPerRun = 0;
};

template <typename F> Timing time(int rounds, F &&f)
{
    std::vector<double> ms;
    const std::clock_t cpuStart = std::clock();
    for (int r = 0; r < rounds; ++r) {
        QElapsedTimer t;
        t.start();
        f();
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    return {ms[ms.size() / 2], 1000.0 * double(std::clock() - cpuStart) / CLOCKS_PER_SEC / rounds};
}

QString generatedArticle(qsizetype targetBytes)
{
    QString out = QStringLiteral("<article><h1>A long article</h1>");
    for (int i = 0; out.size() < targetBytes; ++i) {
        out += QStringLiteral(
                   "<p class=\"para\" style=\"margin:0\" onclick=\"track(%1)\">Paragraph %1 of the report: the lab "
                   "<a href=\"/news/%1?utm=x\" rel=\"nofollow\">released</a> a model that is <em>smaller</em> and "
                   "<strong>faster</strong>, with results on <code>reasoning</code> and retrieval; independent "
                   "groups reproduced them &amp; agree within a point.<img src=\"/img/%1.png\" alt=\"chart %1\"></p>")
                   .arg(i);
        if (i % 10 == 0)
            out += QStringLiteral("<ul><li>first point</li><li>second point</li></ul><script>var x = %1;</script>"
                                  "<div class=\"ad\"><iframe src=\"https://ads.example/%1\"></iframe></div>")
                       .arg(i);
        if (i % 25 == 0)
            out += QStringLiteral("<table><tr><th>model</th><th>score</th></tr><tr><td>a</td><td>1</td></tr>"
                                  "<tr><td>b</td><td>2</td></tr></table>");
    }
    return out + QStringLiteral("</article>");
}

} // namespace

int main()
{
    const QDir dir(QStringLiteral(DI_CORPUS_DIR "/readability"));
    const QStringList cases = dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    std::printf("readability extraction, corpus pages of 250-400 KB (median of 20 runs, CPU ms per run):\n");
    double worst = 0;
    for (const QString &name : cases) {
        QFile f(dir.filePath(name + QStringLiteral("/source.html")));
        if (!f.open(QIODevice::ReadOnly) || f.size() < 250'000 || f.size() > 400'000)
            continue;
        const QByteArray page = f.readAll();
        const QUrl url(QStringLiteral("http://fakehost/test/page.html"));
        const Timing t = time(20, [&] { (void)html::extractArticle(page, url); });
        worst = std::max(worst, t.medianMs);
        std::printf("  %-22s %4lld KB  %6.2f ms  (CPU %6.2f ms)\n", qPrintable(name), qlonglong(page.size() / 1024),
                    t.medianMs, t.cpuMsPerRun);
    }
    std::printf("  worst median: %.2f ms (target <= 15 ms)\n", worst);

    qint64 allBytes = 0;
    QList<QByteArray> pages;
    for (const QString &name : cases) {
        QFile f(dir.filePath(name + QStringLiteral("/source.html")));
        if (f.open(QIODevice::ReadOnly)) {
            pages << f.readAll();
            allBytes += pages.back().size();
        }
    }
    const Timing all = time(3, [&] {
        for (const QByteArray &p : pages)
            (void)html::extractArticle(p, QUrl(QStringLiteral("http://fakehost/test/page.html")));
    });
    std::printf("whole corpus: %lld pages, %.1f MB in %.1f ms (%.2f ms per 100 KB)\n", qlonglong(pages.size()),
                allBytes / 1e6, all.medianMs, all.medianMs / (allBytes / 1e5));

    const QString article = generatedArticle(200 * 1024);
    html::SanitizeOptions options;
    options.baseUrl = QUrl(QStringLiteral("https://news.example.org/2026/12/story.html"));
    for (const bool images : {false, true}) {
        options.keepImages = images;
        qsizetype outSize = 0;
        const Timing t = time(30, [&] { outSize = html::sanitize(article, options).html.size(); });
        std::printf("sanitise a %lld KB article (images %s): %.2f ms median (CPU %.2f ms), %lld KB out\n",
                    qlonglong(article.toUtf8().size() / 1024), images ? "on" : "off", t.medianMs, t.cpuMsPerRun,
                    qlonglong(outSize * 2 / 1024));
    }
    return 0;
}
