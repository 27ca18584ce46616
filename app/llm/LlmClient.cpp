#include "llm/LlmClient.h"

namespace llm {

QString providerName(Provider provider)
{
    switch (provider) {
    case Provider::OpenAI: return QStringLiteral("openai");
    case Provider::Anthropic: return QStringLiteral("anthropic");
    case Provider::Gemini: return QStringLiteral("gemini");
    }
    return QString();
}

bool providerFromName(const QString &name, Provider *provider)
{
    for (Provider p : {Provider::OpenAI, Provider::Anthropic, Provider::Gemini}) {
        if (providerName(p) == name) {
            *provider = p;
            return true;
        }
    }
    return false;
}

QUrl defaultBaseUrl(Provider provider)
{
    switch (provider) {
    case Provider::OpenAI: return QUrl(QStringLiteral("https://api.openai.com/v1"));
    case Provider::Anthropic: return QUrl(QStringLiteral("https://api.anthropic.com/v1"));
    case Provider::Gemini: return QUrl(QStringLiteral("https://generativelanguage.googleapis.com/v1beta"));
    }
    return QUrl();
}

QString defaultModel(Provider provider)
{
    switch (provider) {
    case Provider::OpenAI: return QStringLiteral("gpt-4o-mini");
    case Provider::Anthropic: return QStringLiteral("claude-3-5-haiku-latest");
    case Provider::Gemini: return QStringLiteral("gemini-1.5-flash");
    }
    return QString();
}

} // namespace llm

#include "llm/NetworkClient.h"

namespace llm {

std::unique_ptr<Client> createClient(const Config &config, QNetworkAccessManager *network)
{
    return std::make_unique<NetworkClient>(config, createWireFormat(config.provider), network);
}

} // namespace llm
