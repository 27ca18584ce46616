#pragma once

#include "feed/FeedTypes.h"
#include "feed/RawEntry.h"

#include <QXmlStreamReader>

namespace feed {

// Walks an RSS 0.9x/2.0, RSS 1.0 (RDF) or Atom 0.3/1.0 document with
// QXmlStreamReader. One instance per parse (not shared between threads).
class XmlFeedReader
{
public:
    XmlFeedReader(const QByteArray &utf8, const QUrl &base, const QDateTime &nowUtc);

    // Fills feed, items and status; on an XML error also errorLine/Column.
    void read(ParseResult &result);

    enum class Ns { Core, Atom, Dc, DcTerms, Content, Media, Xhtml, Rdf, Other };

private:
    enum class Dialect { Rss, Rdf, Atom };

    Ns nsOf() const;
    QUrl baseOf(const QUrl &parent) const;
    QString resolve(const QUrl &base, const QString &ref) const;
    QString attr(QLatin1String name) const;

    void readContainer(ParseResult &result, const QUrl &base);
    bool readChannelField(FeedInfo &feed, const QUrl &base);
    void readEntry(ParseResult &result, const QUrl &base);
    void readEntryChild(RawEntry &entry, const QUrl &base, bool mediaOnly);
    // Every child element up to the current element's end tag.
    void readEntryChildren(RawEntry &entry, const QUrl &base, bool mediaOnly);
    void readAtomAuthor(RawEntry &entry);
    void readAtomLink(const QUrl &base, QString &link, Enclosure *enclosure);
    RawText readAtomText();
    // The element's text (or its markup, re-serialised), at most
    // limits::kTextChars characters: the rest is read but not kept.
    QString readContent(bool &hadMarkup);
    QString readPlain();
    void readCategory(RawEntry &entry);

    QXmlStreamReader m_xml;
    QUrl m_rootBase;
    QDateTime m_now;
    Dialect m_dialect = Dialect::Rss;
    bool m_atom03 = false;
    bool m_feedLinkFromAtom = false;
    QString m_rootName;
    QString m_rootUri;
    int m_truncated = 0; // elements whose text was cut at the limit
    int m_nesting = 0; // recursion guard for nested channels / media groups
    static constexpr int kMaxNesting = 8;
};

} // namespace feed
