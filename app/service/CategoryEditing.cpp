#include "service/CategoryEditing.h"

#include "model/CategoryColours.h"
#include "service/ClassifierExamples.h"
#include "storage/ArticleStore.h"
#include "storage/CategoryStore.h"
#include "storage/ClassifierExampleStore.h"
#include "storage/Savepoint.h"
#include "storage/StorageWriter.h"

#include <QColor>
#include <QCoreApplication>
#include <QTimeZone>

namespace service {

namespace {

CategoryEdit failed(const QString &error)
{
    CategoryEdit e;
    e.error = error;
    return e;
}

QString storeError(const storage::CategoryStore &store)
{
    return QCoreApplication::translate("CategoryEditing", "The change could not be saved: %1").arg(store.lastError());
}

} // namespace

Category CategoryEditing::newCategory(const QString &name, const QList<Category> &existing)
{
    QStringList taken;
    for (const Category &e : existing)
        taken << e.color;
    Category c;
    c.name = name.trimmed();
    c.color = colour::pickDistinctColour(taken);
    return c;
}

QString CategoryEditing::normalizedColor(const QString &text)
{
    const QColor color = QColor::fromString(text.trimmed());
    return color.isValid() ? color.name() : QString();
}

QString CategoryEditing::problem(const Category &c)
{
    if (c.name.trimmed().isEmpty())
        return QCoreApplication::translate("CategoryEditing", "A category needs a name.");
    if (normalizedColor(c.color).isEmpty())
        return QCoreApplication::translate("CategoryEditing", "\"%1\" is not a colour (use #rrggbb).").arg(c.color);
    return {};
}

QStringList CategoryEditing::keywordsFrom(const QString &commaSeparated)
{
    QStringList keywords;
    for (const QString &k : commaSeparated.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!k.trimmed().isEmpty())
            keywords << k.trimmed();
    }
    return keywords;
}

CategoryEdit CategoryEditing::add(QSqlDatabase &db, Category c)
{
    c.name = c.name.trimmed();
    if (const QString why = problem(c); !why.isEmpty())
        return failed(why);
    c.color = normalizedColor(c.color);
    storage::CategoryStore store(db, c.editionId);
    if (store.byName(c.name).id != 0)
        return failed(QCoreApplication::translate("CategoryEditing", "A category named \"%1\" exists.").arg(c.name));
    const qint64 id = store.add(c);
    if (id == 0)
        return failed(storeError(store));
    CategoryEdit e;
    e.ok = true;
    e.category = store.byId(id);
    return e;
}

CategoryEdit CategoryEditing::update(QSqlDatabase &db, const QList<Category> &changed)
{
    for (const Category &c : changed) {
        if (const QString why = problem(c); !why.isEmpty())
            return failed(why);
    }
    storage::Savepoint savepoint(db, QStringLiteral("edit_categories"));
    storage::CategoryStore store(db);
    for (Category c : changed) {
        c.name = c.name.trimmed();
        c.color = normalizedColor(c.color);
        if (!store.update(c))
            return failed(storeError(store)); // the savepoint rolls back
    }
    if (!savepoint.release())
        return failed(savepoint.error());
    CategoryEdit e;
    e.ok = true;
    return e;
}

CategoryEdit CategoryEditing::remove(QSqlDatabase &db, qint64 id)
{
    QString error;
    if (!storage::CategoryStore(db, storage::CategoryStore(db).byId(id).editionId).remove(id, &error))
        return failed(error);
    CategoryEdit e;
    e.ok = true;
    return e;
}

CategoryEdit CategoryEditing::move(QSqlDatabase &db, qint64 id, int position)
{
    storage::CategoryStore store(db, storage::CategoryStore(db).byId(id).editionId);
    if (!store.move(id, position))
        return failed(storeError(store));
    CategoryEdit e;
    e.ok = true;
    return e;
}

CategoryEdit CategoryEditing::findOrAdd(QSqlDatabase &db, const QString &name, const QString &emoji, qint64 edition)
{
    const Category known = storage::CategoryStore(db, edition).byName(name.trimmed());
    if (known.id != 0) {
        CategoryEdit e;
        e.ok = true;
        e.category = known;
        return e;
    }
    Category c = newCategory(name, storage::CategoryStore(db, edition).all());
    c.emoji = emoji;
    c.editionId = edition;
    return add(db, c);
}

CategoryEdit CategoryEditing::moveArticle(QSqlDatabase &db, qint64 articleId, qint64 categoryId, bool isAi)
{
    storage::Savepoint savepoint(db, QStringLiteral("move_article"));
    storage::ArticleStore articles(db, QTimeZone::utc());
    const Article article = articles.article(articleId);
    if (article.id == 0)
        return failed(QCoreApplication::translate("CategoryEditing", "The article is no longer there."));
    const Category category = storage::CategoryStore(db).byId(categoryId);
    if (category.id == 0)
        return failed(QCoreApplication::translate("CategoryEditing", "No such category."));
    articles.setUserCategory(articleId, categoryId, isAi);
    if (!articles.lastError().isEmpty())
        return failed(QCoreApplication::translate("CategoryEditing", "The change could not be saved: %1")
                          .arg(articles.lastError()));
    storage::ClassifierExampleStore examples(db);
    if (!examples.add({ClassifierExamples::of(article, isAi, category.key, storage::ClassifierExample::Origin::User)}))
        return failed(QCoreApplication::translate("CategoryEditing", "The change could not be saved: %1")
                          .arg(examples.lastError()));
    if (!savepoint.release())
        return failed(savepoint.error());
    CategoryEdit e;
    e.ok = true;
    e.category = category;
    return e;
}

void CategoryEditing::run(storage::StorageWriter &writer, Edit edit, QObject *context, Done done)
{
    writer.call<CategoryEdit>(std::move(edit), context, [done = std::move(done)](CategoryEdit e) {
        // A batch rolled back at COMMIT delivers a default result.
        if (!e.ok && e.error.isEmpty())
            e.error = QCoreApplication::translate("CategoryEditing", "The change could not be saved to the database.");
        done(e);
    });
}

} // namespace service
