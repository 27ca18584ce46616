#include "ui/KeyOriginPrompt.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPointer>

namespace ui {

service::ConfirmKeyOrigin keyOriginPrompt(QWidget *parent)
{
    QPointer<QWidget> owner(parent);
    return [owner](const service::KeyOriginQuestion &q, std::function<void(bool)> answer) {
        auto *box = new QMessageBox(
            QMessageBox::Warning, QCoreApplication::translate("ui::KeyOriginPrompt", "Send the API key elsewhere?"),
            QCoreApplication::translate("ui::KeyOriginPrompt",
                                        "The %1 API key was stored for %2, but the base URL now points to %3.\n\n"
                                        "Send the key to %3 from now on? Choose No unless you changed the base "
                                        "URL yourself.")
                .arg(q.provider, q.storedOrigin, q.requestedOrigin),
            QMessageBox::Yes | QMessageBox::No, owner);
        box->setObjectName(QStringLiteral("keyOriginPrompt"));
        box->setTextFormat(Qt::PlainText); // the origins come from a settings file
        box->setDefaultButton(QMessageBox::No);
        box->setAttribute(Qt::WA_DeleteOnClose);
        QObject::connect(box, &QMessageBox::finished, box,
                         [answer](int result) { answer(result == QMessageBox::Yes); });
        box->open();
    };
}

} // namespace ui
