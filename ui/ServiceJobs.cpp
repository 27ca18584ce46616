#include "ui/ServiceJobs.h"

#include "service/AppContext.h"
#include "service/AutoDigest.h"
#include "service/DigestService.h"
#include "service/FullTextService.h"
#include "service/RefreshService.h"

#include <QPointer>

namespace ui {

ServiceJobs::ServiceJobs(service::AppContext &context, QObject *parent)
    : BackgroundJobs(parent), m_context(context)
{
    service::RefreshService &refresh = context.refresh();
    connect(&refresh, &service::RefreshService::progress, this, &BackgroundJobs::refreshProgress);
    connect(&context.fullText(), &service::FullTextService::progress, this, &BackgroundJobs::fullTextProgress);
    connect(&refresh, &service::RefreshService::finished, this, [this](const service::RefreshSummary &s) {
        QStringList failures;
        int attempted = 0;
        for (const service::SourceReport &r : s.sources) {
            if (r.outcome == service::SourceReport::Outcome::Skipped
                || r.outcome == service::SourceReport::Outcome::Cancelled)
                continue;
            ++attempted;
            if (r.outcome == service::SourceReport::Outcome::Failed)
                failures << QStringLiteral("%1: %2").arg(r.title.isEmpty() ? r.url : r.title, r.message);
        }
        Q_EMIT refreshFinished(s.newArticles, attempted, failures, s.cancelled);
        if (!s.storageError.isEmpty())
            Q_EMIT refreshNotSaved(s.storageError);
        service::AutoDigest &autoDigest = m_context.autoDigest();
        if (!s.cancelled && autoDigest.enabledAfterRefresh())
            autoDigest.start(s.newDays);
    });
    service::DigestService &digests = context.digests();
    connect(&digests, &service::DigestService::progress, this, &BackgroundJobs::digestProgress);
    connect(&digests, &service::DigestService::finished, this, [this](const service::DigestBuildReport &r) {
        if (r.automatic)
            return; // AutoDigest reports its days
        if (!r.cancelled)
            Q_EMIT llmUseReported(r.llm);
        Q_EMIT digestFinished(r.day.isEmpty() ? m_digestDay : r.day, r.error, r.cancelled);
        Q_EMIT llmBudgetChanged();
    });
    service::AutoDigest &autoDigest = context.autoDigest();
    connect(&autoDigest, &service::AutoDigest::dayUpdated, this, &BackgroundJobs::digestUpdated);
    connect(&autoDigest, &service::AutoDigest::dayFinished, this, [this](const service::AutoDigestDay &d) {
        Q_EMIT digestOverBudget(d.day, d.overBudgetCategories());
        if (!d.cancelled)
            Q_EMIT llmUseReported(d.usedLlm ? d.llm.llm : d.offline.llm);
        Q_EMIT digestFinished(d.day, d.error, d.cancelled);
        Q_EMIT llmBudgetChanged();
    });
    connect(&context, &service::AppContext::llmChanged, this, &BackgroundJobs::offlineReasonChanged);
}

void ServiceJobs::startRefresh() { m_context.refresh().start(); }
void ServiceJobs::cancelRefresh() { m_context.refresh().cancel(); }
bool ServiceJobs::refreshRunning() const { return m_context.refresh().isRunning(); }

void ServiceJobs::buildDigest(const QString &day, qint64 onlyCategoryId, bool force)
{
    m_digestDay = day;
    service::DigestBuildOptions options;
    options.force = force;
    options.onlyCategoryId = onlyCategoryId;
    options.edition = edition();
    m_context.digests().build(day, options);
}

void ServiceJobs::cancelDigest()
{
    m_context.autoDigest().cancel();
    m_context.digests().cancel();
}

bool ServiceJobs::digestRunning() const
{
    return m_context.digests().isRunning() || m_context.autoDigest().isRunning();
}

QString ServiceJobs::offlineReason() const { return m_context.offlineReason(); }
service::LlmBudget ServiceJobs::llmBudget() const { return m_context.autoDigest().budgetToday(); }

void ServiceJobs::reloadLlm()
{
    QPointer<ServiceJobs> self(this);
    m_context.loadLlmClient([self](const QString &) {
        if (self)
            Q_EMIT self->offlineReasonChanged();
    });
}

} // namespace ui
