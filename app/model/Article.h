#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

struct Enclosure
{
    QString url;
    QString type;
    qint64 length = 0;
};

// One item as it comes out of a feed, normalised: plain-text fields,
// UTC dates, canonical URL. This is also what the store keeps as the
// immutable content of an article.
struct FeedItem
{
    QString guid;        // stable id: guid/id, else link, else hash of title+date
    QString link;        // the item link resolved against xml:base / document URL
    QString url;         // canonical form of link (tracking params and fragment removed)
    QString title;       // plain text
    QString summary;     // plain text
    QString summaryHtml; // summary as published (HTML or text)
    QString content;     // plain text
    QString contentHtml; // content as published
    QString author;
    QStringList tags;
    Enclosure enclosure;
    QDateTime published; // UTC; invalid when the feed gave none
    QDateTime updated;   // UTC; invalid when the feed gave none
};

// Where an article's category came from. A user's choice always wins.
enum class CategoryOrigin { None, Offline, Llm, User, Imported };

QString categoryOriginName(CategoryOrigin origin);
CategoryOrigin categoryOriginFromName(const QString &name);

// A stored article: content plus identity and the user's state.
struct Article
{
    qint64 id = 0;
    FeedItem item;
    QDateTime firstSeen;       // UTC
    QString day;               // YYYY-MM-DD in the profile's time zone
    QStringList sourceTitles;  // every source that carried it
    qint64 storyId = 0;        // near-identical titles on a day share a story

    // Classification (may be empty when not classified yet).
    qint64 categoryId = 0;
    bool isAi = true;
    double confidence = 0.0;
    CategoryOrigin origin = CategoryOrigin::None;
    QString reason;

    // User state.
    bool read = false;
    bool starred = false;
};
