#pragma once

#include <QString>

// Sentences written into an export, in the digest's output language (not
// the interface language: a Korean digest exported from an English UI
// stays Korean). Korean is the default; English and Japanese are known.
namespace exporter {

class ExportStrings
{
public:
    explicit ExportStrings(const QString &language);

    QString notAiLine(int count) const;       // closing line, Markdown emphasis
    // Closing line for articles the digest does not cover (past the
    // edition's top N), Markdown emphasis; `reason` is inserted as given
    // (escape it for the format first), without its final full stop, and
    // left out when empty.
    QString leftOutLine(int count, const QString &reason) const;
    QString offlineMarker() const;            // per-section marker line
    QString offlineNote() const;              // closing note of an offline digest
    QString summaryFailed(const QString &escapedError) const;
    QString noSummary() const;
    QString noSections() const;
    QString linkRemoved() const;              // replaces a non-http(s) URL
    QString chartMissing() const;             // HTML, when no chart was drawn
    QString sourcesHeading() const;           // HTML headings
    QString summaryHeading() const;
    QString chartTitle(const QString &day) const;
    QString briefingHeading() const; // "📌 오늘의 핵심", the briefing's section heading

    // Every language's offline marker and link-removed text, so that the
    // importer recognises what any exporter wrote.
    static QStringList allOfflineMarkers();
    static QStringList allLinkRemoved();
    // Every language's briefing heading; the language a heading belongs to
    // ("" when it is none of them).
    static QStringList allBriefingHeadings();
    static QString briefingLanguage(const QString &heading);

    QString language() const { return m_lang; }

private:
    QString m_lang; // "ko", "en" or "ja"
};

} // namespace exporter
