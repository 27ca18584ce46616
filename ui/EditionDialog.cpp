#include "ui/EditionDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QSpinBox>

namespace ui {

EditionDialog::EditionDialog(const Edition &edition, QWidget *parent)
    : QDialog(parent), m_edition(edition), m_name(new QLineEdit(edition.name, this)), m_style(new QComboBox(this)),
      m_topN(new QSpinBox(this)), m_titleLine(new QLineEdit(edition.titleLine, this)),
      m_filePrefix(new QLineEdit(edition.filePrefix, this)), m_language(new QLineEdit(edition.language, this))
{
    setObjectName(QStringLiteral("editionDialog"));
    setWindowTitle(edition.id == 0 && edition.name.isEmpty() ? tr("Add edition") : tr("Edit edition"));
    m_name->setObjectName(QStringLiteral("editionName"));
    m_style->setObjectName(QStringLiteral("editionStyle"));
    m_style->addItem(tr("News"), int(Edition::Style::News));
    m_style->addItem(tr("Papers"), int(Edition::Style::Papers));
    m_style->setCurrentIndex(edition.style == Edition::Style::Papers ? 1 : 0);
    m_topN->setObjectName(QStringLiteral("editionTopN"));
    m_topN->setRange(0, 1000);
    m_topN->setSpecialValueText(tr("All"));
    m_topN->setValue(edition.topN);
    m_titleLine->setObjectName(QStringLiteral("editionTitleLine"));
    m_titleLine->setPlaceholderText(tr("Daily Artificial Intelligence Insights : <name>"));
    m_filePrefix->setObjectName(QStringLiteral("editionFilePrefix"));
    m_filePrefix->setPlaceholderText(tr("derived from the name"));
    m_language->setObjectName(QStringLiteral("editionLanguage"));
    m_language->setPlaceholderText(tr("the profile's summary language"));
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Style:"), m_style);
    form->addRow(tr("&Top N articles:"), m_topN);
    form->addRow(tr("T&itle line:"), m_titleLine);
    form->addRow(tr("&File prefix:"), m_filePrefix);
    form->addRow(tr("Summary &language:"), m_language);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

Edition EditionDialog::edition() const
{
    Edition e = m_edition;
    e.name = m_name->text().simplified();
    e.style = Edition::Style(m_style->currentData().toInt());
    e.topN = m_topN->value();
    e.titleLine = m_titleLine->text().simplified();
    e.filePrefix = m_filePrefix->text().trimmed();
    e.language = m_language->text().trimmed();
    return e;
}

} // namespace ui
