#include "export/DigestExporter.h"

#include "export/ExportStrings.h"
#include "export/HtmlExporter.h"
#include "export/JsonExporter.h"
#include "export/MarkdownExporter.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <memory>
#include <vector>

namespace exporter {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("DigestExporter", text);
}

struct PendingFile
{
    QString path;
    QByteArray data;
};

// Writes every file to a temporary beside its target, then commits them
// all; on any failure nothing new is left behind.
bool writeAll(const std::vector<PendingFile> &files, QString *error)
{
    std::vector<std::unique_ptr<QSaveFile>> open;
    for (const PendingFile &f : files) {
        auto save = std::make_unique<QSaveFile>(f.path);
        if (!save->open(QIODevice::WriteOnly)) {
            *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(f.path), save->errorString());
            return false; // the QSaveFiles already open are discarded
        }
        if (save->write(f.data) != f.data.size()) {
            *error = tr("Cannot write %1 (is the disk full?): %2")
                         .arg(QDir::toNativeSeparators(f.path), save->errorString());
            save->cancelWriting();
            return false;
        }
        open.push_back(std::move(save));
    }
    for (std::size_t i = 0; i < open.size(); ++i) {
        if (!open[i]->commit()) {
            *error = tr("Cannot save %1 (is the disk full?): %2")
                         .arg(QDir::toNativeSeparators(files[i].path), open[i]->errorString());
            for (std::size_t j = 0; j < i; ++j)
                QFile::remove(files[j].path); // undo the part of the set already renamed
            return false;
        }
    }
    return true;
}

QByteArray pngBytes(const QImage &image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

} // namespace

bool DigestExporter::formatFromName(const QString &name, Format *format)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("md") || n == QLatin1String("markdown"))
        *format = Format::Markdown;
    else if (n == QLatin1String("html") || n == QLatin1String("htm"))
        *format = Format::Html;
    else if (n == QLatin1String("json"))
        *format = Format::Json;
    else
        return false;
    return true;
}

QList<ChartSlice> DigestExporter::slices(const Digest &digest)
{
    QList<ChartSlice> out;
    for (const DigestSection &s : digest.sections) {
        if (s.sources.isEmpty())
            continue;
        ChartSlice slice;
        slice.label = s.emoji.isEmpty() ? s.categoryName : s.emoji + QLatin1Char(' ') + s.categoryName;
        slice.color = QColor(s.color);
        if (!slice.color.isValid())
            slice.color = QColor(0x88, 0x88, 0x88);
        slice.count = int(s.sources.size());
        out.append(slice);
    }
    return out;
}

QImage DigestExporter::chart(const Digest &digest)
{
    const ChartRenderer *renderer = ChartRenderer::installed();
    if (!renderer)
        return {};
    return renderer->render(ExportStrings(digest.language).chartTitle(digest.day), slices(digest), chartSize());
}

ExportResult DigestExporter::exportDay(const Digest &digest, const QString &dir, Format format,
                                       const ExportOptions &options)
{
    ExportResult result;
    if (!QDate::fromString(digest.day, Qt::ISODate).isValid()) {
        result.error = tr("The digest has no valid day (\"%1\"); expected YYYY-MM-DD.").arg(digest.day);
        return result;
    }
    const QFileInfo info(dir);
    if (info.exists() && !info.isDir()) {
        result.error = tr("%1 is a file, not a folder.").arg(QDir::toNativeSeparators(dir));
        return result;
    }
    if (!QDir().mkpath(dir)) {
        result.error = tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(dir));
        return result;
    }
    const QDir target(dir);
    const QString base = MarkdownExporter::baseName(digest.edition, digest.day);
    const QImage image = format == Format::Json ? QImage() : chart(digest);
    if (format != Format::Json && image.isNull())
        result.warnings << tr("No chart renderer is installed, so no chart was drawn.");

    std::vector<PendingFile> files;
    switch (format) {
    case Format::Markdown: {
        const QString png = base + QStringLiteral(".png");
        files.push_back({target.absoluteFilePath(base + QStringLiteral(".md")),
                         MarkdownExporter::render(digest, png, options.briefing).toUtf8()});
        if (!image.isNull())
            files.push_back({target.absoluteFilePath(png), pngBytes(image)});
        break;
    }
    case Format::Html:
        files.push_back({target.absoluteFilePath(base + QStringLiteral(".html")),
                         HtmlExporter::render(digest, image).toUtf8()});
        break;
    case Format::Json:
        files.push_back({target.absoluteFilePath(base + QStringLiteral(".json")), JsonExporter::render(digest)});
        break;
    }
    if (!writeAll(files, &result.error))
        return result;
    for (const PendingFile &f : files)
        result.files << f.path;
    result.ok = true;
    return result;
}

} // namespace exporter
