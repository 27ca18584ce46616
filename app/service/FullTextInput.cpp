#include "service/FullTextInput.h"

#include "storage/FullTextStore.h"

namespace service {

QString firstWords(const QString &text, int maxWords)
{
    int words = 0;
    bool inWord = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const bool space = text.at(i).isSpace();
        if (!space && !inWord && ++words > maxWords)
            return text.left(i).trimmed();
        inWord = !space;
    }
    return text.trimmed();
}

QSet<qint64> useFullText(QList<Article> &articles, QSqlDatabase db, int maxWords)
{
    QList<qint64> ids;
    ids.reserve(articles.size());
    for (const Article &a : std::as_const(articles))
        ids.append(a.id);
    const QHash<qint64, QString> texts = storage::FullTextStore(db).okTexts(ids);
    QSet<qint64> used;
    for (Article &a : articles) {
        const auto it = texts.constFind(a.id);
        if (it == texts.cend() || it->trimmed().isEmpty())
            continue;
        const QString text = firstWords(*it, maxWords);
        a.item.summary = text;
        a.item.content = text;
        used.insert(a.id);
    }
    return used;
}

} // namespace service
