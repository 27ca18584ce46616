#include "feed/XmlFeedReader.h"

#include "feed/EntryBuilder.h"
#include "feed/FeedLimits.h"
#include "feed/HtmlText.h"

#include <QCoreApplication>

namespace feed {
namespace {

// The first occurrence of an element wins, as in feedparser.
void keepFirst(QString &field, const QString &value)
{
    if (field.isEmpty())
        field = value;
}

const QLatin1String kAtom10("http://www.w3.org/2005/Atom");
const QLatin1String kAtom03("http://purl.org/atom/ns#");
const QLatin1String kRss10("http://purl.org/rss/1.0/");
const QLatin1String kRss090("http://my.netscape.com/rdf/simple/0.9/");
const QLatin1String kRdf("http://www.w3.org/1999/02/22-rdf-syntax-ns#");
const QLatin1String kXmlNs("http://www.w3.org/XML/1998/namespace");

bool is(QStringView a, const char *b)
{
    return a == QLatin1String(b);
}

// Cuts `target` back to limits::kTextChars; false when it had to.
bool withinCap(QString &target)
{
    if (target.size() <= limits::kTextChars)
        return true;
    target.truncate(limits::kTextChars);
    return false;
}

} // namespace

XmlFeedReader::XmlFeedReader(const QByteArray &utf8, const QUrl &base, const QDateTime &nowUtc)
    : m_xml(utf8), m_rootBase(base), m_now(nowUtc)
{
    m_xml.setNamespaceProcessing(true);
}

XmlFeedReader::Ns XmlFeedReader::nsOf() const
{
    const QStringView uri = m_xml.namespaceUri();
    if (uri.isEmpty() || uri == m_rootUri)
        return m_dialect == Dialect::Atom ? Ns::Atom : Ns::Core;
    if (uri == kAtom10 || uri.startsWith(kAtom03))
        return Ns::Atom;
    if (uri == kRss10 || uri == kRss090 || uri.startsWith(QLatin1String("http://backend.userland.com/rss"))
        || uri == QLatin1String("http://blogs.law.harvard.edu/tech/rss"))
        return Ns::Core;
    if (uri == QLatin1String("http://purl.org/dc/elements/1.1/"))
        return Ns::Dc;
    if (uri == QLatin1String("http://purl.org/dc/terms/"))
        return Ns::DcTerms;
    if (uri == QLatin1String("http://purl.org/rss/1.0/modules/content/"))
        return Ns::Content;
    if (uri.startsWith(QLatin1String("http://search.yahoo.com/mrss")))
        return Ns::Media;
    if (uri == QLatin1String("http://www.w3.org/1999/xhtml"))
        return Ns::Xhtml;
    if (uri == kRdf)
        return Ns::Rdf;
    return Ns::Other;
}

QString XmlFeedReader::attr(QLatin1String name) const
{
    return m_xml.attributes().value(name).toString();
}

QUrl XmlFeedReader::baseOf(const QUrl &parent) const
{
    const QStringView b = m_xml.attributes().value(kXmlNs, QLatin1String("base"));
    if (b.isEmpty())
        return parent;
    const QUrl rel(b.trimmed().toString());
    return parent.isEmpty() ? rel : parent.resolved(rel);
}

QString XmlFeedReader::resolve(const QUrl &base, const QString &ref) const
{
    const QString trimmed = ref.trimmed();
    if (trimmed.isEmpty() || base.isEmpty() || trimmed.startsWith(QLatin1String("https://"))
        || trimmed.startsWith(QLatin1String("http://")))
        return trimmed;
    const QUrl rel(trimmed);
    if (!rel.isRelative() || !rel.isValid())
        return trimmed;
    return base.resolved(rel).toString();
}

QString XmlFeedReader::readContent(bool &hadMarkup)
{
    QString text;
    QString markup;
    hadMarkup = false;
    bool full = false; // the kept text reached the cap: read on, keep nothing more
    int depth = 0;
    while (!m_xml.atEnd()) {
        const QXmlStreamReader::TokenType token = m_xml.readNext();
        if (token == QXmlStreamReader::EndElement && depth == 0)
            break;
        if (full) {
            depth += token == QXmlStreamReader::StartElement ? 1 : token == QXmlStreamReader::EndElement ? -1 : 0;
            continue;
        }
        switch (token) {
        case QXmlStreamReader::Characters:
            if (hadMarkup)
                markup += m_xml.text().toString().toHtmlEscaped();
            else
                text += m_xml.text();
            break;
        case QXmlStreamReader::EntityReference:
            (hadMarkup ? markup : text).append(QLatin1Char('&')).append(m_xml.name()).append(QLatin1Char(';'));
            break;
        case QXmlStreamReader::StartElement: {
            if (!hadMarkup) {
                hadMarkup = true;
                markup = text.toHtmlEscaped();
                text.clear();
            }
            ++depth;
            markup.append(QLatin1Char('<')).append(m_xml.name());
            const QXmlStreamAttributes attrs = m_xml.attributes();
            for (const QXmlStreamAttribute &a : attrs) {
                markup.append(QLatin1Char(' ')).append(a.name()).append(QLatin1String("=\""));
                markup.append(a.value().toString().toHtmlEscaped()).append(QLatin1Char('"'));
            }
            markup += QLatin1Char('>');
            break;
        }
        case QXmlStreamReader::EndElement:
            --depth;
            markup.append(QLatin1String("</")).append(m_xml.name()).append(QLatin1Char('>'));
            break;
        default:
            break;
        }
        full = !withinCap(hadMarkup ? markup : text);
    }
    m_truncated += full ? 1 : 0;
    return hadMarkup ? markup : text;
}

QString XmlFeedReader::readPlain()
{
    bool markup = false;
    const QString value = readContent(markup);
    return markup ? HtmlText::toPlainText(value) : value.trimmed();
}

RawText XmlFeedReader::readAtomText()
{
    const QString type = attr(QLatin1String("type")).trimmed().toLower();
    const QString mode = attr(QLatin1String("mode")).trimmed().toLower();
    const bool textual = type.isEmpty() || type == QLatin1String("text") || type == QLatin1String("html")
                         || type == QLatin1String("xhtml") || type.startsWith(QLatin1String("text/"))
                         || type.endsWith(QLatin1String("+xml")) || type.endsWith(QLatin1String("/xml"));
    const bool base64 = mode == QLatin1String("base64") || (!m_atom03 && !textual);
    bool markup = false;
    QString value = readContent(markup);
    RawText out;
    out.present = true;
    if (base64 && !markup)
        value = QString::fromUtf8(QByteArray::fromBase64(value.trimmed().toLatin1()));
    out.value = value;
    const bool html = type == QLatin1String("html") || type == QLatin1String("text/html")
                      || type == QLatin1String("xhtml") || type == QLatin1String("application/xhtml+xml");
    if (markup || html)
        out.kind = TextKind::Html;
    else if (mode == QLatin1String("escaped") && type.isEmpty())
        out.kind = TextKind::Guess;
    else
        out.kind = TextKind::Text;
    return out;
}

void XmlFeedReader::readAtomLink(const QUrl &base, QString &link, Enclosure *enclosure)
{
    const QUrl own = baseOf(base);
    const QString rel = attr(QLatin1String("rel")).trimmed().toLower();
    const QString type = attr(QLatin1String("type"));
    const qint64 length = attr(QLatin1String("length")).toLongLong();
    QString href = attr(QLatin1String("href"));
    if (href.isEmpty() && !m_xml.attributes().hasAttribute(QLatin1String("href"))) {
        // RSS-style <link>text</link> in the Atom namespace.
        href = readPlain();
    } else {
        m_xml.skipCurrentElement();
    }
    if (rel.isEmpty() || rel == QLatin1String("alternate")) {
        if (link.isEmpty())
            link = resolve(own, href);
    } else if (rel == QLatin1String("enclosure") && enclosure && enclosure->url.isEmpty()) {
        enclosure->url = resolve(own, href);
        enclosure->type = type;
        enclosure->length = length;
    }
}

void XmlFeedReader::readAtomAuthor(RawEntry &entry)
{
    QString name, email, uri;
    while (!m_xml.atEnd()) {
        const QXmlStreamReader::TokenType t = m_xml.readNext();
        if (t == QXmlStreamReader::EndElement)
            break;
        if (t != QXmlStreamReader::StartElement)
            continue;
        const QStringView local = m_xml.name();
        if (is(local, "name"))
            name = readPlain();
        else if (is(local, "email"))
            email = readPlain();
        else
            m_xml.skipCurrentElement();
    }
    if (entry.author.isEmpty())
        entry.author = !name.isEmpty() ? name : email;
}

void XmlFeedReader::readEntryChild(RawEntry &e, const QUrl &base, bool mediaOnly)
{
    const Ns ns = nsOf();
    const QStringView n = m_xml.name();
    if (ns == Ns::Media) {
        if (is(n, "title")) {
            e.mediaTitle.setOnce(readPlain(), TextKind::Text);
        } else if (is(n, "description")) {
            const bool html = attr(QLatin1String("type")) == QLatin1String("html");
            bool markup = false;
            const QString v = readContent(markup);
            e.mediaDescription.setOnce(v, html || markup ? TextKind::Html : TextKind::Text);
        } else if ((is(n, "group") || is(n, "content")) && m_nesting < kMaxNesting) {
            ++m_nesting;
            readEntryChildren(e, baseOf(base), true);
            --m_nesting;
        } else {
            m_xml.skipCurrentElement();
        }
        return;
    }
    if (mediaOnly) {
        m_xml.skipCurrentElement();
        return;
    }
    const QUrl own = baseOf(base);
    switch (ns) {
    case Ns::Core:
        if (is(n, "title")) {
            bool markup = false;
            const QString v = readContent(markup);
            e.title.setOnce(v, markup ? TextKind::Html : TextKind::Guess);
        } else if (is(n, "link")) {
            const QString v = resolve(own, readPlain());
            if (e.link.isEmpty())
                e.link = v;
        } else if (is(n, "description")) {
            bool markup = false;
            e.summary.setOnce(readContent(markup), TextKind::Html);
        } else if (is(n, "guid")) {
            const bool permalink = attr(QLatin1String("isPermaLink")).trimmed().toLower() != QLatin1String("false");
            const QString v = readPlain();
            if (e.guid.isEmpty()) {
                e.guid = v;
                if (permalink && (v.startsWith(QLatin1String("http")) || v.startsWith(QLatin1Char('/'))))
                    e.guidLink = resolve(own, v);
            }
        } else if (is(n, "pubDate")) {
            keepFirst(e.published, readPlain());
        } else if (is(n, "author")) {
            keepFirst(e.author, readPlain());
        } else if (is(n, "category")) {
            readCategory(e);
        } else if (is(n, "enclosure")) {
            if (e.enclosure.url.isEmpty()) {
                e.enclosure.url = resolve(own, attr(QLatin1String("url")));
                e.enclosure.type = attr(QLatin1String("type"));
                e.enclosure.length = attr(QLatin1String("length")).toLongLong();
            }
            m_xml.skipCurrentElement();
        } else if (is(n, "fullitem") || is(n, "body")) {
            bool markup = false;
            e.content.setOnce(readContent(markup), TextKind::Html);
        } else {
            m_xml.skipCurrentElement();
        }
        break;
    case Ns::Atom:
        if (is(n, "title")) {
            const RawText t = readAtomText();
            e.title.setOnce(t.value, t.kind);
        } else if (is(n, "link")) {
            readAtomLink(base, e.link, &e.enclosure);
        } else if (is(n, "id")) {
            const QString v = readPlain();
            if (e.guid.isEmpty())
                e.guid = v.startsWith(QLatin1Char('/')) ? resolve(own, v) : v;
        } else if (is(n, "summary")) {
            const RawText t = readAtomText();
            e.summary.setOnce(t.value, t.kind);
        } else if (is(n, "content")) {
            const RawText t = readAtomText();
            e.content.setOnce(t.value, t.kind);
        } else if (is(n, "published") || is(n, "issued")) {
            const QString v = readPlain();
            if (!v.isEmpty())
                e.published = v; // the last one wins, as in feedparser
        } else if (is(n, "updated") || is(n, "modified")) {
            const QString v = readPlain();
            if (!v.isEmpty())
                e.updated = v;
        } else if (is(n, "author")) {
            readAtomAuthor(e);
        } else if (is(n, "category")) {
            QString term = attr(QLatin1String("term"));
            if (term.isEmpty())
                term = attr(QLatin1String("label"));
            m_xml.skipCurrentElement();
            if (!term.isEmpty() && e.tags.size() < limits::kCategoriesRead)
                e.tags << term;
        } else {
            m_xml.skipCurrentElement();
        }
        break;
    case Ns::Dc:
        if (is(n, "title")) {
            e.title.setOnce(readPlain(), TextKind::Guess);
        } else if (is(n, "description")) {
            bool markup = false;
            e.summary.setOnce(readContent(markup), TextKind::Html);
        } else if (is(n, "creator") || is(n, "author")) {
            keepFirst(e.author, readPlain());
        } else if (is(n, "date")) {
            keepFirst(e.updated, readPlain());
        } else if (is(n, "subject")) {
            readCategory(e);
        } else {
            m_xml.skipCurrentElement();
        }
        break;
    case Ns::DcTerms:
        if (is(n, "issued") || is(n, "created")) {
            keepFirst(e.published, readPlain());
        } else if (is(n, "modified")) {
            keepFirst(e.updated, readPlain());
        } else {
            m_xml.skipCurrentElement();
        }
        break;
    case Ns::Content:
        if (is(n, "encoded")) {
            bool markup = false;
            e.content.setOnce(readContent(markup), TextKind::Html);
        } else {
            m_xml.skipCurrentElement();
        }
        break;
    case Ns::Xhtml:
        if (is(n, "body") || is(n, "div")) {
            bool markup = false;
            e.content.setOnce(readContent(markup), TextKind::Html);
        } else {
            m_xml.skipCurrentElement();
        }
        break;
    default:
        m_xml.skipCurrentElement();
        break;
    }
}

void XmlFeedReader::readCategory(RawEntry &entry)
{
    if (entry.tags.size() < limits::kCategoriesRead)
        entry.tags << readPlain();
    else
        m_xml.skipCurrentElement();
}

void XmlFeedReader::readEntryChildren(RawEntry &entry, const QUrl &base, bool mediaOnly)
{
    while (!m_xml.atEnd()) {
        const QXmlStreamReader::TokenType t = m_xml.readNext();
        if (t == QXmlStreamReader::EndElement)
            break;
        if (t == QXmlStreamReader::StartElement)
            readEntryChild(entry, base, mediaOnly);
    }
}

void XmlFeedReader::readEntry(ParseResult &result, const QUrl &base)
{
    RawEntry entry;
    entry.about = m_xml.attributes().value(kRdf, QLatin1String("about")).toString();
    readEntryChildren(entry, baseOf(base), false);
    if (m_xml.hasError())
        return; // cut off by the error: only complete items are kept
    EntryBuilder::append(entry, m_now, result);
}

bool XmlFeedReader::readChannelField(FeedInfo &feed, const QUrl &base)
{
    const Ns ns = nsOf();
    const QStringView n = m_xml.name();
    const QUrl own = baseOf(base);
    auto setText = [](QString &target, const QString &value) {
        if (target.isEmpty())
            target = value;
    };
    auto plainOf = [](const RawText &t) { return EntryBuilder::plain(t); };
    auto setDate = [this](QDateTime &target) {
        const QDateTime value = EntryBuilder::date(readPlain(), m_now);
        if (!target.isValid())
            target = value;
    };
    if (ns == Ns::Core) {
        if (is(n, "title")) {
            bool markup = false;
            const QString v = readContent(markup);
            setText(feed.title, plainOf(RawText{v, markup ? TextKind::Html : TextKind::Guess, true}));
        } else if (is(n, "link")) {
            const QString v = resolve(own, readPlain());
            if (feed.link.isEmpty() || m_feedLinkFromAtom) {
                feed.link = v;
                m_feedLinkFromAtom = false;
            }
        } else if (is(n, "description")) {
            bool markup = false;
            setText(feed.description, plainOf(RawText{readContent(markup), TextKind::Html, true}));
        } else if (is(n, "pubDate")) {
            setDate(feed.published);
        } else if (is(n, "lastBuildDate")) {
            setDate(feed.updated);
        } else {
            return false;
        }
        return true;
    }
    if (ns == Ns::Atom) {
        if (is(n, "title")) {
            setText(feed.title, plainOf(readAtomText()));
        } else if (is(n, "subtitle") || is(n, "tagline")) {
            setText(feed.description, plainOf(readAtomText()));
        } else if (is(n, "link")) {
            const bool hadLink = !feed.link.isEmpty();
            readAtomLink(base, feed.link, nullptr);
            if (!hadLink && !feed.link.isEmpty() && m_dialect != Dialect::Atom)
                m_feedLinkFromAtom = true;
        } else if (is(n, "updated") || is(n, "modified")) {
            setDate(feed.updated);
        } else if (is(n, "published") || is(n, "issued")) {
            setDate(feed.published);
        } else {
            return false;
        }
        return true;
    }
    if (ns == Ns::Dc) {
        if (is(n, "title"))
            setText(feed.title, plainOf(RawText{readPlain(), TextKind::Guess, true}));
        else if (is(n, "description"))
            setText(feed.description, readPlain());
        else if (is(n, "date")) {
            setDate(feed.updated);
        } else
            return false;
        return true;
    }
    if (ns == Ns::DcTerms) {
        if (is(n, "modified")) {
            setDate(feed.updated);
        } else if (is(n, "issued")) {
            setDate(feed.published);
        } else
            return false;
        return true;
    }
    return false;
}

void XmlFeedReader::readContainer(ParseResult &result, const QUrl &base)
{
    while (!m_xml.atEnd()) {
        const QXmlStreamReader::TokenType t = m_xml.readNext();
        if (t == QXmlStreamReader::EndElement)
            return;
        if (t != QXmlStreamReader::StartElement)
            continue;
        const Ns ns = nsOf();
        const QStringView n = m_xml.name();
        if ((ns == Ns::Core && is(n, "item")) || (ns == Ns::Atom && is(n, "entry"))) {
            if (EntryBuilder::full(result)) {
                ++result.itemsDropped; // counted, not read
                m_xml.skipCurrentElement();
            } else {
                readEntry(result, base);
            }
        } else if (ns == Ns::Core && is(n, "channel") && m_nesting < kMaxNesting) {
            ++m_nesting;
            readContainer(result, baseOf(base));
            --m_nesting;
        } else if (!readChannelField(result.feed, base)) {
            m_xml.skipCurrentElement();
        }
    }
}

void XmlFeedReader::read(ParseResult &result)
{
    bool netscapeDtd = false;
    while (!m_xml.atEnd()) {
        const QXmlStreamReader::TokenType t = m_xml.readNext();
        if (t == QXmlStreamReader::DTD) {
            netscapeDtd = m_xml.dtdPublicId().contains(QLatin1String("Netscape"))
                          || m_xml.dtdSystemId().contains(QLatin1String("netscape.com"));
            continue;
        }
        if (t != QXmlStreamReader::StartElement)
            continue;
        const QStringView uri = m_xml.namespaceUri();
        const QStringView n = m_xml.name();
        m_rootName = n.toString().toLower();
        m_rootUri = uri.toString();
        const QUrl base = baseOf(m_rootBase);
        if (is(n, "rss")) {
            m_dialect = Dialect::Rss;
            const QString v = attr(QLatin1String("version")).trimmed();
            if (v.isEmpty())
                result.feed.version = QStringLiteral("rss");
            else if (v == QLatin1String("0.91"))
                result.feed.version = netscapeDtd ? QStringLiteral("rss091n") : QStringLiteral("rss091u");
            else if (v.startsWith(QLatin1String("2")))
                result.feed.version = QStringLiteral("rss20");
            else
                result.feed.version = QStringLiteral("rss") + QString(v).remove(QLatin1Char('.'));
        } else if (is(n, "RDF") && uri == kRdf) {
            m_dialect = Dialect::Rdf;
            result.feed.version = QStringLiteral("rss10");
            const QXmlStreamNamespaceDeclarations decls = m_xml.namespaceDeclarations();
            for (const QXmlStreamNamespaceDeclaration &d : decls) {
                if (d.namespaceUri() == kRss090)
                    result.feed.version = QStringLiteral("rss090");
            }
        } else if (is(n, "feed")) {
            m_dialect = Dialect::Atom;
            m_atom03 = uri != kAtom10;
            const QString v = attr(QLatin1String("version")).trimmed();
            if (uri == kAtom10)
                result.feed.version = QStringLiteral("atom10");
            else if (v == QLatin1String("0.1") || v == QLatin1String("0.2"))
                result.feed.version = QStringLiteral("atom0") + v.right(1);
            else if (uri.startsWith(kAtom03) || v == QLatin1String("0.3"))
                result.feed.version = QStringLiteral("atom03");
            else
                result.feed.version = QStringLiteral("atom");
        } else if (is(n, "channel")) {
            m_dialect = Dialect::Rss; // RSS 0.9x fragment without <rss>
            result.feed.version = QStringLiteral("rss");
        } else {
            result.status = m_rootName == QLatin1String("html") ? ParseResult::Status::HtmlPage
                                                                 : ParseResult::Status::NotAFeed;
            return;
        }
        result.status = ParseResult::Status::Ok;
        readContainer(result, base);
        break;
    }
    // Trailing junk after the root is an error too.
    while (!m_xml.atEnd() && !m_xml.hasError())
        m_xml.readNext();
    result.fieldsTruncated += m_truncated;
    if (m_xml.hasError() && m_xml.error() != QXmlStreamReader::PrematureEndOfDocumentError
        && result.status == ParseResult::Status::Empty)
        result.status = ParseResult::Status::NotAFeed;
    if (m_xml.hasError()) {
        result.bozo = true;
        result.errorLine = int(m_xml.lineNumber());
        result.errorColumn = int(m_xml.columnNumber());
        result.error = m_xml.errorString();
        if (result.status == ParseResult::Status::Ok)
            result.status = ParseResult::Status::Partial;
    }
}

} // namespace feed
