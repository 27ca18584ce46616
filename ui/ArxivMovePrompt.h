#pragma once

#include <QString>

#include <functional>

class QMessageBox;
class QWidget;
namespace service { class Profile; }
namespace storage { class StorageWriter; }

namespace ui {

// The one-time question of a profile whose News edition still has arXiv's
// listings (service::ArxivMove): move them to Papers? Opened without a modal
// loop (QMessageBox::open); Yes moves them through the writer, then marks
// the profile asked; No only marks it. Returns the box, or null when there
// is nothing to ask. `done` gets whether the sources moved and, when the
// move failed (the profile is then asked again next time), why.
QMessageBox *askArxivMove(QWidget *parent, service::Profile &profile, storage::StorageWriter &writer,
                          std::function<void(bool moved, const QString &error)> done = {});

} // namespace ui
