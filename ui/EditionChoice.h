#pragma once

#include "model/Edition.h"
#include "ui/MainWindowDeps.h"

class QComboBox;
class QWidget;

namespace ui {

// An edition's name as the window shows it: the shipped "News" and
// "Papers" in the interface's language, a name the user chose as typed.
QString editionDisplayName(const Edition &edition);

// The edition the window shows (SettingKey::ShownEdition; an unknown key: News).
qint64 shownEdition(const MainWindowDeps &deps);
// A combo of the profile's editions (item data: the id), `shown` chosen.
QComboBox *editionBox(const MainWindowDeps &deps, qint64 shown, QWidget *parent);

} // namespace ui
