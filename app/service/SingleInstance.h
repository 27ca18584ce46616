#pragma once

#include <QObject>
#include <QString>

class QLocalServer;

namespace service {

// The window's single-instance channel (the usual Qt pattern): the window
// that holds a profile listens on a local socket named after the profile,
// and a second window started for the same profile asks it to come to the
// front instead of showing an error. Headless commands never listen.
class SingleInstance : public QObject
{
    Q_OBJECT
public:
    explicit SingleInstance(QObject *parent = nullptr);
    ~SingleInstance() override;

    // Stable for one user and one profile folder (whatever path names it),
    // different for another folder or another user.
    static QString serverName(const QString &profileDir);

    // Starts listening for `profileDir`. Only the holder of the profile's
    // write lock calls this, so a socket left by a crashed window is
    // removed first. False with a reason (the window then still runs).
    bool listen(const QString &profileDir, QString *error = nullptr);

    // Asks the window holding `profileDir` to come to the front. True once
    // it confirmed; false when no window listens (the holder may be a
    // command-line process) or it did not answer within `timeoutMs`.
    static bool activateRunning(const QString &profileDir, int timeoutMs = 3000);

Q_SIGNALS:
    void activationRequested();

private:
    void onNewConnection();

    QLocalServer *m_server = nullptr;
};

} // namespace service
