#pragma once

#include "model/Digest.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace ui {

class SafeTextBrowser;

// The selected section's summary, rendered from Markdown, with its
// provenance line and a "Regenerate" button; or a message (nothing to read
// yet, a build running) with the button of what to do about it. Links:
// [n] → citation, http(s) → webLinkActivated (the window opens it), anything else does nothing.
class SummaryView : public QWidget
{
    Q_OBJECT
public:
    explicit SummaryView(QWidget *parent = nullptr);

    // What a message offers to do (the window runs the real action).
    enum class Action { None, Refresh, BuildDigest };

    void showSection(const DigestSection *section, const QString &categoryTitle, bool canRegenerate);
    void showMessage(const QString &title, const QString &text, Action action = Action::None);
    // The offered action (None when the button is hidden).
    Action offeredAction() const { return m_offered; }
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
    void actionRequested(ui::SummaryView::Action action);
    void webLinkActivated(const QUrl &url);

private:
    void onAnchor(const QUrl &url);

    QLabel *m_title;
    QLabel *m_provenance;
    QPushButton *m_regenerate;
    QPushButton *m_action;
    Action m_offered = Action::None;
    SafeTextBrowser *m_browser;
};

} // namespace ui
