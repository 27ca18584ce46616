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
    KeychainOutcome out;
    const QString trimmed = detail.trimmed();
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
        out.error = withDetail(noBackendMessage());
        return out;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        out.status = Status::Error;
        out.error = withDetail(QCoreApplication::translate(
            "SecretStore", "The OS keychain denied access; unlock it and try again"));
        return out;
    case QKeychain::CouldNotDeleteEntry:
        out.status = Status::Error;
        out.error = withDetail(QCoreApplication::translate("SecretStore",
                                                           "The OS keychain could not delete the entry"));
        return out;
    default:
        out.status = Status::Error;
        out.error = withDetail(QCoreApplication::translate("SecretStore", "The OS keychain failed (error %1)")
                                   .arg(code));
        return out;
    }
}

} // namespace secrets
