#include "ui/Icons.h"

#include <QFile>

namespace ui {

QIcon Icons::get(const QString &name)
{
    const QString path = QStringLiteral(":/icons/%1.svg").arg(name);
    return QFile::exists(path) ? QIcon(path) : QIcon();
}

} // namespace ui
