#include "service/LlmUse.h"

#include <QCoreApplication>

namespace service {

namespace {

// The server's message without the provider's name in front ("Anthropic: …"),
// which the sentence around it already says.
QString withoutProvider(const QString &detail, const QString &provider)
{
    const QString prefix = provider + QStringLiteral(": ");
    return detail.startsWith(prefix) ? detail.mid(prefix.size()) : detail;
}

} // namespace

bool LlmUse::problem() const
{
    switch (state) {
    case State::NotConfigured:
    case State::OfflineRequested:
    case State::Used:
        return false;
    default:
        return true;
    }
}

QString providerDisplayName(llm::Provider provider)
{
    switch (provider) {
    case llm::Provider::OpenAI:
        return QStringLiteral("OpenAI");
    case llm::Provider::Anthropic:
        return QStringLiteral("Anthropic");
    case llm::Provider::Gemini:
        return QStringLiteral("Gemini");
    }
    return QString();
}

QString llmUseText(const LlmUse &use)
{
    const QString detail = withoutProvider(use.detail, use.provider);
    switch (use.state) {
    case LlmUse::State::NotConfigured:
    case LlmUse::State::OfflineRequested:
    case LlmUse::State::Used:
        return QString();
    case LlmUse::State::NoKey:
        return QCoreApplication::translate("Digest",
                                           "%1 was not used: no API key is stored for it. Offline summaries were made.")
            .arg(use.provider);
    case LlmUse::State::KeychainUnavailable:
        return QCoreApplication::translate(
                   "Digest", "%1 was not used: its API key could not be read from the keychain. Offline summaries "
                             "were made.")
            .arg(use.provider);
    case LlmUse::State::KeyRefused:
        return QCoreApplication::translate("Digest", "%1 was not used: its API key was stored for another server.")
            .arg(use.provider);
    case LlmUse::State::RequestFailed:
        if (use.sectionsNotWritten > 0)
            return QCoreApplication::translate("Digest", "%1 failed: %2 (%n section(s) not written by it).", nullptr,
                                               use.sectionsNotWritten)
                .arg(use.provider, detail);
        return QCoreApplication::translate("Digest", "%1 failed: %2.").arg(use.provider, detail);
    case LlmUse::State::OverBudget:
        return QCoreApplication::translate("Digest",
                                           "%1 was not used for %n section(s): today's LLM budget is spent. They "
                                           "keep their offline summary.",
                                           nullptr, use.sectionsNotWritten)
            .arg(use.provider);
    }
    return QString();
}

QString llmUseHint(const LlmUse &use)
{
    // The keychain's and the key store's own messages say what to start or store.
    if ((use.state == LlmUse::State::KeychainUnavailable || use.state == LlmUse::State::KeyRefused)
        && !use.detail.isEmpty())
        return use.detail;
    switch (use.state) {
    case LlmUse::State::NoKey:
        return QCoreApplication::translate("Digest",
                                           "Enter the key in Settings → LLM, or run `daily-insights key set`.");
    case LlmUse::State::KeychainUnavailable:
        return QCoreApplication::translate(
            "Digest", "Start the keychain (a Secret Service such as gnome-keyring), or set DAILY_INSIGHTS_API_KEY; "
                      "then build the digest again.");
    case LlmUse::State::KeyRefused:
        return QCoreApplication::translate(
            "Digest",
            "Store a key for this server in Settings → LLM (or `daily-insights key set`), or set the base URL "
            "back.");
    case LlmUse::State::RequestFailed:
        return QCoreApplication::translate(
            "Digest", "Check the key, base URL and model in Settings → LLM (Test connection), then build the digest "
                      "again.");
    case LlmUse::State::OverBudget:
        return QCoreApplication::translate(
            "Digest",
            "Raise the daily budget in Settings → General, or build the digest by hand (manual builds are not "
            "capped).");
    default:
        return QString();
    }
}

} // namespace service
