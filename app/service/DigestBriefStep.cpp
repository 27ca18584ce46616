// DigestService's last step: the day's briefing, after the sections.
#include "service/DigestRun.h"

#include "digest/BriefingPrompt.h"
#include "digest/InputHash.h"
#include "digest/OfflineBriefing.h"
#include "llm/LlmClient.h"
#include "model/Clock.h"
#include "service/Profile.h"
#include "storage/BriefingStore.h"

#include <QCoreApplication>

namespace service {

void DigestService::briefStep()
{
    if (!m_running)
        return;
    Run &run = *m_run;
    const QList<digest::BriefingStory> ranked = digest::rankBriefingStories(run.articles, run.storyDays);
    if (ranked.isEmpty()) {
        finish();
        return;
    }
    const int sections = int(run.sectionOrder.size());
    Q_EMIT progress(QCoreApplication::translate("Digest", "Writing the day's briefing"), sections, sections);
    // The LLM writes it when there is one (and enough stories to choose from).
    bool llm = run.useLlm(m_client) && ranked.size() >= Briefing::kMinItems;
    const digest::BriefingInput input = digest::BriefingPrompt::input(ranked);
    // Over today's LLM budget, the briefing is written offline like the sections.
    const bool overBudget = llm && run.options.budget
        && !run.options.budget->allows(
            LlmBudget::estimateTokens(digest::BriefingPrompt::build(input, run.language)));
    if (overBudget)
        llm = false;
    const QString provider = llm ? llm::providerName(m_client->provider()) : QStringLiteral("offline");
    const QString model = llm ? m_client->model() : QString();
    const QString promptVersion =
        llm ? QString::fromLatin1(digest::kBriefingPromptVersion) : digest::OfflineBriefing::promptVersion();
    const QString hash = digest::BriefingPrompt::inputHash(input, provider, model, promptVersion, run.language);

    run.report.briefingBuilt = true;
    run.report.briefing.categoryName = QStringLiteral("briefing");
    const std::optional<Briefing> cached = storage::BriefingStore(m_profile.database(), run.edition.id).get(run.day);
    const bool reusable =
        cached && cached->error.isEmpty() && !cached->isEmpty() &&
        (cached->provenance.inputHash == hash || cached->provenance.provider == QLatin1String("imported"));
    // The offline pass of an automatic build keeps what the LLM wrote from this input.
    const bool keepLlm = !llm && !overBudget && run.options.automatic && m_client && cached
        && cached->error.isEmpty() && !cached->isEmpty()
        && cached->provenance.inputHash
            == digest::BriefingPrompt::inputHash(input, llm::providerName(m_client->provider()),
                                                 m_client->model(),
                                                 QString::fromLatin1(digest::kBriefingPromptVersion),
                                                 run.language);
    if (!overBudget && (reusable || keepLlm) && !(run.options.force && run.options.onlyCategoryId == 0)) {
        run.report.briefing.state = SectionStatus::State::Cached;
        run.report.briefing.sources = int(cached->items.size());
        finish();
        return;
    }

    const auto store = [this, ranked](Briefing briefing, const QString &inputHash) {
        if (briefing.isEmpty()) { // the LLM failed: the offline briefing stands in, with the reason
            const QString error = briefing.error;
            briefing = digest::OfflineBriefing::build(ranked, m_run->language);
            briefing.error = error; // not reused: the next build asks the LLM again
        } else {
            briefing.provenance.inputHash = inputHash;
        }
        briefing.day = m_run->day;
        briefing.provenance.createdAt = m_clock.nowUtc();
        SectionStatus &status = m_run->report.briefing;
        status.sources = int(briefing.items.size());
        status.message = briefing.error;
        if (!briefing.error.isEmpty()) {
            status.state = SectionStatus::State::Failed;
            llmFailed(briefing.error);
        }
        save([briefing, edition = m_run->edition.id](QSqlDatabase &db) {
            storage::BriefingStore store(db, edition);
            store.put(briefing);
            return store.lastError();
        });
    };

    if (!llm) {
        run.report.briefing.state = overBudget ? SectionStatus::State::OverBudget : SectionStatus::State::Offline;
        if (overBudget) {
            run.report.briefing.message = sectionStateName(SectionStatus::State::OverBudget);
            if (run.report.llm.state == LlmUse::State::Used)
                run.report.llm.state = LlmUse::State::OverBudget;
        }
        store(digest::OfflineBriefing::build(ranked, run.language), hash);
        finish();
        return;
    }
    auto *briefer = new digest::LlmBriefer(m_client, this);
    run.briefer = briefer;
    connect(briefer, &digest::LlmBriefer::finished, this, [this, briefer, store, hash](const Briefing &result) {
        briefer->deleteLater();
        if (!m_running)
            return;
        m_run->report.llmCalls += briefer->requestCount();
        m_run->report.tokensIn += result.provenance.tokensIn;
        m_run->report.tokensOut += result.provenance.tokensOut;
        recordRequests(briefer->requestCount(), result.provenance.tokensIn, result.provenance.tokensOut);
        m_run->report.briefing.state = SectionStatus::State::Generated;
        store(result, hash);
        finish();
    });
    briefer->brief(input, run.language);
}

} // namespace service
