#include "StorageTestUtil.h"

#include "storage/SourceStore.h"

namespace storagetest {

qint64 DbFixture::addSource(const QString &url, const QString &title)
{
    Source s;
    s.url = url;
    s.title = title;
    return storage::SourceStore(m_db).add(s);
}

} // namespace storagetest
