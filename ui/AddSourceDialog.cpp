#include "ui/AddSourceDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ui {

AddSourceDialog::AddSourceDialog(Check check, QWidget *parent)
    : QDialog(parent), m_check(std::move(check)), m_url(new QLineEdit(this)), m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("addSourceDialog"));
    setWindowTitle(tr("Add a source"));
    m_url->setObjectName(QStringLiteral("addSourceUrlField"));
    m_url->setText(QStringLiteral("https://"));
    m_url->setMinimumWidth(480); // a whole feed address fits
    m_error->setObjectName(QStringLiteral("addSourceError"));
    m_error->setTextFormat(Qt::PlainText); // it quotes what was typed
    m_error->setWordWrap(true);
    m_error->hide();
    auto *label = new QLabel(tr("Feed URL:"), this);
    label->setBuddy(m_url);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("addSourceOkButton"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_url);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &AddSourceDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AddSourceDialog::reject);
    connect(m_url, &QLineEdit::textEdited, m_error, [this] { m_error->hide(); });
}

QString AddSourceDialog::url() const { return m_url->text().trimmed(); }

QString AddSourceDialog::error() const { return m_error->isHidden() ? QString() : m_error->text(); }

void AddSourceDialog::accept()
{
    const QString why = m_check ? m_check(url()) : QString();
    if (!why.isEmpty()) {
        m_error->setText(why);
        m_error->show();
        m_url->setFocus();
        return; // the typed text stays
    }
    QDialog::accept();
}

} // namespace ui
