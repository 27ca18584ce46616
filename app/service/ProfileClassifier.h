#pragma once

#include "digest/LearnedClassifier.h"
#include "digest/Verdict.h"
#include "model/Category.h"
#include "storage/ClassifierExampleStore.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QThreadPool>

#include <functional>
#include <memory>

namespace service {

// The profile's own local classifier (issue 11): the shipped model plus
// everything this profile taught it. Kept in <profile>/classifier.model
// with the id of the last example it learnt; a missing, truncated or
// corrupt file is rebuilt from the base model by replaying the stored
// examples, with a message (so is one grown from an older shipped model).
// Loading, learning and saving run on a worker
// thread, one job at a time in order; classify() may be called from any
// thread while the worker learns (a read–write lock guards the model).
class ProfileClassifier : public QObject
{
    Q_OBJECT
public:
    // The shipped starting weights (called on the worker, only to rebuild).
    using BaseModel = std::function<digest::LearnedClassifier()>;
    // The stored examples with id > afterId, oldest first (called on the
    // worker); *error set when they could not be read.
    using Examples = std::function<QList<storage::ClassifierExample>(qint64 afterId, QString *error)>;

    // baseVersion names the shipped model (e.g. a hash of its file): a
    // profile model grown from another version is rebuilt from this one.
    ProfileClassifier(QString modelPath, BaseModel base, Examples examples, QString baseVersion = {},
                      QObject *parent = nullptr);
    ~ProfileClassifier() override; // finishes the queued jobs

    static QString modelPath(const QString &profileDir);
    // Examples read from the profile database on a connection of the
    // calling thread's own.
    static Examples databaseExamples(const QString &databasePath);

    // Loads (or rebuilds) the model for these categories, then learns the
    // examples stored since it was saved. ready() when done. Never blocks.
    void start(const QList<Category> &categories);
    // The categories changed: a new one gets a label seeded from its
    // description and keywords, a removed one's label goes. Never blocks.
    void setCategories(const QList<Category> &categories);
    // Learns the examples stored since the last update (a move, LLM
    // verdicts), then saves. learned() when done. Never blocks.
    void update();

    bool isReady() const;
    // The verdict of the current model, categoryId filled from the
    // categories; an empty verdict (confidence 0) before ready(). Any thread.
    digest::Verdict classify(const QString &title, const QString &text) const;
    // A copy of the current model (for the digest's batch or a test).
    digest::LearnedClassifier snapshot() const;
    QString lastMessage() const;
    // Blocks until the queued jobs are done (command line, tests).
    void waitForIdle();

Q_SIGNALS:
    void ready();
    // examples learnt and dropped (their category is gone) by one job.
    void learned(int applied, int dropped);
    // Something the user should read: the model was rebuilt, examples were
    // dropped, the file could not be saved.
    void message(const QString &text);

private:
    struct State;
    void post(std::function<void(State &)> job, bool announceReady = false);

    std::shared_ptr<State> m_state;
    QThreadPool m_pool;
};

} // namespace service
