#pragma once

#include <QJsonObject>
#include <QString>

namespace digest {

// The JSON schema the briefing is requested against:
// { items: [{text: string, sources: [int]}] }
class BriefingSchema
{
public:
    static QJsonObject schema();
    static QString name() { return QStringLiteral("daily_briefing"); }
};

} // namespace digest
