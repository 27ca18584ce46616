// Schema 9: built-in categories still in their old shipped colour take the
// new default; colours the user chose stay (issue 12, item 5).
#include "StorageTestUtil.h"

#include "model/Category.h"
#include "storage/CategoryStore.h"
#include "storage/Database.h"
#include "storage/SearchTokenizer.h"
#include "storage/SqlScript.h"
#include "storage/SqliteStatement.h"

#include <QDir>
#include <QFile>

#include <QHash>
#include <QSqlError>

using namespace storage;
using namespace storagetest;

namespace {

// A profile as schema 8 left it, seeded with the categories shipped then:
// migrations 001-008 run as they were (later ones may change tables, so the
// full schema with its version set back would not do), then the colours.
void makeSchema8Profile(const QString &path, const QList<QPair<QString, QString>> &keyAndColour)
{
    const QString name = uniqueConnection();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        QString error;
        ASSERT_TRUE(migrateUpTo(db, 8, &error)) << error.toStdString();
        QSqlQuery q(db);
        int position = 0;
        for (const auto &[key, colour] : keyAndColour) {
            q.prepare(QStringLiteral("INSERT INTO categories (key, name, emoji, color, description, keywords,"
                                     " position) VALUES (?, ?, '', ?, '', '[]', ?)"));
            q.addBindValue(key);
            q.addBindValue(key);
            q.addBindValue(colour);
            q.addBindValue(position++);
            ASSERT_TRUE(q.exec()) << q.lastError().text().toStdString();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

TEST(CategoryColourMigration, BuiltInCategoriesInTheOldDefaultTakeTheNewOneAndChosenColoursStay)
{
    // The colours shipped before schema 9, by key.
    const QList<QPair<QString, QString>> old{
        {QStringLiteral("business"), QStringLiteral("#4e79a7")},
        {QStringLiteral("llm"), QStringLiteral("#f28e2b")},
        {QStringLiteral("multimodal"), QStringLiteral("#E15759")}, // as a colour dialog may have written it
        {QStringLiteral("vision"), QStringLiteral("#76b7b2")},
        {QStringLiteral("audio"), QStringLiteral("#59a14f")},
        {QStringLiteral("rl"), QStringLiteral("#edc948")},
        {QStringLiteral("training"), QStringLiteral("#b07aa1")},
        {QStringLiteral("inference"), QStringLiteral("#ff9da7")},
        {QStringLiteral("robotics"), QStringLiteral("#123456")}, // the user's own choice
        {QStringLiteral("safety"), QStringLiteral("#bab0ac")},
        {QStringLiteral("research"), QStringLiteral("#86bcb6")},
        {QStringLiteral("other"), QStringLiteral("#8cd17d")},
        {QStringLiteral("my-teal"), QStringLiteral("#76b7b2")}, // the user's category, in an old default
    };
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("profile.sqlite"));
    makeSchema8Profile(path, old);

    const QString name = uniqueConnection();
    const auto opened = Database::open(name, path);
    ASSERT_TRUE(opened.ok) << opened.error.toStdString();
    ASSERT_EQ(opened.fromVersion, 8);
    ASSERT_GE(opened.toVersion, 9);

    QHash<QString, QString> shipped;
    for (const Category &c : defaultCategories())
        shipped.insert(c.key, c.color);
    const CategoryStore store(Database::connection(name));
    for (const auto &[key, colour] : old) {
        const QString now = store.byKey(key).color;
        if (key == QLatin1String("robotics") || key == QLatin1String("my-teal"))
            EXPECT_EQ(now, colour) << key.toStdString();
        else
            EXPECT_EQ(now, shipped.value(key)) << key.toStdString(); // business: unchanged and equal
    }
    EXPECT_NE(shipped.value(QStringLiteral("vision")), QStringLiteral("#76b7b2"));
}

TEST(CategoryColourMigration, ANewProfileIsSeededWithTheNewDefaults)
{
    QTemporaryDir dir;
    const QString name = uniqueConnection();
    ASSERT_TRUE(Database::open(name, dir.filePath(QStringLiteral("new.sqlite"))).ok);
    CategoryStore store(Database::connection(name));
    store.seedDefaults(defaultCategories());
    EXPECT_EQ(store.byKey(QStringLiteral("safety")).color, defaultCategories().at(9).color);
    EXPECT_EQ(store.byKey(QStringLiteral("vision")).color, QStringLiteral("#33bbee"));
}
