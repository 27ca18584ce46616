#pragma once

#include <QIcon>
#include <QString>

namespace ui {

// The app's SVG icons (resources/icons/<name>.svg, compiled into qrc);
// scalable, so they stay sharp at any device pixel ratio.
class Icons
{
public:
    static QIcon get(const QString &name);
};

} // namespace ui
