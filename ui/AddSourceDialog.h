#pragma once

#include <QDialog>

#include <functional>

class QLabel;
class QLineEdit;

namespace ui {

// "Add a source": a wide URL field; OK asks `check` about the text and,
// when it answers with a reason (not a feed URL, already subscribed), stays
// open with the reason under the field and the text kept.
class AddSourceDialog : public QDialog
{
    Q_OBJECT
public:
    // The reason `url` cannot be added, or "" when it can.
    using Check = std::function<QString(const QString &url)>;
    AddSourceDialog(Check check, QWidget *parent = nullptr);

    QString url() const;
    QString error() const;
    void accept() override;

private:
    Check m_check;
    QLineEdit *m_url;
    QLabel *m_error;
};

} // namespace ui
