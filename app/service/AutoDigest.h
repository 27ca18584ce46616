#pragma once

#include "service/DigestService.h"
#include "service/LlmBudget.h"

#include <QList>
#include <QObject>
#include <QStringList>

class Clock;

namespace service {

class Profile;

// What the automatic build did for one day.
struct AutoDigestDay
{
    qint64 edition = 1; // each edition with articles on the day is built on its own
    QString day;
    DigestBuildReport offline; // classification and offline sections
    DigestBuildReport llm;     // the LLM pass (empty day when there was none)
    bool usedLlm = false;      // an LLM was configured and the pass ran
    bool cancelled = false;
    QString error;             // the day could not be built (or saved)
    int overBudget() const;    // sections left offline by the budget
    QList<qint64> overBudgetCategories() const;
    bool failed() const;       // error set, or a section failed
};

struct AutoDigestReport
{
    QList<AutoDigestDay> days;
    bool cancelled = false;
    int failed() const;
};

// The digest builds itself: after a refresh, each day that got new articles
// is classified and summarised offline at once (so the categories and the
// chart are filled), then, when an LLM is configured, the sections whose
// input changed are regenerated through it within the daily budget
// (LlmBudget, from the settings). One code path for the window (after every
// refresh, when the setting is on) and `refresh --digest`.
class AutoDigest : public QObject
{
    Q_OBJECT
public:
    AutoDigest(Profile &profile, DigestService &digests, const Clock &clock, QObject *parent = nullptr);

    // The "build the digest after each refresh" setting.
    bool enabledAfterRefresh() const;
    // Queues `days` (oldest first); a day already waiting is not added twice.
    // A build that is running (a manual one) is waited for. Every start ends
    // with `finished` (at once, with no day, when there is nothing to build).
    void start(const QStringList &days);
    void cancel();
    bool isRunning() const { return m_active; }
    // The limits from the settings and what today's LLM calls used.
    LlmBudget budgetToday() const;

Q_SIGNALS:
    // The build of `day` made progress (DigestService's stages).
    void progress(const QString &day, const QString &stage, int done, int total);
    // `day`'s stored digest changed (after the offline pass).
    void dayUpdated(const QString &day);
    void dayFinished(const service::AutoDigestDay &result);
    void finished(const service::AutoDigestReport &report);

private:
    enum class Phase { Idle, Offline, Llm };
    void startNext();
    void onBuildFinished(const DigestBuildReport &report);
    void startLlmPass();
    void finishDay();

    Profile &m_profile;
    DigestService &m_digests;
    const Clock &m_clock;
    QList<QPair<qint64, QString>> m_queue; // (edition, day)
    AutoDigestDay m_day;
    AutoDigestReport m_report;
    Phase m_phase = Phase::Idle;
    bool m_active = false; // days queued or being built
};

} // namespace service

Q_DECLARE_METATYPE(service::AutoDigestDay)
Q_DECLARE_METATYPE(service::AutoDigestReport)
