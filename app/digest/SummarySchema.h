#pragma once

#include <QJsonObject>
#include <QString>

namespace digest {

// The JSON schema a section summary is requested against:
// { themes: [string], events: [{text, sources: [int]}],
//   impact: [{domain: enum, text}], conclusion: string }
class SummarySchema
{
public:
    static QJsonObject schema();
    static QString name() { return QStringLiteral("section_summary"); }
};

} // namespace digest
