#include "ui/SourcesSettingsTab.h"

#include "feed/Opml.h"
#include "fetch/StoredErrorText.h"
#include "service/SourceImport.h"
#include "storage/Database.h"
#include "storage/FullTextStore.h"
#include "storage/SourceStore.h"
#include "storage/StorageWriter.h"
#include "ui/AddSourceDialog.h"
#include "ui/DateText.h"
#include "ui/EditionChoice.h"
#include "ui/WordElide.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QPromise>
#include <QSet>
#include <QThreadPool>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QVBoxLayout>

#include <QUrl>

#include <algorithm>
#include <memory>
#include <utility>

namespace ui {

namespace {
enum Column { EnabledColumn, TitleColumn, UrlColumn, StatusColumn, ErrorColumn };

// The same feed whatever the case of the scheme and host, a default port
// or a trailing slash.
QString comparableUrl(const QString &text)
{
    QUrl url(text.trimmed());
    url.setScheme(url.scheme().toLower());
    url.setHost(url.host().toLower());
    if ((url.scheme() == QLatin1String("https") && url.port() == 443)
        || (url.scheme() == QLatin1String("http") && url.port() == 80))
        url.setPort(-1);
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path);
    url.setFragment(QString());
    return url.toString(QUrl::FullyEncoded);
}
} // namespace

SourcesSettingsTab::SourcesSettingsTab(const MainWindowDeps &deps, QWidget *parent)
    : QWidget(parent), m_deps(deps), m_edition(shownEdition(deps)), m_editionBox(editionBox(deps, m_edition, this)),
      m_table(new QTableWidget(this)), m_hint(new QLabel(this)),
      m_add(new QPushButton(tr("Add…"), this)), m_remove(new QPushButton(tr("Remove"), this)),
      m_import(new QPushButton(tr("Import OPML…"), this)), m_export(new QPushButton(tr("Export OPML…"), this)),
      m_opmlStatus(new QLabel(this)), m_reading(new QGroupBox(this)), m_fullText(new QComboBox(this)),
      m_loadImages(new QCheckBox(tr("Load images (fetched once, then shown offline)"), this)),
      m_fullTextCounts(new QLabel(this))
{
    setObjectName(QStringLiteral("sourcesTab"));
    m_table->setObjectName(QStringLiteral("sourcesTable"));
    m_add->setObjectName(QStringLiteral("addSourceButton"));
    m_remove->setObjectName(QStringLiteral("removeSourceButton"));
    m_hint->setObjectName(QStringLiteral("sourcesHint"));
    m_import->setObjectName(QStringLiteral("importOpmlButton"));
    m_export->setObjectName(QStringLiteral("exportOpmlButton"));
    m_opmlStatus->setObjectName(QStringLiteral("opmlStatus"));
    m_opmlStatus->setWordWrap(true);
    m_opmlStatus->setTextFormat(Qt::PlainText);
    m_opmlStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_table->setColumnCount(5);
    m_table->setHorizontalHeaderLabels({tr("On"), tr("Title"), tr("Feed URL"), tr("Status"), tr("Last error")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(UrlColumn, QHeaderView::Stretch);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideMiddle); // long paths keep their file name
    // The last error ends at a whole word (Korean included), never mid-word;
    // the tooltip has all of it.
    m_table->setItemDelegateForColumn(ErrorColumn, new WordElideDelegate(m_table));
    m_hint->setWordWrap(true);
    m_hint->setTextFormat(Qt::PlainText);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    buttons->addWidget(m_import);
    buttons->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    auto *editionRow = new QHBoxLayout;
    auto *editionLabel = new QLabel(tr("&Edition:"), this);
    editionLabel->setBuddy(m_editionBox);
    m_editionBox->setObjectName(QStringLiteral("sourcesEdition"));
    m_editionBox->setAccessibleName(tr("Edition"));
    editionRow->addWidget(editionLabel);
    editionRow->addWidget(m_editionBox);
    editionRow->addStretch(1);
    layout->addLayout(editionRow);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_hint);
    layout->addWidget(m_opmlStatus);
    layout->addLayout(buttons);
    m_opmlStatus->hide();

    m_reading->setObjectName(QStringLiteral("readingOptions"));
    m_fullText->setObjectName(QStringLiteral("fullTextCombo"));
    m_loadImages->setObjectName(QStringLiteral("loadImagesCheck"));
    m_fullTextCounts->setObjectName(QStringLiteral("fullTextCounts"));
    m_fullText->addItem(tr("Off"), int(FullTextMode::Off));
    m_fullText->addItem(tr("On"), int(FullTextMode::On));
    m_fullText->addItem(tr("Automatic (when the feed's text is short)"), int(FullTextMode::Auto));
    m_fullText->setToolTip(tr("Fetch each article's page and keep its main text for offline reading"));
    m_fullTextCounts->setTextFormat(Qt::PlainText);
    auto *readingRow = new QHBoxLayout;
    readingRow->addWidget(new QLabel(tr("Full article:"), m_reading));
    readingRow->addWidget(m_fullText);
    readingRow->addSpacing(12);
    readingRow->addWidget(m_loadImages);
    readingRow->addStretch(1);
    auto *readingLayout = new QVBoxLayout(m_reading);
    readingLayout->addLayout(readingRow);
    readingLayout->addWidget(m_fullTextCounts);
    layout->insertWidget(2, m_reading);
    connect(m_table, &QTableWidget::currentCellChanged, this, [this] { showReadingOptions(); });
    connect(m_fullText, &QComboBox::activated, this, [this] { saveReadingOptions(); });
    connect(m_loadImages, &QCheckBox::clicked, this, [this] { saveReadingOptions(); });

    connect(m_add, &QPushButton::clicked, this, [this] {
        AddSourceDialog dialog([this](const QString &url) { return addProblem(url); }, this);
        if (dialog.exec() == QDialog::Accepted)
            addSource(dialog.url(), nullptr);
    });
    connect(m_remove, &QPushButton::clicked, this, &SourcesSettingsTab::removeSelected);
    connect(m_editionBox, &QComboBox::activated, this,
            [this](int index) { setEdition(m_editionBox->itemData(index).toLongLong()); });
    connect(m_import, &QPushButton::clicked, this, [this] {
        const QString path = chooseFile(false, tr("Import sources from OPML"));
        if (!path.isEmpty())
            importOpml(path);
    });
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString path = chooseFile(true, tr("Export sources as OPML"));
        if (!path.isEmpty())
            exportOpml(path);
    });
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (!m_filling && item->column() == EnabledColumn)
            setRowEnabled(item->row(), item->checkState() == Qt::Checked);
    });
    reload();
}

void SourcesSettingsTab::reload()
{
    m_loaded = storage::SourceStore(storage::Database::connection(m_deps.readConnection)).inEdition(m_edition);
    fill();
}

void SourcesSettingsTab::setEdition(qint64 editionId)
{
    if (editionId == m_edition)
        return;
    m_addedElsewhere[m_edition] = std::exchange(m_added, m_addedElsewhere.take(editionId));
    m_edition = editionId;
    {
        const QSignalBlocker block(m_editionBox);
        m_editionBox->setCurrentIndex(std::max(0, m_editionBox->findData(editionId)));
    }
    reload();
}

QList<Source> SourcesSettingsTab::shown() const
{
    QList<Source> rows;
    for (const Source &s : m_loaded) {
        if (!m_removed.contains(s.id))
            rows << m_edited.value(s.id, s);
    }
    return rows + m_added;
}

bool SourcesSettingsTab::hasPendingChanges() const
{
    bool elsewhere = false;
    for (const QList<Source> &added : m_addedElsewhere)
        elsewhere = elsewhere || !added.isEmpty();
    return elsewhere || !m_added.isEmpty() || !m_removed.isEmpty() || !m_edited.isEmpty();
}

void SourcesSettingsTab::fill()
{
    const QList<Source> sources = shown();
    const int currentRow = m_table->currentRow();
    m_filling = true;
    m_table->setRowCount(int(sources.size()));
    int failing = 0;
    for (int row = 0; row < sources.size(); ++row) {
        const Source &s = sources.at(row);
        auto *on = new QTableWidgetItem;
        on->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        on->setCheckState(s.enabled ? Qt::Checked : Qt::Unchecked);
        on->setData(Qt::UserRole, s.id);
        on->setData(Qt::UserRole + 1, int(s.fullText));
        on->setData(Qt::UserRole + 2, s.loadImages);
        m_table->setItem(row, EnabledColumn, on);
        m_table->setItem(row, TitleColumn, new QTableWidgetItem(s.title));
        m_table->setItem(row, UrlColumn, new QTableWidgetItem(s.url));
        QString status;
        if (s.id == 0) {
            status = tr("added when you press OK");
        } else if (!s.lastError.isEmpty()) {
            status = tr("failing (%n time(s))", nullptr, s.consecutiveFailures);
            ++failing;
        } else if (s.lastSuccess.isValid()) {
            status = tr("ok, %1").arg(DateText::shortDateTime(s.lastSuccess.toLocalTime()));
        } else {
            status = tr("not fetched yet");
        }
        m_table->setItem(row, StatusColumn, new QTableWidgetItem(status));
        // Stored by whoever fetched (the command line, in English): shown
        // in the reader's language; the stored words in the tooltip.
        const QString shownError = fetch::displayedFetchError(s.lastError);
        auto *err = new QTableWidgetItem(shownError);
        err->setToolTip(shownError == s.lastError ? s.lastError : shownError + QStringLiteral("\n") + s.lastError);
        m_table->setItem(row, ErrorColumn, err);
    }
    if (currentRow >= 0 && currentRow < m_table->rowCount())
        m_table->setCurrentCell(currentRow, TitleColumn);
    m_filling = false;
    showReadingOptions();
    m_table->resizeColumnToContents(EnabledColumn);
    m_table->resizeColumnToContents(StatusColumn);
    m_table->resizeColumnToContents(TitleColumn);
    m_table->setColumnWidth(TitleColumn, std::min(m_table->columnWidth(TitleColumn), 260));
    m_table->resizeColumnToContents(ErrorColumn);
    m_table->setColumnWidth(ErrorColumn, std::min(m_table->columnWidth(ErrorColumn), 280));
    if (sources.isEmpty())
        m_hint->setText(tr("No sources yet: add a feed URL to start."));
    else if (failing > 0)
        m_hint->setText(tr("%n source(s) failing; the last error says why.", nullptr, failing));
    else
        m_hint->setText(tr("%n source(s).", nullptr, int(sources.size())));
    m_remove->setEnabled(!sources.isEmpty() && m_deps.writer);
    m_add->setEnabled(m_deps.writer != nullptr);
    m_import->setEnabled(m_deps.writer != nullptr);
    m_export->setEnabled(!sources.isEmpty());
}

int SourcesSettingsTab::sourceCount() const { return m_table->rowCount(); }

QString SourcesSettingsTab::addProblem(const QString &text) const
{
    if (service::SourceImport::checkedFeedUrl(text).isEmpty())
        return tr("\"%1\" is not an http, https or file URL.").arg(text.trimmed());
    const QString wanted = comparableUrl(text);
    for (const Source &s : shown()) {
        if (comparableUrl(s.url) == wanted)
            return tr("Already subscribed: %1.").arg(s.title.isEmpty() ? s.url : s.title);
    }
    return QString();
}

bool SourcesSettingsTab::addSource(const QString &text, QString *error)
{
    if (const QString why = addProblem(text); !why.isEmpty()) {
        if (error)
            *error = why;
        return false;
    }
    if (!m_deps.writer)
        return false;
    Source s;
    s.url = service::SourceImport::checkedFeedUrl(text);
    s.editionId = m_edition;
    s.kind = sourceKindForUrl(s.url);
    m_added << s; // stored on OK
    fill();
    m_table->setCurrentCell(m_table->rowCount() - 1, UrlColumn);
    return true;
}

bool SourcesSettingsTab::apply()
{
    if (!hasPendingChanges() || !m_deps.writer)
        return true;
    QList<Source> added = std::exchange(m_added, {});
    for (const QList<Source> &elsewhere : std::exchange(m_addedElsewhere, {}))
        added += elsewhere;
    const QSet<qint64> removed = std::exchange(m_removed, {});
    const QList<Source> edited = std::exchange(m_edited, {}).values();
    // One writer job, queued (never waited for); the window reloads once it
    // is committed.
    m_deps.writer->call<bool>(
        [added, removed, edited](QSqlDatabase &db) {
            storage::SourceStore store(db);
            bool ok = true;
            for (qint64 id : removed)
                ok = store.remove(id) && ok;
            for (const Source &e : edited) {
                Source s = store.byId(e.id);
                if (s.id == 0)
                    continue;
                s.enabled = e.enabled;
                ok = store.update(s) && store.setReadingOptions(s.id, e.fullText, e.loadImages) && ok;
            }
            for (const Source &a : added) {
                const qint64 id = store.add(a);
                if (id > 0 && (a.fullText != FullTextMode::Off || a.loadImages))
                    store.setReadingOptions(id, a.fullText, a.loadImages);
                ok = id > 0 && ok;
            }
            return ok;
        },
        this, [this](bool) { afterWrite(); });
    return true;
}

// Changes a shown row's source (pending until OK).
void SourcesSettingsTab::editRow(int row, const std::function<void(Source &)> &change)
{
    const int loadedRows = int(shown().size() - m_added.size());
    if (row < 0 || row >= m_table->rowCount())
        return;
    if (row >= loadedRows) {
        change(m_added[row - loadedRows]);
    } else {
        Source s = shown().at(row);
        change(s);
        m_edited.insert(s.id, s);
    }
}

void SourcesSettingsTab::removeSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || !m_deps.writer)
        return;
    const int loadedRows = int(shown().size() - m_added.size());
    if (row >= loadedRows) {
        m_added.removeAt(row - loadedRows);
    } else {
        const qint64 id = m_table->item(row, EnabledColumn)->data(Qt::UserRole).toLongLong();
        m_removed.insert(id);
        m_edited.remove(id);
    }
    fill();
    Q_EMIT pendingChanged();
}

void SourcesSettingsTab::setRowEnabled(int row, bool enabled)
{
    editRow(row, [enabled](Source &s) { s.enabled = enabled; });
    Q_EMIT pendingChanged();
}

QString SourcesSettingsTab::chooseFile(bool save, const QString &caption)
{
    const QString filter = tr("OPML files (*.opml *.xml);;All files (*)");
    if (m_deps.chooseFile)
        return m_deps.chooseFile(this, save, caption, filter);
    return save ? QFileDialog::getSaveFileName(this, caption, QDir::home().filePath(QStringLiteral("sources.opml")),
                                               filter)
                : QFileDialog::getOpenFileName(this, caption, QDir::homePath(), filter);
}

QString SourcesSettingsTab::opmlStatus() const { return m_opmlStatus->text(); }

bool SourcesSettingsTab::importOpml(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    if (!m_deps.writer) {
        m_opmlStatus->setText(tr("Sources cannot be changed: the profile is read-only."));
        m_opmlStatus->show();
        Q_EMIT opmlImportFinished();
        return false;
    }
    m_opmlStatus->setText(tr("Importing %1…").arg(name));
    m_opmlStatus->show();
    m_import->setEnabled(false);
    // Read and checked on a pool thread (service::SourceImport, the same
    // rules as `sources import`); the feeds join the table and are stored
    // on OK like any other addition.
    auto promise = std::make_shared<QPromise<service::OpmlImportPlan>>();
    auto *watcher = new QFutureWatcher<service::OpmlImportPlan>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, path, name] {
        watcher->deleteLater();
        service::OpmlImportPlan plan;
        if (watcher->future().resultCount() > 0)
            plan = watcher->result();
        int added = 0;
        int duplicates = plan.duplicatesInFile;
        if (!plan.readable) {
            m_opmlStatus->setText(tr("Cannot read %1: %2").arg(path, plan.error));
        } else if (!plan.ok) {
            m_opmlStatus->setText(tr("Nothing imported from %1: %2").arg(name, plan.error));
        } else {
            QSet<QString> known;
            for (const Source &s : shown())
                known.insert(comparableUrl(s.url));
            for (const Source &s : plan.sources) {
                if (known.contains(comparableUrl(s.url))) {
                    ++duplicates;
                    continue;
                }
                known.insert(comparableUrl(s.url));
                Source into = s;
                into.editionId = m_edition;
                into.kind = sourceKindForUrl(into.url);
                m_added << into;
                ++added;
            }
            QString text = tr("Read %1: %n source(s) to add when you press OK", nullptr, added).arg(name);
            text += tr(", %n duplicate(s) skipped", nullptr, duplicates);
            if (plan.skipped() > 0)
                text += QStringLiteral("; ") + plan.skippedText();
            m_opmlStatus->setText(text + QLatin1Char('.'));
            fill();
        }
        m_import->setEnabled(true);
        if (plan.ok) {
            Q_EMIT opmlImported(added, duplicates);
            Q_EMIT pendingChanged();
        }
        Q_EMIT opmlImportFinished();
    });
    watcher->setFuture(promise->future());
    promise->start();
    QThreadPool::globalInstance()->start([promise, path] {
        promise->addResult(service::SourceImport::planFromFile(path));
        promise->finish();
    });
    return true;
}

bool SourcesSettingsTab::exportOpml(const QString &path)
{
    const QList<Source> sources = shown(); // what the table shows, OK or not
    QSaveFile file(path);
    const bool ok = file.open(QIODevice::WriteOnly)
                    && file.write(feed::OpmlWriter::write(tr("Daily Insights sources"), sources)) >= 0
                    && file.commit();
    m_opmlStatus->setText(ok ? tr("Exported %n source(s) to %1.", nullptr, int(sources.size())).arg(path)
                             : tr("Cannot write %1: %2").arg(path, file.errorString()));
    m_opmlStatus->show();
    return ok;
}

void SourcesSettingsTab::afterWrite()
{
    reload();
    Q_EMIT changed();
}

void SourcesSettingsTab::showReadingOptions()
{
    const int row = m_table->currentRow();
    const QTableWidgetItem *item = row >= 0 ? m_table->item(row, EnabledColumn) : nullptr;
    const QTableWidgetItem *title = row >= 0 ? m_table->item(row, TitleColumn) : nullptr;
    m_reading->setEnabled(item != nullptr && m_deps.writer != nullptr);
    if (!item) {
        m_reading->setTitle(tr("Reading options (select a source)"));
        m_fullTextCounts->clear();
        return;
    }
    const QString name = title && !title->text().isEmpty() ? title->text() : m_table->item(row, UrlColumn)->text();
    m_reading->setTitle(tr("Reading options for %1").arg(name));
    const QSignalBlocker blockCombo(m_fullText);
    const QSignalBlocker blockCheck(m_loadImages);
    m_fullText->setCurrentIndex(m_fullText->findData(item->data(Qt::UserRole + 1).toInt()));
    m_loadImages->setChecked(item->data(Qt::UserRole + 2).toBool());
    const qint64 id = item->data(Qt::UserRole).toLongLong();
    const storage::FullTextStore::Counts counts =
        storage::FullTextStore(storage::Database::connection(m_deps.readConnection)).countsBySource().value(id);
    m_fullTextCounts->setText(tr("Full text: %1 fetched, %2 failed").arg(counts.ok).arg(counts.failed));
}

void SourcesSettingsTab::saveReadingOptions()
{
    const int row = m_table->currentRow();
    if (row < 0 || !m_deps.writer)
        return;
    const auto mode = FullTextMode(m_fullText->currentData().toInt());
    const bool images = m_loadImages->isChecked();
    editRow(row, [mode, images](Source &s) {
        s.fullText = mode;
        s.loadImages = images;
    });
    fill();
    Q_EMIT pendingChanged();
}

} // namespace ui
