#pragma once

#include <QList>
#include <QString>

// A named digest with its own sources, categories, summary structure,
// export names and title line. News and Papers ship; the user may add more.
struct Edition
{
    enum class Style { News, Papers }; // the summary structure and how a day is chosen

    qint64 id = 0;
    QString key;        // stable identifier: "news", "papers", or derived from a user's name
    QString name;       // shown in the window: "News"
    QString titleLine;  // "Daily Artificial Intelligence Insights : News"
    QString filePrefix; // exported as <filePrefix>_YYYY-MM-DD.md/.png: "news", "paper"
    QString language;   // summary language; empty = the profile's setting
    Style style = Style::News;
    int topN = 0;       // the day's digest covers the N best-ranked articles; 0 = all
    int position = 0;
};

namespace editions {

inline constexpr qint64 kNewsId = 1; // existing profiles' articles, sources and categories
inline const QString kNewsKey = QStringLiteral("news");
inline const QString kPapersKey = QStringLiteral("papers");
inline constexpr int kDefaultPapersTopN = 30;

QString styleName(Edition::Style style);               // "news" | "papers"
Edition::Style styleFromName(const QString &name);     // unknown = News

// The News edition as every version before editions wrote it: the format
// a Digest without a stored edition is exported in.
Edition news();
// The shipped Papers edition.
Edition papers();

} // namespace editions
