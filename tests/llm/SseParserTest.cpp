#include "llm/SseParser.h"

#include <gtest/gtest.h>

using llm::SseParser;

namespace {

QList<SseParser::Event> parseInPieces(const QByteArray &stream, const QList<qsizetype> &cuts)
{
    SseParser parser;
    QList<SseParser::Event> events;
    qsizetype start = 0;
    for (qsizetype cut : cuts) {
        events += parser.feed(stream.mid(start, cut - start));
        start = cut;
    }
    events += parser.feed(stream.mid(start));
    events += parser.finish();
    return events;
}

void expectEvents(const QList<SseParser::Event> &events, const QList<QPair<QByteArray, QByteArray>> &expected)
{
    ASSERT_EQ(events.size(), expected.size());
    for (qsizetype i = 0; i < events.size(); ++i) {
        EXPECT_EQ(events[i].type, expected[i].first) << "event " << i;
        EXPECT_EQ(events[i].data, expected[i].second) << "event " << i;
    }
}

const QByteArray kStream = QByteArray(
    ": keep-alive comment\r\n"
    "event: content_block_delta\r\n"
    "data: {\"delta\":{\"partial_json\":\"{\\\"title\\\": \\\"요약\"}}\r\n"
    "\r\n"
    "data: first line\n"
    "data:second line\n"
    "id: 7\n"
    "retry: 100\n"
    "\n"
    "data: cr only\r\r"
    "data: [DONE]\n\n");

const QList<QPair<QByteArray, QByteArray>> kExpected{
    {"content_block_delta", "{\"delta\":{\"partial_json\":\"{\\\"title\\\": \\\"요약\"}}"},
    {"", "first line\nsecond line"},
    {"", "cr only"},
    {"", "[DONE]"},
};

} // namespace

TEST(SseParser, WholeStreamInOneChunk)
{
    expectEvents(parseInPieces(kStream, {}), kExpected);
}

TEST(SseParser, EverySingleSplitPointGivesTheSameEvents)
{
    // Covers splits inside JSON tokens, inside UTF-8 sequences, inside the
    // field name and between \r and \n.
    for (qsizetype cut = 1; cut < kStream.size(); ++cut) {
        SCOPED_TRACE(cut);
        expectEvents(parseInPieces(kStream, {cut}), kExpected);
    }
}

TEST(SseParser, ByteByByte)
{
    QList<qsizetype> cuts;
    for (qsizetype i = 1; i < kStream.size(); ++i)
        cuts << i;
    expectEvents(parseInPieces(kStream, cuts), kExpected);
}

TEST(SseParser, CrLfSplitDoesNotMakeAnExtraBlankLine)
{
    SseParser parser;
    EXPECT_TRUE(parser.feed("data: a\r").isEmpty());
    // The \n that completes \r\n must not count as a second (blank) line.
    EXPECT_TRUE(parser.feed("\ndata: b\r").isEmpty());
    const auto events = parser.feed("\n\r\n");
    ASSERT_EQ(events.size(), 1);
    EXPECT_EQ(events[0].data, QByteArray("a\nb"));
}

TEST(SseParser, EventIdPersistsAndByteOrderMarkIsSkipped)
{
    SseParser parser;
    auto events = parser.feed("\xEF\xBB");
    events += parser.feed("\xBF" "data: x\nid: 42\n\ndata: y\n\n");
    ASSERT_EQ(events.size(), 2);
    EXPECT_EQ(events[0].data, QByteArray("x"));
    EXPECT_EQ(events[0].id, QByteArray("42"));
    EXPECT_EQ(events[1].id, QByteArray("42"));
}

TEST(SseParser, PendingDataAndFinishFlushALastEventWithoutBlankLine)
{
    SseParser parser;
    EXPECT_TRUE(parser.feed("data: {\"a\":").isEmpty());
    EXPECT_TRUE(parser.hasPendingData());
    const auto events = parser.finish();
    ASSERT_EQ(events.size(), 1);
    EXPECT_EQ(events[0].data, QByteArray("{\"a\":"));
    EXPECT_FALSE(parser.hasPendingData());
}

TEST(SseParser, EventWithoutDataIsNotDispatched)
{
    SseParser parser;
    EXPECT_TRUE(parser.feed("event: ping\n\n: comment\n\n").isEmpty());
    const auto events = parser.feed("data\n\n"); // field without colon: empty data
    ASSERT_EQ(events.size(), 1);
    EXPECT_EQ(events[0].data, QByteArray());
    EXPECT_EQ(events[0].type, QByteArray()); // the ping type was reset
}
