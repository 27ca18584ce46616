#include "storage/CategoryStore.h"

#include "storage/Savepoint.h"

#include <QCoreApplication>
#include <algorithm>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include "storage/SqlValues.h"

#include <QSqlError>
#include <QSqlQuery>

namespace storage {

using namespace sqlvalues;

namespace {

QString keywordsJson(const QStringList &keywords)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(keywords)).toJson(QJsonDocument::Compact));
}

QStringList keywordsFromJson(const QString &json)
{
    QStringList result;
    for (const QJsonValue &v : QJsonDocument::fromJson(json.toUtf8()).array())
        result.append(v.toString());
    return result;
}

// Binds name, emoji, color, description and keywords, in that order.
void bindDescription(QSqlQuery &q, const Category &c)
{
    q.addBindValue(text(c.name));
    q.addBindValue(text(c.emoji));
    q.addBindValue(text(c.color));
    q.addBindValue(text(c.description));
    q.addBindValue(keywordsJson(c.keywords));
}

QString keyFromName(const QString &name)
{
    static const QRegularExpression nonWord(QStringLiteral("[^\\w]+"),
                                            QRegularExpression::UseUnicodePropertiesOption);
    QString key = name.toLower().replace(nonWord, QStringLiteral("-"));
    while (key.startsWith(u'-'))
        key.remove(0, 1);
    while (key.endsWith(u'-'))
        key.chop(1);
    return key.isEmpty() ? QStringLiteral("category") : key;
}

} // namespace

CategoryStore::CategoryStore(QSqlDatabase db, qint64 edition) : m_db(std::move(db)), m_edition(edition) {}

QString CategoryStore::freeKey(const QString &base) const
{
    QString key = base;
    for (int n = 2;; ++n) {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT 1 FROM categories WHERE key = ?"));
        q.addBindValue(key);
        if (!q.exec() || !q.next())
            return key;
        key = base + u'-' + QString::number(n);
    }
}

QList<Category> CategoryStore::select(const QString &where, const QVariant &value) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, key, name, emoji, color, description, keywords, position, edition_id"
                             " FROM categories ")
              + (where.isEmpty() ? QStringLiteral("WHERE edition_id = ?") : where)
              + QStringLiteral(" ORDER BY position, id"));
    if (where.isEmpty())
        q.addBindValue(m_edition);
    if (value.isValid())
        q.addBindValue(value);
    QList<Category> result;
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return result;
    }
    while (q.next()) {
        Category c;
        c.id = q.value(0).toLongLong();
        c.key = q.value(1).toString();
        c.name = q.value(2).toString();
        c.emoji = q.value(3).toString();
        c.color = q.value(4).toString();
        c.description = q.value(5).toString();
        c.keywords = keywordsFromJson(q.value(6).toString());
        c.position = q.value(7).toInt();
        c.editionId = q.value(8).toLongLong();
        result.append(c);
    }
    return result;
}

QList<Category> CategoryStore::all() const { return select(QString(), QVariant()); }

Category CategoryStore::byId(qint64 id) const
{
    const auto l = select(QStringLiteral("WHERE id = ?"), id);
    return l.isEmpty() ? Category() : l.first();
}

Category CategoryStore::byKey(const QString &key) const
{
    const auto l = select(QStringLiteral("WHERE key = ? AND edition_id = %1").arg(m_edition), key);
    return l.isEmpty() ? Category() : l.first();
}

Category CategoryStore::byName(const QString &name) const
{
    for (const Category &c : all()) {
        if (c.name.compare(name, Qt::CaseInsensitive) == 0)
            return c;
    }
    return Category();
}

void CategoryStore::seedDefaults(const QList<Category> &defaults)
{
    if (!all().isEmpty())
        return;
    Savepoint tx(m_db, QStringLiteral("seed_categories"));
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO categories (key, name, emoji, color, description,"
                             " keywords, position, edition_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const Category &c : defaults) {
        q.addBindValue(freeKey(c.key.isEmpty() ? keyFromName(c.name) : c.key));
        bindDescription(q, c);
        q.addBindValue(c.position);
        q.addBindValue(m_edition);
        if (!q.exec()) {
            m_lastError = q.lastError().text();
            return;
        }
    }
    tx.release();
}

qint64 CategoryStore::add(Category c)
{
    const QString base = c.key.isEmpty() ? keyFromName(c.name) : c.key;
    c.key = freeKey(base);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO categories (key, name, emoji, color, description, keywords, position, edition_id)"
        " VALUES (?, ?, ?, ?, ?, ?,"
        " (SELECT coalesce(max(position) + 1, 0) FROM categories WHERE edition_id = ?), ?)"));
    q.addBindValue(c.key);
    bindDescription(q, c);
    q.addBindValue(m_edition);
    q.addBindValue(m_edition);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return 0;
    }
    return q.lastInsertId().toLongLong();
}

bool CategoryStore::update(const Category &c)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE categories SET key = ?, name = ?, emoji = ?, color = ?,"
                             " description = ?, keywords = ? WHERE id = ?"));
    q.addBindValue(c.key);
    bindDescription(q, c);
    q.addBindValue(c.id);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return false;
    }
    return q.numRowsAffected() == 1;
}

bool CategoryStore::remove(qint64 id, QString *error)
{
    const QList<Category> categories = all();
    const auto setError = [error](const QString &text) {
        if (error)
            *error = text;
        return false;
    };
    qint64 fallback = 0;
    bool found = false;
    for (const Category &c : categories) {
        if (c.id == id)
            found = true;
        else if (isFallbackCategoryKey(c.key))
            fallback = c.id;
    }
    if (!found)
        return setError(QCoreApplication::translate("CategoryStore", "No such category."));
    if (categories.size() == 1)
        return setError(QCoreApplication::translate(
            "CategoryStore", "The last category cannot be removed; add another one first."));
    if (fallback == 0) {
        for (auto it = categories.crbegin(); it != categories.crend(); ++it) {
            if (it->id != id) {
                fallback = it->id;
                break;
            }
        }
    }

    Savepoint tx(m_db, QStringLiteral("remove_category"));
    const QString statements[] = {
        QStringLiteral("UPDATE classifications SET category_id = :to WHERE category_id = :from"),
        QStringLiteral("UPDATE article_state SET user_category_id = :to WHERE user_category_id = :from"),
        QStringLiteral("DELETE FROM categories WHERE id = :from"),
    };
    for (const QString &sql : statements) {
        QSqlQuery q(m_db);
        q.prepare(sql);
        if (sql.contains(QLatin1String(":to")))
            q.bindValue(QStringLiteral(":to"), fallback);
        q.bindValue(QStringLiteral(":from"), id);
        if (!q.exec())
            return setError(q.lastError().text());
    }
    QList<qint64> ordered;
    for (const Category &c : categories) {
        if (c.id != id)
            ordered.append(c.id);
    }
    if (!renumber(ordered))
        return setError(m_lastError);
    return tx.release() || setError(tx.error());
}

bool CategoryStore::move(qint64 id, int newPosition)
{
    QList<qint64> ordered;
    for (const Category &c : all())
        ordered.append(c.id);
    const qsizetype from = ordered.indexOf(id);
    if (from < 0)
        return false;
    ordered.removeAt(from);
    ordered.insert(std::clamp(qsizetype(newPosition), qsizetype(0), ordered.size()), id);
    Savepoint tx(m_db, QStringLiteral("move_category"));
    return renumber(ordered) && tx.release();
}

bool CategoryStore::renumber(const QList<qint64> &ordered)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE categories SET position = ? WHERE id = ?"));
    for (qsizetype i = 0; i < ordered.size(); ++i) {
        q.addBindValue(int(i));
        q.addBindValue(ordered.at(i));
        if (!q.exec()) {
            m_lastError = q.lastError().text();
            return false;
        }
    }
    return true;
}

} // namespace storage
