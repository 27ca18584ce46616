#include "ui/DayNavigator.h"

#include "ui/DateText.h"
#include "ui/Icons.h"

#include <QCalendarWidget>
#include <QDate>
#include <QHBoxLayout>
#include <QKeySequence>
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
      m_label(new QLabel(this)), m_calendar(new QCalendarWidget), m_calendarLegend(new QLabel)
{
    setObjectName(QStringLiteral("dayNavigator"));
    m_prev->setObjectName(QStringLiteral("previousDayButton"));
    m_next->setObjectName(QStringLiteral("nextDayButton"));
    m_todayButton->setObjectName(QStringLiteral("todayButton"));
    m_calendarButton->setObjectName(QStringLiteral("calendarButton"));
    m_label->setObjectName(QStringLiteral("dayLabel"));
    m_calendar->setObjectName(QStringLiteral("dayCalendar"));
    m_calendarLegend->setObjectName(QStringLiteral("dayCalendarLegend"));

    m_prev->setIcon(Icons::get(QStringLiteral("go-previous")));
    m_prev->setToolTip(tr("Previous day (Alt+Left)"));
    m_next->setIcon(Icons::get(QStringLiteral("go-next")));
    m_next->setToolTip(tr("Next day (Alt+Right)"));
    m_todayButton->setText(tr("Today"));
    m_todayButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_calendarButton->setIcon(Icons::get(QStringLiteral("calendar")));
    // Ctrl+G, "go to": the button has no text to carry a mnemonic.
    m_calendarButton->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));
    m_calendarButton->setToolTip(tr("Pick a day (%1)").arg(m_calendarButton->shortcut().toString(QKeySequence::NativeText)));
    m_calendarButton->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(m_calendarButton);
    auto *action = new QWidgetAction(menu);
    auto *popup = new QWidget;
    auto *popupLayout = new QVBoxLayout(popup);
    popupLayout->setContentsMargins(0, 0, 0, 4);
    popupLayout->addWidget(m_calendar);
    popupLayout->addWidget(m_calendarLegend);
    m_calendarLegend->setTextFormat(Qt::RichText);
    m_calendarLegend->setWordWrap(true);
    m_calendarLegend->setContentsMargins(6, 0, 6, 0);
    action->setDefaultWidget(popup);
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
    markCalendar();
    updateButtons();
}

void DayNavigator::setDays(const QStringList &days, const QSet<QString> &withDigest, const QString &today)
{
    m_days = days;
    std::sort(m_days.begin(), m_days.end());
    m_today = today;
    m_withDigest = withDigest;
    markCalendar();
    updateButtons();
}

void DayNavigator::markCalendar()
{
    for (const QDate &d : std::as_const(m_marked))
        m_calendar->setDateTextFormat(d, QTextCharFormat());
    m_marked.clear();
    // Days with articles: bold. Days with a digest: also underlined, in the
    // link colour (the digest days are a subset of the article days, except
    // for a digest imported for a day whose articles are gone).
    QTextCharFormat articles;
    articles.setFontWeight(QFont::Bold);
    articles.setToolTip(tr("Articles, no digest built yet"));
    QTextCharFormat digest = articles;
    digest.setFontUnderline(true);
    digest.setForeground(palette().color(QPalette::Link));
    digest.setToolTip(tr("Digest built"));
    QSet<QString> all(m_days.begin(), m_days.end());
    all.unite(m_withDigest);
    for (const QString &day : std::as_const(all)) {
        const QDate d = QDate::fromString(day, Qt::ISODate);
        if (!d.isValid())
            continue;
        m_calendar->setDateTextFormat(d, m_withDigest.contains(day) ? digest : articles);
        m_marked << d;
    }
    m_calendarLegend->setText(tr("<b>Bold</b>: articles &nbsp; <b><u><span style=\"color:%1\">Underlined</span></u></b>: "
                                 "digest built")
                                  .arg(palette().color(QPalette::Link).name()));
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
