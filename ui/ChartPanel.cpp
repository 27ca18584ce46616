#include "ui/ChartPanel.h"
#include "model/CategoryColours.h"
#include "ui/CategoryText.h"
#include "ui/ChartAxisLabels.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCursor>
#include <QDate>
#include <QFontMetricsF>
#include <QHBoxLayout>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QPieSeries>
#include <QPieSlice>
#include <QStackedBarSeries>
#include <QRegularExpression>
#include <QResizeEvent>
#include <QTextDocumentFragment>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <iterator>

namespace ui {

namespace {

QString label(const Category &c)
{
    return categoryLabel(c);
}

QChart *newChart(const QString &title)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setVisible(false);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    return chart;
}

// A count axis from 0 with room after the largest bar for its label, and
// whole-number ticks at 1, 2 or 5 times a power of ten (at most 6 ticks).
void setCountRange(QValueAxis *axis, int max)
{
    const int wanted = std::max(1, max) + std::max(1, (std::max(1, max) + 7) / 8);
    int step = 1;
    for (int scale = 1;; scale *= 10) {
        const int candidates[] = {scale, 2 * scale, 5 * scale};
        const int *fit = std::find_if(std::begin(candidates), std::end(candidates),
                                      [wanted](int c) { return (wanted + c - 1) / c <= 5; });
        if (fit != std::end(candidates)) {
            step = *fit;
            break;
        }
    }
    const int top = (wanted + step - 1) / step * step;
    axis->setRange(0, top);
    axis->setTickCount(top / step + 1);
    axis->setLabelFormat(QStringLiteral("%d"));
}

// The room a category name gets beside its bar: the rest is the bar's.
constexpr qreal kCategoryLabelShare = 0.4;

QString withoutTags(const QString &html)
{
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    return QString(html).remove(tags);
}

} // namespace

ChartPanel::ChartPanel(QWidget *parent)
    : QWidget(parent), m_viewBox(new QComboBox(this)), m_view(new QChartView(this)), m_legend(new QLabel(this))
{
    setObjectName(QStringLiteral("chartPanel"));
    m_viewBox->setObjectName(QStringLiteral("chartViewBox"));
    m_view->setObjectName(QStringLiteral("chartView"));
    m_legend->setObjectName(QStringLiteral("chartLegend"));
    m_legend->setTextFormat(Qt::RichText);
    m_legend->setWordWrap(true);
    m_legend->setContentsMargins(6, 0, 6, 4);
    m_viewBox->addItem(tr("Bars"), int(View::Bars));
    m_viewBox->addItem(tr("Pie"), int(View::Pie));
    m_viewBox->addItem(tr("Trend, 7 days"), int(View::Trend7));
    m_viewBox->addItem(tr("Trend, 30 days"), int(View::Trend30));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(220);

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Chart:"), this));
    top->addWidget(m_viewBox);
    top->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_legend);
    connect(m_viewBox, &QComboBox::currentIndexChanged, this, [this] {
        rebuild();
        Q_EMIT viewChanged();
    });
    rebuild();
}

void ChartPanel::setDay(const DayData &day)
{
    m_day = day;
    if (!showsTrend())
        rebuild();
}

void ChartPanel::setTrend(const QList<TrendDay> &days, const QList<Category> &categories)
{
    m_trend = days;
    m_trendCategories = categories;
    if (showsTrend())
        rebuild();
}

void ChartPanel::setView(View v)
{
    m_viewBox->setCurrentIndex(m_viewBox->findData(int(v)));
}

ChartPanel::View ChartPanel::view() const
{
    return View(m_viewBox->currentData().toInt());
}

QString ChartPanel::legendText() const
{
    return m_legend->isVisibleTo(this) ? QTextDocumentFragment::fromHtml(m_legend->text()).toPlainText() : QString();
}

void ChartPanel::setLegend(const QList<QPair<QString, QString>> &colourAndText)
{
    QStringList items;
    for (const auto &[colour, text] : colourAndText) {
        // Names are user data: escaped; each entry stays on one line.
        items << QStringLiteral("<span style=\"color:%1\">\u25A0</span>&nbsp;%2")
                     .arg(QColor(colour).name(),
                          text.toHtmlEscaped().replace(QLatin1Char(' '), QStringLiteral("&nbsp;")));
    }
    m_legend->setText(items.join(QStringLiteral(" &nbsp; ")));
    m_legend->setVisible(!items.isEmpty());
}

QStringList ChartPanel::axisLabels() const
{
    if (m_categoryAxis)
        return m_categoryAxis->categories();
    if (m_dayAxis) {
        QStringList labels;
        for (const QString &l : m_dayAxis->categoriesLabels())
            labels << withoutTags(l);
        return labels;
    }
    return {};
}

QString ChartPanel::markedDay() const
{
    const int shown = shownTrendIndex();
    return m_dayAxis && shown >= 0 && m_labelledDays.contains(m_trend.at(shown).day) ? m_trend.at(shown).day
                                                                                      : QString();
}

void ChartPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (event->size().width() != event->oldSize().width())
        fitCategoryLabels();
}

// Each name cut to its share of the chart's width; unique, as the axis
// needs (two names cut to the same beginning differ by invisible spaces).
void ChartPanel::fitCategoryLabels()
{
    if (!m_categoryAxis)
        return;
    const QFontMetricsF metrics(m_categoryAxis->labelsFont());
    const qreal room = std::max(3 * metrics.height(), kCategoryLabelShare * m_view->width());
    QStringList labels;
    for (const QString &full : std::as_const(m_fullLabels)) {
        QString cut = chartlabels::elided(full, metrics, room);
        while (labels.contains(cut))
            cut += QChar(0x200B);
        labels << cut;
    }
    if (labels != m_categoryAxis->categories())
        m_categoryAxis->setCategories(labels);
}

int ChartPanel::shownTrendIndex() const
{
    for (qsizetype i = 0; i < m_trend.size(); ++i) {
        if (m_trend.at(i).day == m_day.day)
            return int(i);
    }
    return int(m_trend.size()) - 1;
}

// The locale's day and month under as many days as fit the plot's width,
// counted from the day being shown (bold) both ways.
void ChartPanel::fitDayLabels(qreal plotWidth)
{
    if (!m_dayAxis || m_trend.isEmpty())
        return;
    const QLocale locale;
    const QString format = chartlabels::monthDayFormat(locale);
    QFont bold = m_dayAxis->labelsFont();
    bold.setBold(true);
    const QFontMetricsF metrics(bold);
    QStringList texts;
    qreal widest = 0;
    for (const TrendDay &d : std::as_const(m_trend)) {
        texts << locale.toString(QDate::fromString(d.day, Qt::ISODate), format);
        widest = std::max(widest, metrics.horizontalAdvance(texts.constLast()));
    }
    // Room beyond the plot for half of the first and last day's label.
    const int half = int(std::ceil(widest / 2));
    const QMargins margins = m_trendChart->margins();
    if (margins.left() < half || margins.right() < half)
        m_trendChart->setMargins(QMargins(std::max(margins.left(), half), margins.top(), half, margins.bottom()));
    const int shown = shownTrendIndex();
    const qreal gap = metrics.horizontalAdvance(QStringLiteral("  "));
    const QList<int> ticks =
        chartlabels::thinnedTicks(int(m_trend.size()), shown, plotWidth / m_trend.size(), widest + gap);
    QStringList days;
    for (int i : ticks)
        days << m_trend.at(i).day;
    if (days == m_labelledDays && m_dayAxis->count() == ticks.size())
        return;
    m_labelledDays = days;
    for (const QString &old : m_dayAxis->categoriesLabels())
        m_dayAxis->remove(old);
    for (int i : ticks)
        m_dayAxis->append(i == shown ? QStringLiteral("<b>%1</b>").arg(texts.at(i).toHtmlEscaped())
                                     : texts.at(i).toHtmlEscaped(),
                          i);
}

void ChartPanel::rebuild()
{
    m_drawn.clear();
    m_categoryAxis = nullptr;
    m_dayAxis = nullptr;
    m_trendChart = nullptr;
    m_fullLabels.clear();
    m_labelledDays.clear();
    setLegend({});
    QChart *chart = nullptr;
    switch (view()) {
    case View::Bars:
        chart = distributionBars();
        break;
    case View::Pie:
        chart = distributionPie();
        break;
    case View::Trend7:
    case View::Trend30:
        chart = trendBars();
        break;
    }
    chart->setTheme(palette().color(QPalette::Window).lightness() < 128 ? QChart::ChartThemeDark
                                                                        : QChart::ChartThemeLight);
    fitCategoryLabels();
    if (m_dayAxis) {
        // A first guess (the axis of counts takes about four digits); the
        // laid-out plot's real width follows.
        fitDayLabels(m_view->width() - 4 * QFontMetricsF(font()).height());
        connect(chart, &QChart::plotAreaChanged, this, [this](const QRectF &plot) { fitDayLabels(plot.width()); });
    }
    QChart *old = m_view->chart();
    m_view->setChart(chart);
    // Later, not now: a click on one of its bars may be what led here, and
    // the bar set is still inside its clicked signal.
    if (old)
        old->deleteLater();
}

QChart *ChartPanel::distributionBars()
{
    QChart *chart = newChart(tr("Articles per category"));
    QList<Category> shown;
    for (const Category &c : std::as_const(m_day.categories)) {
        if (m_day.countByCategory.value(c.id) > 0)
            shown << c;
    }
    // Largest at the top: horizontal bars are drawn bottom-up.
    std::stable_sort(shown.begin(), shown.end(), [this](const Category &a, const Category &b) {
        return m_day.countByCategory.value(a.id) < m_day.countByCategory.value(b.id);
    });
    auto *series = new QHorizontalStackedBarSeries;
    QStringList labels;
    int max = 0;
    for (qsizetype i = 0; i < shown.size(); ++i) {
        const Category &c = shown.at(i);
        labels << label(c);
        auto *set = new QBarSet(categoryDisplayName(c));
        for (qsizetype j = 0; j < shown.size(); ++j)
            *set << (i == j ? m_day.countByCategory.value(c.id) : 0);
        set->setColor(QColor(c.color));
        set->setLabelColor(palette().color(QPalette::Text));
        const qint64 id = c.id;
        connect(set, &QBarSet::clicked, this, [this, id] { Q_EMIT categorySelected(id); });
        // The whole name, which the axis may have cut.
        const QString tip = QStringLiteral("%1 (%2)").arg(label(c)).arg(m_day.countByCategory.value(c.id));
        connect(set, &QBarSet::hovered, this, [this, tip](bool entered) {
            if (entered)
                QToolTip::showText(QCursor::pos(), tip, m_view);
            else
                QToolTip::hideText();
        });
        series->append(set);
        max = std::max(max, m_day.countByCategory.value(c.id));
        m_drawn << c.id;
    }
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setBarWidth(0.7);
    chart->addSeries(series);
    auto *y = new QBarCategoryAxis;
    y->append(labels);
    y->setTruncateLabels(false); // cut at their end by fitCategoryLabels, never at the front
    m_categoryAxis = y;
    m_fullLabels = labels;
    // QtCharts measures the labels without the emoji's fallback font; room for it.
    chart->setMargins(QMargins(4 + 2 * fontMetrics().height(), 4, 4, 4));
    auto *x = new QValueAxis;
    setCountRange(x, max);
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(y);
    series->attachAxis(x);
    if (shown.isEmpty())
        chart->setTitle(tr("No classified articles for this day"));
    return chart;
}

QChart *ChartPanel::distributionPie()
{
    QChart *chart = newChart(tr("Share of the day's articles"));
    auto *series = new QPieSeries;
    QList<QPair<QString, QString>> legend;
    for (const Category &c : std::as_const(m_day.categories)) {
        const int n = m_day.countByCategory.value(c.id);
        if (n <= 0)
            continue;
        QPieSlice *slice = series->append(QString::number(n), n);
        slice->setColor(QColor(c.color));
        slice->setLabelVisible(true);
        slice->setLabelPosition(QPieSlice::LabelInsideHorizontal);
        slice->setLabelColor(QColor(c.color).lightness() < 110 ? Qt::white : Qt::black);
        legend << qMakePair(c.color, QStringLiteral("%1 (%2)").arg(label(c)).arg(n));
        const qint64 id = c.id;
        connect(slice, &QPieSlice::clicked, this, [this, id] { Q_EMIT categorySelected(id); });
        m_drawn << c.id;
    }
    series->setPieSize(0.8);
    chart->addSeries(series);
    setLegend(legend);
    if (m_drawn.isEmpty())
        chart->setTitle(tr("No classified articles for this day"));
    return chart;
}

QChart *ChartPanel::trendBars()
{
    QChart *chart = newChart(tr("Articles per category, last %n day(s)", nullptr, trendDays()));
    auto *series = new QStackedBarSeries;
    QList<QPair<QString, QString>> legend;
    int max = 0;
    QList<int> totals(m_trend.size(), 0);
    for (const Category &c : std::as_const(m_trendCategories)) {
        auto *set = new QBarSet(label(c));
        bool any = false;
        for (qsizetype i = 0; i < m_trend.size(); ++i) {
            const int n = m_trend.at(i).counts.value(c.id);
            *set << n;
            totals[i] += n;
            any = any || n > 0;
        }
        if (!any) {
            delete set;
            continue;
        }
        set->setColor(QColor(c.color));
        const qint64 id = c.id;
        connect(set, &QBarSet::clicked, this, [this, id](int index) {
            if (index >= 0 && index < m_trend.size())
                Q_EMIT dayAndCategorySelected(m_trend.at(index).day, id);
        });
        series->append(set);
        legend << qMakePair(c.color, label(c));
        m_drawn << c.id;
    }
    // Days whose articles are not classified yet (no digest built): grey.
    auto *unclassified = new QBarSet(tr("Not classified yet"));
    bool anyUnclassified = false;
    for (qsizetype i = 0; i < m_trend.size(); ++i) {
        const int n = m_trend.at(i).counts.value(0);
        *unclassified << n;
        totals[i] += n;
        anyUnclassified = anyUnclassified || n > 0;
    }
    if (anyUnclassified) {
        const QColor grey(colour::notClassifiedColour());
        unclassified->setColor(grey);
        connect(unclassified, &QBarSet::clicked, this, [this](int index) {
            if (index >= 0 && index < m_trend.size())
                Q_EMIT dayAndCategorySelected(m_trend.at(index).day, kAllCategories);
        });
        series->append(unclassified);
        legend << qMakePair(grey.name(), unclassified->label());
    } else {
        delete unclassified;
    }
    setLegend(legend);
    for (int t : std::as_const(totals))
        max = std::max(max, t);
    chart->addSeries(series);
    // Only some days get a label (fitDayLabels): a value axis over the
    // bars' indices with labels at chosen indices.
    auto *x = new QCategoryAxis;
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    x->setRange(-0.5, std::max<qsizetype>(1, m_trend.size()) - 0.5);
    x->setStartValue(-0.5);
    x->setGridLineVisible(false);
    x->setTruncateLabels(false);
    m_dayAxis = x;
    m_trendChart = chart;
    auto *y = new QValueAxis;
    setCountRange(y, max);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    return chart;
}

} // namespace ui
