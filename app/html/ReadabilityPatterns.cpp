#include "html/ReadabilityPatterns.h"

namespace html::readability {

namespace {

QRegularExpression caseless(const char *pattern)
{
    return QRegularExpression(QString::fromUtf8(pattern), QRegularExpression::CaseInsensitiveOption |
                                                              QRegularExpression::UseUnicodePropertiesOption);
}

} // namespace

const QRegularExpression &Patterns::unlikelyCandidates()
{
    static const QRegularExpression re =
        caseless("-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|"
                 "header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|"
                 "supplemental|ad-break|agegate|pagination|pager|popup|yom-remote");
    return re;
}

const QRegularExpression &Patterns::okMaybeItsACandidate()
{
    static const QRegularExpression re = caseless("and|article|body|column|content|main|mathjax|shadow");
    return re;
}

const QRegularExpression &Patterns::positive()
{
    static const QRegularExpression re =
        caseless("article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story");
    return re;
}

const QRegularExpression &Patterns::negative()
{
    static const QRegularExpression re =
        caseless("-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|foot|footer|footnote|gdpr|"
                 "masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|"
                 "shopping|tags|widget");
    return re;
}

const QRegularExpression &Patterns::byline()
{
    static const QRegularExpression re = caseless("byline|author|dateline|writtenby|p-author");
    return re;
}

const QRegularExpression &Patterns::shareElements()
{
    static const QRegularExpression re = caseless("(\\b|_)(share|sharedaddy)(\\b|_)");
    return re;
}

const QRegularExpression &Patterns::adWords()
{
    static const QRegularExpression re =
        caseless("^(ad(vertising|vertisement)?|pub(licité)?|werb(ung)?|广告|Реклама|Anuncio)$");
    return re;
}

const QRegularExpression &Patterns::loadingWords()
{
    static const QRegularExpression re = caseless("^((loading|正在加载|Загрузка|chargement|cargando)(…|\\.\\.\\.)?)$");
    return re;
}

const QRegularExpression &Patterns::jsonLdArticleTypes()
{
    // Anchored as in Readability.js: only the first and last alternatives.
    static const QRegularExpression re(QStringLiteral(
        "^Article|AdvertiserContentArticle|NewsArticle|AnalysisNewsArticle|AskPublicNewsArticle|"
        "BackgroundNewsArticle|OpinionNewsArticle|ReportageNewsArticle|ReviewNewsArticle|Report|SatiricalArticle|"
        "ScholarlyArticle|MedicalScholarlyArticle|SocialMediaPosting|BlogPosting|LiveBlogPosting|"
        "DiscussionForumPosting|TechArticle|APIReference$"));
    return re;
}

const QRegularExpression &Patterns::videos()
{
    static const QRegularExpression re =
        caseless("\\/\\/(www\\.)?((dailymotion|youtube|youtube-nocookie|player\\.vimeo|v\\.qq)\\.com|"
                 "(archive|upload\\.wikimedia)\\.org|player\\.twitch\\.tv)");
    return re;
}

} // namespace html::readability
