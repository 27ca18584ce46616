#include "html/WordCount.h"

namespace html {

namespace {

bool isWordChar(char32_t c)
{
    const QChar::Category cat = QChar::category(c);
    return QChar::isLetterOrNumber(c) || cat == QChar::Mark_NonSpacing || cat == QChar::Mark_SpacingCombining;
}

template <typename F> void forEachWord(const QString &text, F &&f)
{
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        qsizetype start = -1;
        while (i < n) {
            char32_t c = text[i].unicode();
            qsizetype len = 1;
            if (text[i].isHighSurrogate() && i + 1 < n && text[i + 1].isLowSurrogate()) {
                c = QChar::surrogateToUcs4(text[i], text[i + 1]);
                len = 2;
            }
            if (isWordChar(c)) {
                if (start < 0)
                    start = i;
            } else if (start >= 0) {
                break;
            }
            i += len;
        }
        if (start >= 0)
            f(QStringView(text).mid(start, i - start));
    }
}

} // namespace

QStringList WordCount::words(const QString &text)
{
    QStringList out;
    forEachWord(text, [&](QStringView w) { out << w.toString().toLower(); });
    return out;
}

int WordCount::count(const QString &text)
{
    int n = 0;
    forEachWord(text, [&](QStringView) { ++n; });
    return n;
}

} // namespace html
