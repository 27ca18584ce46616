#pragma once

#include "llm/LlmClient.h"

class Settings;

namespace service {

// The LLM client configuration the settings describe (provider defaults
// filled in), without the key. False when no provider is configured.
bool llmConfigFromSettings(const Settings &settings, llm::Config *config);

} // namespace service
