#include "service/LlmSettings.h"

#include "llm/Endpoint.h"
#include "settings/Settings.h"

namespace service {

LlmSettings llmSettingsFrom(const Settings &settings)
{
    LlmSettings v;
    v.provider = settings.string(SettingKey::Provider);
    v.baseUrl = settings.string(SettingKey::BaseUrl);
    v.model = settings.string(SettingKey::Model);
    v.temperature = settings.real(SettingKey::Temperature);
    v.requestTimeoutSec = settings.integer(SettingKey::RequestTimeoutSec);
    v.maxParallelRequests = settings.integer(SettingKey::MaxParallelRequests);
    return v;
}

bool llmConfigFrom(const LlmSettings &values, llm::Config *config)
{
    if (!llm::providerFromName(values.provider, &config->provider))
        return false;
    config->baseUrl = llm::normalizedBaseUrl(config->provider, values.baseUrl);
    config->model = values.model.trimmed();
    if (config->model.isEmpty())
        config->model = llm::defaultModel(config->provider);
    config->temperature = values.temperature;
    config->totalTimeoutMs = values.requestTimeoutSec * 1000;
    config->maxParallel = values.maxParallelRequests;
    return true;
}

bool llmConfigFromSettings(const Settings &settings, llm::Config *config)
{
    return llmConfigFrom(llmSettingsFrom(settings), config);
}

} // namespace service
