#pragma once

#include "model/Digest.h"

#include <QDialog>
#include <QStringList>

#include <functional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace ui {

// One day or a range, a format (Markdown + PNG, HTML, JSON), whether the
// Markdown starts with the day's briefing (on by default), and a folder;
// afterwards it lists what it wrote (or why it could not).
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    ExportDialog(std::function<Digest(const QString &)> loadDigest, const QString &day,
                 const QStringList &daysWithArticles, QWidget *parent = nullptr);

    void setFolder(const QString &dir);
    QString report() const;
    // Exports with the dialog's choices; returns the files written.
    QStringList exportNow();

private:
    std::function<Digest(const QString &)> m_loadDigest;
    QStringList m_days;
    QRadioButton *m_oneDay;
    QRadioButton *m_range;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_format;
    QCheckBox *m_briefing;
    QLineEdit *m_folder;
    QLabel *m_report;
};

} // namespace ui
