#include "ui/LlmConnectionTest.h"

#include "service/LlmSettings.h"

#include "llm/ErrorText.h"
#include "llm/KeyTransport.h"
#include "llm/LlmClient.h"
#include "secrets/SecretStore.h"
#include "settings/Settings.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QPointer>

#include <algorithm>
#include <memory>

namespace ui {

namespace {

llm::Request tinyRequest()
{
    llm::Request r;
    r.system = QStringLiteral("You answer with JSON only.");
    r.user = QStringLiteral("Reply with {\"ok\": true}.");
    r.schema = QJsonObject{
        {QStringLiteral("type"), QStringLiteral("object")},
        {QStringLiteral("properties"),
         QJsonObject{{QStringLiteral("ok"), QJsonObject{{QStringLiteral("type"), QStringLiteral("boolean")}}}}},
        {QStringLiteral("required"), QJsonArray{QStringLiteral("ok")}}};
    r.schemaName = QStringLiteral("connection_test");
    r.maxOutputTokens = 64;
    return r;
}

void send(llm::Config config, QNetworkAccessManager *network, QObject *owner, LlmConnectionTest::Done done)
{
    std::unique_ptr<llm::Client> made = llm::createClient(config, network);
    llm::Client *client = made.release();
    client->setParent(owner);
    const QString model = client->model();
    const QString key = config.apiKey;
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    llm::Reply *reply = client->send(tinyRequest());
    QObject::connect(reply, &llm::Reply::finished, client, [client, model, key, clock, done](const llm::Result &r) {
        const qint64 ms = clock->elapsed();
        if (r.ok)
            done(true, QCoreApplication::translate("ui::LlmConnectionTest", "%1 answered in %2 ms").arg(model).arg(ms));
        else
            done(false, llm::errortext::sanitize(r.error, key, 600));
        client->deleteLater();
    });
}

} // namespace

void LlmConnectionTest::run(const Settings &settings, secrets::SecretStore &secrets, QNetworkAccessManager *network,
                            QObject *owner, Done done)
{
    llm::Config config;
    const QString providerName = settings.string(SettingKey::Provider);
    if (!service::llmConfigFromSettings(settings, &config)) {
        done(false,
             QCoreApplication::translate("ui::LlmConnectionTest", "No provider is selected: choose one to test."));
        return;
    }
    config.totalTimeoutMs = std::min(settings.integer(SettingKey::RequestTimeoutSec), 60) * 1000;
    config.connectTimeoutMs = std::min(config.connectTimeoutMs, config.totalTimeoutMs);
    config.maxRetries = 0; // the answer the user waits for is the first one
    config.maxParallel = 1;

    QPointer<QObject> guard(owner);
    secrets.read(secrets::apiKeyEntry(providerName), [guard, config, network,
                                                      done](const secrets::SecretStore::ReadResult &r) mutable {
        if (!guard)
            return;
        if (r.status == secrets::SecretStore::Status::Ok) {
            config.apiKey = r.secret;
        } else if (r.status != secrets::SecretStore::Status::NotFound) {
            done(
                false,
                QCoreApplication::translate("ui::LlmConnectionTest", "The API key could not be read: %1").arg(r.error));
            return;
        } else if (!llm::isLoopbackHost(config.baseUrl.host())) {
            done(false, QCoreApplication::translate("ui::LlmConnectionTest",
                                                    "No API key is stored for %1: paste one above and store it.")
                            .arg(llm::providerName(config.provider)));
            return;
        }
        send(config, network, guard, done);
    });
}

} // namespace ui
