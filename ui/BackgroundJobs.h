#pragma once

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

    // onlyCategoryId 0 = every section; force = regenerate cached ones.
    virtual void buildDigest(const QString &day, qint64 onlyCategoryId, bool force) = 0;
    virtual void cancelDigest() = 0;
    virtual bool digestRunning() const = 0;

    // Why summaries are made offline ("" when an LLM is configured).
    virtual QString offlineReason() const = 0;

Q_SIGNALS:
    void refreshProgress(int done, int total, int newArticles);
    // failures: one readable line per failed source ("<title>: <reason>").
    void refreshFinished(int newArticles, int attempted, const QStringList &failures, bool cancelled);
    // After refreshFinished, when what was fetched could not be saved (full disk…).
    void refreshNotSaved(const QString &error);
    void digestProgress(const QString &stage, int done, int total);
    void digestFinished(const QString &day, const QString &error, bool cancelled);
    void offlineReasonChanged();
};

} // namespace ui
