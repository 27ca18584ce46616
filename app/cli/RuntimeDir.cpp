#include "cli/RuntimeDir.h"

#include <QByteArray>
#include <QDir>
#include <QFile>

#include <cerrno>
#include <cstdlib>
#include <sys/stat.h>
#include <unistd.h>

namespace cli {

namespace {

// An existing folder owned by us and closed to everyone else.
bool isPrivateFolder(const QByteArray &path)
{
    struct stat st {};
    if (::lstat(path.constData(), &st) != 0 || !S_ISDIR(st.st_mode) || st.st_uid != ::geteuid())
        return false;
    return (st.st_mode & 0077) == 0;
}

} // namespace

void ensureRuntimeDir()
{
    if (!qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR"))
        return;
    const uint uid = ::geteuid();
    const QByteArray session = "/run/user/" + QByteArray::number(uid);
    if (isPrivateFolder(session)) {
        qputenv("XDG_RUNTIME_DIR", session);
        return;
    }
    const QByteArray own = QFile::encodeName(QDir::tempPath()) + "/runtime-" + QByteArray::number(uid);
    if ((::mkdir(own.constData(), 0700) == 0 || errno == EEXIST) && isPrivateFolder(own)) {
        qputenv("XDG_RUNTIME_DIR", own);
        return;
    }
    // That name is taken by a folder that is not ours or not private: a
    // fresh private folder for this run, removed again when it ends.
    static QByteArray fresh;
    fresh = QFile::encodeName(QDir::tempPath()) + "/daily-insights-runtime-XXXXXX";
    if (::mkdtemp(fresh.data()) == nullptr)
        return;
    qputenv("XDG_RUNTIME_DIR", fresh);
    std::atexit([] { ::rmdir(fresh.constData()); }); // only if nothing was left in it
}

} // namespace cli
