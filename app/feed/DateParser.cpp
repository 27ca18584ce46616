#include "feed/DateParser.h"

#include <QRegularExpression>
#include <QStringList>
#include <QTimeZone>

#include <algorithm>
#include <iterator>

namespace feed {
namespace {

constexpr int kKstOffset = 9 * 3600;

int monthFromName(QStringView name)
{
    static const char *const kMonths[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                          "jul", "aug", "sep", "oct", "nov", "dec"};
    if (name.size() < 3)
        return 0;
    const QString lower = name.toString().toLower();
    for (int i = 0; i < 12; ++i) {
        if (lower.startsWith(QLatin1String(kMonths[i]))) {
            // Accept "Jan", "January", "Sept": the rest must be letters.
            for (const QChar c : lower)
                if (!c.isLetter() && c != QLatin1Char('.'))
                    return 0;
            return i + 1;
        }
    }
    return 0;
}

bool isWeekday(QStringView name)
{
    static const char *const kDays[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
    const QString lower = name.toString().toLower();
    for (const char *d : kDays)
        if (lower.startsWith(QLatin1String(d)))
            return true;
    return false;
}

// Offset in seconds of a zone name; false when unknown.
bool namedZone(const QString &zoneIn, int &offset)
{
    QString zone = zoneIn.toUpper();
    if (zone.startsWith(QLatin1String("ETC/")))
        zone = zone.mid(4);
    struct Z { const char *name; int hours; };
    static const Z kZones[] = {{"GMT", 0}, {"UT", 0}, {"UTC", 0}, {"Z", 0}, {"Z", 0},
                               {"EST", -5}, {"EDT", -4}, {"CST", -6}, {"CDT", -5}, {"MST", -7},
                               {"MDT", -6}, {"PST", -8}, {"PDT", -7}, {"AST", -4}, {"ADT", -3},
                               {"AT", -4}, {"ET", -5}, {"CT", -6}, {"MT", -7}, {"PT", -8},
                               {"MET", 1}, {"MEST", 2}, {"CET", 1}, {"CEST", 2}, {"BST", 1},
                               {"EET", 2}, {"EEST", 3}, {"WET", 0}, {"WEST", 1}, {"KST", 9},
                               {"JST", 9}, {"HKT", 8}, {"SGT", 8}, {"IST", 5}, {"AEST", 10},
                               {"AEDT", 11}, {"NZST", 12}, {"NZDT", 13}, {"HST", -10}, {"AKST", -9},
                               {"AKDT", -8}};
    for (const Z &z : kZones) {
        if (zone == QLatin1String(z.name)) {
            offset = z.hours * 3600;
            return true;
        }
    }
    return false;
}

bool allDigits(QStringView s);

// "+0100", "-01:01", "GMT-01:01", "+01", "Z", "EST", "Etc/GMT".
bool parseZone(QStringView token, int &offset)
{
    QStringView t = token;
    for (const char *prefix : {"GMT", "UTC", "UT"}) {
        if (t.size() > qsizetype(qstrlen(prefix)) && t.startsWith(QLatin1String(prefix), Qt::CaseInsensitive)
            && (t[qstrlen(prefix)] == QLatin1Char('+') || t[qstrlen(prefix)] == QLatin1Char('-'))) {
            t = t.mid(qstrlen(prefix));
            break;
        }
    }
    if (!t.isEmpty() && (t[0] == QLatin1Char('+') || t[0] == QLatin1Char('-'))) {
        const int sign = t[0] == QLatin1Char('-') ? -1 : 1;
        QStringView rest = t.mid(1);
        QStringView hh, mm;
        const qsizetype colon = rest.indexOf(QLatin1Char(':'));
        if (colon >= 0) {
            hh = rest.left(colon);
            mm = rest.mid(colon + 1);
        } else if (rest.size() == 4) {
            hh = rest.left(2);
            mm = rest.mid(2);
        } else {
            hh = rest;
        }
        if (hh.isEmpty() || hh.size() > 2 || !allDigits(hh) || (!mm.isEmpty() && (mm.size() != 2 || !allDigits(mm)))
            || (colon >= 0 && mm.isEmpty()))
            return false;
        const int hours = hh.toInt();
        const int minutes = mm.isEmpty() ? 0 : mm.toInt();
        if (hours > 23 || minutes > 59)
            return false;
        offset = sign * (hours * 3600 + minutes * 60);
        return true;
    }
    return namedZone(token.toString(), offset);
}

QDateTime build(int year, int month, int day, int hour, int minute, int second, int offset)
{
    const QDate date(year, month, day);
    if (!date.isValid() || hour < 0 || hour > 24 || minute < 0 || minute > 59 || second < 0 || second > 60)
        return {};
    if (hour == 24 && (minute != 0 || second != 0))
        return {};
    const QTime time(hour == 24 ? 0 : hour, minute, second == 60 ? 59 : second);
    QDateTime dt(date, time, Qt::UTC);
    if (hour == 24)
        dt = dt.addDays(1);
    return dt.addSecs(-offset);
}

bool allDigits(QStringView s)
{
    if (s.isEmpty())
        return false;
    for (const QChar c : s)
        if (c.unicode() < '0' || c.unicode() > '9')
            return false;
    return true;
}

// Greek and Hungarian month and day names mapped to English first.
QString translateNames(const QString &text)
{
    static const std::pair<const char16_t *, const char *> kNames[] = {
        {u"Ιαν", "Jan"}, {u"Φεβ", "Feb"}, {u"Μάώ", "Mar"}, {u"Μαώ", "Mar"}, {u"Απρ", "Apr"},
        {u"Μάι", "May"}, {u"Μαϊ", "May"}, {u"Μαι", "May"}, {u"Ιούν", "Jun"}, {u"Ιον", "Jun"},
        {u"Ιούλ", "Jul"}, {u"Ιολ", "Jul"}, {u"Αύγ", "Aug"}, {u"Αυγ", "Aug"}, {u"Σεπ", "Sep"},
        {u"Οκτ", "Oct"}, {u"Νοέ", "Nov"}, {u"Νοε", "Nov"}, {u"Δεκ", "Dec"},
        {u"Κυρ", "Sun"}, {u"Δευ", "Mon"}, {u"Τρι", "Tue"}, {u"Τετ", "Wed"}, {u"Πεμ", "Thu"},
        {u"Παρ", "Fri"}, {u"Σαβ", "Sat"},
        {u"január", "01"}, {u"február", "02"}, {u"március", "03"}, {u"április", "04"},
        {u"május", "05"}, {u"június", "06"}, {u"július", "07"}, {u"augusztus", "08"},
        {u"szeptember", "09"}, {u"október", "10"}, {u"november", "11"}, {u"december", "12"}};
    QString out = text;
    for (const auto &[from, to] : kNames)
        out.replace(QString::fromUtf16(from), QLatin1String(to), Qt::CaseInsensitive);
    return out;
}

// The two forms nearly every feed uses, read without tokenising or
// regular expressions: "Mon, 02 Jun 2025 09:10:00 +0900" (also GMT/UT/UTC/Z,
// no weekday, a 1-digit day) and "2025-06-02T09:10:00(.123)(Z|+09:00|+0900)".
// Anything else, or a date build() refuses, returns invalid and the general
// parsers decide; where the fast path answers, they answer the same.
class Scanner
{
public:
    explicit Scanner(QStringView s) : m_s(s) {}
    bool atEnd() const { return m_i == m_s.size(); }
    bool eat(char16_t c)
    {
        if (m_i < m_s.size() && m_s[m_i].unicode() == c) {
            ++m_i;
            return true;
        }
        return false;
    }
    // Exactly `count` ASCII digits (count 0: one or two).
    bool digits(int count, int &value)
    {
        const int want = count == 0 ? 2 : count;
        int got = 0;
        value = 0;
        while (got < want && m_i < m_s.size() && m_s[m_i].unicode() >= '0' && m_s[m_i].unicode() <= '9') {
            value = value * 10 + (m_s[m_i].unicode() - '0');
            ++m_i;
            ++got;
        }
        return count == 0 ? got >= 1 : got == count;
    }
    QStringView letters(int count)
    {
        if (m_i + count > m_s.size())
            return {};
        const QStringView out = m_s.mid(m_i, count);
        for (const QChar c : out)
            if (!((c.unicode() >= 'a' && c.unicode() <= 'z') || (c.unicode() >= 'A' && c.unicode() <= 'Z')))
                return {};
        m_i += count;
        return out;
    }
    QStringView rest() const { return m_s.mid(m_i); }

private:
    QStringView m_s;
    qsizetype m_i = 0;
};

int shortMonth(QStringView name)
{
    static const char *const kMonths[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                          "jul", "aug", "sep", "oct", "nov", "dec"};
    for (int i = 0; i < 12; ++i)
        if (name.compare(QLatin1String(kMonths[i], 3), Qt::CaseInsensitive) == 0)
            return i + 1;
    return 0;
}

// "+0900", "-05:00", or (named) GMT, UT, UTC, Z; then the end of the text.
bool fastZone(Scanner &in, bool allowColon, int &offset)
{
    const QStringView rest = in.rest();
    if (rest == QLatin1String("GMT") || rest == QLatin1String("UTC") || rest == QLatin1String("UT")
        || rest == QLatin1String("Z")) {
        offset = 0;
        return true;
    }
    const int sign = in.eat(u'+') ? 1 : in.eat(u'-') ? -1 : 0;
    int hours = 0, minutes = 0;
    if (sign == 0 || !in.digits(2, hours))
        return false;
    if (allowColon)
        in.eat(u':');
    if (!in.digits(2, minutes) || !in.atEnd() || hours > 23 || minutes > 59)
        return false;
    offset = sign * (hours * 3600 + minutes * 60);
    return true;
}

QDateTime fastRfc822(QStringView text)
{
    static const char *const kDays[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
    Scanner in(text);
    const QStringView weekday = in.letters(3);
    if (!weekday.isEmpty()) {
        const auto isDay = [&weekday](const char *d) {
            return weekday.compare(QLatin1String(d, 3), Qt::CaseInsensitive) == 0;
        };
        if (std::none_of(std::begin(kDays), std::end(kDays), isDay) || !in.eat(u',') || !in.eat(u' '))
            return {};
    }
    int day = 0, year = 0, hour = 0, minute = 0, second = 0, offset = 0;
    if (!in.digits(0, day) || !in.eat(u' '))
        return {};
    const int month = shortMonth(in.letters(3));
    if (month == 0 || !in.eat(u' ') || !in.digits(4, year) || !in.eat(u' ') || !in.digits(2, hour)
        || !in.eat(u':') || !in.digits(2, minute) || !in.eat(u':') || !in.digits(2, second)
        || !in.eat(u' ') || !fastZone(in, false, offset))
        return {};
    return build(year, month, day, hour, minute, second, offset);
}

QDateTime fastIso8601(QStringView text)
{
    Scanner in(text);
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0, offset = 0, fraction = 0;
    if (!in.digits(4, year) || !in.eat(u'-') || !in.digits(2, month) || !in.eat(u'-')
        || !in.digits(2, day) || !in.eat(u'T') || !in.digits(2, hour) || !in.eat(u':')
        || !in.digits(2, minute) || !in.eat(u':') || !in.digits(2, second))
        return {};
    if (in.eat(u'.')) {
        if (!in.digits(0, fraction))
            return {};
        while (in.digits(0, fraction)) {
        }
    }
    if (!fastZone(in, true, offset))
        return {};
    return build(year, month, day, hour, minute, second, offset);
}

} // namespace

QDateTime DateParser::parseRfc822(const QString &input)
{
    QStringList tokens;
    {
        qsizetype start = -1;
        for (qsizetype i = 0; i <= input.size(); ++i) {
            const bool sep = i == input.size() || input[i].isSpace() || input[i] == QLatin1Char(',');
            if (sep && start >= 0) {
                tokens << input.mid(start, i - start);
                start = -1;
            } else if (!sep && start < 0) {
                start = i;
            }
        }
    }
    if (tokens.isEmpty())
        return {};
    if (isWeekday(tokens.first()) && monthFromName(tokens.first()) == 0)
        tokens.removeFirst();
    int day = -1, month = 0, year = -1, hour = 0, minute = 0, second = 0, offset = 0;
    bool haveTime = false, haveZone = false;
    for (const QString &tok : std::as_const(tokens)) {
        if (tok.contains(QLatin1Char('/')) && !tok.startsWith(QLatin1String("Etc/"), Qt::CaseInsensitive)) {
            // Perforce: 2006/09/15
            const QStringList p = tok.split(QLatin1Char('/'));
            if (p.size() != 3 || !allDigits(p[0]) || !allDigits(p[1]) || !allDigits(p[2]) || year >= 0)
                return {};
            year = p[0].toInt();
            month = p[1].toInt();
            day = p[2].toInt();
            continue;
        }
        if (!haveTime && tok.contains(QLatin1Char(':')) && !tok.startsWith(QLatin1Char('+'))
            && !tok.startsWith(QLatin1Char('-')) && tok.front().isDigit()) {
            const QStringList p = tok.split(QLatin1Char(':'));
            if (p.size() < 2 || p.size() > 3)
                return {};
            for (const QString &x : p)
                if (!allDigits(x) || x.size() > 2)
                    return {};
            hour = p[0].toInt();
            minute = p[1].toInt();
            second = p.size() == 3 ? p[2].toInt() : 0;
            haveTime = true;
            continue;
        }
        if (allDigits(tok)) {
            if (tok.size() >= 3 || (day >= 0 && year < 0 && month)) {
                if (year >= 0)
                    return {};
                year = tok.toInt();
                if (tok.size() <= 2)
                    year += year < 50 ? 2000 : 1900;
            } else if (day < 0) {
                day = tok.toInt();
            } else {
                return {};
            }
            continue;
        }
        if (month == 0 && !haveTime) {
            const int m = monthFromName(tok);
            if (m == 0)
                return {};
            month = m;
            continue;
        }
        if (month && !haveZone && parseZone(tok, offset)) {
            haveZone = true;
            continue;
        }
        if (haveTime && !haveZone && tok.front().isLetter()) {
            haveZone = true; // unknown zone name: treated as UTC
            continue;
        }
        return {};
    }
    if (day < 0 || month == 0 || year < 0)
        return {};
    return build(year, month, day, hour, minute, second, offset);
}

QDateTime DateParser::parseIso8601(const QString &input)
{
    const QString text = input.trimmed();
    static const QRegularExpression kFull(QStringLiteral(
        "^(\\d{4})(?:-?(0?\\d{2})(?:-?(\\d{2}))?)?"
        "(?:(?:T|\\s+)(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?)?"
        "\\s*(Z|UTC|GMT|[+-]\\d{2}(?::?\\d{2})?)?$"), QRegularExpression::CaseInsensitiveOption);
    const bool compact = !text.contains(QLatin1Char('-'));
    QRegularExpressionMatch m;
    if (!(compact && text.size() == 6)) // YYMMDD is handled below
        m = kFull.match(text);
    if (m.hasMatch()) {
        if (compact && m.capturedLength(2) > 0 && m.capturedLength(3) == 0 && m.capturedLength(4) == 0)
            return {}; // "200312" is ambiguous, refuse
        if (!m.captured(7).isEmpty() && m.captured(4).isEmpty())
            return {};
        const int year = m.captured(1).toInt();
        const int month = m.captured(2).isEmpty() ? 1 : m.captured(2).toInt();
        const int day = m.captured(3).isEmpty() ? 1 : m.captured(3).toInt();
        int offset = 0;
        if (!m.captured(7).isEmpty() && !parseZone(m.captured(7), offset))
            return {};
        const QDateTime dt = build(year, month, day, m.captured(4).isEmpty() ? 0 : m.captured(4).toInt(),
                                   m.captured(5).isEmpty() ? 0 : m.captured(5).toInt(),
                                   m.captured(6).isEmpty() ? 0 : m.captured(6).toInt(), offset);
        if (dt.isValid() || !compact)
            return dt;
    }
    // 2-digit-year forms of ISO 8601: YY-MM-DD, YYMMDD, -YYMM, -YY-MM, YYDDD.
    static const QRegularExpression kShort(QStringLiteral("^(\\d{2})-(\\d{2})-(\\d{2})$|^(\\d{2})(\\d{2})(\\d{2})$"
                                                          "|^-(\\d{2})-?(\\d{2})$|^(\\d{2})(\\d{3})$"));
    m = kShort.match(text);
    if (!m.hasMatch())
        return {};
    auto century = [](int yy) { return yy + (yy < 70 ? 2000 : 1900); };
    if (m.capturedLength(1))
        return build(century(m.captured(1).toInt()), m.captured(2).toInt(), m.captured(3).toInt(), 0, 0, 0, 0);
    if (m.capturedLength(4))
        return build(century(m.captured(4).toInt()), m.captured(5).toInt(), m.captured(6).toInt(), 0, 0, 0, 0);
    if (m.capturedLength(7))
        return build(century(m.captured(7).toInt()), m.captured(8).toInt(), 1, 0, 0, 0, 0);
    const int year = century(m.captured(9).toInt());
    const int ordinal = m.captured(10).toInt();
    const QDate jan1(year, 1, 1);
    if (ordinal < 1 || ordinal > jan1.daysInYear())
        return {};
    const QDate date = jan1.addDays(ordinal - 1);
    // feedparser's ordinal form yields the first of that month.
    return build(year, date.month(), 1, 0, 0, 0, 0);
}

QDateTime DateParser::parseKorean(const QString &text)
{
    // nate: 2004-05-25 오후 11:23:17
    static const QRegularExpression kNate(QStringLiteral(
        "^(\\d{4})-(\\d{1,2})-(\\d{1,2})\\s+(오전|오후)\\s+(\\d{1,2}):(\\d{1,2}):(\\d{1,2})$"));
    QRegularExpressionMatch m = kNate.match(text.trimmed());
    if (m.hasMatch()) {
        int hour = m.captured(5).toInt();
        if (hour > 12)
            return {};
        const bool pm = m.captured(4) == QStringLiteral("오후");
        if (pm && hour < 12)
            hour += 12;
        if (!pm && hour == 12)
            hour = 0;
        return build(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt(), hour,
                     m.captured(6).toInt(), m.captured(7).toInt(), kKstOffset);
    }
    // onblog: 2004년 05월 28일  01:31:15
    static const QRegularExpression kOnblog(QStringLiteral(
        "^(\\d{4})년\\s*(\\d{1,2})월\\s*(\\d{1,2})일(?:\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?$"));
    m = kOnblog.match(text.trimmed());
    if (m.hasMatch())
        return build(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt(),
                     m.captured(4).isEmpty() ? 0 : m.captured(4).toInt(),
                     m.captured(5).isEmpty() ? 0 : m.captured(5).toInt(),
                     m.captured(6).isEmpty() ? 0 : m.captured(6).toInt(), kKstOffset);
    return {};
}

QDateTime DateParser::parse(const QString &input)
{
    const QString text = input.trimmed();
    if (text.isEmpty() || text.size() > 100)
        return {};
    QDateTime dt = text.front().isDigit() ? fastIso8601(text) : QDateTime();
    if (!dt.isValid())
        dt = fastRfc822(text);
    if (dt.isValid())
        return dt;
    bool ascii = true;
    for (const QChar c : text)
        ascii = ascii && c.unicode() < 0x80;
    QString translated = text;
    if (!ascii) {
        dt = parseKorean(text);
        if (dt.isValid())
            return dt;
        translated = translateNames(text);
        // Hungarian: 2004-07-13T9:15-05:00 (after the month became "07").
        static const QRegularExpression kOneDigitHour(QStringLiteral("T(\\d):"));
        translated.replace(kOneDigitHour, QStringLiteral("T0\\1:"));
    }
    const QChar first = translated.front();
    if (first.isDigit() || first == QLatin1Char('-')) {
        dt = parseIso8601(translated);
        if (dt.isValid())
            return dt;
    }
    return parseRfc822(translated);
}

} // namespace feed
