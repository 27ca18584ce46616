#include "feed/Opml.h"

#include "feed/EncodingDetector.h"
#include "feed/FeedLimits.h"
#include "feed/XmlSanitizer.h"
#include "model/TextHygiene.h"

#include <QCoreApplication>
#include <QSet>
#include <QStringList>
#include <QXmlStreamReader>

namespace feed {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("OpmlReader", text);
}

// Attribute lookup that tolerates "xmlurl" / "XMLURL" spellings.
QString attribute(const QXmlStreamAttributes &attrs, QLatin1String name)
{
    for (const QXmlStreamAttribute &a : attrs) {
        if (a.name().compare(name, Qt::CaseInsensitive) == 0)
            return a.value().toString().trimmed();
    }
    return {};
}

// A title as one line without control characters, at most
// limits::kTitleChars characters.
QString titleText(QString text)
{
    TextHygiene::clean(text, TextHygiene::Lines::Single);
    text.truncate(limits::kTitleChars);
    return text;
}

// Why the sanitiser refused (part of) the file, or empty.
QString refusal(const SanitizedXml &xml)
{
    if (xml.declaresEntities)
        return tr("OPML files that declare their own entities (<!ENTITY>) are not accepted");
    switch (xml.cut) {
    case SanitizedXml::Cut::EntityExpansion:
    case SanitizedXml::Cut::UnsupportedDtd:
        return tr("OPML files that declare their own entities (<!ENTITY>) are not accepted");
    case SanitizedXml::Cut::Attributes:
        return tr("an outline has more than %1 attributes").arg(limits::kAttributesPerElement);
    case SanitizedXml::Cut::AttributePairs:
        return tr("the outlines carry more attributes than can be checked in time");
    case SanitizedXml::Cut::None:
        break;
    }
    return {};
}

} // namespace

OpmlResult OpmlReader::read(const QByteArray &bytes)
{
    OpmlResult result;
    if (bytes.trimmed().isEmpty()) {
        result.error = tr("the file is empty");
        return result;
    }
    const DecodedDocument doc = EncodingDetector::decode(bytes);
    const SanitizedXml xml = XmlSanitizer::sanitize(doc.utf8);
    const QString refused = refusal(xml);
    if (!refused.isEmpty()) {
        // Refused before parsing: entity expansion and attribute floods are
        // what make an XML parser run out of memory or time.
        result.line = xml.cutLine;
        result.column = xml.cutColumn;
        result.error = result.line > 0 ? tr("the OPML file is refused: line %1, column %2: %3")
                                             .arg(result.line)
                                             .arg(result.column)
                                             .arg(refused)
                                       : tr("the OPML file is refused: %1").arg(refused);
        return result;
    }
    QXmlStreamReader reader(xml.xml);

    QStringList folders;        // names of the open outlines ("" for a feed outline)
    QSet<QString> seen;
    bool sawOpml = false, inHead = false;
    while (!reader.atEnd()) {
        const QXmlStreamReader::TokenType t = reader.readNext();
        if (t == QXmlStreamReader::StartElement) {
            const QStringView name = reader.name();
            if (!sawOpml) {
                if (name.compare(QLatin1String("opml"), Qt::CaseInsensitive) != 0) {
                    result.error = tr("not an OPML file: the root element is <%1>").arg(name.toString());
                    return result;
                }
                sawOpml = true;
                continue;
            }
            if (name == QLatin1String("head")) {
                inHead = true;
            } else if (inHead && name == QLatin1String("title")) {
                result.title = titleText(reader.readElementText(QXmlStreamReader::IncludeChildElements).simplified());
            } else if (name == QLatin1String("outline")) {
                const QXmlStreamAttributes attrs = reader.attributes();
                QString title = titleText(attribute(attrs, QLatin1String("title")));
                if (title.isEmpty())
                    title = titleText(attribute(attrs, QLatin1String("text")));
                const QString xmlUrl = attribute(attrs, QLatin1String("xmlUrl"));
                if (xmlUrl.isEmpty()) {
                    ++result.folderCount;
                    folders << title;
                    continue;
                }
                folders << QString();
                if (seen.contains(xmlUrl)) {
                    ++result.duplicatesSkipped;
                    continue;
                }
                seen.insert(xmlUrl);
                QStringList path;
                for (qsizetype i = 0; i + 1 < folders.size(); ++i)
                    if (!folders[i].isEmpty())
                        path << QString(folders[i]).replace(QLatin1Char('/'), QLatin1Char('-'));
                result.feeds.append({title, xmlUrl, attribute(attrs, QLatin1String("htmlUrl")),
                                     path.join(QLatin1Char('/'))});
            }
        } else if (t == QXmlStreamReader::EndElement) {
            if (reader.name() == QLatin1String("head"))
                inHead = false;
            else if (reader.name() == QLatin1String("outline") && !folders.isEmpty())
                folders.removeLast();
        }
    }
    if (reader.hasError()) {
        result.line = int(reader.lineNumber()) + xml.declarationLineOffset;
        result.column = int(reader.columnNumber());
        result.error = tr("the OPML file is broken: line %1, column %2: %3")
                           .arg(result.line)
                           .arg(result.column)
                           .arg(reader.errorString());
        result.feeds.clear();
        return result;
    }
    if (!sawOpml) {
        result.error = tr("not an OPML file: no <opml> element");
        return result;
    }
    result.ok = true;
    return result;
}

} // namespace feed
