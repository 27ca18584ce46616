#pragma once

#include "html/HtmlNode.h"

#include <QString>

namespace html {

class HtmlDocument;

// One pass of Readability's _grabArticle over a prepared document: scores
// paragraphs into their ancestors, picks the top candidate, gathers its
// siblings and cleans the result. The caller retries with fewer flags on a
// fresh copy when the text is too short.
class ArticleGrabber
{
public:
    struct Result
    {
        HtmlNode *article = nullptr; // a <div> owned by the document
        qsizetype textLength = 0;
    };

    // `byline` is filled from the page (and the node removed) when empty
    // and `metadataByline` is false.
    ArticleGrabber(HtmlDocument &doc, const QString &articleTitle, int flags, QString &byline, bool metadataByline);
    Result grab();

private:
    std::vector<HtmlNode *> prepareNodes();
    std::vector<HtmlNode *> scoreCandidates(const std::vector<HtmlNode *> &elementsToScore);
    HtmlNode *chooseTopCandidate(const std::vector<HtmlNode *> &topCandidates, HtmlNode *page);
    void initializeNode(HtmlNode *n);
    bool checkByline(HtmlNode *n, const QString &matchString);
    bool headerDuplicatesTitle(const HtmlNode *n) const;
    void wrapPhrasingChildren(HtmlNode *div);

    HtmlDocument &m_doc;
    QString m_title;
    int m_flags;
    QString &m_byline;
    bool m_metadataByline;
};

} // namespace html
