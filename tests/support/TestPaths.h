#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

namespace testpaths {

inline QString corpus(const QString &rel) { return QStringLiteral(DI_CORPUS_DIR "/") + rel; }
inline QString seeds(const QString &rel) { return QStringLiteral(DI_SEEDS_DIR "/") + rel; }
inline QString fixture(const QString &rel) { return QStringLiteral(DI_FIXTURES_DIR "/") + rel; }

inline QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

} // namespace testpaths
