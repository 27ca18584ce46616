#include "ui/SearchIndexStatus.h"

#include "service/SearchIndexBuilder.h"

namespace ui {

SearchIndexStatus::SearchIndexStatus(storage::StorageWriter &writer, QWidget *parent)
    : QLabel(parent), m_builder(new service::SearchIndexBuilder(writer, this))
{
    setObjectName(QStringLiteral("searchIndexStatus"));
    setTextFormat(Qt::PlainText);
    hide();
    connect(m_builder, &service::SearchIndexBuilder::progress, this, [this](qint64 done, qint64 total) {
        setText(progressText(done, total));
        setVisible(done < total);
    });
    connect(m_builder, &service::SearchIndexBuilder::finished, this, &QWidget::hide);
    connect(m_builder, &service::SearchIndexBuilder::failed, this, [this](const QString &message) {
        hide();
        Q_EMIT failed(message + QLatin1Char(' ') +
                      tr("Search may miss older articles until then; the next start tries again."));
    });
}

void SearchIndexStatus::start()
{
    m_builder->start();
}

QString SearchIndexStatus::progressText(qint64 done, qint64 total)
{
    const int percent = total > 0 ? int(std::min<qint64>(100, done * 100 / total)) : 100;
    return tr("Building the search index: %1 %").arg(percent);
}

} // namespace ui
