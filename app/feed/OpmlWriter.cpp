#include "feed/Opml.h"

#include <QDateTime>
#include <QMap>
#include <QStringList>
#include <QXmlStreamWriter>

namespace feed {
namespace {

// A folder tree: sub-folders by name, and the sources directly inside.
struct Folder
{
    QMap<QString, Folder> children;
    QList<const Source *> sources;
};

void writeFolder(QXmlStreamWriter &w, const Folder &folder)
{
    for (auto it = folder.children.cbegin(); it != folder.children.cend(); ++it) {
        w.writeStartElement(QStringLiteral("outline"));
        w.writeAttribute(QStringLiteral("text"), it.key());
        w.writeAttribute(QStringLiteral("title"), it.key());
        writeFolder(w, it.value());
        w.writeEndElement();
    }
    for (const Source *s : folder.sources) {
        w.writeEmptyElement(QStringLiteral("outline"));
        const QString title = s->title.isEmpty() ? s->url : s->title;
        w.writeAttribute(QStringLiteral("type"), QStringLiteral("rss"));
        w.writeAttribute(QStringLiteral("text"), title);
        w.writeAttribute(QStringLiteral("title"), title);
        w.writeAttribute(QStringLiteral("xmlUrl"), s->url);
    }
}

} // namespace

QByteArray OpmlWriter::write(const QString &title, const QList<Source> &sources)
{
    Folder root;
    for (const Source &s : sources) {
        Folder *folder = &root;
        for (const QString &part : s.group.split(QLatin1Char('/'), Qt::SkipEmptyParts))
            folder = &folder->children[part.trimmed()];
        folder->sources.append(&s);
    }
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.setAutoFormatting(true);
    w.setAutoFormattingIndent(2);
    w.writeStartDocument();
    w.writeStartElement(QStringLiteral("opml"));
    w.writeAttribute(QStringLiteral("version"), QStringLiteral("2.0"));
    w.writeStartElement(QStringLiteral("head"));
    w.writeTextElement(QStringLiteral("title"), title);
    w.writeTextElement(QStringLiteral("dateCreated"), QDateTime::currentDateTimeUtc().toString(Qt::RFC2822Date));
    w.writeEndElement();
    w.writeStartElement(QStringLiteral("body"));
    writeFolder(w, root);
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndDocument();
    return out;
}

} // namespace feed
