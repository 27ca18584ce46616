#pragma once

#include "service/LlmUse.h"

#include <QFrame>

class QLabel;
class QPushButton;
class QToolButton;

namespace ui {

// A bar above the summary when the last digest build could not use the
// LLM the settings chose: which provider, why (service::llmUseText) and a
// button to the settings that fix it ("Open LLM settings"). Hidden when
// the build used it, or when the user closes it.
class LlmNotice : public QFrame
{
    Q_OBJECT
public:
    explicit LlmNotice(QWidget *parent = nullptr);

    // Shows the notice when `use` is a problem, hides it otherwise.
    void setLlmUse(const service::LlmUse &use);
    QString text() const;

Q_SIGNALS:
    // general: the budget is in Settings → General, everything else in Settings → LLM.
    void settingsRequested(bool general);

private:
    QLabel *m_text;
    QPushButton *m_open;
    QToolButton *m_close;
    bool m_general = false;
};

} // namespace ui
