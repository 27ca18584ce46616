#include "ExportFixtures.h"
#include "export/DigestExporter.h"
#include "model/Category.h"
#include "ui/QtChartRenderer.h"

#include <QBuffer>
#include <QFontDatabase>
#include <QImageReader>
#include <QSet>
#include <gtest/gtest.h>

using exporter::DigestExporter;

namespace {

QByteArray png(const QImage &image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

bool near(QRgb a, const QColor &b)
{
    return std::abs(qRed(a) - b.red()) <= 6 && std::abs(qGreen(a) - b.green()) <= 6 && std::abs(qBlue(a) - b.blue()) <= 6;
}

int pixelsOf(const QImage &image, const QColor &color)
{
    int n = 0;
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2)
            n += near(image.pixel(x, y), color) ? 1 : 0;
    return n;
}

} // namespace

TEST(QtChartRenderer, DrawsEveryCategoryInItsColourAtTheRequestedSize)
{
    const QtChartRenderer renderer;
    const QList<ChartSlice> slices = DigestExporter::slices(exportfixtures::sampleDigest());
    ASSERT_EQ(slices.size(), 2); // the section without sources has no bar
    EXPECT_EQ(slices.at(0).label.toStdString(), "⭐ LLM");
    EXPECT_EQ(slices.at(0).count, 2);
    EXPECT_EQ(slices.at(0).color, QColor(QStringLiteral("#e69f00")));

    const QImage image = renderer.render(QStringLiteral("카테고리 분포 · 2026-11-18"), slices, QSize(1200, 800));
    // Through PNG and back, as the exporter writes it.
    QByteArray bytes = png(image);
    QBuffer buffer(&bytes);
    QImageReader reader(&buffer, "PNG");
    const QImage decoded = reader.read();
    ASSERT_FALSE(decoded.isNull()) << reader.errorString().toStdString();
    EXPECT_EQ(decoded.size(), QSize(1200, 800));

    // Not blank: each category's colour covers a real area, and the text is dark.
    for (const ChartSlice &s : slices)
        EXPECT_GT(pixelsOf(decoded, s.color), 500) << s.label.toStdString();
    QSet<QRgb> colours;
    for (int y = 0; y < decoded.height(); y += 4)
        for (int x = 0; x < decoded.width(); x += 4)
            colours.insert(decoded.pixel(x, y) & 0xfff0f0f0);
    EXPECT_GT(colours.size(), 5);
    EXPECT_GT(pixelsOf(decoded, QColor(Qt::white)), 100000);
}

TEST(QtChartRenderer, LargerSizesAndManyCategories)
{
    const QtChartRenderer renderer;
    QList<ChartSlice> slices;
    for (const Category &c : defaultCategories())
        slices << ChartSlice{c.emoji + QLatin1Char(' ') + c.name, QColor(c.color), int(c.position) + 1};
    ASSERT_GE(slices.size(), 12);
    const QImage image = renderer.render(QStringLiteral("카테고리 분포 · 2026-11-20"), slices, QSize(1600, 1000));
    EXPECT_EQ(image.size(), QSize(1600, 1000));
    image.save(QStringLiteral(DI_BINARY_DIR "/chart-all-categories.png")); // for a look by eye
    int coloured = 0;
    for (const ChartSlice &s : slices)
        coloured += pixelsOf(image, s.color) > 50 ? 1 : 0;
    EXPECT_EQ(coloured, slices.size());
}

TEST(QtChartRenderer, KoreanFontIsAvailableForLabels)
{
    // fonts-nanum is a declared dependency; without it every Hangul label is a box.
    EXPECT_FALSE(QFontDatabase::families(QFontDatabase::Korean).isEmpty());
}
