#pragma once

// Runs the real `daily-insights` executable as a child process, in an
// isolated HOME/XDG tree with its own --profile. The wait runs the test's
// event loop, so in-process test servers keep answering the child.

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace clitest {

struct CliResult
{
    bool started = false;
    bool finished = false; // exited normally before the timeout
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QString stdoutText() const { return QString::fromUtf8(out); }
    QString stderrText() const { return QString::fromUtf8(err); }
    QStringList stdoutLines() const;
    // For assertion messages.
    QString describe() const;
};

QString binaryPath();

class CliEnv
{
public:
    CliEnv();

    bool isValid() const { return m_dir.isValid(); }
    QString root() const { return m_dir.path(); }
    QString profile() const { return m_profile; }
    // A fresh folder under the temporary root.
    QString makeDir(const QString &name) const;
    void setEnv(const QString &name, const QString &value) { m_env.insert(name, value); }
    void unsetEnv(const QString &name) { m_env.remove(name); }
    QProcessEnvironment environment() const { return m_env; }

    // `daily-insights <args> --profile <profile>`.
    CliResult run(const QStringList &args, const QByteArray &input = {}, int timeoutMs = 60000);
    // `daily-insights <args>` (no --profile added).
    CliResult runBare(const QStringList &args, const QByteArray &input = {}, int timeoutMs = 60000);

    // Starts the child and returns at once (with --profile added).
    std::unique_ptr<QProcess> start(const QStringList &args);
    // Waits (running the event loop) until `process` exits; kills it after the timeout.
    static CliResult wait(QProcess &process, int timeoutMs = 60000);

private:
    CliResult execute(const QStringList &args, const QByteArray &input, int timeoutMs);

    QTemporaryDir m_dir;
    QString m_profile;
    QProcessEnvironment m_env;
};

// Every file under `dir` (recursively), absolute paths.
QStringList filesUnder(const QString &dir);

} // namespace clitest
