#pragma once

#include "model/Article.h"

#include <QString>
#include <QStringList>

namespace feed {

// How a text value is to be read.
enum class TextKind {
    Text,  // plain text, taken literally
    Html,  // HTML (escaped, CDATA or inline markup)
    Guess  // RSS title-like values: HTML only when it looks like HTML
};

struct RawText
{
    QString value;
    TextKind kind = TextKind::Text;
    bool present = false;

    void setOnce(const QString &v, TextKind k)
    {
        if (present)
            return;
        value = v;
        kind = k;
        present = true;
    }
};

// One item as read from the document, before normalisation.
struct RawEntry
{
    RawText title, mediaTitle, summary, mediaDescription, content;
    QString link;       // resolved
    QString guid;       // guid / id as written
    QString guidLink;   // the fallback link: the guid resolved (RSS), external_url (JSON Feed)
    QString about;      // rdf:about
    QString author;
    QStringList tags;
    Enclosure enclosure;
    QString published, updated; // date strings as written
};

} // namespace feed
