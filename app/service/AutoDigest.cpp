#include "service/AutoDigest.h"

#include "storage/ArticleStore.h"
#include "storage/EditionStore.h"

#include "model/Clock.h"
#include "service/Profile.h"
#include "settings/Settings.h"

#include <QMetaObject>

namespace service {

int AutoDigestDay::overBudget() const
{
    int n = 0;
    for (const SectionStatus &s : llm.sections)
        n += s.state == SectionStatus::State::OverBudget ? 1 : 0;
    return n;
}

QList<qint64> AutoDigestDay::overBudgetCategories() const
{
    QList<qint64> ids;
    for (const SectionStatus &s : llm.sections) {
        if (s.state == SectionStatus::State::OverBudget)
            ids.append(s.categoryId);
    }
    return ids;
}

bool AutoDigestDay::failed() const
{
    if (!error.isEmpty())
        return true;
    for (const DigestBuildReport *r : {&offline, &llm}) {
        for (const SectionStatus &s : r->sections) {
            if (s.state == SectionStatus::State::Failed)
                return true;
        }
    }
    return false;
}

int AutoDigestReport::failed() const
{
    int n = 0;
    for (const AutoDigestDay &d : days)
        n += d.failed() ? 1 : 0;
    return n;
}

AutoDigest::AutoDigest(Profile &profile, DigestService &digests, const Clock &clock, QObject *parent)
    : QObject(parent), m_profile(profile), m_digests(digests), m_clock(clock)
{
    qRegisterMetaType<service::AutoDigestDay>();
    qRegisterMetaType<service::AutoDigestReport>();
    connect(&m_digests, &DigestService::finished, this, &AutoDigest::onBuildFinished);
    connect(&m_digests, &DigestService::progress, this, [this](const QString &stage, int done, int total) {
        if (m_phase != Phase::Idle)
            Q_EMIT progress(m_day.day, stage, done, total);
    });
}

bool AutoDigest::enabledAfterRefresh() const { return m_profile.settings().flag(SettingKey::AutoDigest); }

LlmBudget AutoDigest::budgetToday() const
{
    LlmBudget budget = LlmBudget::fromSettings(m_profile.settings());
    budget.loadUsedToday(m_profile.database(), m_clock.nowUtc(), m_profile.timeZone());
    return budget;
}

void AutoDigest::start(const QStringList &days)
{
    QSqlDatabase db = m_profile.database();
    const QList<Edition> all = storage::EditionStore(db).all();
    for (const QString &day : days) {
        if (day.isEmpty())
            continue;
        for (const Edition &edition : all) {
            const QPair<qint64, QString> entry{edition.id, day};
            if (!m_queue.contains(entry)
                && !storage::ArticleStore(db, m_profile.timeZone(), edition.id).dayCounts(day, day).isEmpty())
                m_queue.append(entry);
        }
    }
    if (!m_active) {
        m_active = true;
        m_report = AutoDigestReport();
    }
    // After the caller's own reaction to the refresh, never inside it. With
    // nothing to build, `finished` follows with no day.
    if (m_phase == Phase::Idle)
        QMetaObject::invokeMethod(this, &AutoDigest::startNext, Qt::QueuedConnection);
}

void AutoDigest::cancel()
{
    if (!m_active)
        return;
    m_queue.clear();
    m_report.cancelled = true;
    if (m_phase != Phase::Idle)
        m_digests.cancel(); // finishes the day through onBuildFinished (or startLlmPass, between passes)
    else
        QMetaObject::invokeMethod(this, &AutoDigest::startNext, Qt::QueuedConnection);
}

void AutoDigest::startNext()
{
    if (!m_active || m_phase != Phase::Idle)
        return;
    if (m_queue.isEmpty()) {
        m_active = false;
        Q_EMIT finished(m_report);
        return;
    }
    if (m_digests.isRunning())
        return; // a manual build: onBuildFinished starts us after it
    m_day = AutoDigestDay();
    std::tie(m_day.edition, m_day.day) = m_queue.takeFirst();
    m_phase = Phase::Offline;
    DigestBuildOptions options;
    options.edition = m_day.edition;
    options.offline = true;
    options.automatic = true;
    m_digests.build(m_day.day, options);
}

void AutoDigest::onBuildFinished(const DigestBuildReport &report)
{
    if (!report.automatic || m_phase == Phase::Idle) {
        // Someone else's build ended: ours may go now.
        if (m_active && m_phase == Phase::Idle)
            QMetaObject::invokeMethod(this, &AutoDigest::startNext, Qt::QueuedConnection);
        return;
    }
    if (m_phase == Phase::Offline) {
        m_day.offline = report;
        Q_EMIT dayUpdated(m_day.day);
        if (report.cancelled || !report.error.isEmpty() || !m_digests.client()) {
            finishDay();
            return;
        }
        m_phase = Phase::Llm;
        m_day.usedLlm = true;
        QMetaObject::invokeMethod(this, &AutoDigest::startLlmPass, Qt::QueuedConnection);
        return;
    }
    m_day.llm = report;
    finishDay();
}

void AutoDigest::startLlmPass()
{
    if (m_phase != Phase::Llm)
        return;
    // Cancelled between the passes, or the client went away meanwhile.
    if (m_report.cancelled || m_digests.isRunning() || !m_digests.client()) {
        m_day.usedLlm = false;
        m_day.cancelled = m_report.cancelled;
        finishDay();
        return;
    }
    DigestBuildOptions options;
    options.edition = m_day.edition;
    options.automatic = true;
    options.budget = LlmBudget::fromSettings(m_profile.settings());
    m_digests.build(m_day.day, options);
}

void AutoDigest::finishDay()
{
    const DigestBuildReport &pass = m_day.usedLlm ? m_day.llm : m_day.offline;
    m_day.cancelled = m_day.cancelled || m_day.offline.cancelled || pass.cancelled;
    if (!m_day.offline.error.isEmpty())
        m_day.error = m_day.offline.error;
    else if (!pass.error.isEmpty())
        m_day.error = pass.error;
    m_phase = Phase::Idle;
    m_report.days.append(m_day);
    if (m_day.cancelled) {
        m_report.cancelled = true;
        m_queue.clear();
    }
    // Not running any more by the time the last day is reported.
    const bool last = m_queue.isEmpty();
    const AutoDigestReport report = m_report;
    if (last)
        m_active = false;
    Q_EMIT dayFinished(m_day);
    if (last)
        Q_EMIT finished(report);
    else
        QMetaObject::invokeMethod(this, &AutoDigest::startNext, Qt::QueuedConnection);
}

} // namespace service
