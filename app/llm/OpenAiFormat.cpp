#include "llm/OpenAiFormat.h"

#include "llm/Endpoint.h"
#include "llm/SseParser.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace llm {

namespace {

class OpenAiDecoder : public ResponseDecoder
{
public:
    explicit OpenAiDecoder(TextSink sink) : m_sink(std::move(sink)) {}

    void feed(const QByteArray &bytes) override
    {
        if (m_mode == Mode::Unknown) {
            m_sniff += bytes;
            const QByteArray head = m_sniff.trimmed();
            if (head.isEmpty())
                return;
            // A server that ignores "stream": a whole JSON completion.
            m_mode = head.startsWith('{') ? Mode::Whole : Mode::Stream;
            const QByteArray all = m_sniff;
            m_sniff.clear();
            feed(all);
            return;
        }
        if (m_mode == Mode::Whole) {
            m_whole += bytes;
            return;
        }
        for (const SseParser::Event &event : m_parser.feed(bytes))
            handleEvent(event);
    }

    DecodedAnswer finish() override
    {
        if (m_mode == Mode::Whole)
            return finishWhole();
        // A last event without its blank line; if it is a fragment, the
        // stream was cut off, and that is the error to report.
        const QString errorBefore = m_answer.error;
        for (const SseParser::Event &event : m_parser.finish())
            handleEvent(event);
        if (!m_done && errorBefore.isEmpty())
            m_answer.error.clear();
        if (!m_refusal.isEmpty() && m_answer.error.isEmpty())
            checkFinishReason(QString());
        if (!m_done && m_answer.error.isEmpty())
            m_answer.error = QCoreApplication::translate(
                "LlmClient", "the answer was cut off (the stream ended before [DONE])");
        m_answer.complete = m_done && m_answer.error.isEmpty();
        return m_answer;
    }

private:
    enum class Mode { Unknown, Stream, Whole };

    void handleEvent(const SseParser::Event &event)
    {
        if (m_done || !m_answer.error.isEmpty())
            return;
        if (event.data.trimmed() == "[DONE]") {
            m_done = true;
            return;
        }
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(event.data, &parseError);
        if (!doc.isObject()) {
            m_answer.error = QCoreApplication::translate("LlmClient", "the stream held an unreadable event");
            return;
        }
        const QJsonObject chunk = doc.object();
        if (chunk.contains(QLatin1String("error"))) {
            const QJsonValue error = chunk.value(QLatin1String("error"));
            m_answer.error = error.isObject() ? error.toObject().value(QLatin1String("message")).toString()
                                              : error.toString();
            if (m_answer.error.isEmpty())
                m_answer.error = QCoreApplication::translate("LlmClient", "the server reported an error");
            return;
        }
        readUsage(chunk);
        const QJsonArray choices = chunk.value(QLatin1String("choices")).toArray();
        if (choices.isEmpty())
            return;
        const QJsonObject choice = choices.first().toObject();
        const QJsonObject delta = choice.value(QLatin1String("delta")).toObject();
        const QString content = delta.value(QLatin1String("content")).toString();
        if (!content.isEmpty()) {
            m_answer.text += content;
            if (m_sink)
                m_sink(content);
        }
        const QString refusal = delta.value(QLatin1String("refusal")).toString();
        if (!refusal.isEmpty())
            m_refusal += refusal;
        const QString reason = choice.value(QLatin1String("finish_reason")).toString();
        if (!reason.isEmpty())
            checkFinishReason(reason);
    }

    void checkFinishReason(const QString &reason)
    {
        if (!m_refusal.isEmpty())
            m_answer.error = QCoreApplication::translate("LlmClient", "the model refused: %1").arg(m_refusal);
        else if (reason == QLatin1String("length"))
            m_answer.error = QCoreApplication::translate("LlmClient",
                                                         "the answer was cut off at the output token limit");
        else if (reason == QLatin1String("content_filter"))
            m_answer.error = QCoreApplication::translate("LlmClient", "the answer was blocked by a content filter");
    }

    void readUsage(const QJsonObject &object)
    {
        const QJsonObject usage = object.value(QLatin1String("usage")).toObject();
        if (usage.isEmpty())
            return;
        m_answer.tokensIn = usage.value(QLatin1String("prompt_tokens")).toInteger();
        m_answer.tokensOut = usage.value(QLatin1String("completion_tokens")).toInteger();
    }

    DecodedAnswer finishWhole()
    {
        const QJsonObject root = QJsonDocument::fromJson(m_whole).object();
        if (root.isEmpty()) {
            m_answer.error = QCoreApplication::translate("LlmClient", "the server's response was not readable");
            return m_answer;
        }
        readUsage(root);
        const QJsonObject choice = root.value(QLatin1String("choices")).toArray().first().toObject();
        const QJsonObject message = choice.value(QLatin1String("message")).toObject();
        m_answer.text = message.value(QLatin1String("content")).toString();
        m_refusal = message.value(QLatin1String("refusal")).toString();
        if (!m_answer.text.isEmpty() && m_sink)
            m_sink(m_answer.text);
        checkFinishReason(choice.value(QLatin1String("finish_reason")).toString());
        m_answer.complete = m_answer.error.isEmpty();
        return m_answer;
    }

    TextSink m_sink;
    Mode m_mode = Mode::Unknown;
    QByteArray m_sniff;
    QByteArray m_whole;
    SseParser m_parser;
    bool m_done = false;
    QString m_refusal;
    DecodedAnswer m_answer;
};

QJsonValue strictValue(const QJsonValue &value)
{
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue &item : value.toArray())
            out.append(strictValue(item));
        return out;
    }
    if (!value.isObject())
        return value;
    QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        // Recurse into sub-schemas, not into enum/const values or names.
        if (it.key() != QLatin1String("enum") && it.key() != QLatin1String("const")
            && it.key() != QLatin1String("required"))
            it.value() = strictValue(it.value());
    }
    if (object.value(QLatin1String("type")) == QLatin1String("object")
        && !object.contains(QLatin1String("additionalProperties")))
        object.insert(QLatin1String("additionalProperties"), false);
    return object;
}

} // namespace

QJsonObject OpenAiFormat::strictSchema(const QJsonObject &schema)
{
    return strictValue(schema).toObject();
}

QNetworkRequest OpenAiFormat::buildRequest(const Config &config, const Request &request,
                                           QByteArray *body) const
{
    QNetworkRequest http(endpointUrl(config));
    http.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    http.setRawHeader("Accept", "text/event-stream");
    if (!config.apiKey.isEmpty())
        http.setRawHeader("Authorization", "Bearer " + config.apiKey.toUtf8());

    QJsonArray messages;
    if (!request.system.isEmpty())
        messages.append(QJsonObject{{QStringLiteral("role"), QStringLiteral("system")},
                                    {QStringLiteral("content"), request.system}});
    messages.append(QJsonObject{{QStringLiteral("role"), QStringLiteral("user")},
                                {QStringLiteral("content"), request.user}});
    const QJsonObject jsonSchema{{QStringLiteral("name"), wire::safeName(request.schemaName)},
                                 {QStringLiteral("schema"), strictSchema(request.schema)},
                                 {QStringLiteral("strict"), true}};
    const QJsonObject root{
        {QStringLiteral("model"), wire::effectiveModel(config)},
        {QStringLiteral("messages"), messages},
        {QStringLiteral("temperature"), config.temperature},
        {QStringLiteral("max_tokens"), request.maxOutputTokens},
        {QStringLiteral("response_format"),
         QJsonObject{{QStringLiteral("type"), QStringLiteral("json_schema")},
                     {QStringLiteral("json_schema"), jsonSchema}}},
        {QStringLiteral("stream"), true},
        {QStringLiteral("stream_options"), QJsonObject{{QStringLiteral("include_usage"), true}}},
    };
    *body = QJsonDocument(root).toJson(QJsonDocument::Compact);
    return http;
}

std::unique_ptr<ResponseDecoder> OpenAiFormat::createDecoder(TextSink sink) const
{
    return std::make_unique<OpenAiDecoder>(std::move(sink));
}

} // namespace llm
