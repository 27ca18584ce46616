#include "llm/GeminiSchema.h"

#include <QJsonArray>
#include <QSet>

namespace llm {

namespace {

QString geminiType(const QString &jsonType)
{
    return jsonType.toUpper(); // object→OBJECT, string→STRING, integer→INTEGER…
}

QJsonObject convert(const QJsonObject &in)
{
    QJsonObject out;
    // Type: a string, or a list such as ["string", "null"].
    const QJsonValue type = in.value(QLatin1String("type"));
    if (type.isString()) {
        out.insert(QStringLiteral("type"), geminiType(type.toString()));
    } else if (type.isArray()) {
        for (const QJsonValue &t : type.toArray()) {
            if (t.toString() == QLatin1String("null"))
                out.insert(QStringLiteral("nullable"), true);
            else if (!out.contains(QLatin1String("type")))
                out.insert(QStringLiteral("type"), geminiType(t.toString()));
        }
    } else if (in.contains(QLatin1String("enum"))) {
        out.insert(QStringLiteral("type"), QStringLiteral("STRING"));
    }

    static const QSet<QString> copied{QStringLiteral("description"), QStringLiteral("format"),
                                      QStringLiteral("nullable"),    QStringLiteral("minItems"),
                                      QStringLiteral("maxItems"),    QStringLiteral("minimum"),
                                      QStringLiteral("maximum"),     QStringLiteral("required"),
                                      QStringLiteral("propertyOrdering")};
    for (auto it = in.begin(); it != in.end(); ++it) {
        if (copied.contains(it.key()))
            out.insert(it.key(), it.value());
    }
    if (in.contains(QLatin1String("enum"))) {
        // Gemini enums are strings.
        QJsonArray values;
        for (const QJsonValue &v : in.value(QLatin1String("enum")).toArray())
            values.append(v.isString() ? v.toString() : v.toVariant().toString());
        out.insert(QStringLiteral("enum"), values);
        out.insert(QStringLiteral("type"), QStringLiteral("STRING"));
        out.insert(QStringLiteral("format"), QStringLiteral("enum"));
    }
    if (in.contains(QLatin1String("properties"))) {
        const QJsonObject props = in.value(QLatin1String("properties")).toObject();
        QJsonObject converted;
        for (auto it = props.begin(); it != props.end(); ++it)
            converted.insert(it.key(), convert(it.value().toObject()));
        out.insert(QStringLiteral("properties"), converted);
    }
    if (in.value(QLatin1String("items")).isObject())
        out.insert(QStringLiteral("items"), convert(in.value(QLatin1String("items")).toObject()));
    return out;
}

} // namespace

QJsonObject toGeminiSchema(const QJsonObject &jsonSchema)
{
    return convert(jsonSchema);
}

} // namespace llm
