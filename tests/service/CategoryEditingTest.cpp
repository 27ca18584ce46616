// service::CategoryEditing: one set of defaults (colour, key from the name)
// and one validation for the window, `categories` and `import-digest`.
#include "ServiceFixture.h"

#include "model/CategoryColours.h"
#include "model/ColourDistance.h"
#include "service/CategoryEditing.h"
#include "storage/CategoryStore.h"
#include "storage/StorageWriter.h"

#include <QTest>

using service::CategoryEdit;
using service::CategoryEditing;

class CategoryEditingTest : public ServiceFixture
{
protected:
    CategoryEdit run(CategoryEditing::Edit edit)
    {
        bool done = false;
        CategoryEdit result;
        QObject receiver;
        CategoryEditing::run(m_context->writer(), std::move(edit), &receiver, [&](const CategoryEdit &e) {
            result = e;
            done = true;
        });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 60000); }();
        return result;
    }
    storage::CategoryStore store() { return storage::CategoryStore(m_context->profile().database()); }
};

// How far `colour` is from the nearest of `others` and the not-classified grey (ΔE00).
double nearestDistance(const QString &colour, const QList<Category> &others)
{
    double nearest = *colour::distance(colour, colour::notClassifiedColour());
    for (const Category &c : others)
        nearest = std::min(nearest, colour::distance(colour, c.color).value_or(0.0));
    return nearest;
}

TEST_F(CategoryEditingTest, AddDerivesTheKeyPicksADistinctColourAndRefusesATakenName)
{
    const QList<Category> before = store().all();
    const Category quantum = CategoryEditing::newCategory(QStringLiteral("  Quantum ML!  "), before);
    const CategoryEdit added = run([quantum](QSqlDatabase &db) { return CategoryEditing::add(db, quantum); });
    ASSERT_TRUE(added.ok) << added.error.toStdString();
    EXPECT_EQ(added.category.key, QStringLiteral("quantum-ml"));
    EXPECT_EQ(added.category.name, QStringLiteral("Quantum ML!"));
    // Not a grey that reads as "not classified", nor a default's twin.
    EXPECT_GE(nearestDistance(added.category.color, before), colour::kMinimumDistanceNewCategory)
        << added.category.color.toStdString();
    EXPECT_EQ(store().byKey(QStringLiteral("quantum-ml")).id, added.category.id);

    const Category again = CategoryEditing::newCategory(QStringLiteral("quantum ml!"), store().all());
    const CategoryEdit refused = run([again](QSqlDatabase &db) { return CategoryEditing::add(db, again); });
    EXPECT_FALSE(refused.ok);
    EXPECT_EQ(refused.error, QStringLiteral("A category named \"quantum ml!\" exists."));

    // The digest importer finds by name in any case, else adds with the same defaults.
    const CategoryEdit found = run([](QSqlDatabase &db) {
        return CategoryEditing::findOrAdd(db, QStringLiteral("QUANTUM ML!"), QStringLiteral("x"));
    });
    EXPECT_EQ(found.category.id, added.category.id);
    const CategoryEdit imported = run([](QSqlDatabase &db) {
        return CategoryEditing::findOrAdd(db, QStringLiteral("Research & Papers"), QStringLiteral("📄"));
    });
    ASSERT_TRUE(imported.ok) << imported.error.toStdString();
    EXPECT_EQ(imported.category.key, QStringLiteral("research-papers"));
    EXPECT_EQ(imported.category.emoji, QStringLiteral("📄"));
    EXPECT_NE(imported.category.color, added.category.color);
    EXPECT_GE(nearestDistance(imported.category.color, store().all().mid(0, store().all().size() - 1)),
              colour::kMinimumDistanceNewCategory)
        << imported.category.color.toStdString();
}

TEST_F(CategoryEditingTest, UpdateChecksEveryCategoryAndWritesAllOrNothing)
{
    QList<Category> all = store().all();
    ASSERT_GE(all.size(), 2);
    all[0].color = QStringLiteral("red");
    all[1].color = QStringLiteral("not-a-colour");
    const QList<Category> bad = {all[0], all[1]};
    const CategoryEdit refused = run([bad](QSqlDatabase &db) { return CategoryEditing::update(db, bad); });
    EXPECT_FALSE(refused.ok);
    EXPECT_EQ(refused.error, QStringLiteral("\"not-a-colour\" is not a colour (use #rrggbb)."));
    EXPECT_NE(store().byId(all[0].id).color, QStringLiteral("#ff0000")); // nothing written

    all[1].color = QStringLiteral("#36c");
    all[1].name = QString();
    EXPECT_EQ(CategoryEditing::problem(all[1]), QStringLiteral("A category needs a name."));
    all[1].name = QStringLiteral("  Renamed ");
    const QList<Category> good = {all[0], all[1]};
    const CategoryEdit updated = run([good](QSqlDatabase &db) { return CategoryEditing::update(db, good); });
    ASSERT_TRUE(updated.ok) << updated.error.toStdString();
    EXPECT_EQ(store().byId(all[0].id).color, QStringLiteral("#ff0000"));
    EXPECT_EQ(store().byId(all[1].id).color, QStringLiteral("#3366cc"));
    EXPECT_EQ(store().byId(all[1].id).name, QStringLiteral("Renamed"));
    EXPECT_EQ(CategoryEditing::keywordsFrom(QStringLiteral(" a, b,, ,c ")),
              QStringList({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
}
