#include "service/LlmSettings.h"

#include "settings/Settings.h"

namespace service {

bool llmConfigFromSettings(const Settings &settings, llm::Config *config)
{
    if (!llm::providerFromName(settings.string(SettingKey::Provider), &config->provider))
        return false;
    config->baseUrl = QUrl(settings.string(SettingKey::BaseUrl));
    if (config->baseUrl.isEmpty())
        config->baseUrl = llm::defaultBaseUrl(config->provider);
    config->model = settings.string(SettingKey::Model);
    if (config->model.isEmpty())
        config->model = llm::defaultModel(config->provider);
    config->temperature = settings.real(SettingKey::Temperature);
    config->totalTimeoutMs = settings.integer(SettingKey::RequestTimeoutSec) * 1000;
    config->maxParallel = settings.integer(SettingKey::MaxParallelRequests);
    return true;
}

} // namespace service
