#include "UiFixture.h"

#include "feed/Opml.h"
#include "ui/SettingsDialog.h"
#include "ui/SourcesSettingsTab.h"

#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace uitest;

namespace {

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

QStringList sourceUrls(const QSqlDatabase &db)
{
    QStringList urls;
    for (const Source &s : storage::SourceStore(db).all())
        urls << s.url;
    urls.sort();
    return urls;
}

} // namespace

class OpmlImportExportTest : public UiFixture
{
protected:
    // The file chooser answers `m_answer` and records what it was asked.
    ui::MainWindowDeps opmlDeps()
    {
        ui::MainWindowDeps d = deps();
        d.chooseFile = [this](QWidget *, bool save, const QString &caption, const QString &filter) {
            m_asked << QStringLiteral("%1|%2|%3")
                           .arg(save ? QStringLiteral("save") : QStringLiteral("open"), caption, filter);
            return m_answer;
        };
        return d;
    }

    QString m_answer;
    QStringList m_asked;
};

// The tab imports through service::SourceImport, as `sources import` does:
// only http(s) feeds; local files (file:, relative addresses that would name
// files next to the list), javascript: and other schemes are skipped, and
// the result line says how many and why.
TEST_F(OpmlImportExportTest, ImportAddsNewHttpFeedsAndReportsDuplicatesAndSkipped)
{
    const QString path = m_dir.filePath(QStringLiteral("list.opml"));
    writeFile(path, R"OPML(<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0"><head><title>Mine</title></head><body>
  <outline text="Research">
    <outline text="Lab blog" type="rss" xmlUrl="https://lab.example.net/feed.xml"/>
    <outline text="Lab blog again" type="rss" xmlUrl="https://lab.example.net/feed.xml"/>
  </outline>
  <outline text="이미 구독" type="rss" xmlUrl="https://news.example.org/feed.xml"/>
  <outline title="Local file" text="x" type="rss" xmlUrl="local/feed.rss"/>
  <outline title="Key" text="x" type="rss" xmlUrl="../.ssh/id_rsa"/>
  <outline title="Passwords" text="x" type="rss" xmlUrl="file:///etc/passwd"/>
  <outline text="Script" type="rss" xmlUrl="javascript:alert(1)"/>
  <outline text="Gopher" type="rss" xmlUrl="gopher://old.example/feed"/>
</body></opml>)OPML");
    m_answer = path;
    ui::SettingsDialog dialog(opmlDeps());
    dialog.show();
    auto *tab = dialog.findChild<ui::SourcesSettingsTab *>();
    ASSERT_NE(tab, nullptr);
    auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("sourcesTable"));
    ASSERT_EQ(table->rowCount(), 1);

    QSignalSpy imported(tab, &ui::SourcesSettingsTab::opmlImported);
    QSignalSpy finished(tab, &ui::SourcesSettingsTab::opmlImportFinished);
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("importOpmlButton")), Qt::LeftButton);
    ASSERT_TRUE(finished.wait(60000));
    ASSERT_EQ(imported.size(), 1);
    ASSERT_EQ(m_asked.size(), 1);
    EXPECT_TRUE(m_asked.first().startsWith(QStringLiteral("open|")));
    EXPECT_TRUE(m_asked.first().contains(QStringLiteral("*.opml")));
    EXPECT_EQ(imported.first().at(0).toInt(), 1); // the lab blog
    EXPECT_EQ(imported.first().at(1).toInt(), 2); // the repeat in the file, the one already subscribed
    EXPECT_EQ(tab->opmlStatus(),
              QStringLiteral("Read list.opml: 1 source(s) to add when you press OK, 2 duplicate(s) skipped; 3 local "
                             "or relative address(es) and 2 with another scheme or no host skipped: only http and "
                             "https feeds are imported from a list."));
    EXPECT_EQ(table->rowCount(), 2);
    EXPECT_EQ(storage::SourceStore(db()).all().size(), 1); // stored on OK (issue 12 item 1)
    QSignalSpy changed(tab, &ui::SourcesSettingsTab::changed);
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("settingsOkButton")), Qt::LeftButton);
    ASSERT_TRUE(changed.wait(60000));

    const Source lab = storage::SourceStore(db()).byUrl(QStringLiteral("https://lab.example.net/feed.xml"));
    EXPECT_EQ(lab.title, QStringLiteral("Lab blog"));
    EXPECT_EQ(lab.group, QStringLiteral("Research"));
    EXPECT_EQ(sourceUrls(db()), QStringList({QStringLiteral("https://lab.example.net/feed.xml"),
                                             QStringLiteral("https://news.example.org/feed.xml")}));
}

TEST_F(OpmlImportExportTest, ListOverTheFeedSizeCapIsRefused)
{
    const QString path = m_dir.filePath(QStringLiteral("huge.opml"));
    writeFile(path, R"(<?xml version="1.0"?><opml version="2.0"><body><outline xmlUrl="https://a.example/f"/></body></opml>)");
    ASSERT_TRUE(QFile::resize(path, 10 * 1024 * 1024 + 1)); // sparse
    m_answer = path;
    ui::SettingsDialog dialog(opmlDeps());
    dialog.show();
    auto *tab = dialog.findChild<ui::SourcesSettingsTab *>();
    QSignalSpy finished(tab, &ui::SourcesSettingsTab::opmlImportFinished);
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("importOpmlButton")), Qt::LeftButton);
    ASSERT_TRUE(finished.wait(60000));
    EXPECT_EQ(tab->opmlStatus(), QStringLiteral("Nothing imported from huge.opml: the file is larger than the 10 MiB "
                                                "limit (the same as for one feed)"));
    EXPECT_EQ(storage::SourceStore(db()).all().size(), 1);
}

TEST_F(OpmlImportExportTest, BrokenFileNamesLineAndColumnAndAddsNothing)
{
    const QString path = m_dir.filePath(QStringLiteral("broken.opml"));
    writeFile(path, "<opml version=\"2.0\"><body>\n"
                    "<outline text=\"a\" xmlUrl=\"https://a.example/feed\"/>\n"
                    "<outline text=\"b\" xmlUrl=\"https://b.example/feed\">\n"
                    "</body></opml>\n");
    m_answer = path;
    ui::SettingsDialog dialog(opmlDeps());
    dialog.show();
    auto *tab = dialog.findChild<ui::SourcesSettingsTab *>();
    QSignalSpy imported(tab, &ui::SourcesSettingsTab::opmlImported);
    QSignalSpy finished(tab, &ui::SourcesSettingsTab::opmlImportFinished);
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("importOpmlButton")), Qt::LeftButton);
    ASSERT_TRUE(finished.wait(60000));
    EXPECT_TRUE(tab->opmlStatus().startsWith(QStringLiteral("Nothing imported from broken.opml:")))
        << tab->opmlStatus().toStdString();
    EXPECT_TRUE(tab->opmlStatus().contains(QStringLiteral("line 4, column"))) << tab->opmlStatus().toStdString();
    EXPECT_TRUE(dialog.findChild<QLabel *>(QStringLiteral("opmlStatus"))->isVisibleTo(tab));
    EXPECT_EQ(imported.size(), 0);
    EXPECT_EQ(storage::SourceStore(db()).all().size(), 1);
}

TEST_F(OpmlImportExportTest, CancelledChooserDoesNothing)
{
    m_answer.clear();
    ui::SettingsDialog dialog(opmlDeps());
    dialog.show();
    auto *tab = dialog.findChild<ui::SourcesSettingsTab *>();
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("importOpmlButton")), Qt::LeftButton);
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("exportOpmlButton")), Qt::LeftButton);
    EXPECT_EQ(m_asked.size(), 2);
    EXPECT_TRUE(tab->opmlStatus().isEmpty());
}

TEST_F(OpmlImportExportTest, ExportWritesEverySourceAndReadsBack)
{
    ui::SettingsDialog dialog(opmlDeps());
    dialog.show();
    auto *tab = dialog.findChild<ui::SourcesSettingsTab *>();
    auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("sourcesTable"));
    QString error;
    // Export writes what the table shows, a source added before OK included.
    ASSERT_TRUE(tab->addSource(QStringLiteral("https://second.example.com/rss?x=1&y=2"), &error));
    EXPECT_EQ(table->rowCount(), 2);

    m_answer = m_dir.filePath(QStringLiteral("out/sources.opml"));
    QDir().mkpath(m_dir.filePath(QStringLiteral("out")));
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("exportOpmlButton")), Qt::LeftButton);
    ASSERT_EQ(m_asked.size(), 1);
    EXPECT_TRUE(m_asked.first().startsWith(QStringLiteral("save|")));
    EXPECT_EQ(tab->opmlStatus(), QStringLiteral("Exported 2 source(s) to %1.").arg(m_answer));

    QFile f(m_answer);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const feed::OpmlResult back = feed::OpmlReader::read(f.readAll());
    ASSERT_TRUE(back.ok) << back.error.toStdString();
    QStringList urls;
    for (const feed::OpmlFeed &feed : back.feeds)
        urls << feed.xmlUrl;
    urls.sort();
    EXPECT_EQ(urls, sourceUrls(db()) + QStringList{QStringLiteral("https://second.example.com/rss?x=1&y=2")});

    // A folder that does not exist: the reason, not a silent failure.
    m_answer = m_dir.filePath(QStringLiteral("missing/dir/sources.opml"));
    EXPECT_FALSE(tab->exportOpml(m_answer));
    EXPECT_TRUE(tab->opmlStatus().startsWith(QStringLiteral("Cannot write"))) << tab->opmlStatus().toStdString();
}
