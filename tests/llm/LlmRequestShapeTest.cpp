// The request bodies, as each provider documents them.
#include "FakeLlmServer.h"
#include "LlmTestUtil.h"

#include <QJsonArray>
#include <QNetworkAccessManager>

using namespace llmtest;
using llm::Provider;

namespace {

QJsonObject sentBody(Provider provider, llm::Config (*tweak)(llm::Config) = nullptr)
{
    FakeLlmServer server(provider);
    QNetworkAccessManager network;
    llm::Config config = server.config(kKey);
    if (tweak)
        config = tweak(config);
    auto client = llm::createClient(config, &network);
    const Outcome o = await(client->send(sampleRequest()));
    EXPECT_TRUE(o.result.ok) << o.result.error.toStdString();
    EXPECT_EQ(server.requestCount(), 1);
    return QJsonDocument::fromJson(server.http().lastRequest().body).object();
}

} // namespace

TEST(LlmRequestShape, OpenAiChatCompletionsWithJsonSchema)
{
    const QJsonObject body = sentBody(Provider::OpenAI);
    const llm::Request request = sampleRequest();
    EXPECT_EQ(body.value("model").toString(), QStringLiteral("test-model"));
    const QJsonArray messages = body.value("messages").toArray();
    ASSERT_EQ(messages.size(), 2);
    EXPECT_EQ(messages[0].toObject().value("role").toString(), QStringLiteral("system"));
    EXPECT_EQ(messages[0].toObject().value("content").toString(), request.system);
    EXPECT_EQ(messages[1].toObject().value("role").toString(), QStringLiteral("user"));
    EXPECT_EQ(messages[1].toObject().value("content").toString(), request.user);
    const QJsonObject format = body.value("response_format").toObject();
    EXPECT_EQ(format.value("type").toString(), QStringLiteral("json_schema"));
    const QJsonObject jsonSchema = format.value("json_schema").toObject();
    EXPECT_EQ(jsonSchema.value("name").toString(), QStringLiteral("section_summary"));
    EXPECT_EQ(jsonSchema.value("strict"), QJsonValue(true));
    QJsonObject expectedSchema = request.schema;
    expectedSchema.insert(QStringLiteral("additionalProperties"), false);
    EXPECT_EQ(jsonSchema.value("schema").toObject(), expectedSchema);
    EXPECT_EQ(body.value("stream"), QJsonValue(true));
    EXPECT_EQ(body.value("stream_options").toObject().value("include_usage"), QJsonValue(true));
    EXPECT_EQ(body.value("max_tokens").toInt(), 1000);
    EXPECT_DOUBLE_EQ(body.value("temperature").toDouble(), 0.2);
}

TEST(LlmRequestShape, AnthropicMessagesWithForcedTool)
{
    const QJsonObject body = sentBody(Provider::Anthropic);
    const llm::Request request = sampleRequest();
    EXPECT_EQ(body.value("model").toString(), QStringLiteral("test-model"));
    EXPECT_EQ(body.value("system").toString(), request.system);
    EXPECT_EQ(body.value("max_tokens").toInt(), 1000);
    const QJsonArray messages = body.value("messages").toArray();
    ASSERT_EQ(messages.size(), 1);
    EXPECT_EQ(messages[0].toObject().value("role").toString(), QStringLiteral("user"));
    EXPECT_EQ(messages[0].toObject().value("content").toString(), request.user);
    const QJsonArray tools = body.value("tools").toArray();
    ASSERT_EQ(tools.size(), 1);
    const QJsonObject tool = tools[0].toObject();
    EXPECT_EQ(tool.value("name").toString(), QStringLiteral("section_summary"));
    EXPECT_FALSE(tool.value("description").toString().isEmpty());
    EXPECT_EQ(tool.value("input_schema").toObject(), request.schema);
    const QJsonObject choice = body.value("tool_choice").toObject();
    EXPECT_EQ(choice.value("type").toString(), QStringLiteral("tool"));
    EXPECT_EQ(choice.value("name").toString(), QStringLiteral("section_summary"));
    EXPECT_EQ(body.value("stream"), QJsonValue(true));
}

TEST(LlmRequestShape, GeminiGenerateContentWithResponseSchema)
{
    const QJsonObject body = sentBody(Provider::Gemini);
    const llm::Request request = sampleRequest();
    const QJsonArray contents = body.value("contents").toArray();
    ASSERT_EQ(contents.size(), 1);
    EXPECT_EQ(contents[0].toObject().value("role").toString(), QStringLiteral("user"));
    EXPECT_EQ(contents[0].toObject().value("parts").toArray()[0].toObject().value("text").toString(), request.user);
    EXPECT_EQ(body.value("systemInstruction").toObject().value("parts").toArray()[0].toObject().value("text"),
              request.system);
    const QJsonObject generation = body.value("generationConfig").toObject();
    EXPECT_EQ(generation.value("responseMimeType").toString(), QStringLiteral("application/json"));
    EXPECT_EQ(generation.value("maxOutputTokens").toInt(), 1000);
    const QJsonObject schema = generation.value("responseSchema").toObject();
    EXPECT_EQ(schema.value("type").toString(), QStringLiteral("OBJECT"));
    EXPECT_FALSE(schema.contains("additionalProperties"));
    EXPECT_EQ(schema.value("properties").toObject().value("items").toObject().value("type").toString(),
              QStringLiteral("ARRAY"));
    EXPECT_EQ(schema.value("required").toArray().size(), 3);
}

TEST(LlmRequestShape, NoKeyMeansNoKeyHeader)
{
    FakeLlmServer server(Provider::OpenAI);
    QNetworkAccessManager network;
    auto client = llm::createClient(server.config(QString()), &network);
    const Outcome o = await(client->send(sampleRequest()));
    ASSERT_TRUE(o.result.ok) << o.result.error.toStdString();
    EXPECT_FALSE(server.http().lastRequest().hasHeader("Authorization"));
}

TEST(LlmRequestShape, DefaultsForModelAndBase)
{
    llm::Config config;
    config.provider = Provider::Anthropic;
    QNetworkAccessManager network;
    auto client = llm::createClient(config, &network);
    EXPECT_EQ(client->provider(), Provider::Anthropic);
    EXPECT_EQ(client->model(), llm::defaultModel(Provider::Anthropic));
}
