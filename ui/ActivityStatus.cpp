#include "ui/ActivityStatus.h"

#include "service/LlmBudget.h"
#include "ui/Icons.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QToolButton>

namespace ui {

ActivityStatus::ActivityStatus(QWidget *parent)
    : QWidget(parent), m_progress(new QProgressBar(this)), m_cancel(new QToolButton(this)),
      m_offline(new QLabel(this)), m_budget(new QLabel(this)), m_error(new QLabel(this)), m_errorButton(new QToolButton(this))
{
    setObjectName(QStringLiteral("activityStatus"));
    m_progress->setObjectName(QStringLiteral("progressBar"));
    m_cancel->setObjectName(QStringLiteral("statusCancelButton"));
    m_offline->setObjectName(QStringLiteral("offlineIndicator"));
    m_budget->setObjectName(QStringLiteral("llmBudgetLabel"));
    m_budget->setTextFormat(Qt::PlainText);
    m_budget->setVisible(false);
    m_error->setObjectName(QStringLiteral("lastErrorLabel"));
    m_errorButton->setObjectName(QStringLiteral("errorDetailsButton"));

    m_progress->setMinimumWidth(300);
    m_progress->setTextVisible(true);
    m_cancel->setIcon(Icons::get(QStringLiteral("cancel")));
    m_cancel->setToolTip(tr("Cancel"));
    m_offline->setTextFormat(Qt::PlainText);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setMaximumWidth(kErrorWidth);
    m_errorButton->setIcon(Icons::get(QStringLiteral("error")));
    m_errorButton->setText(tr("Details…"));
    m_errorButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_errorButton->setToolTip(tr("Show what failed, per source"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_error);
    layout->addWidget(m_errorButton);
    layout->addWidget(m_offline);
    layout->addWidget(m_budget);
    layout->addWidget(m_progress);
    layout->addWidget(m_cancel);
    connect(m_cancel, &QToolButton::clicked, this, &ActivityStatus::cancelRequested);
    connect(m_errorButton, &QToolButton::clicked, this, &ActivityStatus::showDetails);
    showIdle();
    setOffline(QString());
    setLastError(QString(), {});
}

QString ActivityStatus::fetchingText(int done, int total, int newArticles)
{
    return tr("Fetching %1/%2 sources · %3 new").arg(done).arg(total).arg(newArticles);
}

QString ActivityStatus::summarisingText(const QString &stage, int done, int total)
{
    if (stage == QLatin1String("classify"))
        return tr("Classifying %1/%2 articles").arg(done).arg(total);
    return tr("Summarising %1/%2 sections").arg(done).arg(total);
}

void ActivityStatus::showFetching(int done, int total, int newArticles)
{
    m_progress->setVisible(true);
    m_cancel->setVisible(true);
    m_progress->setRange(0, std::max(1, total));
    m_progress->setValue(done);
    m_progress->setFormat(fetchingText(done, total, newArticles));
}

void ActivityStatus::showSummarising(const QString &stage, int done, int total)
{
    m_progress->setVisible(true);
    m_cancel->setVisible(true);
    m_progress->setRange(0, std::max(1, total));
    m_progress->setValue(done);
    m_progress->setFormat(summarisingText(stage, done, total));
}

void ActivityStatus::showFullText(int done, int total)
{
    m_progress->setVisible(true);
    m_cancel->setVisible(true);
    m_progress->setRange(0, std::max(1, total));
    m_progress->setValue(done);
    m_progress->setFormat(tr("Fetching full text %1/%2").arg(done).arg(total));
}

void ActivityStatus::showIdle()
{
    m_progress->setVisible(false);
    m_cancel->setVisible(false);
    m_progress->setFormat(QString());
}

void ActivityStatus::setOffline(const QString &reason)
{
    m_offline->setVisible(!reason.isEmpty());
    m_offline->setText(tr("Offline summaries"));
    m_offline->setToolTip(tr("%1. Summaries are written by the built-in offline summariser; "
                             "configure an LLM in Settings → LLM for model-written ones.")
                              .arg(reason));
}

QString ActivityStatus::budgetText(const service::LlmBudget &budget)
{
    return tr("LLM %1/%2 today").arg(budget.usedRequests()).arg(budget.maxRequests());
}

void ActivityStatus::setLlmBudget(const service::LlmBudget &budget, bool shown)
{
    m_budget->setVisible(shown);
    m_budget->setText(budgetText(budget));
    m_budget->setToolTip(tr("LLM use today: %1 of %2 requests, %3 of %4 tokens. The automatic digest builds "
                            "stop there and leave the remaining sections offline (Settings → General).")
                             .arg(budget.usedRequests())
                             .arg(budget.maxRequests())
                             .arg(QLocale().toString(budget.usedTokens()), QLocale().toString(budget.maxTokens())));
}

QString ActivityStatus::llmBudgetText() const { return m_budget->isVisibleTo(this) ? m_budget->text() : QString(); }

void ActivityStatus::setLastError(const QString &error, const QStringList &details)
{
    m_details = details;
    m_errorText = error;
    m_error->setText(m_error->fontMetrics().elidedText(error, Qt::ElideRight, kErrorWidth));
    m_error->setToolTip(error);
    m_error->setVisible(!error.isEmpty());
    m_errorButton->setVisible(!details.isEmpty());
}

QString ActivityStatus::progressText() const
{
    return m_progress->isVisibleTo(this) ? m_progress->format() : QString();
}

QString ActivityStatus::lastError() const { return m_errorText; }

void ActivityStatus::showDetails()
{
    QMessageBox box(QMessageBox::Warning, tr("Sources that failed"),
                    tr("%n source(s) could not be refreshed. Check the address in Settings → "
                       "Sources, or try again later.", nullptr, int(m_details.size())),
                    QMessageBox::Close, this);
    box.setObjectName(QStringLiteral("errorDetailsBox"));
    box.setDetailedText(m_details.join(QLatin1Char('\n')));
    box.exec();
}

} // namespace ui
