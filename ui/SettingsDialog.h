#pragma once

#include "ui/MainWindowDeps.h"

#include <QDialog>

class QTabWidget;

namespace ui {

class CategoriesSettingsTab;
class EditionsSettingsTab;
class GeneralSettingsTab;
class LlmSettingsTab;
class SourcesSettingsTab;

// Sources / Categories / LLM / General / Editions. Nothing is written before OK: OK
// validates and writes the typed settings and queues the sources' and
// categories' edits on the writer; Cancel, Esc and closing the window drop
// them. "Test connection" tests the form's values without saving them. The
// API key only ever goes to the SecretStore ("Store key" and "Remove key"
// act at once, as their names say).
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    SettingsDialog(const MainWindowDeps &deps, QWidget *parent = nullptr);

    enum class Tab { Sources, Categories, Llm, General, Editions };
    void showTab(Tab tab);
    LlmSettingsTab *llmTab() const { return m_llm; }
    EditionsSettingsTab *editionsTab() const { return m_editions; }

    void accept() override;

private:
    QTabWidget *m_tabs;
    SourcesSettingsTab *m_sources;
    CategoriesSettingsTab *m_categories;
    LlmSettingsTab *m_llm;
    GeneralSettingsTab *m_general;
    EditionsSettingsTab *m_editions;
};

} // namespace ui
