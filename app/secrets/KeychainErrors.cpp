#include "secrets/KeychainErrors.h"

#include <QCoreApplication>
#include <qt6keychain/keychain.h>

namespace secrets {

QString noBackendMessage()
{
    return QCoreApplication::translate(
        "SecretStore",
        "No usable OS keychain: start a Secret Service (e.g. gnome-keyring) in a D-Bus session, "
        "or set DAILY_INSIGHTS_API_KEY for headless runs");
}

KeychainOutcome mapKeychainError(int code, const QString &detail)
{
    using Status = SecretStore::Status;
    using Failure = SecretStore::Failure;
    KeychainOutcome out;
    const QString trimmed = detail.trimmed();
    out.detail = trimmed;
    auto withDetail = [&trimmed](const QString &message) {
        return trimmed.isEmpty() ? message
                                 : QCoreApplication::translate("SecretStore", "%1 (%2)").arg(message, trimmed);
    };
    switch (code) {
    case QKeychain::NoError:
        out.status = Status::Ok;
        return out;
    case QKeychain::EntryNotFound:
        out.status = Status::NotFound;
        return out;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        out.status = Status::NoBackend;
        out.failure = Failure::NoSecretService;
        out.error = withDetail(noBackendMessage());
        return out;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        out.status = Status::Error;
        out.failure = Failure::AccessDenied;
        out.error = withDetail(QCoreApplication::translate(
            "SecretStore", "The OS keychain denied access; unlock it and try again"));
        return out;
    case QKeychain::CouldNotDeleteEntry:
        out.status = Status::Error;
        out.failure = Failure::Other;
        out.error = withDetail(QCoreApplication::translate("SecretStore",
                                                           "The OS keychain could not delete the entry"));
        return out;
    default:
        out.status = Status::Error;
        out.failure = Failure::Other;
        out.error = withDetail(QCoreApplication::translate("SecretStore", "The OS keychain failed (error %1)")
                                   .arg(code));
        return out;
    }
}

QString failureSentence(SecretStore::Failure failure)
{
    switch (failure) {
    case SecretStore::Failure::None:
        return QString();
    case SecretStore::Failure::NoSecretService:
        return QCoreApplication::translate("SecretStore",
                                           "No system keychain is running: start one (e.g. gnome-keyring), or set "
                                           "DAILY_INSIGHTS_API_KEY for headless runs.");
    case SecretStore::Failure::AccessDenied:
        return QCoreApplication::translate("SecretStore",
                                           "The system keychain refused access: unlock it and try again.");
    case SecretStore::Failure::Other:
        return QCoreApplication::translate("SecretStore", "The system keychain failed; try again after restarting it.");
    }
    return QString();
}

} // namespace secrets
