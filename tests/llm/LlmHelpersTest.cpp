#include "llm/ErrorText.h"
#include "llm/GeminiSchema.h"
#include "llm/KeyTransport.h"
#include "llm/OpenAiFormat.h"
#include "llm/RetryPolicy.h"
#include "llm/WireFormat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <gtest/gtest.h>

using namespace llm;

TEST(KeyTransport, HttpsAlwaysAllowed)
{
    EXPECT_TRUE(keyTransportError(QUrl(QStringLiteral("https://api.openai.com/v1")), true).isEmpty());
    EXPECT_TRUE(keyTransportError(QUrl(QStringLiteral("https://10.0.0.5:8443/v1")), true).isEmpty());
}

TEST(KeyTransport, PlainHttpOnlyToLoopback)
{
    for (const char *url : {"http://127.0.0.1:11434/v1", "http://127.3.4.5/v1", "http://localhost:8080/v1",
                            "http://LOCALHOST./v1", "http://[::1]:8000/v1", "http://[::ffff:127.0.0.1]/v1"}) {
        SCOPED_TRACE(url);
        EXPECT_TRUE(keyTransportError(QUrl(QString::fromLatin1(url)), true).isEmpty());
    }
    for (const char *url : {"http://example.com/v1", "http://192.168.1.20:11434/v1", "http://128.0.0.1/v1",
                            "http://localhost.example.com/v1", "http://[::2]/v1", "http://0.0.0.0/v1"}) {
        SCOPED_TRACE(url);
        const QUrl u(QString::fromLatin1(url));
        const QString error = keyTransportError(u, true);
        EXPECT_EQ(error, QStringLiteral("refusing to send the API key over plain HTTP to host %1; "
                                        "use https or a local server")
                             .arg(u.host()));
    }
}

TEST(KeyTransport, SubdomainsOfLocalhostAreNotLoopback)
{
    // "x.localhost" is only a name: a resolver or a hosts file may send it anywhere.
    for (const char *url : {"http://api.localhost/v1", "http://evil.localhost:8080/v1", "http://a.b.localhost./v1"}) {
        SCOPED_TRACE(url);
        const QUrl u(QString::fromLatin1(url));
        EXPECT_FALSE(isLoopbackHost(u.host()));
        EXPECT_FALSE(keyTransportError(u, true).isEmpty());
    }
    EXPECT_TRUE(isLoopbackHost(QStringLiteral("localhost")));
    EXPECT_TRUE(isLoopbackHost(QStringLiteral("127.0.0.1")));
    EXPECT_TRUE(isLoopbackHost(QStringLiteral("::1")));
}

TEST(KeyTransport, WithoutAKeyNothingSecretIsSent)
{
    EXPECT_TRUE(keyTransportError(QUrl(QStringLiteral("http://192.168.1.20:11434/v1")), false).isEmpty());
}

TEST(KeyTransport, OtherSchemesAndBadUrlsAreRefused)
{
    EXPECT_FALSE(keyTransportError(QUrl(QStringLiteral("ftp://example.com/v1")), true).isEmpty());
    EXPECT_FALSE(keyTransportError(QUrl(QStringLiteral("not a url")), false).isEmpty());
}

TEST(RetryPolicy, RetryableStatuses)
{
    EXPECT_TRUE(retry::isRetryableStatus(429));
    EXPECT_TRUE(retry::isRetryableStatus(500));
    EXPECT_TRUE(retry::isRetryableStatus(503));
    EXPECT_TRUE(retry::isRetryableStatus(529));
    EXPECT_FALSE(retry::isRetryableStatus(400));
    EXPECT_FALSE(retry::isRetryableStatus(401));
    EXPECT_FALSE(retry::isRetryableStatus(404));
}

TEST(RetryPolicy, BackoffGrowsExponentiallyWithJitterInRange)
{
    for (int retryIndex = 0; retryIndex < 4; ++retryIndex) {
        const int full = 100 << retryIndex;
        for (int i = 0; i < 50; ++i) {
            const int d = retry::backoffDelayMs(100, retryIndex);
            EXPECT_GE(d, full / 2);
            EXPECT_LE(d, full);
        }
    }
    EXPECT_LE(retry::backoffDelayMs(1000, 30), 60000); // capped
}

TEST(RetryPolicy, RetryAfterSecondsAndHttpDate)
{
    const QDateTime now(QDate(2026, 1, 1), QTime(12, 0, 0), Qt::UTC);
    EXPECT_EQ(retry::retryAfterMs("7", now), 7000);
    EXPECT_EQ(retry::retryAfterMs(" 0 ", now), 0);
    EXPECT_EQ(retry::retryAfterMs("", now), -1);
    EXPECT_EQ(retry::retryAfterMs("soon", now), -1);
    EXPECT_EQ(retry::retryAfterMs("Thu, 01 Jan 2026 12:00:30 GMT", now), 30000);
    EXPECT_EQ(retry::retryAfterMs("Thu, 01 Jan 2026 11:00:00 GMT", now), 0); // in the past
}

TEST(ErrorText, SecondsAndSanitize)
{
    EXPECT_EQ(errortext::seconds(300), QStringLiteral("0.3"));
    EXPECT_EQ(errortext::seconds(120000), QStringLiteral("120"));
    EXPECT_EQ(errortext::sanitize(QStringLiteral("bad key sk-123\nagain sk-123"), QStringLiteral("sk-123")),
              QStringLiteral("bad key [key] again [key]"));
    EXPECT_EQ(errortext::sanitize(QString(500, QLatin1Char('x')), QString(), 10).size(), 11);
    EXPECT_EQ(errortext::shownUrl(QUrl(QStringLiteral("https://user:pw@h.example/v1?key=abc#f"))),
              QStringLiteral("https://h.example/v1"));
}

namespace {
QJsonObject sampleSchema()
{
    return QJsonDocument::fromJson(R"({
      "type": "object", "additionalProperties": false,
      "required": ["category", "items"],
      "properties": {
        "category": {"type": "string", "enum": ["LLM", "Vision"], "description": "the category"},
        "note": {"type": ["string", "null"]},
        "items": {"type": "array", "minItems": 1,
                  "items": {"type": "object", "properties": {"n": {"type": "integer"}}, "required": ["n"]}},
        "score": {"type": "number", "minimum": 0, "maximum": 1}
      }
    })").object();
}

bool containsKeyAnywhere(const QJsonValue &value, const QString &key)
{
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        if (o.contains(key))
            return true;
        for (auto it = o.begin(); it != o.end(); ++it)
            if (containsKeyAnywhere(it.value(), key))
                return true;
    } else if (value.isArray()) {
        for (const QJsonValue &v : value.toArray())
            if (containsKeyAnywhere(v, key))
                return true;
    }
    return false;
}
} // namespace

TEST(GeminiSchema, ConvertsJsonSchemaToTheOpenApiSubset)
{
    const QJsonObject g = toGeminiSchema(sampleSchema());
    EXPECT_EQ(g.value("type").toString(), QStringLiteral("OBJECT"));
    EXPECT_FALSE(containsKeyAnywhere(g, QStringLiteral("additionalProperties")));
    EXPECT_EQ(g.value("required").toArray(), (QJsonArray{QStringLiteral("category"), QStringLiteral("items")}));
    const QJsonObject props = g.value("properties").toObject();
    const QJsonObject category = props.value("category").toObject();
    EXPECT_EQ(category.value("type").toString(), QStringLiteral("STRING"));
    EXPECT_EQ(category.value("enum").toArray(), (QJsonArray{QStringLiteral("LLM"), QStringLiteral("Vision")}));
    EXPECT_EQ(category.value("description").toString(), QStringLiteral("the category"));
    const QJsonObject note = props.value("note").toObject();
    EXPECT_EQ(note.value("type").toString(), QStringLiteral("STRING"));
    EXPECT_TRUE(note.value("nullable").toBool());
    const QJsonObject items = props.value("items").toObject();
    EXPECT_EQ(items.value("type").toString(), QStringLiteral("ARRAY"));
    EXPECT_EQ(items.value("minItems").toInt(), 1);
    EXPECT_EQ(items.value("items").toObject().value("properties").toObject().value("n").toObject().value("type"),
              QStringLiteral("INTEGER"));
    EXPECT_EQ(props.value("score").toObject().value("type").toString(), QStringLiteral("NUMBER"));
}

TEST(OpenAiFormat, StrictSchemaClosesEveryObject)
{
    QJsonObject schema = sampleSchema();
    schema.remove(QStringLiteral("additionalProperties"));
    const QJsonObject strict = OpenAiFormat::strictSchema(schema);
    EXPECT_EQ(strict.value("additionalProperties"), QJsonValue(false));
    const QJsonObject inner = strict.value("properties").toObject().value("items").toObject()
                                  .value("items").toObject();
    EXPECT_EQ(inner.value("additionalProperties"), QJsonValue(false));
    EXPECT_EQ(strict.value("properties").toObject().value("category").toObject().value("enum").toArray().size(), 2);
}

TEST(WireHelpers, JoinUrlAndAnswerParsing)
{
    EXPECT_EQ(wire::joinUrl(QUrl(QStringLiteral("http://h/v1/")), QStringLiteral("/chat/completions")).toString(),
              QStringLiteral("http://h/v1/chat/completions"));
    EXPECT_EQ(wire::joinUrl(QUrl(QStringLiteral("http://h")), QStringLiteral("messages")).toString(),
              QStringLiteral("http://h/messages"));
    QJsonObject o;
    EXPECT_TRUE(wire::parseAnswerObject(QStringLiteral("  {\"a\": 1}\n"), &o));
    EXPECT_EQ(o.value("a").toInt(), 1);
    EXPECT_TRUE(wire::parseAnswerObject(QStringLiteral("```json\n{\"b\": 2}\n```"), &o));
    EXPECT_EQ(o.value("b").toInt(), 2);
    EXPECT_FALSE(wire::parseAnswerObject(QStringLiteral("[1, 2]"), &o));
    EXPECT_FALSE(wire::parseAnswerObject(QStringLiteral("{\"a\": "), &o));
    EXPECT_FALSE(wire::parseAnswerObject(QString(), &o));
    EXPECT_EQ(wire::safeName(QStringLiteral("section summary/ko")), QStringLiteral("section_summary_ko"));
    EXPECT_EQ(wire::safeName(QString()), QStringLiteral("answer"));
}
