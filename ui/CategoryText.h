#pragma once

#include "model/Category.h"

#include <QString>

namespace ui {

// What a person reads for a category. A built-in category whose name (or
// description) the user has not changed is shown in the UI language; its
// key and stored text stay English, so exports, prompts and scripts see the
// same category whatever the language.
QString categoryDisplayName(const Category &category);
QString categoryDisplayDescription(const Category &category);
// "<emoji> <name>", trimmed when there is no emoji.
QString categoryLabel(const Category &category);

// The texts the translation covers, for the test that keeps them in step
// with :/data/categories.json.
bool categoryTextIsTranslatable(const QString &englishText);

} // namespace ui
