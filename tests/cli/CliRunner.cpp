#include "CliRunner.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QSignalSpy>

namespace clitest {

QStringList CliResult::stdoutLines() const
{
    return stdoutText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

QString CliResult::describe() const
{
    return QStringLiteral("started=%1 finished=%2 exit=%3\n--- stdout ---\n%4\n--- stderr ---\n%5")
        .arg(started).arg(finished).arg(exitCode).arg(stdoutText().left(4000), stderrText().left(4000));
}

QString binaryPath() { return QStringLiteral(DI_BINARY_DIR "/daily-insights"); }

CliEnv::CliEnv()
{
    const QString r = m_dir.path();
    m_profile = QDir(r).filePath(QStringLiteral("profile"));
    m_env = QProcessEnvironment::systemEnvironment();
    for (const QString &name : m_env.keys()) {
        if (name.startsWith(QLatin1String("DAILY_INSIGHTS_")) || name.startsWith(QLatin1String("XDG_"))
            || name.endsWith(QLatin1String("_proxy"), Qt::CaseInsensitive))
            m_env.remove(name);
    }
    const auto dir = [&](const char *name) {
        const QString path = QDir(r).filePath(QString::fromLatin1(name));
        QDir().mkpath(path);
        return path;
    };
    m_env.insert(QStringLiteral("HOME"), dir("home"));
    m_env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir("xdg/config"));
    m_env.insert(QStringLiteral("XDG_DATA_HOME"), dir("xdg/data"));
    m_env.insert(QStringLiteral("XDG_CACHE_HOME"), dir("xdg/cache"));
    const QString runtime = dir("xdg/runtime");
    QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    m_env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime);
    // No session bus: the child can never reach a real keychain.
    m_env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                 QStringLiteral("unix:path=") + QDir(r).filePath(QStringLiteral("no-bus")));
    m_env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    m_env.insert(QStringLiteral("TZ"), QStringLiteral("UTC"));
    m_env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    m_env.insert(QStringLiteral("no_proxy"), QStringLiteral("127.0.0.1,localhost"));
}

QString CliEnv::makeDir(const QString &name) const
{
    const QString path = QDir(m_dir.path()).filePath(name);
    QDir().mkpath(path);
    return path;
}

CliResult CliEnv::run(const QStringList &args, const QByteArray &input, int timeoutMs)
{
    return execute(args + QStringList{QStringLiteral("--profile"), m_profile}, input, timeoutMs);
}

CliResult CliEnv::runBare(const QStringList &args, const QByteArray &input, int timeoutMs)
{
    return execute(args, input, timeoutMs);
}

std::unique_ptr<QProcess> CliEnv::start(const QStringList &args)
{
    auto process = std::make_unique<QProcess>();
    process->setProcessEnvironment(m_env);
    process->setProgram(binaryPath());
    process->setArguments(args + QStringList{QStringLiteral("--profile"), m_profile});
    process->start();
    process->closeWriteChannel();
    return process;
}

CliResult CliEnv::wait(QProcess &process, int timeoutMs)
{
    CliResult r;
    r.started = process.state() != QProcess::NotRunning || process.error() != QProcess::FailedToStart;
    if (process.state() != QProcess::NotRunning) {
        QSignalSpy finished(&process, &QProcess::finished);
        if (process.state() != QProcess::NotRunning)
            finished.wait(timeoutMs); // the event loop keeps in-process servers answering
    }
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished(5000);
        r.finished = false;
    } else {
        r.finished = r.started && process.exitStatus() == QProcess::NormalExit;
    }
    r.exitCode = process.exitCode();
    r.out = process.readAllStandardOutput();
    r.err = process.readAllStandardError();
    return r;
}

CliResult CliEnv::execute(const QStringList &args, const QByteArray &input, int timeoutMs)
{
    QProcess process;
    process.setProcessEnvironment(m_env);
    process.start(binaryPath(), args);
    if (!process.waitForStarted(10000)) {
        CliResult r;
        r.err = process.errorString().toUtf8();
        return r;
    }
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    return wait(process, timeoutMs);
}

QStringList filesUnder(const QString &dir)
{
    QStringList files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    return files;
}

} // namespace clitest
