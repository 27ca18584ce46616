#pragma once

#include "digest/SummaryRenderer.h"
#include "export/SeedDigestImporter.h"
#include "model/Digest.h"

#include <QTimeZone>

// Hand-made digests for the export tests (our own prose, fictional news).
namespace exportfixtures {

inline DigestSource source(const char *title, const char *url, const char *site = "Example News")
{
    DigestSource s;
    s.title = QString::fromUtf8(title);
    s.url = QString::fromUtf8(url);
    s.sourceName = QString::fromUtf8(site);
    return s;
}

inline DigestSection section(const char *key, const char *name, const char *emoji, const char *color, int position)
{
    DigestSection s;
    s.categoryKey = QString::fromUtf8(key);
    s.categoryName = QString::fromUtf8(name);
    s.emoji = QString::fromUtf8(emoji);
    s.color = QString::fromUtf8(color);
    s.categoryPosition = position;
    s.categoryId = position + 1;
    return s;
}

// Two sections with sources (Korean and English titles), one empty
// section that must be left out, and three articles judged not about AI.
inline Digest sampleDigest()
{
    Digest d;
    d.day = QStringLiteral("2026-11-18");
    d.language = QStringLiteral("ko");
    d.notAiCount = 3;

    DigestSection llm = section("llm", "LLM", "⭐", "#e69f00", 1);
    llm.summaryDoc.themes = {QStringLiteral("소형 언어 모델의 효율 경쟁"), QStringLiteral("긴 문맥 처리")};
    llm.summaryDoc.events = {{QStringLiteral("한 연구소가 30억 매개변수 모델을 공개했다."), {1}},
                             {QStringLiteral("Long-context evaluation shows gains at 200k tokens."), {2}}};
    llm.summaryDoc.impacts = {{QStringLiteral("economy"), QStringLiteral("추론 비용이 낮아진다.")},
                              {QStringLiteral("politics"), QStringLiteral("해당 없음")}};
    llm.summaryDoc.conclusion = QStringLiteral("작은 모델이 실무에서 자리를 넓히고 있다.");
    // What the app stores: the renderer's own output for this doc, never a
    // hand-typed imitation of it.
    llm.summaryMarkdown = digest::SummaryRenderer::render(llm.summaryDoc, d.language);
    llm.provenance.provider = QStringLiteral("openai");
    llm.provenance.model = QStringLiteral("gpt-test");
    llm.provenance.promptVersion = QStringLiteral("summary-v1");
    llm.provenance.language = QStringLiteral("ko");
    llm.provenance.tokensIn = 1200;
    llm.provenance.tokensOut = 340;
    llm.provenance.createdAt = QDateTime(QDate(2026, 11, 18), QTime(23, 10), Qt::UTC);
    llm.sources = {source("경량 언어 모델 '미리내-3B' 공개", "https://example.com/ko/mirinae-3b", "예시 뉴스"),
                   source("Long context, short bills: a 200k-token evaluation", "https://example.org/long-context")};

    DigestSection vision = section("vision", "Computer Vision", "👁️", "#33bbee", 3);
    vision.summaryDoc.themes = {QStringLiteral("위성 영상 분할")};
    vision.summaryDoc.events = {{QStringLiteral("농지 경계를 위성 영상에서 자동으로 나눈다."), {1}}};
    vision.summaryDoc.conclusion = QStringLiteral("농지 지도가 더 정확해졌다.");
    vision.summaryMarkdown = digest::SummaryRenderer::render(vision.summaryDoc, d.language);
    vision.provenance.provider = QStringLiteral("openai");
    vision.sources = {source("Segmenting farmland from orbit (part 2)", "https://example.net/farmland?id=7&lang=en")};

    DigestSection empty = section("audio", "Audio", "🎧", "#008856", 4);
    empty.summaryMarkdown = QStringLiteral("no sources, never exported");

    d.sections = {llm, vision, empty};
    return d;
}

// Titles and error text written to break the document.
inline Digest hostileDigest()
{
    Digest d;
    d.day = QStringLiteral("2026-11-19");
    d.language = QStringLiteral("en");
    d.offline = true;
    DigestSection s = section("safety", "AI safety & policy", "🛡️", "#882255", 9);
    s.summaryMarkdown = QStringLiteral("- Offline theme [1]\n## not a new section\n<script>alert(1)</script>");
    s.provenance.provider = QStringLiteral("offline");
    s.sources = {
        source("[x](javascript:alert(1))", "https://example.com/a"),
        source("**bold** and __under__ and `code`", "https://example.com/b"),
        source("# heading? no", "https://example.com/c"),
        source("<script>alert('t')</script> & &amp; done", "https://example.com/d"),
        source("line one\nline two\r\n## injected heading", "https://example.com/e"),
        source("1. not a list", "javascript:alert(document.cookie)"),
        source("- not a bullet", "ftp://example.com/f"),
        source("ok (with parens)", "https://example.com/g(1) x"),
        source("back\\slash ~~strike~~ |pipe|", "data:text/html,<b>x</b>"),
    };
    DigestSection failed = section("rl", "Reinforcement Learning", "🎮", "#eedd88", 5);
    failed.error = QStringLiteral("model output broke the schema: <b>[1](javascript:x)</b>\nsecond line");
    failed.sources = {source("Agents learn to cooperate", "https://example.com/rl")};
    d.sections = {s, failed};
    d.notAiCount = 1;
    return d;
}

// An imported digest as the exporter sees it (sections, summaries, sources).
inline Digest digestFrom(const exporter::ImportedDigest &imported)
{
    Digest d;
    d.day = imported.day;
    d.language = QStringLiteral("ko");
    for (const exporter::ImportedSection &s : imported.sections) {
        DigestSection section;
        section.emoji = s.emoji;
        section.categoryName = s.categoryName;
        section.summaryMarkdown = s.summaryMarkdown;
        section.sources = s.sources;
        d.sections.append(section);
    }
    return d;
}

} // namespace exportfixtures
