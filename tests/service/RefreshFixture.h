#pragma once

#include "ServiceFixture.h"

#include "service/RefreshService.h"
#include "storage/ArticleStore.h"
#include "storage/SourceStore.h"
#include "storage/StorageWriter.h"

#include <QSignalSpy>

// A profile with sources served by the fixture's HTTP server, refreshed
// through the real RefreshService.
class RefreshServiceTest : public ServiceFixture
{
protected:
    void addSource(const QString &path)
    {
        Source s;
        s.url = m_server.url(path).toString();
        storage::SourceStore(m_context->profile().database()).add(s);
    }

    service::RefreshSummary refresh(bool force = false)
    {
        QSignalSpy finished(&m_context->refresh(), &service::RefreshService::finished);
        m_context->refresh().start({}, force);
        EXPECT_TRUE(finished.wait(10000));
        m_context->writer().flush();
        return finished.isEmpty() ? service::RefreshSummary() : finished.first().first().value<service::RefreshSummary>();
    }

    service::SourceReport reportFor(const service::RefreshSummary &summary, const QString &path)
    {
        for (const service::SourceReport &r : summary.sources) {
            if (r.url == m_server.url(path).toString())
                return r;
        }
        ADD_FAILURE() << "no report for " << path.toStdString();
        return {};
    }

    QList<Article> day(const QString &d)
    {
        return storage::ArticleStore(m_context->profile().database(), m_context->profile().timeZone()).articlesForDay(d);
    }
};

