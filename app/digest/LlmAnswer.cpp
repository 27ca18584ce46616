#include "digest/LlmAnswer.h"

#include <QJsonDocument>

namespace digest {

bool answerObject(const llm::Result &result, QJsonObject *out)
{
    if (!result.json.isEmpty()) {
        *out = result.json;
        return true;
    }
    const QString text = result.rawText.trimmed();
    const qsizetype open = text.indexOf(QLatin1Char('{'));
    const qsizetype close = text.lastIndexOf(QLatin1Char('}'));
    if (open < 0 || close <= open)
        return false;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.mid(open, close - open + 1).toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return false;
    *out = doc.object();
    return true;
}

} // namespace digest
