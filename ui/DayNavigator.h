#pragma once

#include <QDate>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QWidget>

class QCalendarWidget;
class QLabel;
class QToolButton;

namespace ui {

// Previous / next day (among the days that have articles), "Today", and a
// calendar popup (Ctrl+G) on which days with articles are bold and days with
// a built digest bold, underlined and in the link colour, with a legend
// under the calendar and a tooltip on each marked day.
class DayNavigator : public QWidget
{
    Q_OBJECT
public:
    explicit DayNavigator(QWidget *parent = nullptr);

    // days: newest first (as ArticleStore::days()).
    void setDays(const QStringList &days, const QSet<QString> &withDigest, const QString &today);
    const QStringList &days() const { return m_days; } // oldest first
    void setCurrentDay(const QString &day); // emits nothing
    QString currentDay() const { return m_current; }
    QString previousDay() const;
    QString nextDay() const;
    QCalendarWidget *calendar() const { return m_calendar; }

public Q_SLOTS:
    void goPrevious();
    void goNext();
    void goToday();

Q_SIGNALS:
    void daySelected(const QString &day);

private:
    void select(const QString &day);
    void updateButtons();
    void markCalendar();

    QStringList m_days; // oldest first
    QSet<QString> m_withDigest;
    QString m_today;
    QString m_current;
    QToolButton *m_prev;
    QToolButton *m_next;
    QToolButton *m_todayButton;
    QToolButton *m_calendarButton;
    QLabel *m_label;
    QCalendarWidget *m_calendar;
    QLabel *m_calendarLegend;
    QList<QDate> m_marked; // dates given a format, to clear on the next setDays
};

} // namespace ui
