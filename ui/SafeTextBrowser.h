#pragma once

#include <QTextBrowser>

namespace ui {

// A QTextBrowser that never loads anything (no local files, no data: or
// qrc: images from the summary text) and never follows links itself.
class SafeTextBrowser : public QTextBrowser
{
    Q_OBJECT
public:
    explicit SafeTextBrowser(QWidget *parent = nullptr);
    QVariant loadResource(int type, const QUrl &name) override;
};

} // namespace ui
