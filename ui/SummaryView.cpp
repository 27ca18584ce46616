#include "ui/SummaryView.h"

#include "ui/DateText.h"
#include "ui/SafeTextBrowser.h"
#include "ui/SummaryMarkdown.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTextCursor>
#include <QTextDocument>
#include <QVBoxLayout>

namespace ui {

SummaryView::SummaryView(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_provenance(new QLabel(this)),
      m_regenerate(new QPushButton(tr("&Regenerate"), this)), m_action(new QPushButton(this)),
      m_browser(new SafeTextBrowser(this))
{
    setObjectName(QStringLiteral("summaryView"));
    m_title->setObjectName(QStringLiteral("summaryTitle"));
    m_provenance->setObjectName(QStringLiteral("summaryProvenance"));
    m_regenerate->setObjectName(QStringLiteral("regenerateButton"));
    m_browser->setObjectName(QStringLiteral("summaryBrowser"));
    m_regenerate->setToolTip(tr("Write this section's summary again (Alt+R, Ctrl+Shift+B)"));
    m_action->setObjectName(QStringLiteral("summaryActionButton"));
    m_action->setVisible(false);
    m_title->setTextFormat(Qt::PlainText);
    m_provenance->setTextFormat(Qt::PlainText);
    m_provenance->setWordWrap(true);
    QFont f = m_title->font();
    f.setPointSizeF(f.pointSizeF() * 1.3);
    f.setBold(true);
    m_title->setFont(f);

    auto *head = new QHBoxLayout;
    head->addWidget(m_title, 1);
    head->addWidget(m_regenerate);
    head->addWidget(m_action);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(head);
    layout->addWidget(m_provenance);
    layout->addWidget(m_browser, 1);

    connect(m_browser, &QTextBrowser::anchorClicked, this, &SummaryView::onAnchor);
    connect(m_regenerate, &QPushButton::clicked, this, &SummaryView::regenerateRequested);
    connect(m_action, &QPushButton::clicked, this, [this] {
        if (m_offered != Action::None)
            Q_EMIT actionRequested(m_offered);
    });
}

QString SummaryView::provenanceLine(const SummaryProvenance &p, const QString &error)
{
    if (!error.isEmpty())
        return tr("The summary could not be made: %1").arg(error);
    QStringList parts;
    if (p.provider == QLatin1String("offline") || p.provider.isEmpty())
        parts << tr("offline summary (no LLM)");
    else if (p.provider == QLatin1String("imported"))
        parts << tr("imported history");
    else
        parts << tr("by %1 (%2)").arg(p.model.isEmpty() ? tr("default model") : p.model, p.provider);
    if (p.createdAt.isValid())
        parts << tr("made %1").arg(DateText::shortDateTime(p.createdAt.toLocalTime()));
    if (p.tokensIn + p.tokensOut > 0)
        parts << tr("%1 tokens in, %2 out").arg(p.tokensIn).arg(p.tokensOut);
    return parts.join(QStringLiteral(" · "));
}

void SummaryView::showSection(const DigestSection *section, const QString &categoryTitle,
                              bool canRegenerate)
{
    if (!section || (section->summaryMarkdown.isEmpty() && section->error.isEmpty())) {
        showMessage(categoryTitle, tr("No summary yet for this section. Press **Build digest** to summarise the "
                                      "day (works offline too)."),
                    canRegenerate ? Action::BuildDigest : Action::None);
        return;
    }
    m_title->setText(categoryTitle);
    m_regenerate->setVisible(true);
    m_regenerate->setEnabled(canRegenerate);
    m_action->setVisible(false);
    m_offered = Action::None;
    const auto features = QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub
                                                          | QTextDocument::MarkdownNoHTML);
    m_provenance->setText(provenanceLine(section->provenance, section->error));
    if (section->summaryMarkdown.isEmpty()) {
        m_browser->showMarkdown(
            SummaryMarkdown::escapeHtml(tr("Press **Regenerate** to try again.")), features);
        return;
    }
    m_browser->showMarkdown(SummaryMarkdown::prepare(section->summaryMarkdown), features);
}

void SummaryView::showMessage(const QString &title, const QString &text, Action action)
{
    m_title->setText(title);
    m_provenance->clear();
    m_regenerate->setVisible(false);
    m_offered = action;
    m_action->setVisible(action != Action::None);
    m_action->setText(action == Action::Refresh ? tr("Refresh now") : tr("Build digest now"));
    m_browser->showMarkdown(SummaryMarkdown::escapeHtml(text),
                                       QTextDocument::MarkdownFeatures(
                                           QTextDocument::MarkdownDialectGitHub
                                           | QTextDocument::MarkdownNoHTML));
}

void SummaryView::highlightWords(const QStringList &words)
{
    QList<QTextEdit::ExtraSelection> marks;
    QTextCharFormat fmt;
    fmt.setBackground(QColor(255, 220, 90));
    fmt.setForeground(QColor(Qt::black));
    for (const QString &w : words) {
        if (w.trimmed().isEmpty())
            continue;
        QTextCursor c(m_browser->document());
        while (true) {
            c = m_browser->document()->find(w.trimmed(), c);
            if (c.isNull())
                break;
            marks << QTextEdit::ExtraSelection{c, fmt};
        }
    }
    m_browser->setExtraSelections(marks);
    if (!marks.isEmpty())
        m_browser->setTextCursor(marks.first().cursor);
}

QString SummaryView::plainText() const { return m_browser->toPlainText(); }

QString SummaryView::provenanceText() const { return m_provenance->text(); }

void SummaryView::addProvenanceNote(const QString &note)
{
    m_provenance->setText(m_provenance->text() + QStringLiteral(" · ") + note);
}

void SummaryView::onAnchor(const QUrl &url)
{
    if (const int n = SummaryMarkdown::citationNumber(url)) {
        Q_EMIT citationActivated(n);
        return;
    }
    if (SummaryMarkdown::isWebLink(url))
        Q_EMIT webLinkActivated(url); // the window opens it and says so when no browser starts
}

} // namespace ui
