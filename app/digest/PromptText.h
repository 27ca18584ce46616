#pragma once

#include <QHash>
#include <QString>

namespace digest {

// Prompt templates ship in resources/prompts/ (":/prompts/<name>").
QString loadPromptTemplate(const QString &name);

// Replaces "{{key}}" placeholders in one pass, so a value that itself holds
// "{{...}}" is never expanded.
QString fillTemplate(const QString &text, const QHash<QString, QString> &values);

// Article text as prompt data: inside <article id=n> ... </article>, with
// any tag that could close or open the fence neutralised.
QString fenceArticle(const QString &id, const QString &body);
QString neutraliseFence(const QString &text);

} // namespace digest
