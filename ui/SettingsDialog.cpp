#include "ui/SettingsDialog.h"

#include "ui/CategoriesSettingsTab.h"
#include "ui/EditionsSettingsTab.h"
#include "ui/GeneralSettingsTab.h"
#include "ui/LlmSettingsTab.h"
#include "ui/SourcesSettingsTab.h"

#include <QDialogButtonBox>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace ui {

SettingsDialog::SettingsDialog(const MainWindowDeps &deps, QWidget *parent)
    : QDialog(parent), m_tabs(new QTabWidget(this)), m_sources(new SourcesSettingsTab(deps, this)),
      m_categories(new CategoriesSettingsTab(deps, this)), m_llm(new LlmSettingsTab(deps, this)),
      m_general(new GeneralSettingsTab(*deps.settings, this)), m_editions(new EditionsSettingsTab(deps, this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    m_tabs->setObjectName(QStringLiteral("settingsTabs"));
    m_tabs->addTab(m_sources, tr("Sources"));
    m_tabs->addTab(m_categories, tr("Categories"));
    m_tabs->addTab(m_llm, tr("LLM"));
    m_tabs->addTab(m_general, tr("General"));
    m_tabs->addTab(m_editions, tr("Editions"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("settingsButtons"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("settingsOkButton"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("settingsCancelButton"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    resize(900, 560);
}

void SettingsDialog::showTab(Tab tab) { m_tabs->setCurrentIndex(int(tab)); }

void SettingsDialog::accept()
{
    // What can be refused is checked before anything is written.
    QString error;
    if (!m_categories->validate(&error)) {
        showTab(Tab::Categories);
    } else if (!m_general->apply(&error)) {
        showTab(Tab::General);
    } else if (!m_llm->apply(&error)) {
        showTab(Tab::Llm);
    } else {
        m_categories->apply(&error);
        m_sources->apply(); // added, removed, enabled, reading options
        m_editions->apply(); // after the sources: a removed edition takes its sources along
        QDialog::accept();
        return;
    }
    QMessageBox::warning(this, tr("Settings"), error);
}

} // namespace ui
