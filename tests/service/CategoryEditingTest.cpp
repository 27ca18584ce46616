// service::CategoryEditing: one set of defaults (colour, key from the name)
// and one validation for the window, `categories` and `import-digest`.
#include "ServiceFixture.h"

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

TEST_F(CategoryEditingTest, AddDerivesTheKeyUsesTheDefaultColourAndRefusesATakenName)
{
    const Category quantum = CategoryEditing::newCategory(QStringLiteral("  Quantum ML!  "));
    const CategoryEdit added = run([quantum](QSqlDatabase &db) { return CategoryEditing::add(db, quantum); });
    ASSERT_TRUE(added.ok) << added.error.toStdString();
    EXPECT_EQ(added.category.key, QStringLiteral("quantum-ml"));
    EXPECT_EQ(added.category.name, QStringLiteral("Quantum ML!"));
    EXPECT_EQ(added.category.color, QStringLiteral("#888888"));
    EXPECT_EQ(store().byKey(QStringLiteral("quantum-ml")).id, added.category.id);

    const Category again = CategoryEditing::newCategory(QStringLiteral("quantum ml!"));
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
    EXPECT_EQ(imported.category.color, CategoryEditing::defaultColor());
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
