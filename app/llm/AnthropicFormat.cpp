#include "llm/AnthropicFormat.h"

#include "llm/Endpoint.h"
#include "llm/SseParser.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace llm {

namespace {

class AnthropicDecoder : public ResponseDecoder
{
public:
    explicit AnthropicDecoder(TextSink sink) : m_sink(std::move(sink)) {}

    void feed(const QByteArray &bytes) override
    {
        for (const SseParser::Event &event : m_parser.feed(bytes))
            handleEvent(event);
    }

    DecodedAnswer finish() override
    {
        // A last event without its blank line; if it is a fragment, the
        // stream was cut off, and that is the error to report.
        const QString errorBefore = m_answer.error;
        for (const SseParser::Event &event : m_parser.finish())
            handleEvent(event);
        if (!m_stopped && errorBefore.isEmpty())
            m_answer.error.clear();
        if (!m_stopped && m_answer.error.isEmpty())
            m_answer.error = QCoreApplication::translate(
                "LlmClient", "the answer was cut off (the stream ended before message_stop)");
        // The forced tool's input is the answer; plain text only as a fallback.
        m_answer.text = m_sawTool ? m_toolJson : m_text;
        if (m_sawTool && m_toolJson.trimmed().isEmpty())
            m_answer.text = QStringLiteral("{}"); // a tool called with empty input
        m_answer.complete = m_stopped && m_answer.error.isEmpty();
        return m_answer;
    }

private:
    void handleEvent(const SseParser::Event &event)
    {
        if (m_stopped || !m_answer.error.isEmpty())
            return;
        const QJsonDocument doc = QJsonDocument::fromJson(event.data);
        if (!doc.isObject()) {
            m_answer.error = QCoreApplication::translate("LlmClient", "the stream held an unreadable event");
            return;
        }
        const QJsonObject object = doc.object();
        // The type is in the JSON as well as in "event:"; trust the JSON.
        QString type = object.value(QLatin1String("type")).toString();
        if (type.isEmpty())
            type = QString::fromUtf8(event.type);

        if (type == QLatin1String("message_start")) {
            const QJsonObject usage = object.value(QLatin1String("message")).toObject()
                                          .value(QLatin1String("usage")).toObject();
            m_answer.tokensIn = usage.value(QLatin1String("input_tokens")).toInteger();
            m_answer.tokensOut = usage.value(QLatin1String("output_tokens")).toInteger();
        } else if (type == QLatin1String("content_block_start")) {
            const QJsonObject block = object.value(QLatin1String("content_block")).toObject();
            if (block.value(QLatin1String("type")) == QLatin1String("tool_use")) {
                m_sawTool = true;
                m_toolBlock = object.value(QLatin1String("index")).toInt();
            }
        } else if (type == QLatin1String("content_block_delta")) {
            const QJsonObject delta = object.value(QLatin1String("delta")).toObject();
            const QString deltaType = delta.value(QLatin1String("type")).toString();
            QString piece;
            if (deltaType == QLatin1String("input_json_delta")) {
                if (object.value(QLatin1String("index")).toInt() != m_toolBlock)
                    return;
                piece = delta.value(QLatin1String("partial_json")).toString();
                m_toolJson += piece;
            } else if (deltaType == QLatin1String("text_delta")) {
                piece = delta.value(QLatin1String("text")).toString();
                m_text += piece;
            }
            if (!piece.isEmpty() && m_sink)
                m_sink(piece);
        } else if (type == QLatin1String("message_delta")) {
            // Usage here is cumulative: keep the latest value.
            const QJsonObject usage = object.value(QLatin1String("usage")).toObject();
            if (usage.contains(QLatin1String("output_tokens")))
                m_answer.tokensOut = usage.value(QLatin1String("output_tokens")).toInteger();
            if (usage.contains(QLatin1String("input_tokens")))
                m_answer.tokensIn = usage.value(QLatin1String("input_tokens")).toInteger();
            const QString stop = object.value(QLatin1String("delta")).toObject()
                                     .value(QLatin1String("stop_reason")).toString();
            if (stop == QLatin1String("max_tokens"))
                m_answer.error = QCoreApplication::translate(
                    "LlmClient", "the answer was cut off at the output token limit");
            else if (stop == QLatin1String("refusal"))
                m_answer.error = QCoreApplication::translate("LlmClient", "the model refused to answer");
        } else if (type == QLatin1String("message_stop")) {
            m_stopped = true;
        } else if (type == QLatin1String("error")) {
            m_answer.error = object.value(QLatin1String("error")).toObject()
                                 .value(QLatin1String("message")).toString();
            if (m_answer.error.isEmpty())
                m_answer.error = QCoreApplication::translate("LlmClient", "the server reported an error");
        }
        // ping and content_block_stop carry nothing we need.
    }

    TextSink m_sink;
    SseParser m_parser;
    DecodedAnswer m_answer;
    QString m_toolJson;
    QString m_text;
    int m_toolBlock = -1;
    bool m_sawTool = false;
    bool m_stopped = false;
};

} // namespace

QNetworkRequest AnthropicFormat::buildRequest(const Config &config, const Request &request,
                                              QByteArray *body) const
{
    QNetworkRequest http(endpointUrl(config));
    http.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    http.setRawHeader("Accept", "text/event-stream");
    http.setRawHeader("anthropic-version", kApiVersion);
    if (!config.apiKey.isEmpty())
        http.setRawHeader("x-api-key", config.apiKey.toUtf8());

    const QString toolName = wire::safeName(request.schemaName);
    const QJsonObject tool{
        {QStringLiteral("name"), toolName},
        {QStringLiteral("description"),
         QStringLiteral("Record the answer. The input must follow the schema exactly.")},
        {QStringLiteral("input_schema"), request.schema},
    };
    QJsonObject root{
        {QStringLiteral("model"), wire::effectiveModel(config)},
        {QStringLiteral("max_tokens"), request.maxOutputTokens},
        {QStringLiteral("temperature"), config.temperature},
        {QStringLiteral("messages"),
         QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("user")},
                                {QStringLiteral("content"), request.user}}}},
        {QStringLiteral("tools"), QJsonArray{tool}},
        {QStringLiteral("tool_choice"),
         QJsonObject{{QStringLiteral("type"), QStringLiteral("tool")}, {QStringLiteral("name"), toolName}}},
        {QStringLiteral("stream"), true},
    };
    if (!request.system.isEmpty())
        root.insert(QStringLiteral("system"), request.system);
    *body = QJsonDocument(root).toJson(QJsonDocument::Compact);
    return http;
}

std::unique_ptr<ResponseDecoder> AnthropicFormat::createDecoder(TextSink sink) const
{
    return std::make_unique<AnthropicDecoder>(std::move(sink));
}

} // namespace llm
