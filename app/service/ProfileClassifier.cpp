#include "service/ProfileClassifier.h"

#include "service/ClassifierExamples.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QIODevice>
#include <QReadWriteLock>
#include <QSaveFile>
#include <QThread>

#include <algorithm>

namespace service {

namespace {

constexpr quint32 kMagic = 0x44495043; // "DIPC"
constexpr quint32 kFormat = 1;

QByteArray digestOf(const QString &baseVersion, qint64 mark, const QByteArray &model)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(baseVersion.toUtf8() + '\0');
    hash.addData(QByteArray::number(mark));
    hash.addData(model);
    return hash.result();
}

// The model file: magic, format, the version of the base model it grew
// from, the last example learnt, the model, a SHA-256 of the three.
QByteArray encode(const QString &baseVersion, qint64 mark, const QByteArray &model)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out << kMagic << kFormat << baseVersion << mark << model << digestOf(baseVersion, mark, model);
    return bytes;
}

bool decode(const QByteArray &bytes, QString *baseVersion, qint64 *mark, digest::LearnedClassifier *model,
            QString *error)
{
    QDataStream in(bytes);
    quint32 magic = 0, format = 0;
    QByteArray payload, digest;
    in >> magic >> format;
    if (in.status() != QDataStream::Ok || magic != kMagic) {
        *error = QStringLiteral("not a classifier model file");
        return false;
    }
    if (format != kFormat) {
        *error = QStringLiteral("model file format %1 is not supported").arg(format);
        return false;
    }
    in >> *baseVersion >> *mark >> payload >> digest;
    if (in.status() != QDataStream::Ok || !in.atEnd()) {
        *error = QStringLiteral("the file is truncated");
        return false;
    }
    if (digest != digestOf(*baseVersion, *mark, payload)) {
        *error = QStringLiteral("the file is damaged (checksum)");
        return false;
    }
    return digest::LearnedClassifier::load(payload, model, error);
}

} // namespace

struct ProfileClassifier::State
{
    QString path;
    BaseModel base;
    QString baseVersion;
    Examples examples;

    // Written on the worker under the write lock; read anywhere under the
    // read lock (the worker, the only writer, reads without it).
    mutable QReadWriteLock lock;
    digest::LearnedClassifier model;
    QList<Category> categories;
    bool ready = false;
    QString lastMessage;

    qint64 mark = 0; // the worker's own: the last example learnt

    // One job's outcome, sent to the owner's thread when it ends.
    int applied = 0;
    int dropped = 0;
    QStringList messages;

    void loadOrRebuild();
    bool syncCategories(digest::LearnedClassifier &m, const QList<Category> &wanted) const;
    bool learnSince(bool rebuilding);
    void save();
};

void ProfileClassifier::State::loadOrRebuild()
{
    QString reason;
    bool missing = false, newBase = false;
    digest::LearnedClassifier loaded;
    qint64 loadedMark = 0;
    QString loadedBase;
    QFile file(path);
    if (!file.exists()) {
        missing = true;
    } else if (!file.open(QIODevice::ReadOnly)) {
        reason = file.errorString();
    } else if (!decode(file.readAll(), &loadedBase, &loadedMark, &loaded, &reason)) {
        // damaged: rebuilt below
    } else if (loadedBase != baseVersion) {
        newBase = true; // the shipped model changed: grow the profile's from the new one
    } else {
        QList<Category> wanted;
        {
            QReadLocker locker(&lock);
            wanted = categories;
        }
        const bool changed = syncCategories(loaded, wanted);
        QWriteLocker locker(&lock);
        model = std::move(loaded);
        mark = loadedMark;
        locker.unlock();
        if (learnSince(false) || changed)
            save();
        return;
    }
    // Rebuild: the base model, the profile's categories, then every example in order.
    digest::LearnedClassifier rebuilt = base ? base() : digest::LearnedClassifier();
    QList<Category> wanted;
    {
        QReadLocker locker(&lock);
        wanted = categories;
    }
    syncCategories(rebuilt, wanted);
    {
        QWriteLocker locker(&lock);
        model = std::move(rebuilt);
        mark = 0;
    }
    if (model.isEmpty()) {
        messages << QCoreApplication::translate("service::ProfileClassifier",
                                                "No starting model is available; articles are classified without it.");
        return;
    }
    learnSince(true);
    if (newBase)
        messages.prepend(QCoreApplication::translate("service::ProfileClassifier",
                                                     "The shipped classifier model was updated; this profile's "
                                                     "model was rebuilt from it and %n stored example(s).",
                                                     nullptr, applied));
    else if (!missing)
        messages.prepend(QCoreApplication::translate(
                             "service::ProfileClassifier",
                             "The classifier model of this profile could not be read (%1); it was rebuilt from "
                             "the shipped model and %n stored example(s).",
                             nullptr, applied)
                             .arg(reason));
    else if (applied + dropped > 0)
        messages.prepend(QCoreApplication::translate(
            "service::ProfileClassifier",
            "The classifier model of this profile was missing; it was rebuilt from the shipped "
            "model and %n stored example(s).",
            nullptr, applied));
    save();
}

bool ProfileClassifier::State::syncCategories(digest::LearnedClassifier &m, const QList<Category> &wanted) const
{
    if (m.isEmpty() || wanted.isEmpty())
        return false;
    QStringList keys;
    for (const Category &c : wanted)
        keys.append(c.key);
    // New ones first, so that the head never runs out of labels.
    bool changed = false;
    for (const Category &c : wanted) {
        if (!m.hasCategory(c.key))
            changed = m.addCategory(c) || changed;
    }
    for (const QString &key : m.categoryKeys()) {
        if (!keys.contains(key))
            changed = m.removeCategory(key) || changed;
    }
    return changed;
}

bool ProfileClassifier::State::learnSince(bool rebuilding)
{
    if (!examples)
        return false;
    int dropped = 0;
    bool any = false;
    for (;;) { // in the source's pages, until it has nothing newer
        QString error;
        const QList<storage::ClassifierExample> stored = examples(mark, &error);
        if (!error.isEmpty()) {
            messages << QCoreApplication::translate("service::ProfileClassifier",
                                                    "The classifier's examples could not be read: %1")
                            .arg(error);
            break;
        }
        const qint64 before = mark;
        if (stored.isEmpty())
            break;
        any = true;
        for (const storage::ClassifierExample &e : stored) {
            const digest::LabelledExample example = ClassifierExamples::labelled(e);
            QWriteLocker locker(&lock);
            if (e.isAi && !model.hasCategory(e.categoryKey)) {
                ++dropped; // its category was deleted: not fatal, not learnt
            } else if (e.origin == storage::ClassifierExample::Origin::Llm) {
                model.learn(example);
                ++applied;
            } else {
                model.learnCorrection(example);
                ++applied;
            }
            mark = std::max(mark, e.id);
        }
        if (mark == before)
            break; // a source that does not move on
    }
    this->dropped += dropped;
    if (dropped > 0 && !rebuilding)
        messages << QCoreApplication::translate("service::ProfileClassifier",
                                                "%n example(s) for a deleted category were skipped.", nullptr, dropped);
    else if (dropped > 0)
        messages << QCoreApplication::translate("service::ProfileClassifier",
                                                "%n stored example(s) for a deleted category were skipped.", nullptr,
                                                dropped);
    return any;
}

void ProfileClassifier::State::save()
{
    if (model.isEmpty())
        return;
    const QByteArray bytes = encode(baseVersion, mark, model.save());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        messages << QCoreApplication::translate("service::ProfileClassifier",
                                                "The classifier model could not be saved to %1: %2")
                        .arg(QDir::toNativeSeparators(path), file.errorString());
}

ProfileClassifier::ProfileClassifier(QString modelPath, BaseModel base, Examples examples, QString baseVersion,
                                     QObject *parent)
    : QObject(parent), m_state(std::make_shared<State>())
{
    m_state->path = std::move(modelPath);
    m_state->base = std::move(base);
    m_state->baseVersion = std::move(baseVersion);
    m_state->examples = std::move(examples);
    m_pool.setMaxThreadCount(1); // jobs run one at a time, in order
}

ProfileClassifier::~ProfileClassifier()
{
    m_pool.waitForDone();
}

QString ProfileClassifier::modelPath(const QString &profileDir)
{
    return QDir(profileDir).filePath(QStringLiteral("classifier.model"));
}

ProfileClassifier::Examples ProfileClassifier::databaseExamples(const QString &databasePath)
{
    return [databasePath](qint64 afterId, QString *error) {
        const QString name = QStringLiteral("classifier-examples-%1").arg(quintptr(QThread::currentThreadId()));
        QList<storage::ClassifierExample> out;
        const storage::Database::OpenResult opened = storage::Database::open(name, databasePath);
        if (!opened.ok) {
            *error = opened.error;
        } else {
            storage::ClassifierExampleStore store(storage::Database::connection(name));
            out = store.after(afterId);
            *error = store.lastError();
        }
        storage::Database::close(name);
        return out;
    };
}

void ProfileClassifier::post(std::function<void(State &)> job, bool announceReady)
{
    std::shared_ptr<State> state = m_state;
    m_pool.start([this, state, job = std::move(job), announceReady] {
        state->applied = 0;
        state->dropped = 0;
        state->messages.clear();
        job(*state);
        const int applied = state->applied, dropped = state->dropped;
        const QStringList messages = state->messages;
        if (!messages.isEmpty()) {
            QWriteLocker locker(&state->lock);
            state->lastMessage = messages.join(u'\n');
        }
        // Delivered on the owner's thread; dropped if it is gone.
        QMetaObject::invokeMethod(
            this,
            [this, applied, dropped, messages, announceReady] {
                for (const QString &m : messages)
                    Q_EMIT message(m);
                Q_EMIT learned(applied, dropped);
                if (announceReady)
                    Q_EMIT ready();
            },
            Qt::QueuedConnection);
    });
}

void ProfileClassifier::start(const QList<Category> &categories)
{
    post(
        [categories](State &s) {
            {
                QWriteLocker locker(&s.lock);
                s.categories = categories;
            }
            s.loadOrRebuild();
            QWriteLocker locker(&s.lock);
            s.ready = true;
        },
        true);
}

void ProfileClassifier::setCategories(const QList<Category> &categories)
{
    post([categories](State &s) {
        digest::LearnedClassifier changed = s.model;
        if (!s.syncCategories(changed, categories)) {
            QWriteLocker locker(&s.lock);
            s.categories = categories;
            return;
        }
        {
            QWriteLocker locker(&s.lock);
            s.categories = categories;
            s.model = std::move(changed);
        }
        s.save();
    });
}

void ProfileClassifier::update()
{
    post([](State &s) {
        if (!s.model.isEmpty() && s.learnSince(false))
            s.save();
    });
}

bool ProfileClassifier::isReady() const
{
    QReadLocker locker(&m_state->lock);
    return m_state->ready;
}

digest::Verdict ProfileClassifier::classify(const QString &title, const QString &text) const
{
    QReadLocker locker(&m_state->lock);
    digest::Verdict v = m_state->model.classify(title, text);
    for (const Category &c : std::as_const(m_state->categories)) {
        if (v.isAi && c.key == v.categoryKey)
            v.categoryId = c.id;
    }
    return v;
}

digest::LearnedClassifier ProfileClassifier::snapshot() const
{
    QReadLocker locker(&m_state->lock);
    return m_state->model;
}

QString ProfileClassifier::lastMessage() const
{
    QReadLocker locker(&m_state->lock);
    return m_state->lastMessage;
}

void ProfileClassifier::waitForIdle()
{
    m_pool.waitForDone();
}

} // namespace service
