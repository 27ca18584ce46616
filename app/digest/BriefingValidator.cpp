#include "digest/BriefingValidator.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

namespace digest {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("digest::BriefingValidator", text);
}

bool addCitation(int n, int articleCount, const QString &where, BriefingItem *item, QString *error)
{
    if (n < 1 || n > articleCount) {
        *error = tr("%1 cites [%2], but %3 articles were given").arg(where).arg(n).arg(articleCount);
        return false;
    }
    if (!item->citations.contains(n))
        item->citations.append(n);
    return true;
}

bool parseItem(const QJsonValue &value, int articleCount, const QString &where, BriefingItem *item, QString *error)
{
    if (!value.isObject()) {
        *error = tr("%1 must be an object").arg(where);
        return false;
    }
    const QJsonObject o = value.toObject();
    const QJsonValue text = o.value(QLatin1String("text"));
    if (!text.isString()) {
        *error = text.isUndefined() ? tr("%1.text is missing").arg(where) : tr("%1.text must be a string").arg(where);
        return false;
    }
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
        if (!addCitation(int(std::clamp(d, -1.0, 1e6)), articleCount, where, item, error))
            return false;
    }
    static const QRegularExpression marker(QStringLiteral("\\[(\\d+)\\]"));
    QString t = text.toString();
    for (auto it = marker.globalMatch(t); it.hasNext();) {
        if (!addCitation(it.next().captured(1).left(7).toInt(), articleCount, where, item, error))
            return false;
    }
    item->text = t.remove(marker).simplified();
    if (item->text.isEmpty()) {
        *error = tr("%1.text is empty").arg(where);
        return false;
    }
    if (item->text.size() > BriefingValidator::kMaxTextChars) {
        *error = tr("%1.text is longer than %2 characters").arg(where).arg(BriefingValidator::kMaxTextChars);
        return false;
    }
    if (item->citations.isEmpty()) {
        *error = tr("%1 cites no source").arg(where);
        return false;
    }
    return true;
}

} // namespace

bool BriefingValidator::parse(const QJsonObject &json, int articleCount, int minItems, int maxItems,
                              QList<BriefingItem> *out, QString *error)
{
    QString dummy;
    if (!error)
        error = &dummy;
    const QJsonValue items = json.value(QLatin1String("items"));
    if (!items.isArray()) {
        *error = items.isUndefined() ? tr("\"items\" is missing") : tr("\"items\" must be an array");
        return false;
    }
    const QJsonArray array = items.toArray();
    if (array.size() < minItems || array.size() > maxItems) {
        *error = tr("the briefing has %1 items; %2 to %3 were asked for").arg(array.size()).arg(minItems).arg(maxItems);
        return false;
    }
    QList<BriefingItem> parsed;
    for (int i = 0; i < array.size(); ++i) {
        BriefingItem item;
        if (!parseItem(array.at(i), articleCount, QStringLiteral("items[%1]").arg(i), &item, error))
            return false;
        parsed.append(item);
    }
    if (out)
        *out = parsed;
    error->clear();
    return true;
}

Briefing BriefingValidator::toBriefing(const QList<BriefingItem> &items, const QList<Article> &given)
{
    Briefing briefing;
    for (const BriefingItem &answered : items) {
        BriefingItem item;
        item.text = answered.text;
        for (int n : answered.citations) {
            if (n < 1 || n > given.size())
                continue;
            const qint64 id = given.at(n - 1).id;
            qsizetype at = briefing.articleIds.indexOf(id);
            if (at < 0) {
                briefing.articleIds.append(id);
                at = briefing.articleIds.size() - 1;
            }
            if (!item.citations.contains(int(at + 1)))
                item.citations.append(int(at + 1));
        }
        briefing.items.append(item);
    }
    if (!given.isEmpty())
        briefing.day = given.first().day;
    return briefing;
}

} // namespace digest
