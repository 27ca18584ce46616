#pragma once

#include "model/Article.h"

#include <QList>
#include <QString>

namespace digest {

// SHA-256 (hex) of an article's content as the summariser sees it.
QString contentHash(const Article &article);

// The cache key of a section summary: article ids and content hashes in
// source order, provider, model, prompt version and output language. A
// section is regenerated only when this changes.
QString inputHash(const QList<Article> &sources, const QString &provider, const QString &model,
                  const QString &promptVersion, const QString &language);

} // namespace digest
