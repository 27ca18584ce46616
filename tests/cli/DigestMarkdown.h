#pragma once

// Reads the structure of a digest in the seed Markdown format: the title
// line, the `## <emoji> <Category>` sections and each section's source lines
// (` - <title> (<url>)` after `**출처:**`). Prose is not compared.

#include <QList>
#include <QString>
#include <QStringList>

namespace clitest {

struct MdSource
{
    QString title;
    QString url;
    bool operator==(const MdSource &o) const { return title == o.title && url == o.url; }
};

struct MdSection
{
    QString emoji;
    QString name;
    QString body; // everything between the heading and the next one
    QList<MdSource> sources;
};

struct MdDigest
{
    QString titleLine;
    QList<MdSection> sections;
    QStringList names() const;
};

MdDigest parseDigestMarkdown(const QString &text);

// Undoes Markdown backslash escapes (`\[` -> `[`) in a title.
QString unescapeMarkdown(const QString &text);

} // namespace clitest
