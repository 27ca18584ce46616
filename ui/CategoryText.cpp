#include "ui/CategoryText.h"

#include <QCoreApplication>

namespace ui {

namespace {

constexpr const char *kContext = "Category";

// The shipped names and descriptions (resources/data/categories.json and
// paper-categories.json), marked
// for lupdate. CategoryText.DefaultTextsAreAllTranslatable keeps the two lists equal.
constexpr const char *kTexts[] = {
    QT_TRANSLATE_NOOP("Category", "AI business insight"),
    QT_TRANSLATE_NOOP("Category", "Funding, acquisitions, earnings, market strategy, products launched by AI "
                                  "companies, AI's effect on industries and jobs."),
    QT_TRANSLATE_NOOP("Category", "LLM"),
    QT_TRANSLATE_NOOP("Category", "Large language models: releases, capabilities, chatbots, prompting, agents built "
                                  "on LLMs."),
    QT_TRANSLATE_NOOP("Category", "Multimodal"),
    QT_TRANSLATE_NOOP("Category", "Models that combine text, images, audio or video; vision-language models; "
                                  "text-to-image and text-to-video generation."),
    QT_TRANSLATE_NOOP("Category", "Computer Vision"),
    QT_TRANSLATE_NOOP("Category", "Image and video understanding: detection, segmentation, recognition, 3D, visual "
                                  "tracking."),
    QT_TRANSLATE_NOOP("Category", "Audio"),
    QT_TRANSLATE_NOOP("Category", "Speech recognition, speech synthesis, voice cloning, music generation and other "
                                  "audio AI."),
    QT_TRANSLATE_NOOP("Category", "Reinforcement Learning"),
    QT_TRANSLATE_NOOP("Category", "Reinforcement learning, reward models, RLHF, game-playing agents, policy "
                                  "optimisation."),
    QT_TRANSLATE_NOOP("Category", "Model training technique"),
    QT_TRANSLATE_NOOP("Category", "How models are trained: fine-tuning, distillation, data curation, optimisers, "
                                  "scaling laws, pre-training."),
    QT_TRANSLATE_NOOP("Category", "Inference acceleration"),
    QT_TRANSLATE_NOOP("Category", "Making models run faster or cheaper: quantisation, inference engines, AI chips and "
                                  "GPUs, serving, on-device AI."),
    QT_TRANSLATE_NOOP("Category", "Robotics"),
    QT_TRANSLATE_NOOP("Category", "Robots, embodied AI, humanoids, autonomous vehicles and drones."),
    QT_TRANSLATE_NOOP("Category", "AI safety & policy"),
    QT_TRANSLATE_NOOP("Category", "AI safety, alignment, regulation, law, copyright, ethics, security and misuse of "
                                  "AI."),
    QT_TRANSLATE_NOOP("Category", "Research & benchmarks"),
    QT_TRANSLATE_NOOP("Category", "Research papers, benchmarks and evaluations, leaderboards, maths and reasoning "
                                  "results, scientific discovery with AI."),
    QT_TRANSLATE_NOOP("Category", "Other"),
    QT_TRANSLATE_NOOP("Category", "AI news that fits none of the other categories."),
    // The Papers edition's research areas (resources/data/paper-categories.json).
    QT_TRANSLATE_NOOP("Category", "LLM & NLP"),
    QT_TRANSLATE_NOOP("Category", "Language models and natural language processing: pre-training, instruction tuning, reasoning, agents, retrieval, translation, question answering."),
    QT_TRANSLATE_NOOP("Category", "Images and video: recognition, detection, segmentation, generation, 3D reconstruction."),
    QT_TRANSLATE_NOOP("Category", "Models that combine text with images, video or audio: vision-language models, multimodal reasoning and generation."),
    QT_TRANSLATE_NOOP("Category", "Speech & Audio"),
    QT_TRANSLATE_NOOP("Category", "Speech recognition and synthesis, music, sound and audio language models."),
    QT_TRANSLATE_NOOP("Category", "Reinforcement learning, reward modelling, RLHF, policy optimisation, bandits and planning."),
    QT_TRANSLATE_NOOP("Category", "Robotics & Embodied AI"),
    QT_TRANSLATE_NOOP("Category", "Robots, manipulation, locomotion, navigation, embodied agents, vision-language-action models."),
    QT_TRANSLATE_NOOP("Category", "Efficient training & inference"),
    QT_TRANSLATE_NOOP("Category", "Making models cheaper: quantisation, pruning, distillation, sparsity, mixture of experts, serving, kernels, long context."),
    QT_TRANSLATE_NOOP("Category", "Safety, alignment & evaluation"),
    QT_TRANSLATE_NOOP("Category", "Alignment, safety, robustness, jailbreaks, interpretability, fairness, benchmarks and evaluation."),
    QT_TRANSLATE_NOOP("Category", "Theory & optimisation"),
    QT_TRANSLATE_NOOP("Category", "Learning theory, optimisation methods, generalisation, scaling laws and mathematical analysis."),
    QT_TRANSLATE_NOOP("Category", "Applications (science, health, code)"),
    QT_TRANSLATE_NOOP("Category", "AI applied to science, medicine and health, code generation, mathematics, chemistry, biology, climate and finance."),
    QT_TRANSLATE_NOOP("Category", "Papers that fit no other category."),
};

QString translated(const QString &text)
{
    if (!categoryTextIsTranslatable(text))
        return text; // the user's own words stay as typed
    const QByteArray utf8 = text.toUtf8();
    return QCoreApplication::translate(kContext, utf8.constData());
}

} // namespace

bool categoryTextIsTranslatable(const QString &englishText)
{
    for (const char *t : kTexts) {
        if (englishText == QLatin1String(t))
            return true;
    }
    return false;
}

QString categoryDisplayName(const Category &category)
{
    return translated(category.name);
}

QString categoryDisplayDescription(const Category &category)
{
    return translated(category.description);
}

QString categoryLabel(const Category &category)
{
    return QStringLiteral("%1 %2").arg(category.emoji, categoryDisplayName(category)).trimmed();
}

} // namespace ui
