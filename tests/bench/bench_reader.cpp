// Reading-pane bench (prints numbers; not a timed test): a generated 200 KB
// article (paragraphs with links and emphasis, lists, a table, a figure)
// is shown in the real ArticlePane: the time from showArticle() to the body
// laid out and painted, split into the sanitise (html::sanitize, on a
// worker thread for bodies this size) and the GUI-thread part (setHtml,
// layout, paint), plus the longest GUI-thread stall while it happens.
// Target: <= 30 ms in total.
// Usage: bench_reader [--runs N] [--kb SIZE]
#include "html/HtmlSanitizer.h"
#include "ui/ArticleHtml.h"
#include "ui/ArticlePane.h"
#include "ui/ArticleBrowser.h"
#include "ui/ImageResources.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QRandomGenerator>
#include <QTextDocument>
#include <QTimer>

#include "BenchText.h"

#include <algorithm>
#include <cstdio>
#include <ctime>

namespace {

using benchtext::words;

QString articleHtml(int kb, QRandomGenerator &rng)
{
    QString out = QStringLiteral("<html><head><script>var tracking = 1;</script><style>p{}</style></head><body>");
    int n = 0;
    while (out.size() < kb * 1024) {
        switch (n++ % 7) {
        case 0:
            out += QStringLiteral("<h2>%1</h2>").arg(words(rng, 6));
            break;
        case 3:
            out += QStringLiteral("<ul><li>%1</li><li>%2</li><li><a href=\"/r/%3\">%4</a></li></ul>")
                       .arg(words(rng, 12), words(rng, 10))
                       .arg(n)
                       .arg(words(rng, 4));
            break;
        case 5: {
            out += QStringLiteral("<table><tr><th>model</th><th>score</th><th>note</th></tr>");
            for (int r = 0; r < 8; ++r)
                out += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                           .arg(words(rng, 2))
                           .arg(rng.bounded(100))
                           .arg(words(rng, 5));
            out += QStringLiteral("</table>");
            break;
        }
        default:
            out += QStringLiteral("<p class=\"x\" onclick=\"t()\">%1 <a href=\"https://example.org/%2\">%3</a> "
                                  "<em>%4</em> %5.</p>")
                       .arg(words(rng, 40))
                       .arg(n)
                       .arg(words(rng, 3), words(rng, 4), words(rng, 30));
        }
    }
    return out + QStringLiteral("</body></html>");
}

// CPU time of the calling thread: what the work costs, whatever else the
// machine is doing (wall-clock times on a loaded machine are printed too).
double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const qsizetype runsAt = args.indexOf(QStringLiteral("--runs"));
    const int runs = runsAt > 0 && runsAt + 1 < args.size() ? args.at(runsAt + 1).toInt() : 15;
    const qsizetype kbAt = args.indexOf(QStringLiteral("--kb"));
    const int kb = kbAt > 0 && kbAt + 1 < args.size() ? args.at(kbAt + 1).toInt() : 200;

    QRandomGenerator rng(42);
    ui::ArticleContent content;
    content.article.id = 1;
    content.article.item.title = QStringLiteral("A long article");
    content.article.item.url = QStringLiteral("https://example.org/long");
    content.article.item.contentHtml = articleHtml(kb, rng);
    content.article.sourceTitles = {QStringLiteral("Bench")};
    content.article.item.published = QDateTime::currentDateTimeUtc();

    ui::ArticlePane pane{ui::ImageResources(QString())};
    pane.resize(760, 600);
    pane.show();

    // A 2 ms ticker on the GUI thread: the longest gap is the worst stall.
    QElapsedTimer tick;
    qint64 longestGap = 0;
    QTimer ticker;
    ticker.setInterval(2);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        longestGap = std::max(longestGap, tick.restart());
    });

    QList<double> sanitise, sanitiseOnly, total, stall, workerCpuMs, guiCpuMs;
    for (int i = 0; i < runs + 1; ++i) { // the first run warms up fonts and caches
        QElapsedTimer t;
        double cpu = threadCpuMs();
        {
            const ui::ArticleHtml::Document d0 = ui::ArticleHtml::build(content, QTimeZone::utc());
            QTextDocument parsed;
            parsed.setHtml(d0.html);
        }
        const double workerCpu = threadCpuMs() - cpu;
        t.start();
        const html::SanitizedHtml clean = html::sanitize(content.article.item.contentHtml, {});
        const double sanitiseOnlyMs = t.nsecsElapsed() / 1e6;
        t.restart();
        const ui::ArticleHtml::Document doc = ui::ArticleHtml::build(content, QTimeZone::utc());
        const double sanitiseMs = t.nsecsElapsed() / 1e6;

        content.article.id = i + 2;
        QEventLoop loop;
        bool shown = false;
        const auto conn = QObject::connect(&pane, &ui::ArticlePane::articleShown, &loop, [&] {
            shown = true;
            loop.quit();
        });
        longestGap = 0;
        tick.start();
        ticker.start();
        t.restart();
        cpu = threadCpuMs();
        pane.showArticle(content);
        if (!shown)
            loop.exec();
        QObject::disconnect(conn);
        // Lay out and paint the first screen, as the window does (the rest
        // is laid out lazily, in steps, by QTextDocumentLayout).
        pane.browser()->viewport()->repaint();
        const double totalMs = t.nsecsElapsed() / 1e6;
        const double guiCpu = threadCpuMs() - cpu;
        // Keep the ticker going while the lazy layout finishes.
        QTimer::singleShot(400, &loop, &QEventLoop::quit);
        loop.exec();
        ticker.stop();
        longestGap = std::max(longestGap, tick.elapsed());
        if (i == 0)
            continue;
        sanitise << sanitiseMs;
        sanitiseOnly << sanitiseOnlyMs;
        total << totalMs;
        stall << double(longestGap);
        workerCpuMs << workerCpu;
        guiCpuMs << guiCpu;
        if (doc.html.size() < 1000)
            std::printf("unexpectedly small output\n");
    }
    {
        const ui::ArticleHtml::Document doc = ui::ArticleHtml::build(content, QTimeZone::utc());
        QList<double> parse, layout;
        for (int i = 0; i < 5; ++i) {
            QTextDocument d;
            QElapsedTimer t;
            t.start();
            d.setHtml(doc.html);
            parse << t.nsecsElapsed() / 1e6;
            t.restart();
            d.setTextWidth(700);
            d.documentLayout()->documentSize();
            layout << t.nsecsElapsed() / 1e6;
        }
        std::printf("  (QTextDocument::setHtml %.1f ms, full layout %.1f ms, %d KB of sanitised html)\n", median(parse),
                    median(layout), int(doc.html.size() / 1024));
    }
    std::printf("reader: %d KB article, %d runs (median)\n", int(content.article.item.contentHtml.size() / 1024), runs);
    std::printf("  html::sanitize alone                 %.1f ms\n", median(sanitiseOnly));
    std::printf("  ArticleHtml::build (sanitise+header) %.1f ms\n", median(sanitise));
    std::printf("  showArticle -> laid out and painted  %.1f ms (target <= 30)\n", median(total));
    std::printf("  CPU: worker (sanitise + parse) %.1f ms + GUI thread (adopt, lay out, paint the first screen) %.1f ms"
                " = %.1f ms (target <= 30)\n",
                median(workerCpuMs), median(guiCpuMs), median(workerCpuMs) + median(guiCpuMs));
    std::printf("  longest GUI-thread stall, show + 400 ms after  %.0f ms\n", median(stall));
    return 0;
}
