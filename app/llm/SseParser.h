#pragma once

#include <QByteArray>
#include <QList>

namespace llm {

// Incremental parser for text/event-stream (the WHATWG "server-sent events"
// format). Bytes may arrive split anywhere: in the middle of a line, of a
// UTF-8 sequence, of a JSON token, or between the \r and \n of a line end.
class SseParser
{
public:
    struct Event
    {
        QByteArray type;   // the "event:" field, empty = "message"
        QByteArray data;   // "data:" lines joined with \n
        QByteArray id;
    };

    // Feeds a chunk; returns the events completed by it, in order.
    QList<Event> feed(const QByteArray &chunk);
    // End of stream: a last line without a line end and an event without the
    // closing blank line are delivered too (the caller decides whether the
    // stream was complete from the events themselves).
    QList<Event> finish();
    // True when bytes of an unfinished line or event are buffered.
    bool hasPendingData() const;

private:
    void processLine(const QByteArray &line, QList<Event> *out);
    void dispatch(QList<Event> *out);

    QByteArray m_line;        // the unfinished line
    bool m_skipLf = false;    // the previous chunk ended with \r
    bool m_bomChecked = false;
    bool m_hasData = false;
    Event m_event;
};

} // namespace llm
