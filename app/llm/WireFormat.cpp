#include "llm/WireFormat.h"

#include "llm/Endpoint.h"

#include "llm/AnthropicFormat.h"
#include "llm/GeminiFormat.h"
#include "llm/OpenAiFormat.h"

#include <QJsonDocument>
#include <QRegularExpression>

namespace llm {

QString WireFormat::errorDetail(const QByteArray &body) const
{
    // Most providers: {"error": {"message": "..."}} (OpenAI, Anthropic,
    // Gemini); some local servers: {"error": "..."}.
    const QJsonObject root = QJsonDocument::fromJson(body).object();
    const QJsonValue error = root.value(QLatin1String("error"));
    if (error.isString())
        return error.toString();
    const QString message = error.toObject().value(QLatin1String("message")).toString();
    if (!message.isEmpty())
        return message;
    return root.value(QLatin1String("message")).toString();
}

bool WireFormat::isKeyRejected(int httpStatus, const QByteArray &body) const
{
    Q_UNUSED(body);
    return httpStatus == 401 || httpStatus == 403;
}

std::unique_ptr<WireFormat> createWireFormat(Provider provider)
{
    switch (provider) {
    case Provider::OpenAI: return std::make_unique<OpenAiFormat>();
    case Provider::Anthropic: return std::make_unique<AnthropicFormat>();
    case Provider::Gemini: return std::make_unique<GeminiFormat>();
    }
    return std::make_unique<OpenAiFormat>();
}

namespace wire {

QUrl joinUrl(const QUrl &base, const QString &path)
{
    QUrl url = base;
    QString basePath = url.path();
    while (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    QString tail = path;
    while (tail.startsWith(QLatin1Char('/')))
        tail.remove(0, 1);
    url.setPath(basePath + QLatin1Char('/') + tail);
    return url;
}

QString effectiveModel(const Config &config)
{
    return config.model.isEmpty() ? defaultModel(config.provider) : config.model;
}

QUrl effectiveBaseUrl(const Config &config)
{
    return normalizedBaseUrl(config.provider, config.baseUrl);
}

QString safeName(const QString &name)
{
    QString out;
    for (QChar c : name) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
            || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('_') || c == QLatin1Char('-'))
            out.append(c);
        else
            out.append(QLatin1Char('_'));
    }
    out.truncate(64);
    return out.isEmpty() ? QStringLiteral("answer") : out;
}

bool parseAnswerObject(const QString &text, QJsonObject *object)
{
    QString body = text.trimmed();
    if (body.startsWith(QLatin1String("```"))) {
        static const QRegularExpression fence(QStringLiteral("^```[A-Za-z]*\\s*\\n?([\\s\\S]*?)\\n?```$"));
        const QRegularExpressionMatch m = fence.match(body);
        if (m.hasMatch())
            body = m.captured(1).trimmed();
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return false;
    *object = doc.object();
    return true;
}

} // namespace wire
} // namespace llm
