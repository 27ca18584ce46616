#pragma once

// A database as schema 5 (before the schema-6 search index) left it, for
// the migration and backfill tests: migrations 001–005 run as they were,
// then `count` articles "Robot arm number N" (summary "Surgical robotics,
// part N"), one a day from 2020-01-02, all counted as indexed by schema 4.
// Needs QtSql and the storage layer (storage::SqlScript).

#include "storage/SqlScript.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <gtest/gtest.h>

namespace testsupport {

inline void makeSchema5Database(const QString &path, int count)
{
    const QString name = QStringLiteral("schema5-%1").arg(quintptr(&path), 0, 16);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        for (const QString &script : QDir(QStringLiteral(":/sql")).entryList(QDir::Files, QDir::Name)) {
            if (script.left(3).toInt() > 5)
                continue;
            QFile f(QStringLiteral(":/sql/") + script);
            ASSERT_TRUE(f.open(QIODevice::ReadOnly));
            QString error;
            ASSERT_TRUE(storage::SqlScript::run(db, QString::fromUtf8(f.readAll()), &error))
                << script.toStdString() << ": " << error.toStdString();
        }
        QSqlQuery q(db);
        ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA user_version = 5")));
        ASSERT_TRUE(q.exec(QStringLiteral(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1)"
            " INSERT INTO articles (id, guid, url, title, summary, first_seen, day)"
            " SELECT i, 'g' || i, 'https://a.example/' || i, 'Robot arm number ' || i,"
            " 'Surgical robotics, part ' || i, 0, date('2020-01-01', '+' || i || ' days') FROM n")
                               .arg(count)))
            << q.lastError().text().toStdString();
        ASSERT_TRUE(q.exec(QStringLiteral("UPDATE search_state SET indexed_up_to = %1").arg(count)));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace testsupport
