#pragma once

#include <QTextBrowser>
#include <QTextDocument>

namespace ui {

// A QTextBrowser that never loads anything (no local files, no data: or
// qrc: images from the summary text) and never follows links itself.
class SafeTextBrowser : public QTextBrowser
{
    Q_OBJECT
public:
    explicit SafeTextBrowser(QWidget *parent = nullptr);
    QVariant loadResource(int type, const QUrl &name) override;

    // Shows `markdown` from its top, the cursor at its start (QTextEdit
    // scrolls to the cursor when first shown, and a cursor carried along by
    // the inserted text sat a few lines down). The same text again keeps
    // the reader exactly where they were.
    void showMarkdown(const QString &markdown, QTextDocument::MarkdownFeatures features);

private:
    QString m_markdown;
    bool m_hasMarkdown = false;
};

} // namespace ui
