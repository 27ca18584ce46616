#pragma once

#include "llm/LlmClient.h"

#include <QMetaType>
#include <QString>

namespace service {

// Whether a digest build used the LLM the settings chose, and when it did
// not (or not for every section), why. Filled by AppContext (the client
// could not be made) and DigestService (a request failed, the budget was
// spent); the window and the command line show the same text.
struct LlmUse
{
    enum class State {
        NotConfigured,       // no provider chosen: offline by choice
        OfflineRequested,    // `--offline`, or an automatic build's offline pass
        Used,                // every request the build made succeeded
        NoKey,               // no API key is stored for the provider
        KeychainUnavailable, // the key could not be read (no keychain, access denied…)
        KeyRefused,          // the stored key belongs to another server
        RequestFailed,       // a request failed: `detail` has the server's reason
        OverBudget,          // today's LLM budget is spent (automatic builds)
    };
    State state = State::NotConfigured;
    QString provider;           // "Anthropic"; empty when no provider is chosen
    QString detail;             // the keychain's or the server's message
    int sectionsNotWritten = 0; // RequestFailed / OverBudget: sections the LLM did not write

    // The chosen provider was not used, or not for everything.
    bool problem() const;
    // Which settings fix it: the LLM tab, or (OverBudget) the General tab.
    bool fixedInGeneralSettings() const { return state == State::OverBudget; }
};

// "OpenAI", "Anthropic", "Gemini".
QString providerDisplayName(llm::Provider provider);
// One sentence naming the provider and the reason ("" when !problem()).
QString llmUseText(const LlmUse &use);
// What to do about it ("" when !problem()); for the keychain and a key of
// another server, their own message (which says what to start or store).
QString llmUseHint(const LlmUse &use);

} // namespace service

Q_DECLARE_METATYPE(service::LlmUse)
