#pragma once

#include "model/Edition.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace ui {

// One edition's fields: name, style (News or Papers), top N (0 = all),
// title line, file prefix and summary language ("" = the profile's).
class EditionDialog : public QDialog
{
    Q_OBJECT
public:
    explicit EditionDialog(const Edition &edition, QWidget *parent = nullptr);
    Edition edition() const;

private:
    Edition m_edition;
    QLineEdit *m_name;
    QComboBox *m_style;
    QSpinBox *m_topN;
    QLineEdit *m_titleLine;
    QLineEdit *m_filePrefix;
    QLineEdit *m_language;
};

} // namespace ui
