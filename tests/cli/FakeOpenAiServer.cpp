#include "FakeOpenAiServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace clitest {

namespace {

QList<QString> articleIds(const QString &user)
{
    static const QRegularExpression re(QStringLiteral("<article id=\"(\\d+)\">"));
    QList<QString> ids;
    for (auto it = re.globalMatch(user); it.hasNext();)
        ids.append(it.next().captured(1));
    return ids;
}

QByteArray event(const QJsonObject &o)
{
    return "data: " + QJsonDocument(o).toJson(QJsonDocument::Compact) + "\n\n";
}

} // namespace

FakeOpenAiServer::FakeOpenAiServer()
{
    m_http.route("/v1/chat/completions",
                 [this](const TestHttpRequest &req, TestHttpResponder &res) { handle(req, res); });
}

QUrl FakeOpenAiServer::baseUrl() const { return m_http.url(QStringLiteral("/v1")); }

void FakeOpenAiServer::handle(const TestHttpRequest &request, TestHttpResponder &response)
{
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    const QJsonObject format = body.value(QLatin1String("response_format")).toObject();
    const QJsonObject jsonSchema = format.value(QLatin1String("json_schema")).toObject();
    QString user;
    for (const QJsonValue &m : body.value(QLatin1String("messages")).toArray()) {
        if (m.toObject().value(QLatin1String("role")).toString() == QLatin1String("user"))
            user = m.toObject().value(QLatin1String("content")).toString();
    }
    if (request.method != "POST" || !body.value(QLatin1String("stream")).toBool() || user.isEmpty()) {
        response.reply(400, R"({"error":{"message":"bad request"}})", {{"Content-Type", "application/json"}});
        return;
    }
    if (jsonSchema.value(QLatin1String("name")).toString() == QLatin1String("article_categories")) {
        ++m_classify;
        QStringList keys;
        const QJsonValue enumValue = jsonSchema.value(QLatin1String("schema")).toObject()
                                         .value(QLatin1String("properties")).toObject()
                                         .value(QLatin1String("items")).toObject()
                                         .value(QLatin1String("items")).toObject()
                                         .value(QLatin1String("properties")).toObject()
                                         .value(QLatin1String("category")).toObject()
                                         .value(QLatin1String("enum"));
        for (const QJsonValue &k : enumValue.toArray())
            keys.append(k.toString());
        stream(response, classifyAnswer(user, keys));
        return;
    }
    if (jsonSchema.value(QLatin1String("name")).toString() == QLatin1String("daily_briefing")) {
        ++m_briefings;
        if (m_garbageBriefingsLeft > 0) {
            --m_garbageBriefingsLeft;
            stream(response, QStringLiteral("Today was busy! No JSON, sorry."));
            return;
        }
        stream(response, briefingAnswer(user));
        return;
    }
    ++m_summaries;
    if (m_garbageLeft > 0) {
        --m_garbageLeft;
        stream(response, QStringLiteral("Sure! Here is your summary, no JSON today."));
        return;
    }
    stream(response, summaryAnswer(user));
}

QString FakeOpenAiServer::classifyAnswer(const QString &user, const QStringList &keys)
{
    // Three categories in turn, and every fifth article judged not about AI.
    const QStringList pick{QStringLiteral("business"), QStringLiteral("llm"), QStringLiteral("robotics")};
    QJsonArray items;
    int n = 0;
    for (const QString &id : articleIds(user)) {
        QString key = pick.at(n % pick.size());
        if (n % 5 == 4 && keys.contains(QStringLiteral("not_ai")))
            key = QStringLiteral("not_ai");
        if (!keys.contains(key))
            key = keys.value(0);
        items.append(QJsonObject{{QStringLiteral("id"), id.toLongLong()},
                                 {QStringLiteral("category"), key},
                                 {QStringLiteral("confidence"), 0.9},
                                 {QStringLiteral("reason"), QStringLiteral("fake server verdict")}});
        ++n;
    }
    return QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("items"), items}}).toJson(QJsonDocument::Compact));
}

QString FakeOpenAiServer::summaryAnswer(const QString &user)
{
    QJsonArray events;
    const int count = int(articleIds(user).size());
    for (int i = 1; i <= count; ++i)
        events.append(QJsonObject{{QStringLiteral("text"), QStringLiteral("가짜 서버가 요약한 사건 %1").arg(i)},
                                  {QStringLiteral("sources"), QJsonArray{i}}});
    const QJsonObject answer{
        {QStringLiteral("themes"), QJsonArray{QStringLiteral("가짜 서버 주제")}},
        {QStringLiteral("events"), events},
        {QStringLiteral("impact"), QJsonArray{QJsonObject{{QStringLiteral("domain"), QStringLiteral("technology")},
                                                          {QStringLiteral("text"), QStringLiteral("기술 영향 [1]")}}}},
        {QStringLiteral("conclusion"), QStringLiteral("가짜 서버 최종 요약.")}};
    return QString::fromUtf8(QJsonDocument(answer).toJson(QJsonDocument::Compact));
}

QString FakeOpenAiServer::briefingAnswer(const QString &user)
{
    // Three items, one per story (the first article of each), most-covered first.
    static const QRegularExpression story(QStringLiteral("^Story (\\d+): .*; articles (\\d+)"),
                                          QRegularExpression::MultilineOption);
    QJsonArray items;
    for (auto it = story.globalMatch(user); it.hasNext() && items.size() < 3;) {
        const auto m = it.next();
        items.append(QJsonObject{{QStringLiteral("text"), QStringLiteral("가짜 서버 브리핑 %1.").arg(m.captured(1))},
                                 {QStringLiteral("sources"), QJsonArray{m.captured(2).toInt()}}});
    }
    return QString::fromUtf8(
        QJsonDocument(QJsonObject{{QStringLiteral("items"), items}}).toJson(QJsonDocument::Compact));
}

void FakeOpenAiServer::stream(TestHttpResponder &response, const QString &content) const
{
    response.startChunked(200, {{"Content-Type", "text/event-stream"}, {"Cache-Control", "no-cache"}});
    const auto chunk = [](const QJsonObject &delta, const QJsonValue &finish) {
        return QJsonObject{{QStringLiteral("id"), QStringLiteral("chatcmpl-test")},
                           {QStringLiteral("object"), QStringLiteral("chat.completion.chunk")},
                           {QStringLiteral("model"), QStringLiteral("test-model")},
                           {QStringLiteral("choices"),
                            QJsonArray{QJsonObject{{QStringLiteral("index"), 0},
                                                   {QStringLiteral("delta"), delta},
                                                   {QStringLiteral("finish_reason"), finish}}}}};
    };
    QByteArray all = event(chunk({{QStringLiteral("role"), QStringLiteral("assistant")}}, QJsonValue::Null));
    // The content in three pieces, cut anywhere.
    const qsizetype third = content.size() / 3;
    for (const QString &piece : {content.left(third), content.mid(third, third), content.mid(2 * third)})
        all += event(chunk({{QStringLiteral("content"), piece}}, QJsonValue::Null));
    all += event(chunk(QJsonObject{}, QStringLiteral("stop")));
    all += event(QJsonObject{{QStringLiteral("id"), QStringLiteral("chatcmpl-test")},
                             {QStringLiteral("object"), QStringLiteral("chat.completion.chunk")},
                             {QStringLiteral("choices"), QJsonArray{}},
                             {QStringLiteral("usage"), QJsonObject{{QStringLiteral("prompt_tokens"), kPromptTokens},
                                                                  {QStringLiteral("completion_tokens"), kCompletionTokens},
                                                                  {QStringLiteral("total_tokens"),
                                                                   kPromptTokens + kCompletionTokens}}}});
    all += "data: [DONE]\n\n";
    // Written in two parts, split inside an event.
    const qsizetype half = all.size() / 2;
    response.write(all.left(half));
    response.write(all.mid(half));
    response.finish();
}

} // namespace clitest
