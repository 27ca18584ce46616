#include "llm/Endpoint.h"

#include <gtest/gtest.h>

using namespace llm;

namespace {

QString endpoint(Provider provider, const QString &typed, const QString &model = QString())
{
    Config c;
    c.provider = provider;
    c.baseUrl = normalizedBaseUrl(provider, typed);
    c.model = model;
    return endpointUrl(c).toString();
}

} // namespace

// Issue 12 item 8: the SDKs' form (no version) and the versioned form reach
// the same endpoint, with or without trailing slashes.
TEST(Endpoint, AnthropicAcceptsBothForms)
{
    const QString want = QStringLiteral("https://api.anthropic.com/v1/messages");
    for (const char *typed : {"https://api.anthropic.com", "https://api.anthropic.com/", "https://api.anthropic.com/v1",
                              "https://api.anthropic.com/v1/", "https://api.anthropic.com/v1//",
                              " https://api.anthropic.com/v1/messages ", ""})
        EXPECT_EQ(endpoint(Provider::Anthropic, QString::fromLatin1(typed)), want) << typed;
}

TEST(Endpoint, OpenAiAcceptsBothForms)
{
    const QString want = QStringLiteral("https://api.openai.com/v1/chat/completions");
    for (const char *typed : {"https://api.openai.com", "https://api.openai.com/", "https://api.openai.com/v1",
                              "https://api.openai.com/v1/", "https://api.openai.com/v1/chat/completions", ""})
        EXPECT_EQ(endpoint(Provider::OpenAI, QString::fromLatin1(typed)), want) << typed;
}

TEST(Endpoint, GeminiAcceptsBothForms)
{
    const QString want =
        QStringLiteral("https://generativelanguage.googleapis.com/v1beta/models/gemini-x:generateContent");
    for (const char *typed :
         {"https://generativelanguage.googleapis.com", "https://generativelanguage.googleapis.com/",
          "https://generativelanguage.googleapis.com/v1beta", "https://generativelanguage.googleapis.com/v1beta/",
          "https://generativelanguage.googleapis.com/v1beta/models/gemini-x:generateContent"})
        EXPECT_EQ(endpoint(Provider::Gemini, QString::fromLatin1(typed), QStringLiteral("gemini-x")), want) << typed;
    EXPECT_EQ(endpoint(Provider::Gemini, QStringLiteral("https://generativelanguage.googleapis.com/v1"),
                       QStringLiteral("models/gemini-x")),
              QStringLiteral("https://generativelanguage.googleapis.com/v1/models/gemini-x:generateContent"));
}

// Custom and local servers: a path is kept as typed (minus trailing
// slashes); a bare host:port gets the version path, as Ollama and vLLM serve.
TEST(Endpoint, CustomAndLocalBaseUrls)
{
    EXPECT_EQ(endpoint(Provider::OpenAI, QStringLiteral("http://localhost:11434")),
              QStringLiteral("http://localhost:11434/v1/chat/completions"));
    EXPECT_EQ(endpoint(Provider::OpenAI, QStringLiteral("http://127.0.0.1:8000/v1/")),
              QStringLiteral("http://127.0.0.1:8000/v1/chat/completions"));
    EXPECT_EQ(endpoint(Provider::OpenAI, QStringLiteral("https://openrouter.ai/api/v1")),
              QStringLiteral("https://openrouter.ai/api/v1/chat/completions"));
    EXPECT_EQ(endpoint(Provider::Anthropic, QStringLiteral("https://proxy.example.com/anthropic/")),
              QStringLiteral("https://proxy.example.com/anthropic/messages"));
    EXPECT_EQ(endpoint(Provider::Anthropic, QStringLiteral("http://127.0.0.1:9000")),
              QStringLiteral("http://127.0.0.1:9000/v1/messages"));
    // The host, port and scheme are never changed.
    EXPECT_EQ(normalizedBaseUrl(Provider::OpenAI, QStringLiteral("http://10.0.0.5:8443/v2")).toString(),
              QStringLiteral("http://10.0.0.5:8443/v2"));
}
