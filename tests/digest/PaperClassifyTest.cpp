// A paper of an AI listing is about AI whatever its words: the Papers
// edition asks the word lists for its research area only (issue 13).
#include "digest/OfflineClassifier.h"
#include "model/Category.h"

#include <gtest/gtest.h>

namespace {

QList<Category> paperCategories()
{
    QList<Category> categories = defaultPaperCategories();
    for (int i = 0; i < categories.size(); ++i)
        categories[i].id = i + 1;
    return categories;
}

FeedItem paper(const QString &title, const QString &abstract)
{
    FeedItem item;
    item.title = title;
    item.summary = abstract;
    item.url = QStringLiteral("https://arxiv.org/abs/2611.00001");
    return item;
}

} // namespace

TEST(PaperClassify, AnAiListingsPaperGetsItsAreaEvenWithoutAiVocabulary)
{
    const digest::OfflineClassifier classifier(paperCategories());
    const FeedItem speech = paper(QStringLiteral("Speech Tokens That Keep the Speaker"),
                                  QStringLiteral("We propose a speech tokenizer whose discrete units keep speaker "
                                                 "identity. Resynthesised speech is preferred in listening tests."));
    EXPECT_FALSE(classifier.classify(speech).isAi) << "the news gate would drop it";
    const digest::Verdict v = classifier.classify(speech, true);
    EXPECT_TRUE(v.isAi);
    EXPECT_EQ(v.categoryKey, QStringLiteral("paper-audio"));

    const FeedItem vision = paper(QStringLiteral("Segment Everything in Satellite Video"),
                                  QStringLiteral("We extend promptable segmentation to satellite video."));
    EXPECT_EQ(classifier.classify(vision, true).categoryKey, QStringLiteral("paper-vision"));

    // Nothing to go by: the edition's catch-all, still about AI.
    const digest::Verdict none = classifier.classify(paper(QStringLiteral("A Note"), QString()), true);
    EXPECT_TRUE(none.isAi);
    EXPECT_EQ(none.categoryKey, QStringLiteral("paper-other"));
}
