#include "html/ArticleMetadata.h"

#include "html/HtmlDocument.h"
#include "html/ReadabilityNodes.h"
#include "html/ReadabilityPatterns.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace html {

using namespace readability;

namespace {

// document.title: the first <title>'s text, white space stripped and collapsed.
QString documentTitle(const HtmlDocument &doc)
{
    const HtmlNode *t = findFirst(const_cast<HtmlNode *>(doc.root()), GUMBO_TAG_TITLE);
    if (!t)
        return {};
    // ASCII white space only: an ideographic space belongs to the title.
    const QString text = t->textContent();
    QString out;
    bool space = false;
    for (const QChar c : text) {
        const bool ascii = c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f';
        if (ascii) {
            space = true;
            continue;
        }
        if (space && !out.isEmpty())
            out += QLatin1Char(' ');
        space = false;
        out += c;
    }
    return out;
}

QString unescapeEntities(QString s)
{
    if (!s.contains(QLatin1Char('&')))
        return s;
    static const QRegularExpression named(QStringLiteral("&(quot|amp|apos|lt|gt);"));
    static const QRegularExpression numeric(QStringLiteral("&#(?:x([0-9a-f]+)|([0-9]+));"),
                                            QRegularExpression::CaseInsensitiveOption);
    QString out;
    qsizetype last = 0;
    for (auto it = named.globalMatch(s); it.hasNext();) {
        const auto m = it.next();
        out += QStringView(s).mid(last, m.capturedStart() - last);
        const QString name = m.captured(1);
        out += name == QLatin1String("quot")   ? QStringLiteral("\"")
               : name == QLatin1String("amp")  ? QStringLiteral("&")
               : name == QLatin1String("apos") ? QStringLiteral("'")
               : name == QLatin1String("lt")   ? QStringLiteral("<")
                                               : QStringLiteral(">");
        last = m.capturedEnd();
    }
    out += QStringView(s).mid(last);
    s = out;
    out.clear();
    last = 0;
    for (auto it = numeric.globalMatch(s); it.hasNext();) {
        const auto m = it.next();
        out += QStringView(s).mid(last, m.capturedStart() - last);
        bool ok = false;
        qulonglong num =
            m.captured(1).isEmpty() ? m.captured(2).toULongLong(&ok, 10) : m.captured(1).toULongLong(&ok, 16);
        if (!ok || num == 0 || num > 0x10ffff || (num >= 0xd800 && num <= 0xdfff))
            num = 0xfffd;
        const char32_t cp = char32_t(num);
        out += QString::fromUcs4(&cp, 1);
        last = m.capturedEnd();
    }
    out += QStringView(s).mid(last);
    return out;
}

struct JsonLd
{
    QString title, byline, excerpt, siteName, datePublished;
};

bool isArticleType(const QJsonValue &type)
{
    return type.isString() && Patterns::jsonLdArticleTypes().match(type.toString()).hasMatch();
}

JsonLd readJsonLd(const HtmlDocument &doc)
{
    static const QRegularExpression cdata(QStringLiteral("^\\s*<!\\[CDATA\\[|\\]\\]>\\s*$"));
    static const QRegularExpression schemaOrg(QStringLiteral("^https?\\:\\/\\/schema\\.org\\/?$"));
    for (const HtmlNode *script : doc.root()->descendants(GUMBO_TAG_SCRIPT)) {
        if (script->attribute(u"type") != QLatin1String("application/ld+json"))
            continue;
        QString content = script->textContent();
        content.remove(cdata);
        const QJsonDocument json = QJsonDocument::fromJson(content.toUtf8());
        QJsonObject parsed;
        if (json.isArray()) {
            for (const QJsonValue &v : json.array())
                if (v.isObject() && isArticleType(v.toObject().value(QLatin1String("@type")))) {
                    parsed = v.toObject();
                    break;
                }
            if (parsed.isEmpty())
                continue;
        } else if (json.isObject()) {
            parsed = json.object();
        } else {
            continue;
        }
        const QJsonValue context = parsed.value(QLatin1String("@context"));
        const bool matches = (context.isString() && schemaOrg.match(context.toString()).hasMatch()) ||
                             (context.isObject() && context.toObject().value(QLatin1String("@vocab")).isString() &&
                              schemaOrg.match(context.toObject().value(QLatin1String("@vocab")).toString()).hasMatch());
        if (!matches)
            continue;
        if (!parsed.contains(QLatin1String("@type")) && parsed.value(QLatin1String("@graph")).isArray()) {
            QJsonObject found;
            for (const QJsonValue &v : parsed.value(QLatin1String("@graph")).toArray())
                if (v.isObject() && isArticleType(v.toObject().value(QLatin1String("@type")))) {
                    found = v.toObject();
                    break;
                }
            parsed = found;
        }
        if (parsed.isEmpty() || !isArticleType(parsed.value(QLatin1String("@type"))))
            continue;

        JsonLd out;
        const QJsonValue name = parsed.value(QLatin1String("name"));
        const QJsonValue headline = parsed.value(QLatin1String("headline"));
        if (name.isString() && headline.isString() && name.toString() != headline.toString()) {
            const QString title = ArticleMetadata::articleTitle(doc);
            const bool nameMatches = textSimilarity(name.toString(), title) > 0.75;
            const bool headlineMatches = textSimilarity(headline.toString(), title) > 0.75;
            out.title = headlineMatches && !nameMatches ? headline.toString() : name.toString();
        } else if (name.isString()) {
            out.title = name.toString().trimmed();
        } else if (headline.isString()) {
            out.title = headline.toString().trimmed();
        }
        const QJsonValue author = parsed.value(QLatin1String("author"));
        if (author.isObject() && author.toObject().value(QLatin1String("name")).isString()) {
            out.byline = author.toObject().value(QLatin1String("name")).toString().trimmed();
        } else if (author.isArray() && !author.toArray().isEmpty() &&
                   author.toArray().first().toObject().value(QLatin1String("name")).isString()) {
            QStringList names;
            for (const QJsonValue &a : author.toArray())
                if (a.toObject().value(QLatin1String("name")).isString())
                    names << a.toObject().value(QLatin1String("name")).toString().trimmed();
            out.byline = names.join(QLatin1String(", "));
        }
        if (parsed.value(QLatin1String("description")).isString())
            out.excerpt = parsed.value(QLatin1String("description")).toString().trimmed();
        const QJsonValue publisher = parsed.value(QLatin1String("publisher"));
        if (publisher.isObject() && publisher.toObject().value(QLatin1String("name")).isString())
            out.siteName = publisher.toObject().value(QLatin1String("name")).toString().trimmed();
        if (parsed.value(QLatin1String("datePublished")).isString())
            out.datePublished = parsed.value(QLatin1String("datePublished")).toString().trimmed();
        return out;
    }
    return {};
}

QString firstOf(const QHash<QString, QString> &values, std::initializer_list<const char *> keys)
{
    for (const char *k : keys) {
        const QString v = values.value(QString::fromLatin1(k));
        if (!v.isEmpty())
            return v;
    }
    return {};
}

} // namespace

QString ArticleMetadata::articleTitle(const HtmlDocument &doc)
{
    static const QRegularExpression separator(QStringLiteral(" [\\|\\-\u2013\u2014\\\\\\/>\u00bb] "));
    static const QRegularExpression hierarchical(QStringLiteral(" [\\\\\\/>\u00bb] "));
    static const QRegularExpression upToFirst(
        QStringLiteral("^[^\\|\\-\u2013\u2014\\\\\\/>\u00bb]*[\\|\\-\u2013\u2014\\\\\\/>\u00bb]"));
    static const QRegularExpression separators(QStringLiteral("[\\|\\-\u2013\u2014\\\\\\/>\u00bb]+"));

    const QString origTitle = documentTitle(doc);
    QString curTitle = origTitle;
    bool hadHierarchicalSeparators = false;

    if (separator.match(curTitle).hasMatch()) {
        hadHierarchicalSeparators = hierarchical.match(curTitle).hasMatch();
        qsizetype last = 0;
        for (auto it = separator.globalMatch(origTitle); it.hasNext();)
            last = it.next().capturedStart();
        curTitle = origTitle.left(last);
        if (roughWordCount(curTitle) < 3)
            curTitle = QString(origTitle).remove(upToFirst);
    } else if (curTitle.contains(QLatin1String(": "))) {
        bool match = false;
        for (const HtmlNode *h : doc.root()->descendantElements())
            if ((h->tag == GUMBO_TAG_H1 || h->tag == GUMBO_TAG_H2) &&
                h->textContent().trimmed() == curTitle.trimmed()) {
                match = true;
                break;
            }
        if (!match) {
            curTitle = origTitle.mid(origTitle.lastIndexOf(QLatin1Char(':')) + 1);
            if (roughWordCount(curTitle) < 3)
                curTitle = origTitle.mid(origTitle.indexOf(QLatin1Char(':')) + 1);
            else if (roughWordCount(origTitle.left(origTitle.indexOf(QLatin1Char(':')))) > 5)
                curTitle = origTitle;
        }
    } else if (curTitle.size() > 150 || curTitle.size() < 15) {
        const auto h1s = doc.root()->descendants(GUMBO_TAG_H1);
        if (h1s.size() == 1)
            curTitle = innerText(h1s.front());
    }

    curTitle = normalizeSpaces(curTitle.trimmed());
    const int words = roughWordCount(curTitle);
    if (words <= 4 &&
        (!hadHierarchicalSeparators || words != roughWordCount(QString(origTitle).remove(separators)) - 1))
        curTitle = origTitle;
    return curTitle;
}

ArticleMetadata ArticleMetadata::read(const HtmlDocument &doc)
{
    static const QRegularExpression propertyPattern(
        QStringLiteral("\\s*(article|dc|dcterm|og|twitter)\\s*:\\s*(author|creator|description|published_time|title|"
                       "site_name)\\s*"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression namePattern(
        QStringLiteral("^\\s*(?:(dc|dcterm|og|twitter|parsely|weibo:(article|webpage))\\s*[-\\.:]\\s*)?(author|"
                       "creator|pub-date|description|title|site_name)\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression space(QStringLiteral("\\s"));

    const JsonLd jsonLd = readJsonLd(doc);
    QHash<QString, QString> values;
    for (const HtmlNode *meta : doc.root()->descendants(GUMBO_TAG_META)) {
        const QString content = meta->attribute(u"content");
        if (content.isEmpty())
            continue;
        const QString property = meta->attribute(u"property");
        bool matched = false;
        if (!property.isEmpty()) {
            const auto m = propertyPattern.match(property);
            if (m.hasMatch()) {
                matched = true;
                values.insert(m.captured(0).toLower().remove(space), content.trimmed());
            }
        }
        const QString name = meta->attribute(u"name");
        if (!matched && !name.isEmpty() && namePattern.match(name).hasMatch())
            values.insert(name.toLower().remove(space).replace(QLatin1Char('.'), QLatin1Char(':')), content.trimmed());
    }

    ArticleMetadata m;
    m.title = !jsonLd.title.isEmpty()
                  ? jsonLd.title
                  : firstOf(values, {"dc:title", "dcterm:title", "og:title", "weibo:article:title",
                                     "weibo:webpage:title", "title", "twitter:title", "parsely-title"});
    if (m.title.isEmpty())
        m.title = articleTitle(doc);
    m.byline = !jsonLd.byline.isEmpty() ? jsonLd.byline
                                        : firstOf(values, {"dc:creator", "dcterm:creator", "author", "parsely-author"});
    m.excerpt =
        !jsonLd.excerpt.isEmpty()
            ? jsonLd.excerpt
            : firstOf(values, {"dc:description", "dcterm:description", "og:description", "weibo:article:description",
                               "weibo:webpage:description", "description", "twitter:description"});
    m.siteName = !jsonLd.siteName.isEmpty() ? jsonLd.siteName : values.value(QStringLiteral("og:site_name"));
    m.publishedTime = !jsonLd.datePublished.isEmpty() ? jsonLd.datePublished
                                                      : firstOf(values, {"article:published_time", "parsely-pub-date"});
    m.title = unescapeEntities(m.title);
    m.byline = unescapeEntities(m.byline);
    m.excerpt = unescapeEntities(m.excerpt);
    m.siteName = unescapeEntities(m.siteName);
    m.publishedTime = unescapeEntities(m.publishedTime);
    return m;
}

} // namespace html
