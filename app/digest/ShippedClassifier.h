#pragma once

#include "digest/LearnedClassifier.h"

#include <QString>
#include <QStringList>

namespace digest {

// The learned classifier every profile starts from (issue 11). Its weights
// ship compiled in as :/data/classifier.weights and are made by one
// reproducible step from the labelled articles in resources/classifier:
//   cmake --build build --target classifier-weights
// (which runs `di-train-classifier resources/data/classifier.weights
// resources/classifier/train-*.jsonl`). Same data, same bytes.
class ShippedClassifier
{
public:
    static QString resourcePath() { return QStringLiteral(":/data/classifier.weights"); }
    // The compiled-in model; empty with *error set if it cannot be read
    // (the caller then falls back to the word-list classifier).
    static LearnedClassifier load(QString *error);
    // Names these weights (a hash of the file): a profile's model grown from
    // other weights is rebuilt from these (service::ProfileClassifier).
    static QString version();
    // The recipe: the default categories' keys as labels, fixed options.
    static LearnedClassifier train(const QList<LabelledExample> &examples);
};

} // namespace digest
