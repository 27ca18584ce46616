#include "storage/EditionStore.h"

#include "model/Category.h"
#include "storage/CategoryStore.h"
#include "storage/Savepoint.h"
#include "storage/SqlValues.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace storage {

using namespace sqlvalues;

namespace {

QString keyFromName(const QString &name)
{
    static const QRegularExpression nonWord(QStringLiteral("[^a-z0-9]+"));
    QString key = name.toLower().replace(nonWord, QStringLiteral("-"));
    while (key.startsWith(u'-'))
        key.remove(0, 1);
    while (key.endsWith(u'-'))
        key.chop(1);
    return key.isEmpty() ? QStringLiteral("edition") : key.left(40);
}

} // namespace

EditionStore::EditionStore(QSqlDatabase db) : m_db(std::move(db)) {}

QString EditionStore::safeFilePrefix(const QString &prefix)
{
    QString out;
    for (const QChar c : prefix) {
        if ((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')
            || c == u'-' || c == u'_')
            out.append(c);
    }
    return out.left(40);
}

QList<Edition> EditionStore::select(const QString &where, const QVariant &value) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, key, name, title_line, file_prefix, language, style, top_n,"
                             " position FROM editions ")
              + where + QStringLiteral(" ORDER BY position, id"));
    if (value.isValid())
        q.addBindValue(value);
    QList<Edition> result;
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return result;
    }
    while (q.next()) {
        Edition e;
        e.id = q.value(0).toLongLong();
        e.key = q.value(1).toString();
        e.name = q.value(2).toString();
        e.titleLine = q.value(3).toString();
        e.filePrefix = q.value(4).toString();
        e.language = q.value(5).toString();
        e.style = editions::styleFromName(q.value(6).toString());
        e.topN = q.value(7).toInt();
        e.position = q.value(8).toInt();
        result.append(e);
    }
    return result;
}

QList<Edition> EditionStore::all() const { return select(QString(), QVariant()); }

Edition EditionStore::byId(qint64 id) const
{
    const auto l = select(QStringLiteral("WHERE id = ?"), id);
    return l.isEmpty() ? Edition() : l.first();
}

Edition EditionStore::byKey(const QString &key) const
{
    const auto l = select(QStringLiteral("WHERE key = ?"), key);
    return l.isEmpty() ? Edition() : l.first();
}

qint64 EditionStore::add(Edition e)
{
    e.name = e.name.simplified();
    if (e.name.isEmpty()) {
        m_lastError = QCoreApplication::translate("EditionStore", "An edition needs a name.");
        return 0;
    }
    for (const Edition &other : all()) {
        if (other.name.compare(e.name, Qt::CaseInsensitive) == 0) {
            m_lastError = QCoreApplication::translate("EditionStore", "There is already an edition named %1.").arg(other.name);
            return 0;
        }
    }
    const QString base = keyFromName(e.key.isEmpty() ? e.name : e.key);
    e.key = base;
    for (int n = 2; byKey(e.key).id != 0; ++n)
        e.key = base + u'-' + QString::number(n);
    e.filePrefix = safeFilePrefix(e.filePrefix);
    if (e.filePrefix.isEmpty())
        e.filePrefix = e.key;
    if (e.titleLine.simplified().isEmpty())
        e.titleLine = QStringLiteral("Daily Artificial Intelligence Insights : ") + e.name;

    Savepoint tx(m_db, QStringLiteral("add_edition"));
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO editions (key, name, title_line, file_prefix, language, style, top_n, position)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, (SELECT coalesce(max(position) + 1, 0) FROM editions))"));
    q.addBindValue(e.key);
    q.addBindValue(e.name);
    q.addBindValue(e.titleLine.simplified());
    q.addBindValue(e.filePrefix);
    q.addBindValue(text(e.language));
    q.addBindValue(editions::styleName(e.style));
    q.addBindValue(qMax(0, e.topN));
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return 0;
    }
    const qint64 id = q.lastInsertId().toLongLong();
    seedCategories();
    if (!m_lastError.isEmpty() || !tx.release()) {
        if (m_lastError.isEmpty())
            m_lastError = tx.error();
        return 0;
    }
    return id;
}

bool EditionStore::update(const Edition &e)
{
    const QString name = e.name.simplified();
    if (name.isEmpty()) {
        m_lastError = QCoreApplication::translate("EditionStore", "An edition needs a name.");
        return false;
    }
    for (const Edition &other : all()) {
        if (other.id != e.id && other.name.compare(name, Qt::CaseInsensitive) == 0) {
            m_lastError = QCoreApplication::translate("EditionStore", "There is already an edition named %1.").arg(other.name);
            return false;
        }
    }
    const QString prefix = safeFilePrefix(e.filePrefix);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE editions SET name = ?, title_line = ?, file_prefix = ?, language = ?,"
                             " style = ?, top_n = ? WHERE id = ?"));
    q.addBindValue(name);
    q.addBindValue(e.titleLine.simplified().isEmpty()
                       ? QStringLiteral("Daily Artificial Intelligence Insights : ") + name
                       : e.titleLine.simplified());
    q.addBindValue(prefix.isEmpty() ? byId(e.id).filePrefix : prefix);
    q.addBindValue(text(e.language));
    q.addBindValue(editions::styleName(e.style));
    q.addBindValue(qMax(0, e.topN));
    q.addBindValue(e.id);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return false;
    }
    return q.numRowsAffected() == 1;
}

bool EditionStore::remove(qint64 id, QString *error)
{
    const auto fail = [&](const QString &why) {
        m_lastError = why;
        if (error)
            *error = why;
        return false;
    };
    if (byId(id).id == 0)
        return fail(QCoreApplication::translate("EditionStore", "No such edition."));
    if (id == editions::kNewsId)
        return fail(QCoreApplication::translate("EditionStore", "The News edition cannot be removed."));
    if (all().size() <= 1)
        return fail(QCoreApplication::translate("EditionStore", "The last edition cannot be removed."));
    Savepoint tx(m_db, QStringLiteral("remove_edition"));
    const QString statements[] = {
        QStringLiteral("DELETE FROM articles WHERE edition_id = ?"),
        QStringLiteral("DELETE FROM categories WHERE edition_id = ?"), // summaries go with them
        QStringLiteral("DELETE FROM sources WHERE edition_id = ?"),
        QStringLiteral("DELETE FROM briefings WHERE edition_id = ?"),
        QStringLiteral("DELETE FROM editions WHERE id = ?"),
    };
    for (const QString &sql : statements) {
        QSqlQuery q(m_db);
        q.prepare(sql);
        q.addBindValue(id);
        if (!q.exec())
            return fail(q.lastError().text());
    }
    return tx.release() || fail(tx.error());
}

void EditionStore::seedCategories()
{
    m_lastError.clear();
    for (const Edition &e : all()) {
        CategoryStore categories(m_db, e.id);
        if (!categories.all().isEmpty())
            continue;
        categories.seedDefaults(e.style == Edition::Style::Papers ? defaultPaperCategories()
                                                                  : defaultCategories());
        if (!categories.lastError().isEmpty()) {
            m_lastError = categories.lastError();
            return;
        }
    }
}

} // namespace storage
