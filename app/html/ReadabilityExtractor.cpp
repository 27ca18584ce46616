#include "html/ReadabilityExtractor.h"

#include "html/ArticleGrabber.h"
#include "html/ArticleMetadata.h"
#include "html/DocumentPrep.h"
#include "html/HtmlDocument.h"
#include "html/HtmlLimits.h"
#include "html/HtmlSanitizer.h"
#include "html/HtmlText.h"
#include "html/MathAsText.h"
#include "html/PageCharset.h"
#include "html/ReadabilityNodes.h"
#include "html/UrlPolicy.h"
#include "html/WallDetector.h"
#include "html/WordCount.h"

#include <QCoreApplication>

#include <algorithm>

namespace html {

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("html::ReadabilityExtractor", text, nullptr, n);
}

// Readability's minimum length of a result before it retries with fewer flags.
constexpr qsizetype kCharThreshold = 500;

QString notHtmlReason(const QByteArray &page)
{
    const QByteArray head = page.left(8192);
    static const char *const binaryMagic[] = {"%PDF", "\x89PNG", "GIF8", "\xFF\xD8\xFF", "PK\x03\x04", "\x1F\x8B"};
    for (const char *magic : binaryMagic)
        if (head.startsWith(magic))
            return tr("not an HTML page (binary data)");
    const bool utf16 = head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF");
    if (!utf16 && head.contains('\0'))
        return tr("not an HTML page (binary data)");
    if (utf16)
        return {};
    // Markup: a tag, comment or doctype somewhere near the start.
    const QByteArray probe = page.left(64 * 1024);
    for (qsizetype i = probe.indexOf('<'); i >= 0 && i + 1 < probe.size(); i = probe.indexOf('<', i + 1)) {
        const char c = probe[i + 1];
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '!' || c == '/')
            return {};
    }
    return tr("not an HTML page (no markup)");
}

QUrl baseUrlOf(HtmlDocument &doc, const QUrl &url)
{
    if (const HtmlNode *base = findFirst(doc.root(), GUMBO_TAG_BASE)) {
        const QString resolved = UrlPolicy::resolveHttp(base->attribute(u"href"), url);
        if (!resolved.isEmpty())
            return QUrl(resolved);
    }
    return url;
}

} // namespace

Extraction extractArticle(const QByteArray &page, const QUrl &url, bool keepImages)
{
    Extraction e;
    if (page.size() > HtmlLimits::maxPageBytes) {
        e.error = tr("the page is larger than %1 MiB").arg(HtmlLimits::maxPageBytes / (1024 * 1024));
        return e;
    }
    if (page.trimmed().isEmpty()) {
        e.error = tr("the page is empty");
        return e;
    }
    if (const QString reason = notHtmlReason(page); !reason.isEmpty()) {
        e.error = reason;
        return e;
    }

    const auto master = HtmlDocument::parse(PageCharset::toUtf8(page).utf8);
    const ArticleMetadata meta = ArticleMetadata::read(*master);
    const QUrl base = baseUrlOf(*master, url);
    DocumentPrep::prepare(*master);

    struct Attempt
    {
        std::unique_ptr<HtmlDocument> doc;
        ArticleGrabber::Result result;
    };
    std::vector<Attempt> attempts;
    QString pageByline;
    int flags = readability::StripUnlikelys | readability::WeightClasses | readability::CleanConditionally;
    const Attempt *chosen = nullptr;
    while (!chosen) {
        Attempt a{master->clone(), {}};
        a.result = ArticleGrabber(*a.doc, meta.title, flags, pageByline, !meta.byline.isEmpty()).grab();
        attempts.push_back(std::move(a));
        if (attempts.back().result.textLength >= kCharThreshold) {
            chosen = &attempts.back();
        } else if (flags & readability::StripUnlikelys) {
            flags &= ~readability::StripUnlikelys;
        } else if (flags & readability::WeightClasses) {
            flags &= ~readability::WeightClasses;
        } else if (flags & readability::CleanConditionally) {
            flags &= ~readability::CleanConditionally;
        } else {
            chosen = &*std::max_element(attempts.begin(), attempts.end(), [](const Attempt &x, const Attempt &y) {
                return x.result.textLength < y.result.textLength;
            });
        }
    }

    e.title = meta.title;
    e.byline = !meta.byline.isEmpty() ? meta.byline : pageByline;
    e.siteName = meta.siteName;
    e.excerpt = meta.excerpt;
    if (e.excerpt.isEmpty())
        if (const HtmlNode *p = findFirst(chosen->result.article, GUMBO_TAG_P))
            e.excerpt = p->textContent().trimmed();

    MathAsText::replace(*chosen->doc, chosen->result.article);
    SanitizeOptions options;
    options.baseUrl = base;
    options.keepImages = keepImages;
    const SanitizedHtml sanitized = sanitizeTree(chosen->result.article, options);
    e.html = sanitized.html;
    // The tree's text is e.html's (HtmlText skips what the sanitiser drops)
    // unless a table was shortened: only then parse the output again.
    e.text = sanitized.shortened ? HtmlText::fromHtml(e.html) : HtmlText::fromTree(chosen->result.article);
    e.wordCount = WordCount::count(e.text);

    if (chosen->result.textLength == 0 || e.wordCount == 0) {
        e.error = tr("no main content found");
        return e;
    }
    if (const QString wall = WallDetector::reason(e.text, e.wordCount); !wall.isEmpty()) {
        e.error = wall;
        return e;
    }
    e.ok = true;
    return e;
}

} // namespace html
