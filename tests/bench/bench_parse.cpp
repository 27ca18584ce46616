// Parse throughput (MB/s) of feed::FeedParser over the real-feed corpus
// and over a generated 5 MB RSS feed. Prints numbers; asserts nothing.

#include "feed/FeedParser.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>

#include <cstdio>
#include <ctime>

namespace {

QByteArray generatedFeed(qsizetype targetBytes)
{
    QByteArray out = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<rss version=\"2.0\" "
                     "xmlns:content=\"http://purl.org/rss/1.0/modules/content/\" "
                     "xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><channel>\n"
                     "<title>Generated AI news</title><link>https://news.example.org/</link>\n";
    for (int i = 0; out.size() < targetBytes; ++i) {
        const QByteArray n = QByteArray::number(i);
        out += "<item><title>Model " + n + " beats the baseline on reasoning &amp; coding benchmarks</title>"
               "<link>https://news.example.org/2025/06/model-" + n + "?utm_source=rss&amp;utm_medium=feed</link>"
               "<guid isPermaLink=\"false\">gen-" + n + "</guid>"
               "<pubDate>Mon, 02 Jun 2025 09:" + QByteArray::number(10 + i % 50) + ":00 +0900</pubDate>"
               "<dc:creator>Reporter " + n + "</dc:creator><category>AI</category><category>Research</category>"
               "<description>&lt;p&gt;A new open-weights model from lab " + n + " reports gains on math, code "
               "and long-context retrieval, with an evaluation suite released alongside.&lt;/p&gt;</description>"
               "<content:encoded><![CDATA[<p>The lab says the model was trained on <b>curated</b> data and "
               "evaluated with <a href=\"/evals\">public benchmarks</a>. Independent groups are "
               "reproducing the results; early numbers agree within a point.</p><p>More details in the "
               "technical report.</p>]]></content:encoded></item>\n";
    }
    out += "</channel></rss>\n";
    return out;
}

// Wall-clock MB/s; `cpuRate` gets MB per CPU-second (the machine may be
// busy with other work).
double measure(const QList<QByteArray> &docs, int rounds, qint64 &items, double *cpuRate = nullptr)
{
    qint64 bytes = 0;
    items = 0;
    QElapsedTimer timer;
    timer.start();
    const std::clock_t cpuStart = std::clock();
    for (int r = 0; r < rounds; ++r) {
        for (const QByteArray &d : docs) {
            const feed::ParseResult result = feed::FeedParser::parse(d);
            items += result.items.size();
            bytes += d.size();
        }
    }
    const double seconds = timer.nsecsElapsed() / 1e9;
    if (cpuRate)
        *cpuRate = bytes / 1e6 / (double(std::clock() - cpuStart) / CLOCKS_PER_SEC);
    return bytes / 1e6 / seconds;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QList<QByteArray> corpus;
    qint64 corpusBytes = 0;
    const QDir dir(QStringLiteral(DI_CORPUS_DIR "/real"));
    const QStringList files = dir.entryList({"*.xml", "*.atom", "*.rss"}, QDir::Files);
    for (const QString &name : files) {
        QFile f(dir.filePath(name));
        if (f.open(QIODevice::ReadOnly)) {
            corpus << f.readAll();
            corpusBytes += corpus.last().size();
        }
    }
    qint64 items = 0;
    measure(corpus, 1, items); // warm-up
    double corpusCpu = 0;
    const double corpusRate = measure(corpus, 20, items, &corpusCpu);
    std::printf("parse real corpus: %lld files, %.2f MB x 20 rounds, %lld items: %.1f MB/s"
                " (%.1f MB per CPU-second)\n",
                static_cast<long long>(corpus.size()), corpusBytes / 1e6, static_cast<long long>(items),
                corpusRate, corpusCpu);

    const QByteArray big = generatedFeed(5 * 1000 * 1000);
    measure({big}, 1, items);
    double bigCpu = 0;
    const double bigRate = measure({big}, 5, items, &bigCpu);
    std::printf("parse generated feed: %.2f MB x 5 rounds, %lld items: %.1f MB/s (%.1f MB per CPU-second)\n",
                big.size() / 1e6, static_cast<long long>(items / 5), bigRate, bigCpu);
    std::printf("target: >= 50 MB/s\n");
    return 0;
}
