#pragma once

#include "digest/LearnedClassifier.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace digest {

// The labelled articles of resources/classifier/*.jsonl (issue 11): one JSON
// object per line, {"lang", "ai", "category", "title", "text"}. A line that
// is not such an object is an error naming its file and line: the shipped
// weights must never be trained on half a file.
class TrainingSet
{
public:
    static bool read(const QString &path, QList<LabelledExample> *out, QString *error);
    static bool readAll(const QStringList &paths, QList<LabelledExample> *out, QString *error);
};

} // namespace digest
