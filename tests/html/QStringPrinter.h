#pragma once

#include <QString>

#include <ostream>

// GoogleTest prints QStrings as text, not as arrays of QChar.
QT_BEGIN_NAMESPACE
inline void PrintTo(const QString &s, std::ostream *os)
{
    *os << '"' << s.toStdString() << '"';
}
QT_END_NAMESPACE
