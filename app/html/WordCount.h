#pragma once

#include <QString>
#include <QStringList>

namespace html {

// Words as the reader counts them: runs of Unicode letters, digits and
// combining marks, lower-cased.
class WordCount
{
public:
    static QStringList words(const QString &text);
    static int count(const QString &text);
};

} // namespace html
