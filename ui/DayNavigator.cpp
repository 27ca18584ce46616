#include "ui/DayNavigator.h"

#include "ui/DateText.h"
#include "ui/Icons.h"

#include <QCalendarWidget>
#include <QDate>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QTextCharFormat>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWidgetAction>

#include <algorithm>

namespace ui {

DayNavigator::DayNavigator(QWidget *parent)
    : QWidget(parent), m_prev(new QToolButton(this)), m_next(new QToolButton(this)),
      m_todayButton(new QToolButton(this)), m_calendarButton(new QToolButton(this)),
      m_label(new QLabel(this)), m_calendar(new QCalendarWidget)
{
    setObjectName(QStringLiteral("dayNavigator"));
    m_prev->setObjectName(QStringLiteral("previousDayButton"));
    m_next->setObjectName(QStringLiteral("nextDayButton"));
    m_todayButton->setObjectName(QStringLiteral("todayButton"));
    m_calendarButton->setObjectName(QStringLiteral("calendarButton"));
    m_label->setObjectName(QStringLiteral("dayLabel"));
    m_calendar->setObjectName(QStringLiteral("dayCalendar"));

    m_prev->setIcon(Icons::get(QStringLiteral("go-previous")));
    m_prev->setToolTip(tr("Previous day ( [ )"));
    m_next->setIcon(Icons::get(QStringLiteral("go-next")));
    m_next->setToolTip(tr("Next day ( ] )"));
    m_todayButton->setText(tr("Today"));
    m_todayButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_calendarButton->setIcon(Icons::get(QStringLiteral("calendar")));
    m_calendarButton->setToolTip(tr("Pick a day; bold days have a digest"));
    m_calendarButton->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(m_calendarButton);
    auto *action = new QWidgetAction(menu);
    action->setDefaultWidget(m_calendar);
    menu->addAction(action);
    m_calendarButton->setMenu(menu);
    m_label->setAlignment(Qt::AlignCenter);
    QFont f = m_label->font();
    f.setBold(true);
    m_label->setFont(f);

    auto *row = new QHBoxLayout;
    row->addWidget(m_prev);
    row->addWidget(m_label, 1);
    row->addWidget(m_next);
    auto *row2 = new QHBoxLayout;
    row2->addWidget(m_todayButton, 1);
    row2->addWidget(m_calendarButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addLayout(row2);

    connect(m_prev, &QToolButton::clicked, this, &DayNavigator::goPrevious);
    connect(m_next, &QToolButton::clicked, this, &DayNavigator::goNext);
    connect(m_todayButton, &QToolButton::clicked, this, &DayNavigator::goToday);
    connect(m_calendar, &QCalendarWidget::clicked, this, [this, menu](QDate d) {
        menu->hide();
        select(d.toString(Qt::ISODate));
    });
    updateButtons();
}

void DayNavigator::setDays(const QStringList &days, const QSet<QString> &withDigest, const QString &today)
{
    m_days = days;
    std::sort(m_days.begin(), m_days.end());
    m_today = today;
    QTextCharFormat plain;
    for (const QString &d : std::as_const(m_withDigest))
        m_calendar->setDateTextFormat(QDate::fromString(d, Qt::ISODate), plain);
    m_withDigest = withDigest;
    QTextCharFormat bold;
    bold.setFontWeight(QFont::Bold);
    bold.setForeground(palette().color(QPalette::Link));
    for (const QString &d : std::as_const(m_withDigest))
        m_calendar->setDateTextFormat(QDate::fromString(d, Qt::ISODate), bold);
    updateButtons();
}

void DayNavigator::setCurrentDay(const QString &day)
{
    m_current = day;
    const QDate d = QDate::fromString(day, Qt::ISODate);
    m_label->setText(d.isValid() ? DateText::shortDate(d)
                                       + QStringLiteral(" (%1)").arg(QLocale().dayName(d.dayOfWeek(), QLocale::ShortFormat))
                                 : tr("No day"));
    m_label->setToolTip(day);
    if (d.isValid())
        m_calendar->setSelectedDate(d);
    updateButtons();
}

QString DayNavigator::previousDay() const
{
    auto it = std::lower_bound(m_days.begin(), m_days.end(), m_current);
    return it == m_days.begin() ? QString() : *(it - 1);
}

QString DayNavigator::nextDay() const
{
    auto it = std::upper_bound(m_days.begin(), m_days.end(), m_current);
    return it == m_days.end() ? QString() : *it;
}

void DayNavigator::goPrevious() { select(previousDay()); }
void DayNavigator::goNext() { select(nextDay()); }
void DayNavigator::goToday() { select(m_today); }

void DayNavigator::select(const QString &day)
{
    if (day.isEmpty() || day == m_current)
        return;
    setCurrentDay(day);
    Q_EMIT daySelected(day);
}

void DayNavigator::updateButtons()
{
    m_prev->setEnabled(!previousDay().isEmpty());
    m_next->setEnabled(!nextDay().isEmpty());
    m_todayButton->setEnabled(!m_today.isEmpty() && m_today != m_current);
}

} // namespace ui
