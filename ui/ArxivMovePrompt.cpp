#include "ui/ArxivMovePrompt.h"

#include "service/ArxivMove.h"
#include "service/Profile.h"
#include "storage/StorageWriter.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPointer>

#include <memory>

namespace ui {

QMessageBox *askArxivMove(QWidget *parent, service::Profile &profile, storage::StorageWriter &writer,
                          std::function<void(bool moved, const QString &error)> done)
{
    const QList<Source> sources = service::ArxivMove::pending(profile);
    if (sources.isEmpty())
        return nullptr;
    const QString title = QCoreApplication::translate("ArxivMovePrompt", "Move arXiv to Papers?");
    const QString text = QCoreApplication::translate(
        "ArxivMovePrompt",
        "This profile's News edition has %n arXiv listing(s), which add hundreds of papers a day. Move them to the "
        "new Papers edition? Nothing is deleted; the papers already stored stay in News.",
        nullptr, int(sources.size()));
    auto *box = new QMessageBox(QMessageBox::Question, title, text, QMessageBox::Yes | QMessageBox::No, parent);
    box->setObjectName(QStringLiteral("arxivMoveBox"));
    box->setDefaultButton(QMessageBox::Yes);
    box->setEscapeButton(QMessageBox::No);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(box, &QMessageBox::finished, box, [box, sources, &profile, &writer, done](int) {
        if (box->clickedButton() != box->button(QMessageBox::Yes)) {
            service::ArxivMove::markAsked(profile);
            if (done)
                done(false, QString());
            return;
        }
        auto error = std::make_shared<QString>();
        QObject *context = box->parent() ? box->parent() : static_cast<QObject *>(&writer);
        writer.call<bool>(
            [sources, error](QSqlDatabase &db) { return service::ArxivMove::accept(db, sources, error.get()); },
            context, [&profile, error, done](bool ok) {
                if (ok)
                    service::ArxivMove::markAsked(profile);
                else if (error->isEmpty())
                    *error = QCoreApplication::translate("ArxivMovePrompt", "The arXiv listings could not be moved.");
                if (done)
                    done(ok, ok ? QString() : *error);
            });
    });
    box->open();
    return box;
}

} // namespace ui
