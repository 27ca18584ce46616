#include "digest/InputHash.h"

#include <QCryptographicHash>

namespace digest {

namespace {

void addField(QCryptographicHash *hash, const QString &value)
{
    const QByteArray bytes = value.toUtf8();
    // Length-prefixed, so ("ab", "c") and ("a", "bc") differ.
    hash->addData(QByteArray::number(bytes.size()) + ':');
    hash->addData(bytes);
}

} // namespace

QString contentHash(const Article &article)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    addField(&hash, article.item.url);
    addField(&hash, article.item.title);
    addField(&hash, article.item.summary);
    addField(&hash, article.item.content);
    return QString::fromLatin1(hash.result().toHex());
}

QString inputHash(const QList<Article> &sources, const QString &provider, const QString &model,
                  const QString &promptVersion, const QString &language)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    addField(&hash, QStringLiteral("section-input-v1"));
    addField(&hash, provider);
    addField(&hash, model);
    addField(&hash, promptVersion);
    addField(&hash, language);
    addField(&hash, QString::number(sources.size()));
    for (const Article &article : sources) {
        addField(&hash, QString::number(article.id));
        addField(&hash, contentHash(article));
    }
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace digest
