#include "ui/QtChartRenderer.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QChart>
#include <QFontDatabase>
#include <QFontMetrics>
#include <QGraphicsScene>
#include <QHorizontalStackedBarSeries>
#include <QBarSet>
#include <QPainter>
#include <QValueAxis>

#include <algorithm>

namespace {

// A font that has Hangul glyphs, when one is installed (fonts-nanum).
QFont chartFont(int pointSize, bool bold = false)
{
    QFont font = QApplication::font();
    const QStringList families = QFontDatabase::families();
    for (const char *candidate : {"NanumGothic", "NanumBarunGothic", "Noto Sans CJK KR", "Noto Sans KR"}) {
        const QString family = QString::fromLatin1(candidate);
        if (families.contains(family)) {
            font.setFamilies({family, QStringLiteral("Noto Color Emoji")});
            break;
        }
    }
    font.setPointSize(pointSize);
    font.setBold(bold);
    return font;
}

// Whether some installed font can draw the emoji. Without an emoji font
// the label keeps only the category name rather than show a box.
bool canDraw(const QString &emoji, const QFont &font)
{
    if (emoji.isEmpty())
        return false;
    static const bool emojiFont = [] {
        for (const QString &family : QFontDatabase::families())
            if (family.contains(QLatin1String("Emoji"), Qt::CaseInsensitive))
                return true;
        return false;
    }();
    if (emojiFont)
        return true;
    const char32_t c = emoji.toUcs4().value(0);
    return QFontMetrics(font).inFontUcs4(c) || QFontMetrics(QFont(QStringLiteral("DejaVu Sans"))).inFontUcs4(c);
}

QString drawableLabel(const QString &label, const QFont &font)
{
    const qsizetype space = label.indexOf(QLatin1Char(' '));
    if (space <= 0 || QChar::isLetterOrNumber(label.toUcs4().value(0)))
        return label;
    return canDraw(label.left(space), font) ? label : label.mid(space + 1);
}

// A round step giving at most ~10 grid lines: 1, 2, 5, 10, 20, 50...
int niceStep(int maxCount)
{
    int step = 1;
    for (int magnitude = 1;; magnitude *= 10) {
        for (int m : {1, 2, 5}) {
            step = m * magnitude;
            if (maxCount / step <= 10)
                return step;
        }
    }
}

} // namespace

QImage QtChartRenderer::render(const QString &title, const QList<ChartSlice> &slices, QSize size) const
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    if (size.isEmpty())
        return image;

    // Largest at the top: a horizontal bar chart draws its first category
    // at the bottom, so the categories go in reverse.
    QList<ChartSlice> ordered = slices;
    std::reverse(ordered.begin(), ordered.end());

    QChart chart;
    chart.setAnimationOptions(QChart::NoAnimation);
    chart.setBackgroundBrush(Qt::white);
    chart.setTitle(title);
    chart.setTitleFont(chartFont(std::max(14, size.height() / 40), true));
    chart.legend()->hide();

    // One stacked series with one set per category, each non-zero only at
    // its own row: every bar gets its category's colour.
    auto *series = new QHorizontalStackedBarSeries;
    QStringList labels;
    int maxCount = 0;
    const QFont labelFont = chartFont(std::max(11, size.height() / 60));
    for (qsizetype i = 0; i < ordered.size(); ++i) {
        const ChartSlice &slice = ordered.at(i);
        labels << QStringLiteral("%1  (%2)").arg(drawableLabel(slice.label, labelFont)).arg(slice.count);
        maxCount = std::max(maxCount, slice.count);
        auto *set = new QBarSet(slice.label);
        for (qsizetype j = 0; j < ordered.size(); ++j)
            set->append(j == i ? slice.count : 0);
        set->setColor(slice.color);
        set->setBorderColor(slice.color.darker(120));
        series->append(set);
    }
    series->setBarWidth(0.7);
    chart.addSeries(series);

    auto *categories = new QBarCategoryAxis;
    categories->append(labels);
    categories->setLabelsFont(labelFont);
    chart.addAxis(categories, Qt::AlignLeft);
    series->attachAxis(categories);

    auto *values = new QValueAxis;
    const int step = niceStep(std::max(1, maxCount));
    values->setRange(0, (maxCount / step + 1) * step);
    values->setTickType(QValueAxis::TicksDynamic);
    values->setTickAnchor(0);
    values->setTickInterval(step);
    values->setLabelFormat(QStringLiteral("%d"));
    values->setLabelsFont(chartFont(std::max(10, size.height() / 70)));
    chart.addAxis(values, Qt::AlignBottom);
    series->attachAxis(values);

    QGraphicsScene scene;
    scene.addItem(&chart);
    chart.setGeometry(QRectF(QPointF(0, 0), QSizeF(size)));
    scene.setSceneRect(QRectF(QPointF(0, 0), QSizeF(size)));
    // Layout happens on posted events; run them now so the chart is laid
    // out before it is painted.
    QCoreApplication::sendPostedEvents();

    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    scene.render(&painter, QRectF(QPointF(0, 0), QSizeF(size)), scene.sceneRect());
    painter.end();
    scene.removeItem(&chart);
    return image;
}
