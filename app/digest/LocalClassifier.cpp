#include "digest/LocalClassifier.h"

#include <algorithm>

namespace digest {

QString LocalClassifier::teaser(const FeedItem &item)
{
    constexpr qsizetype kTeaserChars = 600;
    const QString &text = item.summary.trimmed().isEmpty() ? item.content : item.summary;
    return text.left(kTeaserChars);
}

LocalClassifier::LocalClassifier(const QList<Category> &categories, std::shared_ptr<const LearnedClassifier> model)
    : m_model(std::move(model)), m_offline(categories)
{
    for (const Category &c : categories)
        m_byKey.insert(c.key, c);
}

Verdict LocalClassifier::classify(const FeedItem &item) const
{
    if (!isLearned())
        return m_offline.classify(item);
    Verdict v = m_model->classify(item.title, teaser(item));
    if (!v.isAi) {
        // The curated AI vocabulary outranks a "not AI" learnt from the
        // training items' wording: a model release in plain news words is
        // still about AI. The category head then picks the category, and the
        // verdict is only as sure as the two disagreeing answers allow.
        const Verdict vocabulary = m_offline.classify(item);
        if (vocabulary.isAi) {
            const Verdict category = m_model->classifyCategory(item.title, teaser(item));
            v.isAi = true;
            v.categoryKey = category.categoryKey;
            v.evidence.clear();
            for (const QString &term : vocabulary.evidence.mid(0, 2))
                v.evidence.append(term.section(QLatin1Char(':'), 1));
            v.evidence += category.evidence;
            v.confidence = std::min(vocabulary.confidence, category.confidence);
        }
    }
    const QString words = v.evidence.join(QStringLiteral(", "));
    if (!v.isAi) {
        v.reason = words.isEmpty() ? QCoreApplication::translate("Digest", "local model: not about AI")
                                   : QCoreApplication::translate("Digest", "local model: not about AI (%1)").arg(words);
        return v;
    }
    // A category the profile deleted or never had: the model's guess means
    // nothing here, so "other" (if kept) with no confidence, for the LLM.
    auto it = m_byKey.constFind(v.categoryKey);
    if (it == m_byKey.constEnd()) {
        it = std::find_if(m_byKey.constBegin(), m_byKey.constEnd(),
                          [](const Category &c) { return isFallbackCategoryKey(c.key); });
        v.confidence = 0;
    }
    v.categoryId = it == m_byKey.constEnd() ? 0 : it->id;
    v.categoryKey = it == m_byKey.constEnd() ? QString() : it->key;
    const QString name = it == m_byKey.constEnd() ? QString() : it->name;
    v.reason = words.isEmpty() ? QCoreApplication::translate("Digest", "local model: %1").arg(name)
                               : QCoreApplication::translate("Digest", "local model: %1 (%2)").arg(name, words);
    return v;
}

} // namespace digest
