// di-train-classifier OUT TRAIN.jsonl...: trains the shipped classifier
// (digest::ShippedClassifier's recipe) from labelled articles and writes its
// weights to OUT. Run through `cmake --build build --target classifier-weights`.
#include "digest/ShippedClassifier.h"
#include "digest/TrainingSet.h"

#include <QCoreApplication>
#include <QSaveFile>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: di-train-classifier OUT TRAIN.jsonl...\n");
        return 2;
    }
    QList<digest::LabelledExample> examples;
    QString error;
    if (!digest::TrainingSet::readAll(args.mid(1), &examples, &error)) {
        std::fprintf(stderr, "di-train-classifier: %s\n", qPrintable(error));
        return 1;
    }
    const QByteArray weights = digest::ShippedClassifier::train(examples).save();
    QSaveFile out(args.first());
    if (!out.open(QIODevice::WriteOnly) || out.write(weights) != weights.size() || !out.commit()) {
        std::fprintf(stderr, "di-train-classifier: %s: %s\n", qPrintable(args.first()), qPrintable(out.errorString()));
        return 1;
    }
    std::printf("trained on %lld labelled articles; wrote %lld bytes to %s\n", examples.size(), weights.size(),
                qPrintable(args.first()));
    return 0;
}
