#pragma once

#include "model/Clock.h"
#include "secrets/MemorySecretStore.h"
#include "service/AppContext.h"
#include "support/TestHttpServer.h"

#include <QTemporaryDir>
#include <QTest>
#include <gtest/gtest.h>

#include <memory>

// A fresh profile in a temporary folder, a fixed clock, an in-memory
// secret store and a local HTTP server.
class ServiceFixture : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        openContext();
    }

    void openContext()
    {
        m_context = std::make_unique<service::AppContext>();
        service::AppContext::Options options;
        options.profileDir = m_dir.path();
        options.seedDefaultSources = false;
        options.clock = &m_clock;
        options.secretStore = &m_secrets;
        QString error;
        ASSERT_TRUE(m_context->open(options, &error)) << error.toStdString();
    }

    static QByteArray rss(const QString &title, const QList<QPair<QString, QString>> &items)
    {
        QByteArray xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>"
                         + title.toUtf8() + "</title><link>https://example.com/</link>";
        for (const auto &[itemTitle, when] : items) {
            const QByteArray slug = QUrl::toPercentEncoding(itemTitle);
            xml += "<item><title>" + itemTitle.toHtmlEscaped().toUtf8() + "</title><link>https://example.com/"
                   + slug + "</link><pubDate>" + when.toUtf8() + "</pubDate><description>"
                   + itemTitle.toHtmlEscaped().toUtf8() + " in detail.</description></item>";
        }
        return xml + "</channel></rss>";
    }

    // Loads the LLM client as a build does; the reason it is offline ("" when an LLM is ready).
    QString loadLlmClient()
    {
        bool done = false;
        QString reason;
        m_context->loadLlmClient([&](const QString &r) {
            reason = r;
            done = true;
        });
        EXPECT_TRUE(QTest::qWaitFor([&] { return done; }, 5000));
        return reason;
    }

    QTemporaryDir m_dir;
    FixedClock m_clock{QDateTime(QDate(2026, 11, 20), QTime(12, 0), Qt::UTC)};
    secrets::MemorySecretStore m_secrets;
    TestHttpServer m_server;
    std::unique_ptr<service::AppContext> m_context;
};
