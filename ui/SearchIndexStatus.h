#pragma once

#include <QLabel>

namespace storage { class StorageWriter; }
namespace service { class SearchIndexBuilder; }

namespace ui {

// The status bar's note while the search index is built for the articles
// a profile already had: "Building the search index: 45 %", gone when it
// is done. Owns the builder (which writes through the StorageWriter).
class SearchIndexStatus : public QLabel
{
    Q_OBJECT
public:
    SearchIndexStatus(storage::StorageWriter &writer, QWidget *parent = nullptr);

    void start();
    service::SearchIndexBuilder *builder() const { return m_builder; }
    static QString progressText(qint64 done, qint64 total);

Q_SIGNALS:
    void failed(const QString &message); // the builder's, with what it means for search

private:
    service::SearchIndexBuilder *m_builder;
};

} // namespace ui
