#pragma once

#include "service/LlmBudget.h"
#include "service/LlmUse.h"

#include <QObject>
#include <QString>
#include <QStringList>

namespace ui {

// The window's view of the slow work (refresh, digest build). The
// production implementation (ServiceJobs) forwards to the service layer;
// tests drive the window with a fake. Everything here is asynchronous.
class BackgroundJobs : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~BackgroundJobs() override = default;

    virtual void startRefresh() = 0;
    virtual void cancelRefresh() = 0;
    virtual bool refreshRunning() const = 0;

    // The edition the window shows: buildDigest builds its digest.
    void setEdition(qint64 edition) { m_edition = edition; }
    qint64 edition() const { return m_edition; }

    // onlyCategoryId 0 = every section; force = regenerate cached ones.
    virtual void buildDigest(const QString &day, qint64 onlyCategoryId, bool force) = 0;
    virtual void cancelDigest() = 0;
    virtual bool digestRunning() const = 0;

    // Why summaries are made offline ("" when an LLM is configured).
    virtual QString offlineReason() const = 0;
    // The automatic builds' LLM budget and today's use of it.
    virtual service::LlmBudget llmBudget() const { return {}; }

Q_SIGNALS:
    void refreshProgress(int done, int total, int newArticles);
    // The refresh's last stage: article pages and images fetched so far.
    void fullTextProgress(int done, int total);
    // failures: one readable line per failed source ("<title>: <reason>").
    void refreshFinished(int newArticles, int attempted, const QStringList &failures, bool cancelled);
    // After refreshFinished, when what was fetched could not be saved (full disk…).
    void refreshNotSaved(const QString &error);
    void digestProgress(const QString &stage, int done, int total);
    void digestFinished(const QString &day, const QString &error, bool cancelled);
    // After each build (before digestFinished): whether the LLM the settings
    // chose was used, and if not why (service::LlmUse::problem()).
    void llmUseReported(const service::LlmUse &use);
    void offlineReasonChanged();
    // The digest builds itself after a refresh: `day`'s stored digest changed
    // (offline sections are in; digestFinished follows when the day is done).
    void digestUpdated(const QString &day);
    // After an automatic build of `day`: its sections left offline because
    // today's LLM budget is spent (often none).
    void digestOverBudget(const QString &day, const QList<qint64> &categoryIds);
    void llmBudgetChanged();

private:
    qint64 m_edition = 1; // editions::kNewsId
};

} // namespace ui
