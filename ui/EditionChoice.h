#pragma once

#include "ui/MainWindowDeps.h"

class QComboBox;
class QWidget;

namespace ui {

// The edition the window shows (SettingKey::ShownEdition; an unknown key: News).
qint64 shownEdition(const MainWindowDeps &deps);
// A combo of the profile's editions (item data: the id), `shown` chosen.
QComboBox *editionBox(const MainWindowDeps &deps, qint64 shown, QWidget *parent);

} // namespace ui
