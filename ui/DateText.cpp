#include "ui/DateText.h"

#include <QDateEdit>
#include <QLocale>
#include <QRegularExpression>
#include <QStyle>
#include <QStyleOptionSpinBox>

#include <algorithm>

namespace ui::DateText {

namespace {

// The widest date of a year in `format`: every month (names differ in
// width) on a two-digit day, in a year with four digits.
int widestDate(const QFontMetrics &metrics, const QString &format)
{
    int widest = 0;
    const QLocale locale;
    for (int month = 1; month <= 12; ++month) {
        for (const int day : {22, 28}) {
            const QDate date(2028, month, day);
            widest = std::max(widest, metrics.horizontalAdvance(locale.toString(date, format)));
        }
    }
    return widest;
}

} // namespace

QString shortFormat()
{
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    // "yy" alone becomes "yyyy"; a format that already has "yyyy" keeps it.
    static const QRegularExpression twoDigitYear(QStringLiteral("(?<!y)yy(?!y)"));
    format.replace(twoDigitYear, QStringLiteral("yyyy"));
    return format;
}

QString shortDate(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, shortFormat()) : QString();
}

QString shortDay(const QString &isoDay)
{
    const QDate date = QDate::fromString(isoDay, Qt::ISODate);
    return date.isValid() ? shortDate(date) : isoDay;
}

QString longDate(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::LongFormat) : QString();
}

QString shortTime(const QTime &time)
{
    return time.isValid() ? QLocale().toString(time, QLocale::ShortFormat) : QString();
}

QString shortDateTime(const QDateTime &when)
{
    if (!when.isValid())
        return {};
    return QStringLiteral("%1 %2").arg(shortDate(when.date()), shortTime(when.time()));
}

void setUpDateEdit(QDateEdit *edit)
{
    const QString format = shortFormat();
    edit->setDisplayFormat(format);
    // QDateEdit sizes itself from its current text plus a little; a later,
    // wider date (or the calendar button) then cuts it. Fit the widest.
    QStyleOptionSpinBox option;
    option.initFrom(edit);
    option.buttonSymbols = edit->buttonSymbols();
    option.subControls =
        QStyle::SC_SpinBoxFrame | QStyle::SC_SpinBoxEditField | QStyle::SC_SpinBoxUp | QStyle::SC_SpinBoxDown;
    option.frame = edit->hasFrame();
    const QFontMetrics metrics(edit->font());
    // As QAbstractSpinBox::sizeHint measures: the text, the cursor, a margin.
    const int text = widestDate(metrics, format) + 2 + metrics.horizontalAdvance(QLatin1Char(' '));
    const QSize full =
        edit->style()->sizeFromContents(QStyle::CT_SpinBox, &option, QSize(text, edit->sizeHint().height()), edit);
    edit->setMinimumWidth(std::max(full.width(), edit->sizeHint().width()));
}

} // namespace ui::DateText
