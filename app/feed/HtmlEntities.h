#pragma once

#include <QString>
#include <QStringView>

namespace feed {

// Named HTML character references (&eacute; &nbsp; ...). Read-only table,
// safe to use from any thread.
class HtmlEntities
{
public:
    // Code point of the named entity (without & and ;), 0 when unknown.
    static char32_t lookup(QStringView name);
    // The entity as a string, empty when unknown.
    static QString resolve(QStringView name);
};

} // namespace feed
