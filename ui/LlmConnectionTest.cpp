#include "ui/LlmConnectionTest.h"

#include "service/LlmSettings.h"

#include "llm/ErrorText.h"
#include "llm/KeyTransport.h"
#include "llm/LlmClient.h"

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

void LlmConnectionTest::run(const service::LlmSettings &values, const QString &typedKey,
                            secrets::SecretStore &secrets, QNetworkAccessManager *network, QObject *owner,
                            const service::ConfirmKeyOrigin &confirm, Done done)
{
    llm::Config config;
    if (!service::llmConfigFrom(values, &config)) {
        done(false,
             QCoreApplication::translate("ui::LlmConnectionTest", "No provider is selected: choose one to test."));
        return;
    }
    config.totalTimeoutMs = std::min(values.requestTimeoutSec, 60) * 1000;
    config.connectTimeoutMs = std::min(config.connectTimeoutMs, config.totalTimeoutMs);
    config.maxRetries = 0; // the answer the user waits for is the first one
    config.maxParallel = 1;

    const QString key = typedKey.trimmed();
    if (!key.isEmpty()) {
        // Typed in the form for the server the form shows: nothing to
        // confirm; the client still refuses plain http to a remote host.
        config.apiKey = key;
        send(config, network, owner, done);
        return;
    }
    QPointer<QObject> guard(owner);
    service::ApiKeyStore(secrets).resolve(config, confirm, owner, [guard, config, network,
                                                                   done](const service::ResolvedKey &key) mutable {
        if (!guard)
            return;
        switch (key.state) {
        case service::ResolvedKey::State::Ready:
            config.apiKey = key.key;
            break;
        case service::ResolvedKey::State::NoKey:
            if (llm::isLoopbackHost(config.baseUrl.host()))
                break; // a local server may need no key
            done(false, QCoreApplication::translate("ui::LlmConnectionTest",
                                                    "No API key is stored for %1: paste one above and store it.")
                            .arg(llm::providerName(config.provider)));
            return;
        case service::ResolvedKey::State::Refused:
        case service::ResolvedKey::State::Unreadable:
            done(false, key.message);
            return;
        }
        send(config, network, guard, done);
    });
}

} // namespace ui
