#pragma once

#include "llm/LlmClient.h"

#include <QString>

class Settings;

namespace service {

// The LLM settings as values: what settings.ini holds, or what the
// Settings dialog's form shows before OK (so "Test connection" tests the
// form without saving it).
struct LlmSettings
{
    QString provider;   // "none", "openai", "anthropic", "gemini"
    QString baseUrl;    // as typed; empty = the provider's default
    QString model;      // empty = the provider's default
    double temperature = 0.2;
    int requestTimeoutSec = 120;
    int maxParallelRequests = 2;
};

LlmSettings llmSettingsFrom(const Settings &settings);

// The LLM client configuration `values` describe (provider defaults filled
// in, the base URL normalised by llm::normalizedBaseUrl), without the key.
// False when no provider is chosen.
bool llmConfigFrom(const LlmSettings &values, llm::Config *config);
// The same for the saved settings.
bool llmConfigFromSettings(const Settings &settings, llm::Config *config);

} // namespace service
