// The profile's classifier learns (issue 11, item 2): a user's move
// becomes an example, the next similar article follows it, and a user's
// new category learns from its first moved articles.
#include "LearningFixture.h"

#include "service/ClassifierExamples.h"
#include "storage/ClassifierExampleStore.h"

using learning::LearningFixture;

namespace {

struct Text
{
    QString title;
    QString summary;
};

} // namespace

TEST_F(LearningFixture, AMoveIsKeptAsTheUsersChoiceAndAsAnExample)
{
    const qint64 id = addArticle(QStringLiteral("Chipmaker posts record data-centre revenue"),
                                 QStringLiteral("Quarterly sales of accelerators rose 71%."));
    move(id, QStringLiteral("inference"));
    const Article a = storage::ArticleStore(db(), QTimeZone::utc()).article(id);
    EXPECT_EQ(a.categoryId, category(QStringLiteral("inference")).id);
    EXPECT_EQ(a.origin, CategoryOrigin::User);

    const QList<storage::ClassifierExample> stored = storage::ClassifierExampleStore(db()).after(0);
    ASSERT_EQ(stored.size(), 1);
    EXPECT_EQ(stored.at(0).articleId, id);
    EXPECT_EQ(stored.at(0).title, QStringLiteral("Chipmaker posts record data-centre revenue"));
    EXPECT_EQ(stored.at(0).text, QStringLiteral("Quarterly sales of accelerators rose 71%."));
    EXPECT_TRUE(stored.at(0).isAi);
    EXPECT_EQ(stored.at(0).categoryKey, QStringLiteral("inference"));
    EXPECT_EQ(stored.at(0).origin, storage::ClassifierExample::Origin::User);

    // "Not AI" is stored without a category; a move of a missing article is refused.
    const qint64 other = addArticle(QStringLiteral("City council votes on bike lanes"), QString());
    move(other, QStringLiteral("other"), false);
    EXPECT_FALSE(storage::ClassifierExampleStore(db()).after(stored.at(0).id).at(0).isAi);
    EXPECT_TRUE(storage::ClassifierExampleStore(db()).after(stored.at(0).id).at(0).categoryKey.isEmpty());
    QSqlDatabase d = db();
    EXPECT_FALSE(service::CategoryEditing::moveArticle(d, 999999, category(QStringLiteral("llm")).id, true).ok);
    EXPECT_EQ(storage::ClassifierExampleStore(db()).count(), 2);
}

TEST_F(LearningFixture, LlmVerdictsAreKeptAsExamplesAndUnknownOnesSkipped)
{
    const qint64 id = addArticle(QStringLiteral("Open model tops coding benchmark"), QStringLiteral("It beats GPT."));
    digest::ClassifiedArticle known;
    known.articleId = id;
    known.verdict.isAi = true;
    known.verdict.categoryId = category(QStringLiteral("llm")).id; // no key: found from the id
    digest::ClassifiedArticle gone = known;
    gone.articleId = 424242;
    QSqlDatabase d = db();
    QString error;
    ASSERT_TRUE(service::ClassifierExamples::recordLlmVerdicts(d, {known, gone}, &error)) << error.toStdString();
    const QList<storage::ClassifierExample> stored = storage::ClassifierExampleStore(db()).after(0);
    ASSERT_EQ(stored.size(), 1);
    EXPECT_EQ(stored.at(0).categoryKey, QStringLiteral("llm"));
    EXPECT_EQ(stored.at(0).origin, storage::ClassifierExample::Origin::Llm);
}

TEST_F(LearningFixture, ACorrectionChangesTheNextPredictionOfASimilarArticle)
{
    auto classifier = makeClassifier();
    startAndWait(*classifier);
    const Text moved{QStringLiteral("Chipmaker posts record data-centre revenue as hyperscaler orders swell"),
                     QStringLiteral("Sales of its accelerator chips for serving models rose 71% in the quarter.")};
    const Text similar{QStringLiteral("Rival chipmaker's data-centre revenue jumps on accelerator orders"),
                       QStringLiteral("Hyperscalers bought more of its chips for serving models, it said.")};
    const QString before = classifier->classify(similar.title, similar.summary).categoryKey;
    ASSERT_NE(before, QStringLiteral("inference")) << "pick an article the base model puts elsewhere";

    move(addArticle(moved.title, moved.summary), QStringLiteral("inference"));
    EXPECT_EQ(updateAndWait(*classifier), (QPair<int, int>{1, 0}));

    const digest::Verdict after = classifier->classify(similar.title, similar.summary);
    EXPECT_EQ(after.categoryKey, QStringLiteral("inference")) << "was " << before.toStdString();
    EXPECT_EQ(after.categoryId, category(QStringLiteral("inference")).id);
}

TEST_F(LearningFixture, ANewUserCategoryLearnsFromFiveMovedArticles)
{
    // Only a name: what it is about comes from the moved articles.
    const Category health = service::CategoryEditing::newCategory(QStringLiteral("Healthcare"), {});
    QSqlDatabase d = db();
    const service::CategoryEdit added = service::CategoryEditing::add(d, health);
    ASSERT_TRUE(added.ok) << added.error.toStdString();
    const QString key = added.category.key;

    auto classifier = makeClassifier();
    startAndWait(*classifier);
    ASSERT_TRUE(classifier->snapshot().hasCategory(key));

    const QList<Text> moved = {
        {QStringLiteral("Hospital deploys model that flags sepsis hours earlier"),
         QStringLiteral("The system reads vital signs and lab results to warn nurses before patients deteriorate.")},
        {QStringLiteral("Algorithm reads chest X-rays for tuberculosis in rural clinics"),
         QStringLiteral("The tool screens patients in minutes and refers suspected cases to doctors.")},
        {QStringLiteral("Generative model designs antibiotic candidates against resistant bacteria"),
         QStringLiteral("Two molecules it proposed killed the bacteria in lab tests, ahead of clinical trials.")},
        {QStringLiteral("Regulator clears software that detects diabetic eye disease"),
         QStringLiteral("The medical device analyses retina photos and tells patients whether to see a specialist.")},
        {QStringLiteral("Language model drafts clinical notes for doctors after patient visits"),
         QStringLiteral("Physicians at the health system spent less time on paperwork, a study found.")},
    };
    const Text similar{
        QStringLiteral("Model predicts heart failure from hospital patients' ECG records"),
        QStringLiteral("Doctors at the clinic said it spotted patients at risk months before diagnosis.")};
    const Text unrelated{QStringLiteral("Open-weight language model tops coding benchmark"),
                         QStringLiteral("The 70B chatbot beats larger rivals on programming tasks.")};
    const QString before = classifier->classify(similar.title, similar.summary).categoryKey;
    ASSERT_NE(before, key) << "the moves, not the name, should teach it";

    for (const Text &t : moved)
        move(addArticle(t.title, t.summary), key);
    EXPECT_EQ(updateAndWait(*classifier), (QPair<int, int>{5, 0}));

    const digest::Verdict after = classifier->classify(similar.title, similar.summary);
    EXPECT_TRUE(after.isAi);
    EXPECT_EQ(after.categoryKey, key) << "was " << before.toStdString();
    EXPECT_EQ(after.categoryId, added.category.id);
    EXPECT_NE(classifier->classify(unrelated.title, unrelated.summary).categoryKey, key);
}

TEST_F(LearningFixture, ANewUserCategoryStartsFromItsDescriptionAndKeywords)
{
    const Text article{
        QStringLiteral("Model predicts heart failure from hospital patients' ECG records"),
        QStringLiteral("Doctors at the clinic said it spotted patients at risk months before diagnosis.")};
    auto classifier = makeClassifier();
    startAndWait(*classifier);
    ASSERT_NE(classifier->classify(article.title, article.summary).categoryKey, QStringLiteral("healthcare"));

    Category health = service::CategoryEditing::newCategory(QStringLiteral("Healthcare"), {});
    health.description = QStringLiteral("AI in medicine: diagnosis, medical imaging, clinical tools, hospitals.");
    health.keywords = {QStringLiteral("medical"), QStringLiteral("clinical"), QStringLiteral("patients")};
    QSqlDatabase d = db();
    ASSERT_TRUE(service::CategoryEditing::add(d, health).ok);
    QSignalSpy learned(classifier.get(), &service::ProfileClassifier::learned);
    classifier->setCategories(categories());
    ASSERT_TRUE(learned.wait(120000));

    EXPECT_EQ(classifier->classify(article.title, article.summary).categoryKey, QStringLiteral("healthcare"));
    EXPECT_NE(classifier
                  ->classify(QStringLiteral("Open-weight language model tops coding benchmark"),
                             QStringLiteral("The 70B chatbot beats larger rivals on programming tasks."))
                  .categoryKey,
              QStringLiteral("healthcare"));
}
