#pragma once

#include "model/Digest.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace ui {

class SafeTextBrowser;

// The selected section's summary, rendered from Markdown, with its
// provenance line and a "Regenerate" button. Links: [n] → citation,
// http(s) → webLinkActivated (the window opens it), anything else does nothing.
class SummaryView : public QWidget
{
    Q_OBJECT
public:
    explicit SummaryView(QWidget *parent = nullptr);

    void showSection(const DigestSection *section, const QString &categoryTitle, bool canRegenerate);
    void showMessage(const QString &title, const QString &text);
    // Marks every occurrence of the words (search match).
    void highlightWords(const QStringList &words);
    QString plainText() const;
    QString provenanceText() const;
    // Appends " · note" to the shown section's provenance line.
    void addProvenanceNote(const QString &note);
    SafeTextBrowser *browser() const { return m_browser; }

    static QString provenanceLine(const SummaryProvenance &p, const QString &error);

Q_SIGNALS:
    void citationActivated(int number);
    void regenerateRequested();
    void webLinkActivated(const QUrl &url);

private:
    void onAnchor(const QUrl &url);

    QLabel *m_title;
    QLabel *m_provenance;
    QPushButton *m_regenerate;
    SafeTextBrowser *m_browser;
};

} // namespace ui
