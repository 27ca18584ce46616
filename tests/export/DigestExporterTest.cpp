#include "ExportFixtures.h"
#include "export/DigestExporter.h"
#include "export/JsonExporter.h"
#include "ui/QtChartRenderer.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using exporter::DigestExporter;
using exporter::ExportResult;

namespace {

// Installs a renderer for one test and restores the previous one.
class RendererScope
{
public:
    explicit RendererScope(const ChartRenderer *r) : m_previous(ChartRenderer::installed()) { ChartRenderer::install(r); }
    ~RendererScope() { ChartRenderer::install(m_previous); }

private:
    const ChartRenderer *m_previous;
};

QStringList entries(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

} // namespace

TEST(DigestExporter, MarkdownWritesTheDocumentAndTheChartBesideIt)
{
    const QtChartRenderer renderer;
    RendererScope scope(&renderer);
    QTemporaryDir tmp;
    const QString dir = tmp.filePath(QStringLiteral("out/nested"));
    const ExportResult r = DigestExporter::exportDay(exportfixtures::sampleDigest(), dir, DigestExporter::Format::Markdown);
    ASSERT_TRUE(r.ok) << r.error.toStdString();
    EXPECT_TRUE(r.warnings.isEmpty());
    EXPECT_EQ(entries(dir), (QStringList{QStringLiteral("news_2026-11-18.md"), QStringLiteral("news_2026-11-18.png")}));
    EXPECT_EQ(r.files.size(), 2);
    QFile md(dir + QStringLiteral("/news_2026-11-18.md"));
    ASSERT_TRUE(md.open(QIODevice::ReadOnly));
    EXPECT_TRUE(md.readLine().endsWith("](news_2026-11-18.png)\n"));
    const QImage png(dir + QStringLiteral("/news_2026-11-18.png"));
    ASSERT_FALSE(png.isNull());
    EXPECT_GE(png.width(), 1200);
    EXPECT_GE(png.height(), 800);
}

TEST(DigestExporter, WithoutARendererTheResultSaysSo)
{
    RendererScope scope(nullptr);
    QTemporaryDir tmp;
    const ExportResult r = DigestExporter::exportDay(exportfixtures::sampleDigest(), tmp.path(), DigestExporter::Format::Markdown);
    ASSERT_TRUE(r.ok) << r.error.toStdString();
    ASSERT_EQ(r.warnings.size(), 1);
    EXPECT_TRUE(r.warnings.first().contains(QStringLiteral("chart"))) << r.warnings.first().toStdString();
    EXPECT_EQ(entries(tmp.path()), QStringList{QStringLiteral("news_2026-11-18.md")});
}

TEST(DigestExporter, HtmlAndJsonFiles)
{
    const QtChartRenderer renderer;
    RendererScope scope(&renderer);
    QTemporaryDir tmp;
    const ExportResult html = DigestExporter::exportDay(exportfixtures::sampleDigest(), tmp.path(), DigestExporter::Format::Html);
    ASSERT_TRUE(html.ok) << html.error.toStdString();
    const ExportResult json = DigestExporter::exportDay(exportfixtures::sampleDigest(), tmp.path(), DigestExporter::Format::Json);
    ASSERT_TRUE(json.ok) << json.error.toStdString();
    EXPECT_EQ(entries(tmp.path()), (QStringList{QStringLiteral("news_2026-11-18.html"), QStringLiteral("news_2026-11-18.json")}));
    QFile h(tmp.filePath(QStringLiteral("news_2026-11-18.html")));
    ASSERT_TRUE(h.open(QIODevice::ReadOnly));
    EXPECT_TRUE(h.readAll().contains("src=\"data:image/png;base64,iVBORw0KGgo"));
    QFile j(tmp.filePath(QStringLiteral("news_2026-11-18.json")));
    ASSERT_TRUE(j.open(QIODevice::ReadOnly));
    Digest back;
    QString error;
    EXPECT_TRUE(exporter::JsonExporter::parse(j.readAll(), &back, &error)) << error.toStdString();
    EXPECT_EQ(back.day, QStringLiteral("2026-11-18"));
}

TEST(DigestExporter, UnwritableFolderGivesAClearErrorAndNoFile)
{
    RendererScope scope(nullptr);
    QTemporaryDir tmp;
    const QString file = tmp.filePath(QStringLiteral("a-file"));
    QFile f(file);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.close();
    const ExportResult asDir = DigestExporter::exportDay(exportfixtures::sampleDigest(), file, DigestExporter::Format::Markdown);
    EXPECT_FALSE(asDir.ok);
    EXPECT_TRUE(asDir.error.contains(QStringLiteral("not a folder"))) << asDir.error.toStdString();
    const ExportResult under = DigestExporter::exportDay(exportfixtures::sampleDigest(), file + QStringLiteral("/sub"),
                                                         DigestExporter::Format::Json);
    EXPECT_FALSE(under.ok);
    EXPECT_TRUE(under.error.contains(QStringLiteral("Cannot create the folder"))) << under.error.toStdString();
    EXPECT_TRUE(under.files.isEmpty());
    EXPECT_EQ(entries(tmp.path()), QStringList{QStringLiteral("a-file")});
}

TEST(DigestExporter, RefusesADigestWithoutADay)
{
    Digest d = exportfixtures::sampleDigest();
    d.day = QStringLiteral("18.11.2026");
    QTemporaryDir tmp;
    const ExportResult r = DigestExporter::exportDay(d, tmp.path(), DigestExporter::Format::Markdown);
    EXPECT_FALSE(r.ok);
    EXPECT_TRUE(r.error.contains(QStringLiteral("YYYY-MM-DD")));
    EXPECT_TRUE(entries(tmp.path()).isEmpty());
}

TEST(DigestExporter, FormatNames)
{
    DigestExporter::Format f = DigestExporter::Format::Json;
    EXPECT_TRUE(DigestExporter::formatFromName(QStringLiteral("MD"), &f));
    EXPECT_EQ(f, DigestExporter::Format::Markdown);
    EXPECT_TRUE(DigestExporter::formatFromName(QStringLiteral("html"), &f));
    EXPECT_EQ(f, DigestExporter::Format::Html);
    EXPECT_FALSE(DigestExporter::formatFromName(QStringLiteral("pdf"), &f));
}
