#include "ui/ExportDialog.h"

#include "export/DigestExporter.h"
#include "ui/DateText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace ui {

ExportDialog::ExportDialog(std::function<Digest(const QString &)> loadDigest, const QString &day,
                           const QStringList &daysWithArticles, QWidget *parent)
    : QDialog(parent), m_loadDigest(std::move(loadDigest)), m_days(daysWithArticles),
      m_oneDay(new QRadioButton(tr("The shown day"), this)), m_range(new QRadioButton(tr("Days from"), this)),
      m_from(new QDateEdit(this)), m_to(new QDateEdit(this)), m_format(new QComboBox(this)),
      m_briefing(new QCheckBox(tr("Start with the day's briefing"), this)), m_folder(new QLineEdit(this)),
      m_report(new QLabel(this))
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export"));
    m_oneDay->setObjectName(QStringLiteral("exportOneDay"));
    m_range->setObjectName(QStringLiteral("exportRange"));
    m_from->setObjectName(QStringLiteral("exportFrom"));
    m_to->setObjectName(QStringLiteral("exportTo"));
    m_format->setObjectName(QStringLiteral("exportFormat"));
    m_briefing->setObjectName(QStringLiteral("exportBriefing"));
    m_briefing->setToolTip(tr("The Markdown file opens with the briefing section; HTML and JSON always lead with it"));
    m_folder->setObjectName(QStringLiteral("exportFolder"));
    m_report->setObjectName(QStringLiteral("exportReport"));

    const QDate d = QDate::fromString(day, Qt::ISODate);
    m_oneDay->setText(tr("The shown day (%1)").arg(DateText::shortDay(day)));
    m_oneDay->setChecked(true);
    for (QDateEdit *e : {m_from, m_to}) {
        e->setCalendarPopup(true);
        DateText::setUpDateEdit(e);
        e->setDate(d.isValid() ? d : QDate::currentDate());
        e->setEnabled(false);
    }
    m_format->addItem(tr("Markdown + chart PNG"), QStringLiteral("md"));
    m_format->addItem(tr("HTML (chart embedded)"), QStringLiteral("html"));
    m_format->addItem(tr("JSON"), QStringLiteral("json"));
    QSettings s;
    m_folder->setText(s.value(QStringLiteral("export/folder"),
                              QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                          .toString());
    m_format->setCurrentIndex(std::max(0, m_format->findData(s.value(QStringLiteral("export/format")))));
    m_briefing->setChecked(s.value(QStringLiteral("export/briefing"), true).toBool());
    m_report->setWordWrap(true);
    m_report->setTextFormat(Qt::PlainText);
    m_report->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *browse = new QPushButton(tr("Choose…"), this);
    browse->setObjectName(QStringLiteral("exportBrowse"));
    auto *rangeRow = new QHBoxLayout;
    rangeRow->addWidget(m_range);
    rangeRow->addWidget(m_from);
    rangeRow->addWidget(new QLabel(tr("to"), this));
    rangeRow->addWidget(m_to);
    rangeRow->addStretch(1);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);
    auto *form = new QFormLayout;
    form->addRow(tr("Export:"), m_oneDay);
    form->addRow(QString(), rangeRow);
    form->addRow(tr("Format:"), m_format);
    form->addRow(QString(), m_briefing);
    form->addRow(tr("Folder:"), folderRow);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *run = buttons->addButton(tr("Export"), QDialogButtonBox::ActionRole);
    run->setObjectName(QStringLiteral("exportRunButton"));
    run->setDefault(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_report, 1);
    layout->addWidget(buttons);

    connect(m_range, &QRadioButton::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
    });
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Export folder"), m_folder->text());
        if (!dir.isEmpty())
            m_folder->setText(dir);
    });
    connect(run, &QPushButton::clicked, this, [this] { exportNow(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    resize(620, 360);
}

void ExportDialog::setFolder(const QString &dir) { m_folder->setText(dir); }

QString ExportDialog::report() const { return m_report->text(); }

QStringList ExportDialog::exportNow()
{
    exporter::DigestExporter::Format format;
    exporter::DigestExporter::formatFromName(m_format->currentData().toString(), &format);
    const QString dir = m_folder->text().trimmed();
    QSettings s;
    s.setValue(QStringLiteral("export/folder"), dir);
    s.setValue(QStringLiteral("export/format"), m_format->currentData());
    s.setValue(QStringLiteral("export/briefing"), m_briefing->isChecked());
    exporter::ExportOptions options;
    options.briefing = m_briefing->isChecked();
    if (dir.isEmpty() || !QDir().mkpath(dir)) {
        m_report->setText(tr("Cannot use the folder \"%1\": choose one you can write to.").arg(dir));
        return {};
    }
    QStringList days;
    if (m_oneDay->isChecked()) {
        days << m_from->date().toString(Qt::ISODate);
    } else {
        QDate a = m_from->date(), b = m_to->date();
        if (a > b)
            std::swap(a, b);
        for (const QString &d : std::as_const(m_days)) {
            const QDate x = QDate::fromString(d, Qt::ISODate);
            if (x >= a && x <= b)
                days << d;
        }
        std::sort(days.begin(), days.end());
    }
    QStringList written, lines;
    for (const QString &day : std::as_const(days)) {
        Digest digest;
        if (m_loadDigest)
            digest = m_loadDigest(day);
        else
            digest.day = day;
        const exporter::ExportResult r = exporter::DigestExporter::exportDay(digest, dir, format, options);
        if (!r.ok) {
            lines << tr("%1: nothing written: %2").arg(day, r.error);
            continue;
        }
        written << r.files;
        for (const QString &f : r.files)
            lines << tr("Wrote %1").arg(QDir::toNativeSeparators(f));
        for (const QString &w : r.warnings)
            lines << tr("%1: %2").arg(day, w);
    }
    if (days.isEmpty())
        lines << tr("No day with articles in that range.");
    m_report->setText(lines.join(QLatin1Char('\n')));
    return written;
}

} // namespace ui
