#pragma once

#include <QSet>
#include <QString>
#include <QStringList>
#include <QWidget>

class QCalendarWidget;
class QLabel;
class QToolButton;

namespace ui {

// Previous / next day (among the days that have articles), "Today", and a
// calendar popup on which days with a cached digest are bold.
class DayNavigator : public QWidget
{
    Q_OBJECT
public:
    explicit DayNavigator(QWidget *parent = nullptr);

    // days: newest first (as ArticleStore::days()).
    void setDays(const QStringList &days, const QSet<QString> &withDigest, const QString &today);
    void setCurrentDay(const QString &day); // emits nothing
    QString currentDay() const { return m_current; }
    QString previousDay() const;
    QString nextDay() const;

public Q_SLOTS:
    void goPrevious();
    void goNext();
    void goToday();

Q_SIGNALS:
    void daySelected(const QString &day);

private:
    void select(const QString &day);
    void updateButtons();

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
};

} // namespace ui
