#include "FakeLlmServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QTimer>

namespace llmtest {

namespace {

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// The model's text in a few deltas, cut in the middle of words and tokens.
QStringList pieces(const QString &text)
{
    QStringList out;
    const int n = 5;
    const qsizetype step = std::max<qsizetype>(1, text.size() / n);
    for (qsizetype i = 0; i < text.size(); i += step)
        out << text.mid(i, step);
    return out;
}

void writeFrom(QPointer<TestHttpResponder> response, QList<QByteArray> chunks, int index, bool cut,
               int intervalMs)
{
    if (!response || response->isFinished())
        return;
    if (index >= chunks.size()) {
        if (cut)
            response->abort();
        else
            response->finish();
        return;
    }
    response->write(chunks.at(index));
    QTimer::singleShot(intervalMs, response, [=] { writeFrom(response, chunks, index + 1, cut, intervalMs); });
}

} // namespace

QList<QByteArray> hostileChunks(const QList<QByteArray> &events)
{
    QList<QByteArray> out;
    for (const QByteArray &event : events) {
        // Inside the JSON: the middle of the event, and just after every \r.
        QList<qsizetype> cuts{event.size() / 2, event.size() / 2 + 1};
        for (qsizetype i = 0; i < event.size(); ++i) {
            if (event.at(i) == '\r')
                cuts << i + 1;
        }
        std::sort(cuts.begin(), cuts.end());
        qsizetype start = 0;
        for (qsizetype c : cuts) {
            if (c > start && c < event.size()) {
                out << event.mid(start, c - start);
                start = c;
            }
        }
        out << event.mid(start);
    }
    return out;
}

FakeLlmServer::FakeLlmServer(llm::Provider provider) : m_provider(provider)
{
    answer = QJsonObject{{QStringLiteral("title"), QStringLiteral("오늘의 요약: \"모델\" 출시")},
                         {QStringLiteral("items"), QJsonArray{QStringLiteral("a"), QStringLiteral("b")}},
                         {QStringLiteral("score"), 3}};
    switch (provider) {
    case llm::Provider::OpenAI: promptTokens = 123; completionTokens = 45; break;
    case llm::Provider::Anthropic: promptTokens = 321; completionTokens = 54; break;
    case llm::Provider::Gemini: promptTokens = 222; completionTokens = 33; break;
    }
    m_http.setHandler([this](const TestHttpRequest &request, TestHttpResponder &response) {
        handle(request, response);
    });
}

QUrl FakeLlmServer::baseUrl() const
{
    return m_http.url(m_provider == llm::Provider::Gemini ? QStringLiteral("/v1beta") : QStringLiteral("/v1"));
}

llm::Config FakeLlmServer::config(const QString &apiKey) const
{
    llm::Config c;
    c.provider = m_provider;
    c.baseUrl = baseUrl();
    c.model = model;
    c.apiKey = apiKey;
    c.connectTimeoutMs = 2000;
    c.totalTimeoutMs = 5000;
    c.maxRetries = 3;
    c.retryBaseDelayMs = 1;
    return c;
}

QString FakeLlmServer::answerText() const
{
    return QString::fromUtf8(json(answer));
}

QByteArray FakeLlmServer::expectedPath() const
{
    switch (m_provider) {
    case llm::Provider::OpenAI: return "/v1/chat/completions";
    case llm::Provider::Anthropic: return "/v1/messages";
    case llm::Provider::Gemini: return "/v1beta/models/" + model.toUtf8() + ":generateContent";
    }
    return {};
}

void FakeLlmServer::handle(const TestHttpRequest &request, TestHttpResponder &response)
{
    const Step step = m_steps.at(std::min<qsizetype>(m_handled, m_steps.size() - 1));
    ++m_handled;
    if (request.method != "POST" || request.pathOnly() != expectedPath()) {
        sendError(response, 404, request);
        return;
    }
    const TestHttpHeaders sse{{"Content-Type", "text/event-stream"}, {"Cache-Control", "no-cache"}};
    const bool streaming = m_provider != llm::Provider::Gemini;
    switch (step) {
    case Step::Answer:
    case Step::SplitAnswer:
    case Step::InvalidJson:
    case Step::CutOff: {
        const QString text = step == Step::InvalidJson ? QStringLiteral("{\"title\": \"unfinished, \"items\": [")
                                                       : answerText();
        const bool split = step == Step::SplitAnswer;
        if (streaming) {
            QList<QByteArray> events = answerEvents(text, split ? "\r\n" : "\n");
            if (step == Step::CutOff) {
                events = events.mid(0, events.size() / 2);
                events << events.last().left(events.last().size() / 2);
            }
            response.startChunked(200, sse);
            stream(response, split ? hostileChunks(events) : events, step == Step::CutOff);
        } else {
            const QByteArray body = wholeBody(text);
            const TestHttpHeaders headers{{"Content-Type", "application/json; charset=UTF-8"}};
            if (step == Step::CutOff) {
                response.startWithLength(200, body.size(), headers);
                stream(response, {body.left(body.size() / 2)}, true);
            } else if (split) {
                response.startWithLength(200, body.size(), headers);
                stream(response, hostileChunks({body}), false);
            } else {
                response.reply(200, body, headers);
            }
        }
        return;
    }
    case Step::RateLimited: {
        TestHttpHeaders extra;
        if (retryAfterSeconds >= 0)
            extra << qMakePair(QByteArray("Retry-After"), QByteArray::number(retryAfterSeconds));
        sendError(response, 429, request, extra);
        return;
    }
    case Step::ServerError: sendError(response, 500, request); return;
    case Step::Unauthorized:
        sendError(response, m_provider == llm::Provider::Gemini ? 400 : 401, request);
        return;
    case Step::NotFound: sendError(response, 404, request); return;
    case Step::Hang: return; // no answer at all
    }
}

QList<QByteArray> FakeLlmServer::answerEvents(const QString &text, const QByteArray &lineEnd) const
{
    QList<QByteArray> events;
    const QByteArray end = lineEnd + lineEnd;
    if (m_provider == llm::Provider::OpenAI) {
        auto chunk = [&](const QJsonObject &delta, const QJsonValue &finish) {
            const QJsonObject choice{{QStringLiteral("index"), 0}, {QStringLiteral("delta"), delta},
                                     {QStringLiteral("finish_reason"), finish}};
            return QJsonObject{{QStringLiteral("id"), QStringLiteral("chatcmpl-1")},
                               {QStringLiteral("object"), QStringLiteral("chat.completion.chunk")},
                               {QStringLiteral("created"), 1767225600},
                               {QStringLiteral("model"), model},
                               {QStringLiteral("choices"), QJsonArray{choice}}};
        };
        events << "data: " + json(chunk({{QStringLiteral("role"), QStringLiteral("assistant")},
                                         {QStringLiteral("content"), QString()}},
                                        QJsonValue::Null)) + end;
        for (const QString &piece : pieces(text))
            events << "data: " + json(chunk({{QStringLiteral("content"), piece}}, QJsonValue::Null)) + end;
        events << "data: " + json(chunk({}, QStringLiteral("stop"))) + end;
        const QJsonObject usage{{QStringLiteral("prompt_tokens"), promptTokens},
                                {QStringLiteral("completion_tokens"), completionTokens},
                                {QStringLiteral("total_tokens"), promptTokens + completionTokens}};
        events << "data: " + json({{QStringLiteral("id"), QStringLiteral("chatcmpl-1")},
                                   {QStringLiteral("object"), QStringLiteral("chat.completion.chunk")},
                                   {QStringLiteral("choices"), QJsonArray()},
                                   {QStringLiteral("usage"), usage}}) + end;
        events << "data: [DONE]" + end;
        return events;
    }
    // Anthropic Messages streaming.
    auto event = [&](const char *type, const QJsonObject &data) {
        return QByteArray("event: ") + type + lineEnd + "data: " + json(data) + end;
    };
    const QJsonObject message{
        {QStringLiteral("id"), QStringLiteral("msg_1")}, {QStringLiteral("type"), QStringLiteral("message")},
        {QStringLiteral("role"), QStringLiteral("assistant")}, {QStringLiteral("content"), QJsonArray()},
        {QStringLiteral("model"), model}, {QStringLiteral("stop_reason"), QJsonValue::Null},
        {QStringLiteral("usage"), QJsonObject{{QStringLiteral("input_tokens"), promptTokens},
                                             {QStringLiteral("output_tokens"), 1}}}};
    events << event("message_start", {{QStringLiteral("type"), QStringLiteral("message_start")},
                                      {QStringLiteral("message"), message}});
    events << event("content_block_start",
                    {{QStringLiteral("type"), QStringLiteral("content_block_start")},
                     {QStringLiteral("index"), 0},
                     {QStringLiteral("content_block"),
                      QJsonObject{{QStringLiteral("type"), QStringLiteral("tool_use")},
                                  {QStringLiteral("id"), QStringLiteral("toolu_1")},
                                  {QStringLiteral("name"), QStringLiteral("answer")},
                                  {QStringLiteral("input"), QJsonObject()}}}});
    events << event("ping", {{QStringLiteral("type"), QStringLiteral("ping")}});
    for (const QString &piece : pieces(text)) {
        events << event("content_block_delta",
                        {{QStringLiteral("type"), QStringLiteral("content_block_delta")},
                         {QStringLiteral("index"), 0},
                         {QStringLiteral("delta"),
                          QJsonObject{{QStringLiteral("type"), QStringLiteral("input_json_delta")},
                                      {QStringLiteral("partial_json"), piece}}}});
    }
    events << event("content_block_stop",
                    {{QStringLiteral("type"), QStringLiteral("content_block_stop")}, {QStringLiteral("index"), 0}});
    events << event("message_delta",
                    {{QStringLiteral("type"), QStringLiteral("message_delta")},
                     {QStringLiteral("delta"), QJsonObject{{QStringLiteral("stop_reason"), QStringLiteral("tool_use")},
                                                           {QStringLiteral("stop_sequence"), QJsonValue::Null}}},
                     {QStringLiteral("usage"), QJsonObject{{QStringLiteral("output_tokens"), completionTokens}}}});
    events << event("message_stop", {{QStringLiteral("type"), QStringLiteral("message_stop")}});
    return events;
}

QByteArray FakeLlmServer::wholeBody(const QString &text) const
{
    // Gemini generateContent.
    const QJsonObject candidate{
        {QStringLiteral("content"),
         QJsonObject{{QStringLiteral("parts"), QJsonArray{QJsonObject{{QStringLiteral("text"), text}}}},
                     {QStringLiteral("role"), QStringLiteral("model")}}},
        {QStringLiteral("finishReason"), QStringLiteral("STOP")},
        {QStringLiteral("index"), 0}};
    return json({{QStringLiteral("candidates"), QJsonArray{candidate}},
                 {QStringLiteral("usageMetadata"),
                  QJsonObject{{QStringLiteral("promptTokenCount"), promptTokens},
                              {QStringLiteral("candidatesTokenCount"), completionTokens},
                              {QStringLiteral("totalTokenCount"), promptTokens + completionTokens}}},
                 {QStringLiteral("modelVersion"), model}});
}

void FakeLlmServer::sendError(TestHttpResponder &response, int status, const TestHttpRequest &request,
                              const TestHttpHeaders &extra) const
{
    // Echo what the client sent as its key, like servers that quote a bad key.
    QByteArray sentKey = request.header("x-api-key") + request.header("x-goog-api-key");
    if (request.header("Authorization").startsWith("Bearer "))
        sentKey += request.header("Authorization").mid(7);
    const QString key = QString::fromUtf8(sentKey);
    QString message;
    QString kind;
    switch (status) {
    case 400: message = QStringLiteral("API key not valid. Please pass a valid API key. (%1)").arg(key);
              kind = QStringLiteral("INVALID_ARGUMENT"); break;
    case 401: message = QStringLiteral("Incorrect API key provided: %1").arg(key);
              kind = QStringLiteral("authentication_error"); break;
    case 404: message = QStringLiteral("The model `%1` does not exist").arg(model);
              kind = QStringLiteral("not_found_error"); break;
    case 429: message = QStringLiteral("Rate limit reached for requests");
              kind = QStringLiteral("rate_limit_error"); break;
    default: message = QStringLiteral("The server had an error while processing your request");
             kind = QStringLiteral("api_error"); break;
    }
    QJsonObject body;
    if (m_provider == llm::Provider::Anthropic) {
        body = {{QStringLiteral("type"), QStringLiteral("error")},
                {QStringLiteral("error"), QJsonObject{{QStringLiteral("type"), kind},
                                                      {QStringLiteral("message"), message}}}};
    } else if (m_provider == llm::Provider::Gemini) {
        QJsonObject error{{QStringLiteral("code"), status}, {QStringLiteral("message"), message},
                          {QStringLiteral("status"), kind}};
        if (status == 400)
            error.insert(QStringLiteral("details"),
                         QJsonArray{QJsonObject{{QStringLiteral("@type"),
                                                 QStringLiteral("type.googleapis.com/google.rpc.ErrorInfo")},
                                                {QStringLiteral("reason"), QStringLiteral("API_KEY_INVALID")}}});
        body = {{QStringLiteral("error"), error}};
    } else {
        body = {{QStringLiteral("error"), QJsonObject{{QStringLiteral("message"), message},
                                                      {QStringLiteral("type"), kind},
                                                      {QStringLiteral("code"), QJsonValue::Null}}}};
    }
    TestHttpHeaders headers{{"Content-Type", "application/json"}};
    headers << extra;
    response.reply(status, json(body), headers);
}

void FakeLlmServer::stream(TestHttpResponder &response, const QList<QByteArray> &chunks, bool cut) const
{
    writeFrom(QPointer<TestHttpResponder>(&response), chunks, 0, cut, chunkIntervalMs);
}

} // namespace llmtest
