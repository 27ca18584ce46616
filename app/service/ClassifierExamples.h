#pragma once

#include "digest/LearnedClassifier.h"
#include "digest/Verdict.h"
#include "model/Article.h"
#include "storage/ClassifierExampleStore.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace service {

// Turning what happens to articles into what the profile's classifier
// learns from (issue 11): a user's move (CategoryEditing::moveArticle) and
// an LLM's verdicts (recordLlmVerdicts, from the digest). Stored in the
// profile; ProfileClassifier::update() then learns them.
class ClassifierExamples
{
public:
    // The example an article makes: its title and summary (else the start
    // of its text), with the given labels.
    static storage::ClassifierExample of(const Article &article, bool isAi, const QString &categoryKey,
                                         storage::ClassifierExample::Origin origin);
    static digest::LabelledExample labelled(const storage::ClassifierExample &example);

    // On a connection that may write (a writer job). Verdicts on unknown
    // articles or categories are skipped; false with *error when the rows
    // could not be written.
    static bool recordLlmVerdicts(QSqlDatabase &db, const QList<digest::ClassifiedArticle> &verdicts, QString *error);
};

} // namespace service
