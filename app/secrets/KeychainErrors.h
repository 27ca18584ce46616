#pragma once

#include "secrets/SecretStore.h"

namespace secrets {

// What a QtKeychain job's error means for the user. QtKeychain 0.13 with
// libsecret reports every "no usable keychain" case (no session bus, no
// Secret Service, locked or missing login collection, libsecret missing) as
// OtherError (7), not NoBackendAvailable (5): all of them become NoBackend
// with a message that says what to start or install. Never a silent
// plaintext fallback.
struct KeychainOutcome
{
    SecretStore::Status status = SecretStore::Status::Error;
    QString error;
    SecretStore::Failure failure = SecretStore::Failure::None;
    QString detail; // the job's errorString(), trimmed
};

// `code` is a QKeychain::Error value, `detail` the job's errorString().
KeychainOutcome mapKeychainError(int code, const QString &detail);

// The message for NoBackend (without a detail).
QString noBackendMessage();

// One translated sentence for a failure kind, saying what to do; never the
// library's text (that goes in a tooltip). Empty for Failure::None.
QString failureSentence(SecretStore::Failure failure);

} // namespace secrets
