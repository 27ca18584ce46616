#include "llm/GeminiFormat.h"

#include "llm/Endpoint.h"
#include "llm/GeminiSchema.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace llm {

namespace {

class GeminiDecoder : public ResponseDecoder
{
public:
    explicit GeminiDecoder(TextSink sink) : m_sink(std::move(sink)) {}

    void feed(const QByteArray &bytes) override { m_body += bytes; }

    DecodedAnswer finish() override
    {
        DecodedAnswer answer;
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(m_body, &parseError);
        if (!doc.isObject()) {
            answer.error = QCoreApplication::translate("LlmClient", "the server's response was not readable");
            return answer;
        }
        const QJsonObject root = doc.object();
        const QJsonObject usage = root.value(QLatin1String("usageMetadata")).toObject();
        answer.tokensIn = usage.value(QLatin1String("promptTokenCount")).toInteger();
        answer.tokensOut = usage.value(QLatin1String("candidatesTokenCount")).toInteger();

        const QString blocked = root.value(QLatin1String("promptFeedback")).toObject()
                                    .value(QLatin1String("blockReason")).toString();
        const QJsonArray candidates = root.value(QLatin1String("candidates")).toArray();
        if (candidates.isEmpty()) {
            answer.error = blocked.isEmpty()
                ? QCoreApplication::translate("LlmClient", "the answer held no candidates")
                : QCoreApplication::translate("LlmClient", "the prompt was blocked (%1)").arg(blocked);
            return answer;
        }
        const QJsonObject candidate = candidates.first().toObject();
        const QJsonArray parts = candidate.value(QLatin1String("content")).toObject()
                                     .value(QLatin1String("parts")).toArray();
        for (const QJsonValue &part : parts) {
            const QJsonObject p = part.toObject();
            if (p.value(QLatin1String("thought")).toBool())
                continue; // a thinking model's reasoning, not the answer
            answer.text += p.value(QLatin1String("text")).toString();
        }
        const QString reason = candidate.value(QLatin1String("finishReason")).toString();
        if (reason == QLatin1String("MAX_TOKENS"))
            answer.error = QCoreApplication::translate("LlmClient",
                                                       "the answer was cut off at the output token limit");
        else if (!reason.isEmpty() && reason != QLatin1String("STOP"))
            answer.error = QCoreApplication::translate("LlmClient", "the answer was stopped (%1)").arg(reason);
        if (!answer.text.isEmpty() && m_sink)
            m_sink(answer.text);
        answer.complete = answer.error.isEmpty();
        return answer;
    }

private:
    TextSink m_sink;
    QByteArray m_body;
};

} // namespace

QNetworkRequest GeminiFormat::buildRequest(const Config &config, const Request &request,
                                           QByteArray *body) const
{
    QNetworkRequest http(endpointUrl(config));
    http.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!config.apiKey.isEmpty())
        http.setRawHeader("x-goog-api-key", config.apiKey.toUtf8());

    QJsonObject root{
        {QStringLiteral("contents"),
         QJsonArray{QJsonObject{
             {QStringLiteral("role"), QStringLiteral("user")},
             {QStringLiteral("parts"), QJsonArray{QJsonObject{{QStringLiteral("text"), request.user}}}}}}},
        {QStringLiteral("generationConfig"),
         QJsonObject{{QStringLiteral("responseMimeType"), QStringLiteral("application/json")},
                     {QStringLiteral("responseSchema"), toGeminiSchema(request.schema)},
                     {QStringLiteral("temperature"), config.temperature},
                     {QStringLiteral("maxOutputTokens"), request.maxOutputTokens}}},
    };
    if (!request.system.isEmpty())
        root.insert(QStringLiteral("systemInstruction"),
                    QJsonObject{{QStringLiteral("parts"),
                                 QJsonArray{QJsonObject{{QStringLiteral("text"), request.system}}}}});
    *body = QJsonDocument(root).toJson(QJsonDocument::Compact);
    return http;
}

std::unique_ptr<ResponseDecoder> GeminiFormat::createDecoder(TextSink sink) const
{
    return std::make_unique<GeminiDecoder>(std::move(sink));
}

bool GeminiFormat::isKeyRejected(int httpStatus, const QByteArray &body) const
{
    if (httpStatus == 401 || httpStatus == 403)
        return true;
    if (httpStatus != 400)
        return false;
    const QJsonObject error = QJsonDocument::fromJson(body).object().value(QLatin1String("error")).toObject();
    for (const QJsonValue &detail : error.value(QLatin1String("details")).toArray()) {
        if (detail.toObject().value(QLatin1String("reason")).toString() == QLatin1String("API_KEY_INVALID"))
            return true;
    }
    return error.value(QLatin1String("message")).toString().contains(QLatin1String("API key not valid"));
}

} // namespace llm
