#include "ui/LlmNotice.h"

#include "ui/Icons.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>

namespace ui {

LlmNotice::LlmNotice(QWidget *parent)
    : QFrame(parent), m_text(new QLabel(this)), m_open(new QPushButton(this)), m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("llmNotice"));
    m_text->setObjectName(QStringLiteral("llmNoticeText"));
    m_open->setObjectName(QStringLiteral("openLlmSettingsButton"));
    m_close->setObjectName(QStringLiteral("llmNoticeClose"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_text->setTextFormat(Qt::PlainText); // the server's message is untrusted text
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_close->setIcon(Icons::get(QStringLiteral("cancel")));
    m_close->setToolTip(tr("Hide this message"));
    m_close->setAutoRaise(true);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_open, 0, Qt::AlignVCenter);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    connect(m_open, &QPushButton::clicked, this, [this] { Q_EMIT settingsRequested(m_general); });
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);
    hide();
}

void LlmNotice::setLlmUse(const service::LlmUse &use)
{
    if (!use.problem()) {
        hide();
        return;
    }
    m_general = use.fixedInGeneralSettings();
    m_text->setText(service::llmUseText(use) + QLatin1Char('\n') + service::llmUseHint(use));
    m_open->setText(m_general ? tr("Open budget settings") : tr("Open LLM settings"));
    show();
}

QString LlmNotice::text() const { return m_text->text(); }

} // namespace ui
