#pragma once

#include "model/Source.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace service {

class Profile;

// Profiles made before editions had arXiv's listings among News's sources,
// where hundreds of papers a day flood the news. They are asked once
// whether to move them to the Papers edition; nothing is deleted either way.
class ArxivMove
{
public:
    // News's arXiv listings, when the profile has not been asked yet;
    // empty otherwise (and for a profile without any).
    static QList<Source> pending(Profile &profile);
    // Moves the sources to Papers (read as arXiv listings from now on) and
    // subscribes Papers to its default sources it lacks. The papers already
    // stored stay on News's days. False with *error on a failed write.
    static bool accept(QSqlDatabase db, const QList<Source> &sources, QString *error);
    // Remembers that the profile was asked (after accept or a refusal).
    static void markAsked(Profile &profile);
};

} // namespace service
