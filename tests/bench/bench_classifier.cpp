// The learned classifier's speed (issue 11 targets: 10,000 articles in
// ≤ 1 s on one core; one correction learnt in ≤ 10 ms). Prints numbers.
// Usage: bench_classifier [ARTICLES]
#include "digest/LinearModel.h"
#include "digest/TextFeatures.h"
#include "model/Category.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>

#include "BenchText.h"

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int total = argc > 1 ? QByteArray(argv[1]).toInt() : 10000;
    QStringList labels;
    for (const Category &c : defaultCategories())
        labels.append(c.key);

    QRandomGenerator rng(11);
    QList<QPair<QString, QString>> articles;
    for (int i = 0; i < total; ++i)
        articles.append({benchtext::words(rng, 10), benchtext::words(rng, 60)});

    // Train on the first 2,000 with arbitrary labels: the weights' values do
    // not change the cost of a prediction.
    digest::LinearModel model(labels);
    QList<digest::SparseVector> xs;
    QList<int> ys;
    for (int i = 0; i < std::min(2000, total); ++i) {
        xs.append(digest::TextFeatures::extract(articles.at(i).first, articles.at(i).second));
        ys.append(int(rng.bounded(labels.size())));
    }
    QElapsedTimer timer;
    timer.start();
    model.train(xs, ys, {});
    std::printf("training on %lld articles, 12 epochs: %.0f ms\n", xs.size(), double(timer.nsecsElapsed()) / 1e6);

    timer.restart();
    int checksum = 0;
    for (const auto &[title, text] : articles)
        checksum += model.predict(digest::TextFeatures::extract(title, text));
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    std::printf("classifying %d articles (features + prediction, one core): %.0f ms = %.0f articles/s"
                " (target: 10,000 in <= 1 s) [%d]\n",
                total, ms, total / ms * 1000, checksum);

    QList<double> learn;
    for (int i = 0; i < 200; ++i) {
        timer.restart();
        const auto &[title, text] = articles.at(i);
        model.learn(digest::TextFeatures::extract(title, text), i % int(labels.size()), 0.5);
        learn.append(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(learn.begin(), learn.end());
    std::printf("learning one correction: median %.3f ms, max %.3f ms (target <= 10 ms)\n",
                learn.at(learn.size() / 2), learn.last());
    return 0;
}
