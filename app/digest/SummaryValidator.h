#pragma once

#include "model/Summary.h"

#include <QJsonObject>
#include <QString>

namespace digest {

// Checks a model's JSON answer against SummarySchema and the section:
// required fields present with the right types, nothing empty, every
// citation (in `sources` and any "[n]" written in the text) within
// 1..sourceCount. On success fills *out; on failure says why in *error.
class SummaryValidator
{
public:
    static bool parse(const QJsonObject &json, int sourceCount, SummaryDoc *out, QString *error);
};

} // namespace digest
