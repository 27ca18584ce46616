#pragma once

#include "model/Category.h"
#include "ui/DayRepository.h"

#include <QList>
#include <QWidget>

class QBarCategoryAxis;
class QCategoryAxis;
class QChart;
class QChartView;
class QComboBox;
class QLabel;

namespace ui {

// The day's distribution (bar or pie; clicking a bar or slice selects that
// category) and a trend view: stacked bars of category counts over the
// last 7 or 30 days (clicking one opens that day and category).
// Labels are sized to the panel: category names are cut at their end with
// "…" (the whole name in the bar's tooltip), and the trend's dates (the
// locale's day and month) are thinned to what fits the plot's width,
// always keeping the day being shown, which is marked.
class ChartPanel : public QWidget
{
    Q_OBJECT
public:
    enum class View { Bars, Pie, Trend7, Trend30 };

    explicit ChartPanel(QWidget *parent = nullptr);

    void setDay(const DayData &day);
    void setTrend(const QList<TrendDay> &days, const QList<Category> &categories);
    void setView(View view);
    View view() const;
    int trendDays() const { return view() == View::Trend30 ? 30 : 7; }
    bool showsTrend() const { return view() == View::Trend7 || view() == View::Trend30; }
    QChartView *chartView() const { return m_view; }
    // The category ids drawn, in drawing order (for tests and screenshots).
    QList<qint64> drawnCategories() const { return m_drawn; }
    QString legendText() const; // plain text of the legend line, "" when hidden
    // The category axis's labels as set (bars: one per category, bottom-up;
    // trend: only the dates that are labelled), for tests.
    QStringList axisLabels() const;
    // The trend's labelled days (ISO dates), and the one marked as shown.
    QStringList labelledDays() const { return m_labelledDays; }
    QString markedDay() const;

Q_SIGNALS:
    void categorySelected(qint64 categoryId);
    void dayAndCategorySelected(const QString &day, qint64 categoryId);
    void viewChanged();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void rebuild();
    void fitCategoryLabels();
    void fitDayLabels(qreal plotWidth);
    int shownTrendIndex() const;
    QChart *distributionBars();
    QChart *distributionPie();
    QChart *trendBars();
    // The pie's and trend's legend as a wrapping line under the chart
    // (QtCharts' own legend truncates names in a narrow panel).
    void setLegend(const QList<QPair<QString, QString>> &colourAndText);

    QComboBox *m_viewBox;
    QChartView *m_view;
    QLabel *m_legend;
    DayData m_day;
    QList<TrendDay> m_trend;
    QList<Category> m_trendCategories;
    QList<qint64> m_drawn;
    QBarCategoryAxis *m_categoryAxis = nullptr; // the bar view's, else null
    QStringList m_fullLabels;                   // its labels uncut
    QCategoryAxis *m_dayAxis = nullptr;         // the trend's, else null
    QChart *m_trendChart = nullptr;
    QStringList m_labelledDays;
};

} // namespace ui
