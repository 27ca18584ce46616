#include "storage/SqlScript.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace storage {

namespace {

bool isTriggerWithoutEnd(const QString &statement)
{
    static const QRegularExpression trigger(
        QStringLiteral("^\\s*CREATE\\s+(TEMP\\s+|TEMPORARY\\s+)?TRIGGER\\b"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression end(QStringLiteral("\\bEND\\s*$"),
                                        QRegularExpression::CaseInsensitiveOption);
    if (!trigger.match(statement).hasMatch())
        return false;
    QString body = statement;
    body.chop(1); // the ';' just appended
    return !end.match(body).hasMatch();
}

} // namespace

QStringList SqlScript::split(const QString &script)
{
    QStringList statements;
    QString current;
    const qsizetype n = script.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = script.at(i);
        if (c == u'-' && i + 1 < n && script.at(i + 1) == u'-') {
            while (i < n && script.at(i) != u'\n')
                ++i;
            current += u'\n';
            continue;
        }
        if (c == u'/' && i + 1 < n && script.at(i + 1) == u'*') {
            i += 2;
            while (i + 1 < n && !(script.at(i) == u'*' && script.at(i + 1) == u'/'))
                ++i;
            ++i;
            current += u' ';
            continue;
        }
        if (c == u'\'' || c == u'"' || c == u'`' || c == u'[') {
            const QChar close = c == u'[' ? QChar(u']') : c;
            current += c;
            for (++i; i < n; ++i) {
                current += script.at(i);
                if (script.at(i) == close)
                    break;
            }
            continue;
        }
        current += c;
        if (c == u';' && !isTriggerWithoutEnd(current)) {
            const QString s = current.trimmed();
            if (s != QLatin1String(";"))
                statements.append(s);
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        statements.append(current.trimmed());
    return statements;
}

bool SqlScript::run(QSqlDatabase &db, const QString &script, QString *error)
{
    for (const QString &statement : split(script)) {
        QSqlQuery q(db);
        if (!q.exec(statement)) {
            if (error)
                *error = QCoreApplication::translate("Database", "%1 (in: %2)")
                             .arg(q.lastError().text(), statement.left(120));
            return false;
        }
    }
    return true;
}

} // namespace storage
