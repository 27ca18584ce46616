#include "llm/SseParser.h"

namespace llm {

QList<SseParser::Event> SseParser::feed(const QByteArray &chunk)
{
    QList<Event> out;
    qsizetype start = 0;
    const qsizetype size = chunk.size();
    if (!m_bomChecked && size > 0) {
        m_line += chunk;
        if (m_line.size() < 3 && QByteArray("\xEF\xBB\xBF").startsWith(m_line))
            return out; // could still be a BOM: wait for more bytes
        m_bomChecked = true;
        QByteArray pending = m_line;
        m_line.clear();
        if (pending.startsWith("\xEF\xBB\xBF"))
            pending.remove(0, 3);
        return feed(pending);
    }
    for (qsizetype i = 0; i < size; ++i) {
        const char c = chunk.at(i);
        if (m_skipLf) {
            m_skipLf = false;
            if (c == '\n') {
                start = i + 1;
                continue;
            }
        }
        if (c == '\n' || c == '\r') {
            m_line.append(chunk.constData() + start, i - start);
            processLine(m_line, &out);
            m_line.clear();
            m_skipLf = (c == '\r');
            start = i + 1;
        }
    }
    if (start < size)
        m_line.append(chunk.constData() + start, size - start);
    return out;
}

QList<SseParser::Event> SseParser::finish()
{
    QList<Event> out;
    if (!m_line.isEmpty()) {
        processLine(m_line, &out);
        m_line.clear();
    }
    dispatch(&out);
    m_skipLf = false;
    return out;
}

bool SseParser::hasPendingData() const
{
    return !m_line.isEmpty() || m_hasData || !m_event.type.isEmpty();
}

void SseParser::processLine(const QByteArray &line, QList<Event> *out)
{
    if (line.isEmpty()) {
        dispatch(out);
        return;
    }
    if (line.startsWith(':'))
        return; // comment (keep-alive)
    const qsizetype colon = line.indexOf(':');
    QByteArray field = colon < 0 ? line : line.left(colon);
    QByteArray value;
    if (colon >= 0) {
        value = line.mid(colon + 1);
        if (value.startsWith(' '))
            value.remove(0, 1);
    }
    if (field == "data") {
        if (m_hasData)
            m_event.data.append('\n');
        m_event.data.append(value);
        m_hasData = true;
    } else if (field == "event") {
        m_event.type = value;
    } else if (field == "id") {
        if (!value.contains('\0'))
            m_event.id = value;
    }
    // "retry" and unknown fields are ignored.
}

void SseParser::dispatch(QList<Event> *out)
{
    if (m_hasData)
        out->append(m_event);
    m_event.type.clear();
    m_event.data.clear();
    m_hasData = false;
    // The last event id persists across events, as the standard says.
}

} // namespace llm
