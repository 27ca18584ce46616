#include "service/DigestService.h"

#include "digest/BriefingPrompt.h"
#include "digest/InputHash.h"
#include "digest/LlmBriefer.h"
#include "digest/LlmClassifier.h"
#include "digest/LlmSummarizer.h"
#include "digest/LocalClassifier.h"
#include "digest/ShippedClassifier.h"
#include "digest/OfflineBriefing.h"
#include "digest/OfflineClassifier.h"
#include "digest/OfflineSummarizer.h"
#include "digest/SummaryPrompt.h"
#include "llm/LlmClient.h"
#include "model/Clock.h"
#include "service/ClassifierExamples.h"
#include "service/DaySelection.h"
#include "service/DigestRun.h"
#include "service/FullTextInput.h"
#include "service/Profile.h"
#include "service/StoryStep.h"
#include "storage/ArticleStore.h"
#include "storage/BriefingStore.h"
#include "storage/CategoryStore.h"
#include "storage/EditionStore.h"
#include "storage/StorageWriter.h"
#include "storage/SummaryStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QPointer>

namespace service {

QString sectionStateName(SectionStatus::State state)
{
    switch (state) {
    case SectionStatus::State::Cached: return QCoreApplication::translate("Digest", "cached");
    case SectionStatus::State::Generated: return QCoreApplication::translate("Digest", "generated");
    case SectionStatus::State::Offline: return QCoreApplication::translate("Digest", "offline summary");
    case SectionStatus::State::Failed: return QCoreApplication::translate("Digest", "failed");
    case SectionStatus::State::OverBudget:
        return QCoreApplication::translate("Digest", "over today's LLM budget");
    }
    return QString();
}

QString savingStage() { return QCoreApplication::translate("Digest", "Saving"); }

DigestService::DigestService(Profile &profile, storage::StorageWriter &writer, llm::Client *client,
                             const Clock &clock, QObject *parent)
    : QObject(parent), m_profile(profile), m_writer(writer), m_client(client), m_clock(clock)
{
    qRegisterMetaType<service::DigestBuildReport>();
}

DigestService::~DigestService() { delete m_run; }

void DigestService::build(const QString &day, const DigestBuildOptions &options)
{
    if (isRunning())
        return;
    m_running = true;
    delete m_run;
    m_run = new Run;
    ++m_generation;
    m_run->timer.start();
    m_run->day = day;
    m_run->options = options;
    m_run->language = m_profile.settings().string(SettingKey::OutputLanguage);
    m_run->report.day = day;
    QSqlDatabase db = m_profile.database();
    m_run->edition = storage::EditionStore(db).byId(options.edition);
    m_run->report.editionKey = m_run->edition.key;
    if (!m_run->edition.language.isEmpty())
        m_run->language = m_run->edition.language;
    m_run->report.automatic = options.automatic;
    m_run->report.offline = !m_run->useLlm(m_client);
    if (m_client) {
        m_run->report.llm.provider = providerDisplayName(m_client->provider());
        m_run->report.llm.state = options.offline ? LlmUse::State::OfflineRequested : LlmUse::State::Used;
    } else if (options.offline && !options.automatic) {
        m_run->report.llm.state = LlmUse::State::OfflineRequested;
    } else { // the chosen provider could not be used (or none is chosen)
        m_run->report.llm = m_unavailable;
    }
    if (m_run->options.budget)
        m_run->options.budget->loadUsedToday(db, m_clock.nowUtc(), m_profile.timeZone());
    if (m_run->edition.id == 0) {
        m_run->report.error = QCoreApplication::translate("Digest", "There is no such edition.");
        QMetaObject::invokeMethod(this, &DigestService::finish, Qt::QueuedConnection);
        return;
    }
    m_run->categories = storage::CategoryStore(db, m_run->edition.id).all();
    m_run->articles = storage::ArticleStore(db, m_profile.timeZone(), m_run->edition.id).articlesForDay(day);
    m_run->fullText = useFullText(m_run->articles, db);
    if (!m_run->articles.isEmpty()) { // stories across sources and days (issue 11)
        const DayStories stories = DayStories::link(db, day);
        stories.apply(m_run->articles);
        m_run->storyDays = stories.dayNumbers;
        save([links = stories.links](QSqlDatabase &db) { return DayStories::save(db, links); });
    }
    if (m_run->articles.isEmpty()) {
        m_run->report.error = QCoreApplication::translate("Digest", "No articles are stored for %1.").arg(day);
        QMetaObject::invokeMethod(this, &DigestService::finish, Qt::QueuedConnection);
        return;
    }
    QMetaObject::invokeMethod(this, &DigestService::classifyStep, Qt::QueuedConnection);
}

void DigestService::cancel(const QString &reason)
{
    if (!m_running)
        return;
    m_run->report.cancelled = true;
    if (!reason.isEmpty())
        m_run->report.error = reason;
    // Silence the steps first: an aborted request must not start the next one.
    if (m_run->classifier) {
        m_run->classifier->cancel();
        m_run->classifier->deleteLater();
    }
    if (m_run->summarizer) {
        m_run->summarizer->cancel();
        m_run->summarizer->deleteLater();
    }
    if (m_run->briefer) {
        m_run->briefer->cancel();
        m_run->briefer->deleteLater();
    }
    if (m_client)
        m_client->cancelAll();
    finish();
}

void DigestService::classifyStep()
{
    if (!m_running)
        return;
    QList<Article> pending;
    for (const Article &a : std::as_const(m_run->articles)) {
        if (a.origin == CategoryOrigin::None)
            pending.append(a);
    }
    const auto apply = [this](qint64 articleId, digest::Verdict v, CategoryOrigin origin) {
        if (m_run->edition.style == Edition::Style::Papers && (!v.isAi || v.categoryId == 0)) {
            // A paper of an AI listing is about AI whatever its words; one the
            // classifier cannot place goes to the edition's catch-all.
            v.isAi = true;
            if (v.categoryId == 0)
                v.categoryId = m_run->fallbackCategory();
        }
        for (Article &a : m_run->articles) {
            if (a.id != articleId || a.origin == CategoryOrigin::User)
                continue;
            a.categoryId = v.categoryId;
            a.isAi = v.isAi;
            a.confidence = v.confidence;
            a.origin = origin;
            a.reason = v.reason;
        }
        const QTimeZone zone = m_profile.timeZone();
        save([articleId, v, origin, zone](QSqlDatabase &db) {
            storage::ArticleStore store(db, zone);
            store.setClassification(articleId, v.categoryId, v.isAi, v.confidence, origin, v.reason);
            return store.lastError();
        });
    };

    const digest::LocalClassifier local(m_run->categories, localModel());
    const bool overBudget = m_run->options.budget && !m_run->options.budget->allows(0);
    const bool askLlm = !pending.isEmpty() && m_run->useLlm(m_client) && !overBudget;
    // The local model answers what it is sure of; the LLM gets the rest.
    QList<Article> uncertain;
    // Papers of AI listings are about AI: only their research area is asked.
    const bool papers = m_run->edition.style == Edition::Style::Papers;
    const digest::OfflineClassifier topics(m_run->categories);
    for (const Article &a : std::as_const(pending)) {
        digest::Verdict v = local.classify(a.item);
        if (papers && (!v.isAi || v.categoryId == 0))
            v = topics.classify(a.item, true);
        if (askLlm && v.confidence < digest::LocalClassifier::kAskLlmBelow) {
            uncertain.append(a);
            continue;
        }
        apply(a.id, v, CategoryOrigin::Offline);
        ++m_run->report.classifiedLocally;
    }
    if (uncertain.isEmpty()) {
        summariseStep();
        return;
    }

    Q_EMIT progress(QCoreApplication::translate("Digest", "Classifying %n article(s)", nullptr, int(uncertain.size())),
                    0, int(uncertain.size()));
    auto *classifier = new digest::LlmClassifier(m_client, m_run->categories, local, this);
    m_run->classifier = classifier;
    connect(classifier, &digest::LlmClassifier::classified, this,
            [this, apply](const QList<digest::ClassifiedArticle> &batch) {
                QList<digest::ClassifiedArticle> byLlm;
                for (const digest::ClassifiedArticle &c : batch) {
                    apply(c.articleId, c.verdict, c.origin);
                    if (c.origin == CategoryOrigin::Llm)
                        byLlm.append(c);
                }
                m_run->report.classifiedByLlm += int(byLlm.size());
                // The LLM's own verdicts (not the local answers it fell back
                // to) become examples the local model learns from.
                if (!byLlm.isEmpty()) {
                    save([byLlm](QSqlDatabase &db) {
                        QString error;
                        ClassifierExamples::recordLlmVerdicts(db, byLlm, &error);
                        return error;
                    });
                }
            });
    connect(classifier, &digest::LlmClassifier::finished, this, [this, classifier](const QString &error) {
        classifier->deleteLater();
        if (!m_running)
            return;
        m_run->report.llmCalls += classifier->requestCount();
        m_run->report.tokensIn += classifier->tokensIn();
        m_run->report.tokensOut += classifier->tokensOut();
        recordRequests(classifier->requestCount(), classifier->tokensIn(), classifier->tokensOut());
        if (!error.isEmpty()) {
            m_run->report.error = error;
            llmFailed(error);
        }
        summariseStep();
    });
    classifier->classify(uncertain);
}

std::shared_ptr<const digest::LearnedClassifier> DigestService::localModel() const
{
    // The learned model knows News's categories only; other editions are
    // classified by their categories' word lists (and the LLM).
    if (m_run->edition.id != editions::kNewsId)
        return std::make_shared<const digest::LearnedClassifier>();
    if (m_modelSource) {
        if (auto model = m_modelSource(m_run->categories))
            return model;
    }
    // Loaded once per process: the shipped weights never change.
    static const std::shared_ptr<const digest::LearnedClassifier> shipped = [] {
        QString error;
        auto model = std::make_shared<const digest::LearnedClassifier>(digest::ShippedClassifier::load(&error));
        if (!error.isEmpty())
            qWarning("Daily Insights: %s; classifying with the word lists", qPrintable(error));
        return model;
    }();
    return shipped;
}

void DigestService::summariseStep()
{
    if (!m_running)
        return;
    // An edition with a top N summarises its best-ranked articles only.
    DaySelection chosen = selectForDigest(m_profile.database(), m_run->edition, m_run->articles);
    m_run->articles = std::move(chosen.articles);
    m_run->report.leftOut = chosen.leftOut;
    m_run->sectionOrder.clear();
    for (const Category &c : std::as_const(m_run->categories)) {
        if (m_run->options.onlyCategoryId && c.id != m_run->options.onlyCategoryId)
            continue;
        if (!m_run->sourcesOf(c.id).isEmpty())
            m_run->sectionOrder.append(c.id);
    }
    m_run->nextSection = 0;
    summariseNext();
}

void DigestService::summariseNext()
{
    if (!m_running)
        return;
    Run &run = *m_run;
    if (run.nextSection >= run.sectionOrder.size()) {
        briefStep();
        return;
    }
    const qint64 categoryId = run.sectionOrder.at(run.nextSection++);
    const Category category = run.category(categoryId);
    const QList<Article> sources = run.sourcesOf(categoryId);
    Q_EMIT progress(QCoreApplication::translate("Digest", "Summarising %1/%2 sections")
                        .arg(run.nextSection).arg(run.sectionOrder.size()),
                    run.nextSection - 1, int(run.sectionOrder.size()));

    const bool llm = run.useLlm(m_client);
    const QString provider = llm ? llm::providerName(m_client->provider()) : QStringLiteral("offline");
    const QString model = llm ? m_client->model() : QString();
    const Edition::Style style = run.edition.style;
    const QString promptVersion = llm ? digest::summaryPromptVersion(style)
                                      : digest::OfflineSummarizer::promptVersion(style);
    const QString hash = digest::inputHash(sources, provider, model, promptVersion, run.language);

    SectionStatus status;
    status.categoryId = categoryId;
    status.categoryName = category.name;
    status.sources = int(sources.size());

    const std::optional<SectionSummary> cached = storage::SummaryStore(m_profile.database(), run.edition.id).get(run.day, categoryId);
    // Imported history is kept as it was written unless a rebuild is forced.
    const bool reusable = cached && cached->error.isEmpty()
        && (cached->provenance.inputHash == hash || cached->provenance.provider == QLatin1String("imported"));
    if (!run.options.force && reusable) {
        status.state = SectionStatus::State::Cached;
        run.report.sections.append(status);
        QMetaObject::invokeMethod(this, &DigestService::summariseNext, Qt::QueuedConnection);
        return;
    }

    if (!run.options.force && run.options.automatic && !llm && cached && cached->error.isEmpty() && m_client) {
        // The offline pass of an automatic build keeps what the LLM wrote from this input.
        const QString llmHash = digest::inputHash(sources, llm::providerName(m_client->provider()),
                                                  m_client->model(), digest::summaryPromptVersion(style),
                                                  run.language);
        if (cached->provenance.inputHash == llmHash) {
            status.state = SectionStatus::State::Cached;
            run.report.sections.append(status);
            QMetaObject::invokeMethod(this, &DigestService::summariseNext, Qt::QueuedConnection);
            return;
        }
    }

    const auto store = [this](const SectionSummary &summary) {
        save([summary](QSqlDatabase &db) {
            storage::SummaryStore store(db);
            store.put(summary);
            return store.lastError();
        });
    };
    // The offline summary of the section, unless the stored one is already it.
    const auto storeOffline = [&] {
        const QString offlineHash = digest::inputHash(sources, QStringLiteral("offline"), QString(),
                                                      digest::OfflineSummarizer::promptVersion(style), run.language);
        if (!run.options.force && cached && cached->error.isEmpty() && cached->provenance.inputHash == offlineHash)
            return;
        SectionSummary summary = digest::OfflineSummarizer::summarizeSection(sources, category, run.language, style);
        summary.day = run.day;
        summary.categoryId = categoryId;
        summary.provenance.createdAt = m_clock.nowUtc();
        summary.provenance.inputHash = offlineHash;
        summary.provenance.fullTextArticles = run.fullTextOf(sources);
        store(summary);
    };

    const bool overBudget = llm && run.options.budget
        && !run.options.budget->allows(
            LlmBudget::estimateTokens(digest::SummaryPrompt::build(sources, category, run.language)));
    if (!llm || overBudget) {
        storeOffline();
        status.state = overBudget ? SectionStatus::State::OverBudget : SectionStatus::State::Offline;
        if (overBudget) {
            status.message = sectionStateName(status.state);
            if (run.report.llm.state == LlmUse::State::Used)
                run.report.llm.state = LlmUse::State::OverBudget;
            ++run.report.llm.sectionsNotWritten;
        }
        run.report.sections.append(status);
        Q_EMIT sectionReady(categoryId);
        QMetaObject::invokeMethod(this, &DigestService::summariseNext, Qt::QueuedConnection);
        return;
    }

    // An automatic build never replaces a stored summary with an error.
    const bool keepStored = run.options.automatic && cached && cached->error.isEmpty();
    auto *summarizer = new digest::LlmSummarizer(m_client, this);
    run.summarizer = summarizer;
    connect(summarizer, &digest::LlmSummarizer::progress, this,
            [this, categoryId](const QString &delta) { Q_EMIT sectionText(categoryId, delta); });
    connect(summarizer, &digest::LlmSummarizer::finished, this,
            [this, summarizer, status, store, hash, categoryId, keepStored,
             fullText = run.fullTextOf(sources)](const SectionSummary &result) mutable {
                SectionSummary summary = result;
                summarizer->deleteLater();
                if (!m_running)
                    return;
                summary.day = m_run->day;
                summary.categoryId = categoryId;
                summary.provenance.inputHash = hash;
                summary.provenance.createdAt = m_clock.nowUtc();
                summary.provenance.fullTextArticles = fullText;
                m_run->report.llmCalls += summarizer->requestCount();
                m_run->report.tokensIn += summary.provenance.tokensIn;
                m_run->report.tokensOut += summary.provenance.tokensOut;
                recordRequests(summarizer->requestCount(), summary.provenance.tokensIn, summary.provenance.tokensOut);
                status.state = summary.error.isEmpty() ? SectionStatus::State::Generated : SectionStatus::State::Failed;
                status.message = summary.error;
                if (!summary.error.isEmpty()) {
                    llmFailed(summary.error);
                    ++m_run->report.llm.sectionsNotWritten;
                }
                if (summary.error.isEmpty() || !keepStored)
                    store(summary);
                m_run->report.sections.append(status);
                Q_EMIT sectionReady(categoryId);
                summariseNext();
            });
    summarizer->summarize(sources, category, run.language, run.edition.style);
}


void DigestService::save(std::function<QString(QSqlDatabase &)> job)
{
    const quint64 generation = m_generation;
    m_writer.call<QString>(std::move(job), this,
                           [this, generation](const QString &error, const storage::CommitStatus &status) {
                               if (generation != m_generation || !m_run || !m_run->saveError.isEmpty())
                                   return;
                               if (!status.ok)
                                   m_run->saveError = status.error;
                               else if (!error.isEmpty())
                                   m_run->saveError = error;
                           });
}

void DigestService::recordRequests(int requests, qint64 tokensIn, qint64 tokensOut)
{
    if (requests <= 0)
        return;
    if (m_run->options.budget)
        m_run->options.budget->spend(requests, tokensIn + tokensOut);
    const QString day = m_run->day;
    const QString provider = m_client ? llm::providerName(m_client->provider()) : QString();
    const QString model = m_client ? m_client->model() : QString();
    const QDateTime now = m_clock.nowUtc();
    save([=](QSqlDatabase &db) {
        storage::SummaryStore store(db);
        for (int i = 0; i < requests; ++i)
            store.recordUsage(day, provider, model, i == 0 ? tokensIn : 0, i == 0 ? tokensOut : 0, now);
        return store.lastError();
    });
}

void DigestService::llmFailed(const QString &error)
{
    LlmUse &use = m_run->report.llm;
    if (use.state == LlmUse::State::RequestFailed)
        return; // the first failure says why
    use.state = LlmUse::State::RequestFailed;
    use.detail = error;
}

void DigestService::finish()
{
    if (!m_running)
        return;
    m_running = false;
    m_finishing = true;
    m_run->report.elapsedMs = m_run->timer.elapsed();
    const int sections = int(m_run->sectionOrder.size());
    Q_EMIT progress(savingStage(), sections, sections);
    // What was written becomes visible to readers before anyone reacts,
    // without this thread waiting for the writer (a refresh may be ahead of
    // us in its queue).
    m_writer.whenDrained(this, [this](bool ok, const QString &error) {
        m_finishing = false;
        DigestBuildReport report = m_run->report;
        const QString saveError = !m_run->saveError.isEmpty() ? m_run->saveError : ok ? QString() : error;
        if (!saveError.isEmpty()) {
            const QString message =
                QCoreApplication::translate("Digest", "the digest could not be saved: %1").arg(saveError);
            report.error = report.error.isEmpty() ? message : report.error + QStringLiteral("; ") + message;
        }
        Q_EMIT finished(report);
    });
}

} // namespace service
