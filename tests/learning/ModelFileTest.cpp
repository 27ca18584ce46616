// Bad input (issue 11): a missing, truncated or corrupt model file in a
// profile is rebuilt from the shipped model plus the stored corrections,
// with a message; a correction to a deleted category is dropped, not fatal.
#include "LearningFixture.h"

#include "storage/ClassifierExampleStore.h"

#include <QSemaphore>
#include <QThread>

#include <atomic>

using learning::LearningFixture;

namespace {

const QString kMovedTitle = QStringLiteral("Gaussian splatting renders city blocks in real time");
const QString kMovedText = QStringLiteral("A new renderer reconstructs streets from phone video.");

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}

class ModelFileTest : public LearningFixture, public ::testing::WithParamInterface<const char *>
{
protected:
    // A profile whose model learnt one correction (to "robotics", where the
    // base model would not put it) and saved it.
    void learnOneCorrection()
    {
        auto classifier = makeClassifier();
        const QStringList messages = startAndWait(*classifier);
        EXPECT_TRUE(messages.isEmpty()) << messages.join(u'\n').toStdString(); // a first run is quiet
        move(addArticle(kMovedTitle, kMovedText), QStringLiteral("robotics"));
        EXPECT_EQ(updateAndWait(*classifier), (QPair<int, int>{1, 0}));
        classifier.reset();
        ASSERT_TRUE(QFile::exists(modelPath()));
    }
};

} // namespace

TEST_P(ModelFileTest, ADamagedModelFileIsRebuiltFromTheBaseAndTheStoredExamplesWithAMessage)
{
    learnOneCorrection();
    // The base alone puts it elsewhere: a rebuilt model must have replayed the move.
    ASSERT_NE(learning::baseModel().classify(kMovedTitle, kMovedText).categoryKey, QStringLiteral("robotics"));
    const QByteArray good = readFile(modelPath());
    const QString damage = QString::fromLatin1(GetParam());
    if (damage == QLatin1String("missing")) {
        ASSERT_TRUE(QFile::remove(modelPath()));
    } else if (damage == QLatin1String("truncated")) {
        writeFile(modelPath(), good.left(good.size() / 2));
    } else if (damage == QLatin1String("corrupt")) {
        QByteArray bad = good;
        bad[bad.size() / 2] = char(bad.at(bad.size() / 2) ^ 0x5a);
        writeFile(modelPath(), bad);
    } else if (damage == QLatin1String("empty")) {
        writeFile(modelPath(), QByteArray());
    } else {
        writeFile(modelPath(), QByteArray("not a model at all, just text\n").repeated(50));
    }

    auto classifier = makeClassifier();
    const QStringList messages = startAndWait(*classifier);
    ASSERT_EQ(messages.size(), 1) << messages.join(u'\n').toStdString();
    EXPECT_TRUE(messages.at(0).contains(QStringLiteral("rebuilt from the shipped model and 1 stored example")))
        << messages.at(0).toStdString();
    EXPECT_EQ(classifier->lastMessage(), messages.at(0));
    EXPECT_TRUE(classifier->isReady());
    EXPECT_EQ(classifier->classify(kMovedTitle, kMovedText).categoryKey, QStringLiteral("robotics"));
    // Rebuilt the same way, to the same bytes, and saved again: the next start is quiet.
    EXPECT_EQ(readFile(modelPath()), good);
    classifier.reset();
    auto again = makeClassifier();
    EXPECT_TRUE(startAndWait(*again).isEmpty());
}

INSTANTIATE_TEST_SUITE_P(Damage, ModelFileTest,
                         ::testing::Values("missing", "truncated", "corrupt", "empty", "garbage"));

TEST_F(LearningFixture, MovesMadeWhileTheModelWasClosedAreLearntAndSavedOnTheNextStart)
{
    auto classifier = makeClassifier();
    startAndWait(*classifier);
    classifier.reset();
    const QByteArray first = readFile(modelPath());
    move(addArticle(kMovedTitle, kMovedText), QStringLiteral("robotics")); // e.g. while only the CLI ran

    classifier = makeClassifier();
    EXPECT_TRUE(startAndWait(*classifier).isEmpty());
    EXPECT_EQ(classifier->classify(kMovedTitle, kMovedText).categoryKey, QStringLiteral("robotics"));
    classifier.reset();
    EXPECT_NE(readFile(modelPath()), first);
}

TEST_F(LearningFixture, AModelGrownFromAnOlderShippedModelIsRebuiltFromTheNewOne)
{
    const auto withBase = [this](const QString &version) {
        return std::make_unique<service::ProfileClassifier>(
            modelPath(), [] { return learning::baseModel(); },
            service::ProfileClassifier::databaseExamples(m_profile.databasePath()), version);
    };
    auto classifier = withBase(QStringLiteral("base-1"));
    EXPECT_TRUE(startAndWait(*classifier).isEmpty());
    move(addArticle(kMovedTitle, kMovedText), QStringLiteral("robotics"));
    updateAndWait(*classifier);
    classifier.reset();

    classifier = withBase(QStringLiteral("base-2"));
    const QStringList messages = startAndWait(*classifier);
    ASSERT_EQ(messages.size(), 1);
    EXPECT_EQ(messages.at(0), QStringLiteral("The shipped classifier model was updated; this profile's model was "
                                             "rebuilt from it and 1 stored example(s)."));
    EXPECT_EQ(classifier->classify(kMovedTitle, kMovedText).categoryKey, QStringLiteral("robotics"));
    classifier.reset();
    classifier = withBase(QStringLiteral("base-2"));
    EXPECT_TRUE(startAndWait(*classifier).isEmpty());
}

TEST_F(LearningFixture, ACorrectionToADeletedCategoryIsDroppedNotFatal)
{
    Category quantum = service::CategoryEditing::newCategory(QStringLiteral("Quantum"), {});
    QSqlDatabase d = db();
    const service::CategoryEdit added = service::CategoryEditing::add(d, quantum);
    ASSERT_TRUE(added.ok);
    auto classifier = makeClassifier();
    startAndWait(*classifier);
    ASSERT_TRUE(classifier->snapshot().hasCategory(QStringLiteral("quantum")));

    // Moved there, then the category goes before the classifier learns it.
    move(addArticle(QStringLiteral("Quantum chip runs a small neural network"), QStringLiteral("Qubits.")),
         QStringLiteral("quantum"));
    move(addArticle(kMovedTitle, kMovedText), QStringLiteral("robotics"));
    ASSERT_TRUE(service::CategoryEditing::remove(d, added.category.id).ok);
    QSignalSpy messages(classifier.get(), &service::ProfileClassifier::message);
    {
        QSignalSpy changed(classifier.get(), &service::ProfileClassifier::learned);
        classifier->setCategories(categories());
        ASSERT_TRUE(changed.wait(120000));
    }
    EXPECT_EQ(updateAndWait(*classifier), (QPair<int, int>{1, 1}));
    ASSERT_EQ(messages.size(), 1);
    EXPECT_EQ(messages.at(0).at(0).toString(), QStringLiteral("1 example(s) for a deleted category were skipped."));
    EXPECT_FALSE(classifier->snapshot().hasCategory(QStringLiteral("quantum")));
    EXPECT_EQ(classifier->classify(kMovedTitle, kMovedText).categoryKey, QStringLiteral("robotics"));

    // A rebuild drops it too, and says so.
    classifier.reset();
    ASSERT_TRUE(QFile::remove(modelPath()));
    auto rebuilt = makeClassifier();
    const QStringList said = startAndWait(*rebuilt);
    ASSERT_EQ(said.size(), 2) << said.join(u'\n').toStdString();
    EXPECT_TRUE(said.at(0).contains(QStringLiteral("was missing")));
    EXPECT_EQ(said.at(1), QStringLiteral("1 stored example(s) for a deleted category were skipped."));
    EXPECT_EQ(rebuilt->classify(kMovedTitle, kMovedText).categoryKey, QStringLiteral("robotics"));
}

TEST_F(LearningFixture, LearningRunsOffTheCallingThreadAndIsSignalled)
{
    QSemaphore release;
    std::atomic<bool> waited{false};
    std::atomic<QThread *> readOn{nullptr};
    QList<storage::ClassifierExample> stored{
        {1, 0, kMovedTitle, kMovedText, true, QStringLiteral("robotics"), storage::ClassifierExample::Origin::User, 1}};
    service::ProfileClassifier classifier(
        modelPath(), [] { return learning::baseModel(); },
        [&](qint64 afterId, QString *) {
            readOn = QThread::currentThread();
            // Blocks until the test has got control back from update(): a
            // learn that ran on the calling thread would time out here.
            if (afterId > 0 || !release.tryAcquire(1, 20000))
                return QList<storage::ClassifierExample>();
            waited = true;
            return stored;
        });
    QSignalSpy learned(&classifier, &service::ProfileClassifier::learned);
    QSignalSpy ready(&classifier, &service::ProfileClassifier::ready);
    classifier.start(categories());
    EXPECT_FALSE(classifier.isReady());
    release.release(); // only now can the job go on
    ASSERT_TRUE(ready.wait(120000));
    EXPECT_TRUE(waited);
    EXPECT_NE(readOn.load(), QThread::currentThread());
    ASSERT_EQ(learned.size(), 1);
    EXPECT_EQ(learned.at(0).at(0).toInt(), 1);
    EXPECT_EQ(classifier.classify(kMovedTitle, kMovedText).categoryKey, QStringLiteral("robotics"));
}
