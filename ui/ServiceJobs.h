#pragma once

#include "ui/BackgroundJobs.h"

namespace service { class AppContext; }

namespace ui {

// BackgroundJobs over the service layer: RefreshService for refreshes,
// DigestService for builds, AutoDigest for the builds after each refresh,
// AppContext for the LLM client (offline reason).
class ServiceJobs : public BackgroundJobs
{
    Q_OBJECT
public:
    explicit ServiceJobs(service::AppContext &context, QObject *parent = nullptr);

    void startRefresh() override;
    void cancelRefresh() override;
    bool refreshRunning() const override;
    void buildDigest(const QString &day, qint64 onlyCategoryId, bool force) override;
    void cancelDigest() override;
    bool digestRunning() const override;
    QString offlineReason() const override;
    service::LlmBudget llmBudget() const override;

    // Re-creates the LLM client from the settings and the stored key.
    void reloadLlm();

private:
    service::AppContext &m_context;
    QString m_digestDay;
};

} // namespace ui
