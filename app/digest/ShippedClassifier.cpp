#include "digest/ShippedClassifier.h"

#include "model/Category.h"

#include <QCryptographicHash>
#include <QFile>

namespace digest {

LearnedClassifier ShippedClassifier::load(QString *error)
{
    QFile file(resourcePath());
    LearnedClassifier model;
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("the shipped classifier weights are missing (%1)").arg(resourcePath());
        return model;
    }
    if (!LearnedClassifier::load(file.readAll(), &model, error))
        return LearnedClassifier();
    return model;
}

QString ShippedClassifier::version()
{
    QFile file(resourcePath());
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    return QString::fromLatin1(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex().left(16));
}

LearnedClassifier ShippedClassifier::train(const QList<LabelledExample> &examples)
{
    QStringList keys;
    for (const Category &c : defaultCategories())
        keys.append(c.key);
    return LearnedClassifier::train(examples, keys);
}

} // namespace digest
