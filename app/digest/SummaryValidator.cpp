#include "digest/SummaryValidator.h"

#include "digest/SummaryLabels.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

namespace digest {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("digest::SummaryValidator", text);
}

const QRegularExpression &citationPattern()
{
    static const QRegularExpression re(QStringLiteral("\\[(\\d+)\\]"));
    return re;
}

// Checks the inline "[n]" markers of a text; appends their numbers.
bool checkInline(const QString &text, int sourceCount, const QString &where, QList<int> *found, QString *error)
{
    auto it = citationPattern().globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        const int n = m.captured(1).toInt();
        if (n < 1 || n > sourceCount) {
            *error = tr("%1 cites [%2], but the section has %3 sources").arg(where).arg(m.captured(1)).arg(sourceCount);
            return false;
        }
        if (found && !found->contains(n))
            found->append(n);
    }
    return true;
}

bool nonEmptyString(const QJsonValue &value, const QString &where, QString *out, QString *error)
{
    if (!value.isString()) {
        *error = value.isUndefined() ? tr("%1 is missing").arg(where) : tr("%1 must be a string").arg(where);
        return false;
    }
    *out = value.toString().trimmed();
    if (out->isEmpty()) {
        *error = tr("%1 is empty").arg(where);
        return false;
    }
    return true;
}

bool nonEmptyArray(const QJsonObject &json, const QString &key, QJsonArray *out, QString *error)
{
    const QJsonValue value = json.value(key);
    if (!value.isArray()) {
        *error = value.isUndefined() ? tr("\"%1\" is missing").arg(key) : tr("\"%1\" must be an array").arg(key);
        return false;
    }
    *out = value.toArray();
    if (out->isEmpty()) {
        *error = tr("\"%1\" is empty").arg(key);
        return false;
    }
    return true;
}

} // namespace

bool SummaryValidator::parse(const QJsonObject &json, int sourceCount, SummaryDoc *out, QString *error)
{
    QString dummy;
    if (!error)
        error = &dummy;
    SummaryDoc doc;

    QJsonArray array;
    if (!nonEmptyArray(json, QStringLiteral("themes"), &array, error))
        return false;
    for (int i = 0; i < array.size(); ++i) {
        const QString where = QStringLiteral("themes[%1]").arg(i);
        QString text;
        if (!nonEmptyString(array.at(i), where, &text, error) || !checkInline(text, sourceCount, where, nullptr, error))
            return false;
        doc.themes.append(text);
    }

    if (!nonEmptyArray(json, QStringLiteral("events"), &array, error))
        return false;
    for (int i = 0; i < array.size(); ++i) {
        const QString where = QStringLiteral("events[%1]").arg(i);
        if (!array.at(i).isObject()) {
            *error = tr("%1 must be an object").arg(where);
            return false;
        }
        const QJsonObject o = array.at(i).toObject();
        SummaryEvent event;
        if (!nonEmptyString(o.value(QLatin1String("text")), where + QStringLiteral(".text"), &event.text, error))
            return false;
        const QJsonValue sources = o.value(QLatin1String("sources"));
        if (!sources.isArray()) {
            *error = sources.isUndefined() ? tr("%1.sources is missing").arg(where)
                                           : tr("%1.sources must be an array").arg(where);
            return false;
        }
        for (const QJsonValue &s : sources.toArray()) {
            const double d = s.toDouble(-1);
            if (!s.isDouble() || d != double(qint64(d))) {
                *error = tr("%1.sources must hold whole numbers").arg(where);
                return false;
            }
            const int n = int(d);
            if (n < 1 || n > sourceCount) {
                *error = tr("%1 cites [%2], but the section has %3 sources").arg(where).arg(n).arg(sourceCount);
                return false;
            }
            if (!event.citations.contains(n))
                event.citations.append(n);
        }
        // Markers written into the text are checked, then moved to the list
        // so that the renderer writes every citation once, at the end.
        if (!checkInline(event.text, sourceCount, where, &event.citations, error))
            return false;
        event.text = event.text.remove(citationPattern()).simplified();
        if (event.citations.isEmpty()) {
            *error = tr("%1 cites no source").arg(where);
            return false;
        }
        if (event.text.isEmpty()) {
            *error = tr("%1.text is empty").arg(where);
            return false;
        }
        doc.events.append(event);
    }

    if (!nonEmptyArray(json, QStringLiteral("impact"), &array, error))
        return false;
    for (int i = 0; i < array.size(); ++i) {
        const QString where = QStringLiteral("impact[%1]").arg(i);
        if (!array.at(i).isObject()) {
            *error = tr("%1 must be an object").arg(where);
            return false;
        }
        const QJsonObject o = array.at(i).toObject();
        SummaryImpact impact;
        if (!nonEmptyString(o.value(QLatin1String("domain")), where + QStringLiteral(".domain"), &impact.domain, error)
            || !nonEmptyString(o.value(QLatin1String("text")), where + QStringLiteral(".text"), &impact.text, error)
            || !checkInline(impact.text, sourceCount, where, nullptr, error))
            return false;
        impact.domain = impact.domain.toLower();
        if (!impactDomainKeys().contains(impact.domain)) {
            *error = tr("%1.domain \"%2\" is not one of the allowed domains").arg(where, impact.domain.left(40));
            return false;
        }
        doc.impacts.append(impact);
    }

    if (!nonEmptyString(json.value(QLatin1String("conclusion")), QStringLiteral("conclusion"), &doc.conclusion, error)
        || !checkInline(doc.conclusion, sourceCount, QStringLiteral("conclusion"), nullptr, error))
        return false;

    if (out)
        *out = doc;
    error->clear();
    return true;
}

} // namespace digest
