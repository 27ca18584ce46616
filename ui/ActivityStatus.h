#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;
namespace service { class LlmBudget; }

namespace ui {

// The status bar's right side: progress ("Fetching 12/40 sources · 35
// new", "Summarising 3/8 sections") with a cancel button, the offline
// indicator, today's LLM budget ("LLM 4/30 today"), and the last error with
// a button listing the failed sources.
class ActivityStatus : public QWidget
{
    Q_OBJECT
public:
    explicit ActivityStatus(QWidget *parent = nullptr);

    void showFetching(int done, int total, int newArticles);
    void showSummarising(const QString &stage, int done, int total);
    void showFullText(int done, int total);
    void showIdle();
    // reason empty = an LLM is configured.
    void setOffline(const QString &reason);
    // Shown while an LLM is configured (`shown`).
    void setLlmBudget(const service::LlmBudget &budget, bool shown);
    QString llmBudgetText() const;
    static QString budgetText(const service::LlmBudget &budget);
    // Long errors are elided to kErrorWidth; the tooltip and "Details…" say all.
    void setLastError(const QString &error, const QStringList &details);
    static constexpr int kErrorWidth = 520;
    QString progressText() const;
    QString lastError() const;
    QStringList errorDetails() const { return m_details; }

    static QString fetchingText(int done, int total, int newArticles);
    static QString summarisingText(const QString &stage, int done, int total);

Q_SIGNALS:
    void cancelRequested();

private:
    void showDetails();

    QProgressBar *m_progress;
    QToolButton *m_cancel;
    QLabel *m_offline;
    QLabel *m_budget;
    QLabel *m_error;
    QToolButton *m_errorButton;
    QStringList m_details;
    QString m_errorText;
};

} // namespace ui
