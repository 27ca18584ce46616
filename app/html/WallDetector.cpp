#include "html/WallDetector.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace html {

QString WallDetector::reason(const QString &text, int wordCount)
{
    if (wordCount < minWords)
        return QCoreApplication::translate("html::WallDetector", "no main content found (only %n word(s))", nullptr,
                                           wordCount);
    if (wordCount > wallMaxWords)
        return {};
    static const QRegularExpression paywall(
        QStringLiteral("\\b(subscribe to (continue|read)|subscribers only|for subscribers|already a subscriber|"
                       "start your (free )?trial|to continue reading|paywall|premium article)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression login(
        QStringLiteral("\\b(sign in to (continue|read|view)|log ?in to (continue|read|view)|please (sign|log) ?in|"
                       "create (a free|an) account to)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression cookies(
        QStringLiteral("\\b(accept (all )?cookies|cookie (settings|preferences|policy)|we use cookies)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    if (paywall.match(text).hasMatch())
        return QCoreApplication::translate("html::WallDetector", "no main content found (a paywall)");
    if (login.match(text).hasMatch())
        return QCoreApplication::translate("html::WallDetector", "no main content found (a login wall)");
    if (cookies.match(text).hasMatch())
        return QCoreApplication::translate("html::WallDetector", "no main content found (a cookie wall)");
    return {};
}

} // namespace html
