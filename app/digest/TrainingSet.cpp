#include "digest/TrainingSet.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace digest {

bool TrainingSet::read(const QString &path, QList<LabelledExample> *out, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return false;
    }
    int lineNumber = 0;
    for (const QByteArray &line : file.readAll().split('\n')) {
        ++lineNumber;
        if (line.trimmed().isEmpty())
            continue;
        QJsonParseError parse;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &parse);
        const QJsonObject o = doc.object();
        LabelledExample e;
        e.title = o.value(QLatin1String("title")).toString();
        e.text = o.value(QLatin1String("text")).toString();
        e.isAi = o.value(QLatin1String("ai")).toBool();
        e.categoryKey = o.value(QLatin1String("category")).toString();
        const bool labelled = o.value(QLatin1String("ai")).isBool() && (!e.isAi || !e.categoryKey.isEmpty());
        if (!doc.isObject() || e.title.isEmpty() || !labelled) {
            *error = QStringLiteral("%1:%2: not a labelled article (%3)")
                         .arg(path)
                         .arg(lineNumber)
                         .arg(doc.isObject() ? QStringLiteral("needs title, ai and, for AI, category")
                                             : parse.errorString());
            return false;
        }
        out->append(e);
    }
    return true;
}

bool TrainingSet::readAll(const QStringList &paths, QList<LabelledExample> *out, QString *error)
{
    for (const QString &path : paths) {
        if (!read(path, out, error))
            return false;
    }
    return true;
}

} // namespace digest
