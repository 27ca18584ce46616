#pragma once

#include "model/Category.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>

class QObject;
namespace storage { class StorageWriter; }

namespace service {

// What one edit of the categories did.
struct CategoryEdit
{
    bool ok = false;
    QString error;     // readable, when !ok
    Category category; // as stored (its id and key), for add and findOrAdd
};

// Adding, changing, removing and ordering categories, for the window and
// the command line alike: one set of defaults (colour, key from the name),
// one validation, and every write through the StorageWriter.
class CategoryEditing
{
public:
    // A new category named `name` (trimmed) in the colour that stands out
    // most from `existing` (colour::pickDistinctColour); its key is derived
    // from the name when it is stored (CategoryStore::add).
    static Category newCategory(const QString &name, const QList<Category> &existing);
    // Why `c` cannot be stored ("needs a name", "not a colour"), or "".
    static QString problem(const Category &c);
    // "#3366cc" for any colour QColor understands ("#36c", "red"), else "".
    static QString normalizedColor(const QString &text);
    // "a, b,,c " -> {"a", "b", "c"}
    static QStringList keywordsFrom(const QString &commaSeparated);

    // Edits on a connection that may write (the writer's own, or one inside
    // a transaction); each is all or nothing.
    static CategoryEdit add(QSqlDatabase &db, Category c); // refuses a name in use
    static CategoryEdit update(QSqlDatabase &db, const QList<Category> &changed);
    static CategoryEdit remove(QSqlDatabase &db, qint64 id);
    static CategoryEdit move(QSqlDatabase &db, qint64 id, int position);
    // The category called `name` (any case), added with `emoji` and the
    // defaults when there is none.
    static CategoryEdit findOrAdd(QSqlDatabase &db, const QString &name, const QString &emoji,
                                  qint64 edition = 1);

    // The user moves an article to category `categoryId` (isAi false: "not
    // AI", kept on categoryId as before). The choice is stored as the
    // user's and kept as an example the profile's classifier learns from
    // (ClassifierExampleStore; ProfileClassifier::update), all or nothing.
    static CategoryEdit moveArticle(QSqlDatabase &db, qint64 articleId, qint64 categoryId, bool isAi);

    using Edit = std::function<CategoryEdit(QSqlDatabase &)>;
    using Done = std::function<void(const CategoryEdit &)>;
    // Runs `edit` as one writer job; `done` comes on `context`'s thread once
    // it is committed (dropped if `context` is gone). Never blocks.
    static void run(storage::StorageWriter &writer, Edit edit, QObject *context, Done done);
};

} // namespace service
